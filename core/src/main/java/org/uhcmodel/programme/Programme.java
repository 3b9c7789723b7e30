package org.uhcmodel.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.uhcmodel.internal.ProgrammeRules;
import org.uhcmodel.internal.Rules;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.DacSector;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.Objective;
import org.uhcmodel.value.Period;
import org.uhcmodel.value.Statistic;

/**
 * A programme: a development project, a national strategy, a support programme or an international initiative,
 * with the organisations taking part in their IATI roles, its objectives, budget and results.
 * <p>
 * Organisations and related programmes are referenced by id; a dataset checks that they exist.
 * <p>
 * Rules:
 * <ul>
 *   <li>{@code required} (id, name, kind), {@code not-blank} (acronym);</li>
 *   <li>{@code programme.duplicate-participant}: the same organisation takes part twice in the same role
 *     (path {@code participants[i]} of the repetition);</li>
 *   <li>{@code programme.related-to-itself}: the programme lists itself among its related programmes
 *     (path {@code related[i]});</li>
 *   <li>{@code programme.closed-without-end}: the status is {@link ActivityStatus#CLOSED} but the period given
 *     has no end (path {@code period}); a closed programme with no period at all is allowed.</li>
 * </ul>
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@ProgrammeRules
public abstract class Programme implements Entity {

    Programme() {
    }

    /**
     * Creates a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the id.
     *
     * @return the id, not null
     */
    @NotNull
    @Override
    public abstract EntityId id();

    /**
     * Gets the name.
     *
     * @return the name, not null
     */
    @NotNull
    public abstract LocalizedText name();

    /**
     * Gets the acronym.
     *
     * @return the acronym, such as {@code AI-PASS2}, empty if none
     */
    public abstract Optional<@NotBlank String> acronym();

    /**
     * Gets the kind of programme.
     *
     * @return the kind, not null
     */
    @NotNull
    public abstract ProgrammeKind kind();

    /**
     * Gets the countries the programme works in.
     *
     * @return the unmodifiable countries, empty if not stated or not tied to countries
     */
    public abstract Set<@NotNull CountryCode> countries();

    /**
     * Gets the period the programme runs over.
     *
     * @return the period, empty if not stated
     */
    public abstract Optional<Period> period();

    /**
     * Gets the organisations taking part, each in one role.
     *
     * @return the unmodifiable participants, empty if none is stated
     */
    public abstract List<@NotNull ProgrammeParticipant> participants();

    /**
     * Gets the stage the programme is at.
     *
     * @return the status, empty if not stated
     */
    public abstract Optional<ActivityStatus> status();

    /**
     * Gets what the programme aims at.
     *
     * @return the unmodifiable objectives, empty if none is stated
     */
    public abstract List<@NotNull Objective> objectives();

    /**
     * Gets the DAC sectors the programme works in.
     *
     * @return the unmodifiable sectors, empty if not stated
     */
    public abstract Set<@NotNull DacSector> dacSectors();

    /**
     * Gets the SDG targets the programme serves.
     *
     * @return the unmodifiable targets, empty if not tagged
     */
    public abstract Set<@NotNull SdgTarget> sdgTargets();

    /**
     * Gets the budget.
     *
     * @return the total budget, empty if not stated
     */
    public abstract Optional<Money> budget();

    /**
     * Gets the results reported, such as 36 public hospitals and 30 health centres computerised.
     *
     * @return the unmodifiable results, empty if none is reported
     */
    public abstract List<@NotNull Statistic> results();

    /**
     * Gets the related programmes, such as an earlier phase.
     *
     * @return the unmodifiable ids of the related programmes, empty if none
     */
    public abstract List<@NotNull EntityId> related();

    /**
     * Gets the citations of the sources this programme is taken from.
     *
     * @return the unmodifiable citations, empty if none
     */
    @Override
    public abstract List<@NotNull Citation> citations();

    /**
     * Gets the organisations that take part in the given role, such as the funders.
     *
     * @param role  the role, not null
     * @return the unmodifiable ids of the organisations, in the order of {@link #participants()}, empty if none
     */
    public List<EntityId> participantsWithRole(IatiOrganisationRole role) {
        Objects.requireNonNull(role, "role");
        return participants().stream().filter(p -> p.role() == role).map(ProgrammeParticipant::organization)
            .collect(Collectors.toUnmodifiableList());
    }

    @Value.Check
    void check() {
        Rules.check(this, Programme.class);
    }

    /**
     * Builds a {@link Programme}: setters and adders refuse null, and {@code build()} checks every rule and throws one
     * {@link org.uhcmodel.validation.ModelViolationException} listing every violation. A builder is not thread-safe
     * and can be reused. Its generated methods follow {@linkplain org.uhcmodel.validation the builder contract},
     * whatever their own documentation says.
     */
    public static final class Builder extends ImmutableProgramme.Builder {
        Builder() {
        }
    }
}

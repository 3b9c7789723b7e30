package org.uhcmodel.agreement;

import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.uhcmodel.internal.AgreementRules;
import org.uhcmodel.internal.Rules;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Objective;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Period;
import org.uhcmodel.value.Place;
import org.uhcmodel.value.ReportedDate;

/**
 * An agreement between health actors: a partnership convention, a memorandum of understanding,
 * a declaration of intent, a charter and the like, with its parties, signatories, commitments and objectives.
 * <p>
 * Parties, signatories and the framework are named by id; a dataset checks that they resolve, that a charter's
 * single party is collective (a network), and that frameworks form no cycle. The signing date may be absent,
 * as when a source reports a signature without its date.
 * <p>
 * Rules:
 * <ul>
 * <li>{@code required} (id, kind, title, status);</li>
 * <li>{@code agreement.too-few-parties} (fewer than two distinct actors, or none for a {@link AgreementKind#CHARTER}),
 *     at {@code parties};</li>
 * <li>{@code agreement.duplicate-party} (the same actor in the same role again), at {@code parties[i]};</li>
 * <li>{@code agreement.signatory-not-party} (a signatory signs for an actor that is not a party),
 *     at {@code signatories[i].party};</li>
 * <li>{@code agreement.in-force-before-signing} (the date in force lies entirely before the signing date),
 *     at {@code inForce};</li>
 * <li>{@code agreement.own-framework} (the agreement is its own framework), at {@code framework};</li>
 * <li>{@code agreement.signed-while-proposed} (a proposed agreement has a signing date or signatories),
 *     at {@code status};</li>
 * <li>{@code agreement.commitment-party-not-party} (a commitment is undertaken by an actor that is not a party),
 *     at {@code commitments[i].party}.</li>
 * </ul>
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@AgreementRules
public abstract class Agreement implements Entity {

    Agreement() {
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
     * Gets the id, unique within a dataset.
     *
     * @return the id, not null
     */
    @NotNull
    @Override
    public abstract EntityId id();

    /**
     * Gets the kind of instrument.
     *
     * @return the kind, not null
     */
    @NotNull
    public abstract AgreementKind kind();

    /**
     * Gets the title, as given by the source or descriptive if it gives none.
     *
     * @return the title, not null
     */
    @NotNull
    public abstract LocalizedText title();

    /**
     * Gets the parties, each an actor in a role, in the order given.
     *
     * @return the unmodifiable parties, at least one distinct actor for a charter and two otherwise
     */
    public abstract List<@NotNull Party> parties();

    /**
     * Gets the people who signed, each for a party.
     *
     * @return the unmodifiable signatories, empty if not stated or not signed
     */
    public abstract List<@NotNull Signatory> signatories();

    /**
     * Gets the stage the agreement has reached.
     *
     * @return the status, not null
     */
    @NotNull
    public abstract AgreementStatus status();

    /**
     * Gets the date of signing.
     *
     * @return the date, empty if not signed or if the source gives no date
     */
    public abstract Optional<ReportedDate> signed();

    /**
     * Gets the date the agreement came into force.
     *
     * @return the date, not before the signing date, empty if not stated
     */
    public abstract Optional<PartialDate> inForce();

    /**
     * Gets the place of signing.
     *
     * @return the place, empty if not stated
     */
    public abstract Optional<Place> place();

    /**
     * Gets the period the agreement is valid for.
     *
     * @return the validity, empty if not stated
     */
    public abstract Optional<Period> validity();

    /**
     * Gets the fields of cooperation the agreement covers.
     *
     * @return the unmodifiable areas, empty if not stated
     */
    public abstract Set<@NotNull CooperationArea> cooperationAreas();

    /**
     * Gets what the parties undertake.
     *
     * @return the unmodifiable commitments, empty if not stated
     */
    public abstract List<@NotNull Commitment> commitments();

    /**
     * Gets what the agreement aims at.
     *
     * @return the unmodifiable objectives, empty if not stated
     */
    public abstract List<@NotNull Objective> objectives();

    /**
     * Gets the agreement or programme this one sits under, such as the joint declaration a declaration of intent
     * refers to.
     *
     * @return the id of the framework, never this agreement's own id, empty if none
     */
    public abstract Optional<EntityId> framework();

    /**
     * Gets the SDG targets the agreement serves.
     *
     * @return the unmodifiable targets, empty if not tagged
     */
    public abstract Set<@NotNull SdgTarget> sdgTargets();

    /**
     * Gets the citations of the sources this agreement is taken from.
     *
     * @return the unmodifiable citations, empty if none
     */
    @Override
    public abstract List<@NotNull Citation> citations();

    /**
     * Gets the distinct actors among the parties, in the order of their first appearance.
     *
     * @return the unmodifiable actors, not null
     */
    public List<EntityId> actors() {
        Set<EntityId> actors = new LinkedHashSet<>();
        for (Party party : parties()) {
            actors.add(party.actor());
        }
        return List.copyOf(actors);
    }

    /**
     * Checks whether an actor is a party to this agreement, in any role.
     *
     * @param actor  the id of the organisation or person, not null
     * @return true if the actor is a party
     */
    public boolean isPartyActor(EntityId actor) {
        Objects.requireNonNull(actor, "actor");
        for (Party party : parties()) {
            if (party.actor().equals(actor)) {
                return true;
            }
        }
        return false;
    }

    @Value.Check
    void check() {
        Rules.check(this, Agreement.class);
    }

    /**
     * Builds an {@link Agreement}: setters and adders refuse null, and {@code build()} checks every rule and throws one
     * {@link org.uhcmodel.validation.ModelViolationException} listing every violation. A builder is not thread-safe
     * and can be reused. Its generated methods follow {@linkplain org.uhcmodel.validation the builder contract},
     * whatever their own documentation says.
     */
    public static final class Builder extends ImmutableAgreement.Builder {
        Builder() {
        }
    }
}

package org.uhcmodel.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.DacSector;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.Objective;
import org.uhcmodel.value.Period;
import org.uhcmodel.value.Statistic;

/**
 * A programme: a development project, a national strategy, a support programme or an international initiative,
 * with the organisations taking part in their IATI roles, its objectives, budget and results.
 * <p>
 * Organisations and related programmes are referenced by id; a dataset checks that they resolve to an
 * {@code Organization} and to programmes.
 * <p>
 * Rules:
 * <ul>
 *   <li>{@code required} (id, name, kind), {@code not-blank} (acronym);</li>
 *   <li>{@code programme.duplicate-participant}: the same organisation takes part twice in the same role
 *     (path {@code participants[i]} of the repetition);</li>
 *   <li>{@code programme.related-to-itself}: the programme lists itself among its related programmes
 *     (path {@code related[i]});</li>
 *   <li>warning {@code programme.closed-without-end}: the status is {@link ActivityStatus#CLOSED} but the period
 *     given has no end, as when a source reports a programme closed without its end date (path {@code period});
 *     a closed programme with no period at all has no warning.</li>
 * </ul>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Programme extends ModelObject implements Entity {

    private static final Shape<Programme> SHAPE = Shape.of(Programme.class, Programme::new, Builder::new)
        .entity(EntityKind.PROGRAMME).checkedBy(Programme::check);
    private static final Prop<EntityId> ID = SHAPE.required("id", EntityId.class);
    private static final Prop<LocalizedText> NAME = SHAPE.required("name", LocalizedText.class);
    private static final Prop<String> ACRONYM = SHAPE.optional("acronym", String.class);
    private static final Prop<ProgrammeKind> KIND = SHAPE.required("kind", ProgrammeKind.class);
    private static final Prop<CountryCode> COUNTRIES = SHAPE.set("countries", CountryCode.class);
    private static final Prop<Period> PERIOD = SHAPE.optional("period", Period.class);
    private static final Prop<ProgrammeParticipant> PARTICIPANTS =
        SHAPE.list("participants", ProgrammeParticipant.class);
    private static final Prop<ActivityStatus> STATUS = SHAPE.optional("status", ActivityStatus.class);
    private static final Prop<Objective> OBJECTIVES = SHAPE.list("objectives", Objective.class);
    private static final Prop<DacSector> DAC_SECTORS = SHAPE.set("dacSectors", DacSector.class);
    private static final Prop<SdgTarget> SDG_TARGETS = SHAPE.set("sdgTargets", SdgTarget.class);
    private static final Prop<Money> BUDGET = SHAPE.optional("budget", Money.class);
    private static final Prop<Statistic> RESULTS = SHAPE.list("results", Statistic.class);
    private static final Prop<EntityId> RELATED = SHAPE.list("related", EntityId.class)
        .refersTo(EntityKind.PROGRAMME);
    private static final Prop<Citation> CITATIONS = SHAPE.list("citations", Citation.class);

    private static final Rule DUPLICATE_PARTICIPANT = SHAPE.error("programme.duplicate-participant",
        "the same organisation takes part twice in the same role");
    private static final Rule RELATED_TO_ITSELF = SHAPE.error("programme.related-to-itself",
        "a programme cannot be related to itself", ID);
    private static final Rule CLOSED_WITHOUT_END = SHAPE.warning("programme.closed-without-end",
        "the programme is closed but its period has no end, as when the source does not give the date it ended",
        STATUS);

    private Programme(Object[] values) {
        super(SHAPE, values);
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

    /**
     * Gets the id.
     *
     * @return the id, not null
     */
    @Override
    @NotNull
    public EntityId id() {
        return value(ID);
    }

    /**
     * Gets the name.
     *
     * @return the name, not null
     */
    @NotNull
    public LocalizedText name() {
        return value(NAME);
    }

    /**
     * Gets the acronym.
     *
     * @return the acronym, such as {@code AI-PASS2}, empty if none
     */
    public Optional<@NotBlank String> acronym() {
        return optional(ACRONYM);
    }

    /**
     * Gets the kind of programme.
     *
     * @return the kind, not null
     */
    @NotNull
    public ProgrammeKind kind() {
        return value(KIND);
    }

    /**
     * Gets the countries the programme works in.
     *
     * @return the unmodifiable countries, empty if not stated or not tied to countries
     */
    public Set<@NotNull CountryCode> countries() {
        return set(COUNTRIES);
    }

    /**
     * Gets the period the programme runs over.
     *
     * @return the period, empty if not stated
     */
    public Optional<Period> period() {
        return optional(PERIOD);
    }

    /**
     * Gets the organisations taking part, each in one role.
     *
     * @return the unmodifiable participants, empty if none is stated
     */
    public List<@NotNull ProgrammeParticipant> participants() {
        return list(PARTICIPANTS);
    }

    /**
     * Gets the stage the programme is at.
     *
     * @return the status, empty if not stated
     */
    public Optional<ActivityStatus> status() {
        return optional(STATUS);
    }

    /**
     * Gets what the programme aims at.
     *
     * @return the unmodifiable objectives, empty if none is stated
     */
    public List<@NotNull Objective> objectives() {
        return list(OBJECTIVES);
    }

    /**
     * Gets the DAC sectors the programme works in.
     *
     * @return the unmodifiable sectors, empty if not stated
     */
    public Set<@NotNull DacSector> dacSectors() {
        return set(DAC_SECTORS);
    }

    /**
     * Gets the SDG targets the programme serves.
     *
     * @return the unmodifiable targets, empty if not tagged
     */
    public Set<@NotNull SdgTarget> sdgTargets() {
        return set(SDG_TARGETS);
    }

    /**
     * Gets the budget.
     *
     * @return the total budget, empty if not stated
     */
    public Optional<Money> budget() {
        return optional(BUDGET);
    }

    /**
     * Gets the results reported, such as 36 public hospitals and 30 health centres computerised.
     *
     * @return the unmodifiable results, empty if none is reported
     */
    public List<@NotNull Statistic> results() {
        return list(RESULTS);
    }

    /**
     * Gets the related programmes, such as an earlier phase.
     *
     * @return the unmodifiable ids of the related programmes, empty if none
     */
    public List<@NotNull EntityId> related() {
        return list(RELATED);
    }

    /**
     * Gets the citations of the sources this programme is taken from.
     *
     * @return the unmodifiable citations, empty if none
     */
    @Override
    public List<@NotNull Citation> citations() {
        return list(CITATIONS);
    }

    private static void check(Programme programme, Checker checker) {
        List<ProgrammeParticipant> participants = programme.participants();
        if (participants.size() > 1) {
            Set<ProgrammeParticipant> seen = new HashSet<>();
            for (int i = 0; i < participants.size(); i++) {
                if (!seen.add(participants.get(i))) {
                    checker.report(DUPLICATE_PARTICIPANT, "participants[" + i + "]", participants.get(i));
                }
            }
        }
        EntityId id = programme.id();
        List<EntityId> related = programme.related();
        for (int i = 0; i < related.size(); i++) {
            if (related.get(i).equals(id)) {
                checker.report(RELATED_TO_ITSELF, "related[" + i + "]", id);
            }
        }
        if (programme.status().orElse(null) == ActivityStatus.CLOSED
            && programme.period().isPresent() && programme.period().get().end().isEmpty()) {
            checker.report(CLOSED_WITHOUT_END, PERIOD, programme.period().get());
        }
    }

    /**
     * Builds a {@link Programme}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Programme, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the id.
         *
         * @param id  the value, not null
         * @return this builder
         */
        public Builder id(EntityId id) {
            return set(ID, id);
        }

        /**
         * Sets the name.
         *
         * @param name  the value, not null
         * @return this builder
         */
        public Builder name(LocalizedText name) {
            return set(NAME, name);
        }

        /**
         * Sets the acronym.
         *
         * @param acronym  the value, not null
         * @return this builder
         */
        public Builder acronym(String acronym) {
            return set(ACRONYM, acronym);
        }

        /**
         * Sets the kind of programme.
         *
         * @param kind  the value, not null
         * @return this builder
         */
        public Builder kind(ProgrammeKind kind) {
            return set(KIND, kind);
        }

        /**
         * Adds one of the countries the programme works in.
         *
         * @param country  the value, not null
         * @return this builder
         */
        public Builder addCountry(CountryCode country) {
            return add(COUNTRIES, country);
        }

        /**
         * Adds, in order, the countries the programme works in.
         *
         * @param countries  the values, none null, not null
         * @return this builder
         */
        public Builder addAllCountries(Iterable<? extends CountryCode> countries) {
            return addAll(COUNTRIES, countries);
        }

        /**
         * Replaces the countries the programme works in.
         *
         * @param countries  the values, none null, not null
         * @return this builder
         */
        public Builder countries(Iterable<? extends CountryCode> countries) {
            return setAll(COUNTRIES, countries);
        }

        /**
         * Sets the period the programme runs over.
         *
         * @param period  the value, not null
         * @return this builder
         */
        public Builder period(Period period) {
            return set(PERIOD, period);
        }

        /**
         * Adds one of the organisations taking part, each in one role.
         *
         * @param participant  the value, not null
         * @return this builder
         */
        public Builder addParticipant(ProgrammeParticipant participant) {
            return add(PARTICIPANTS, participant);
        }

        /**
         * Adds, in order, the organisations taking part, each in one role.
         *
         * @param participants  the values, none null, not null
         * @return this builder
         */
        public Builder addAllParticipants(Iterable<? extends ProgrammeParticipant> participants) {
            return addAll(PARTICIPANTS, participants);
        }

        /**
         * Replaces the organisations taking part, each in one role.
         *
         * @param participants  the values, none null, not null
         * @return this builder
         */
        public Builder participants(Iterable<? extends ProgrammeParticipant> participants) {
            return setAll(PARTICIPANTS, participants);
        }

        /**
         * Sets the stage the programme is at.
         *
         * @param status  the value, not null
         * @return this builder
         */
        public Builder status(ActivityStatus status) {
            return set(STATUS, status);
        }

        /**
         * Adds one of what the programme aims at.
         *
         * @param objective  the value, not null
         * @return this builder
         */
        public Builder addObjective(Objective objective) {
            return add(OBJECTIVES, objective);
        }

        /**
         * Adds, in order, what the programme aims at.
         *
         * @param objectives  the values, none null, not null
         * @return this builder
         */
        public Builder addAllObjectives(Iterable<? extends Objective> objectives) {
            return addAll(OBJECTIVES, objectives);
        }

        /**
         * Replaces what the programme aims at.
         *
         * @param objectives  the values, none null, not null
         * @return this builder
         */
        public Builder objectives(Iterable<? extends Objective> objectives) {
            return setAll(OBJECTIVES, objectives);
        }

        /**
         * Adds one of the DAC sectors the programme works in.
         *
         * @param dacSector  the value, not null
         * @return this builder
         */
        public Builder addDacSector(DacSector dacSector) {
            return add(DAC_SECTORS, dacSector);
        }

        /**
         * Adds, in order, the DAC sectors the programme works in.
         *
         * @param dacSectors  the values, none null, not null
         * @return this builder
         */
        public Builder addAllDacSectors(Iterable<? extends DacSector> dacSectors) {
            return addAll(DAC_SECTORS, dacSectors);
        }

        /**
         * Replaces the DAC sectors the programme works in.
         *
         * @param dacSectors  the values, none null, not null
         * @return this builder
         */
        public Builder dacSectors(Iterable<? extends DacSector> dacSectors) {
            return setAll(DAC_SECTORS, dacSectors);
        }

        /**
         * Adds one of the SDG targets the programme serves.
         *
         * @param sdgTarget  the value, not null
         * @return this builder
         */
        public Builder addSdgTarget(SdgTarget sdgTarget) {
            return add(SDG_TARGETS, sdgTarget);
        }

        /**
         * Adds, in order, the SDG targets the programme serves.
         *
         * @param sdgTargets  the values, none null, not null
         * @return this builder
         */
        public Builder addAllSdgTargets(Iterable<? extends SdgTarget> sdgTargets) {
            return addAll(SDG_TARGETS, sdgTargets);
        }

        /**
         * Replaces the SDG targets the programme serves.
         *
         * @param sdgTargets  the values, none null, not null
         * @return this builder
         */
        public Builder sdgTargets(Iterable<? extends SdgTarget> sdgTargets) {
            return setAll(SDG_TARGETS, sdgTargets);
        }

        /**
         * Sets the budget.
         *
         * @param budget  the value, not null
         * @return this builder
         */
        public Builder budget(Money budget) {
            return set(BUDGET, budget);
        }

        /**
         * Adds one of the results reported, such as 36 public hospitals and 30 health centres computerised.
         *
         * @param result  the value, not null
         * @return this builder
         */
        public Builder addResult(Statistic result) {
            return add(RESULTS, result);
        }

        /**
         * Adds, in order, the results reported, such as 36 public hospitals and 30 health centres computerised.
         *
         * @param results  the values, none null, not null
         * @return this builder
         */
        public Builder addAllResults(Iterable<? extends Statistic> results) {
            return addAll(RESULTS, results);
        }

        /**
         * Replaces the results reported, such as 36 public hospitals and 30 health centres computerised.
         *
         * @param results  the values, none null, not null
         * @return this builder
         */
        public Builder results(Iterable<? extends Statistic> results) {
            return setAll(RESULTS, results);
        }

        /**
         * Adds one of the related programmes, such as an earlier phase.
         *
         * @param related  the value, not null
         * @return this builder
         */
        public Builder addRelated(EntityId related) {
            return add(RELATED, related);
        }

        /**
         * Adds, in order, the related programmes, such as an earlier phase.
         *
         * @param related  the values, none null, not null
         * @return this builder
         */
        public Builder addAllRelated(Iterable<? extends EntityId> related) {
            return addAll(RELATED, related);
        }

        /**
         * Replaces the related programmes, such as an earlier phase.
         *
         * @param related  the values, none null, not null
         * @return this builder
         */
        public Builder related(Iterable<? extends EntityId> related) {
            return setAll(RELATED, related);
        }

        /**
         * Adds one of the citations of the sources this programme is taken from.
         *
         * @param citation  the value, not null
         * @return this builder
         */
        public Builder addCitation(Citation citation) {
            return add(CITATIONS, citation);
        }

        /**
         * Adds, in order, the citations of the sources this programme is taken from.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder addAllCitations(Iterable<? extends Citation> citations) {
            return addAll(CITATIONS, citations);
        }

        /**
         * Replaces the citations of the sources this programme is taken from.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder citations(Iterable<? extends Citation> citations) {
            return setAll(CITATIONS, citations);
        }
    }
}

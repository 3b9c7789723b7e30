package org.uhcmodel.scheme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.sdg.Disaggregation;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.Percentage;
import org.uhcmodel.value.Place;
import org.uhcmodel.value.ReportedDate;

/**
 * How many people a {@link CoverageScheme} covers at a date: the people registered and those whose rights are active,
 * the population the figures are measured against and its source, the coverage rate the source reports, and the
 * group, category, area, sex, residence or wealth quintile the figures are restricted to.
 * <p>
 * A snapshot with no restriction concerns every member; the figures of a group are one snapshot per group.
 * <p>
 * Rules:
 * <ul>
 *   <li>{@code required} (date), {@code positive-or-zero} (enrolled, active, targetPopulation),
 *     {@code not-blank} (category);</li>
 *   <li>{@code coverage-snapshot.empty}: no figure is given: neither enrolled, active, target population nor rate (at
 *     the empty path);</li>
 *   <li>{@code coverage-snapshot.disaggregation-dimension}: two groups of one dimension, such as female and male (at
 *     {@code disaggregation});</li>
 *   <li>warning {@code coverage-snapshot.enrolled-exceeds-target}: more people enrolled than targeted, as real
 *     registers show when the figures come from different years or sources, or count people who moved (at
 *     {@code enrolled});</li>
 *   <li>warning {@code coverage-snapshot.active-exceeds-enrolled}: more people active than registered, as when the
 *     figures come from different sources (at {@code active});</li>
 *   <li>warning {@code coverage-snapshot.rate-disagrees}: the rate differs by more than one point from both the
 *     people enrolled and the people active as a share of the target population (at {@code rate}).</li>
 * </ul>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class CoverageSnapshot extends ModelObject {

    private static final Shape<CoverageSnapshot> SHAPE = Shape.of(CoverageSnapshot.class,
            CoverageSnapshot::new, Builder::new)
        .checkedBy(CoverageSnapshot::check);
    private static final Prop<ReportedDate> DATE = SHAPE.required("date", ReportedDate.class);
    private static final Prop<Long> ENROLLED = SHAPE.optional("enrolled", Long.class);
    private static final Prop<Long> TARGET_POPULATION = SHAPE.optional("targetPopulation", Long.class);
    private static final Prop<Citation> CITATIONS = SHAPE.list("citations", Citation.class);
    private static final Prop<Long> ACTIVE = SHAPE.optional("active", Long.class);
    private static final Prop<Citation> TARGET_POPULATION_SOURCE =
        SHAPE.optional("targetPopulationSource", Citation.class);
    private static final Prop<Percentage> RATE = SHAPE.optional("rate", Percentage.class);
    private static final Prop<PopulationGroup> GROUP = SHAPE.optional("group", PopulationGroup.class);
    private static final Prop<String> CATEGORY = SHAPE.optional("category", String.class);
    private static final Prop<Place> AREA = SHAPE.optional("area", Place.class);
    private static final Prop<Disaggregation> DISAGGREGATION =
        SHAPE.set("disaggregation", Disaggregation.class);

    private static final Rule ENROLLED_EXCEEDS_TARGET = SHAPE.warning("coverage-snapshot.enrolled-exceeds-target",
        "more people are enrolled than the target population counts, as when the figures come from different years"
            + " or sources", TARGET_POPULATION);
    private static final Rule ACTIVE_EXCEEDS_ENROLLED = SHAPE.warning("coverage-snapshot.active-exceeds-enrolled",
        "more people are active than registered, as when the figures come from different sources", ENROLLED);
    private static final Rule RATE_DISAGREES = SHAPE.warning("coverage-snapshot.rate-disagrees",
        "differs by more than one point from the people enrolled or active as a share of the target population",
        ENROLLED, ACTIVE, TARGET_POPULATION);
    private static final Rule EMPTY = SHAPE.error("coverage-snapshot.empty",
        "must give the number enrolled, the number active, the target population or the rate", ENROLLED, ACTIVE,
        TARGET_POPULATION, RATE);
    private static final Rule DISAGGREGATION_DIMENSION = SHAPE.error("coverage-snapshot.disaggregation-dimension",
        "may restrict the figures to one group of each dimension only");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CoverageSnapshot(Object[] values) {
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
     * Gets the date the figures hold at.
     *
     * @return the date, not null
     */
    @NotNull
    public ReportedDate date() {
        return value(DATE);
    }

    /**
     * Gets the number of people registered.
     *
     * @return the number enrolled, zero or more, usually not above {@link #targetPopulation()}, empty if not stated
     */
    public Optional<@PositiveOrZero Long> enrolled() {
        return optional(ENROLLED);
    }

    /**
     * Gets the size of the population the figures are measured against.
     *
     * @return the number of people targeted, zero or more, empty if not stated
     */
    public Optional<@PositiveOrZero Long> targetPopulation() {
        return optional(TARGET_POPULATION);
    }

    /**
     * Gets the sources of the figures.
     *
     * @return the unmodifiable citations, empty if the figures are cited by the scheme only
     */
    public List<@NotNull Citation> citations() {
        return list(CITATIONS);
    }

    /**
     * Gets the number of people whose rights are active, such as members up to date with their contributions.
     *
     * @return the number active, zero or more, empty if not stated
     */
    public Optional<@PositiveOrZero Long> active() {
        return optional(ACTIVE);
    }

    /**
     * Gets the source of the target population, such as a census projection.
     *
     * @return the citation, empty if the target population comes from the sources of the figures
     */
    public Optional<Citation> targetPopulationSource() {
        return optional(TARGET_POPULATION_SOURCE);
    }

    /**
     * Gets the coverage rate the source reports.
     *
     * @return the rate, empty if not stated
     */
    public Optional<Percentage> rate() {
        return optional(RATE);
    }

    /**
     * Gets the population group the figures are restricted to.
     *
     * @return the group, empty if the figures concern every group
     */
    public Optional<PopulationGroup> group() {
        return optional(GROUP);
    }

    /**
     * Gets the code of the scheme's member category the figures are restricted to.
     *
     * @return the code, empty if the figures concern every category
     */
    public Optional<@NotBlank String> category() {
        return optional(CATEGORY);
    }

    /**
     * Gets the area the figures are restricted to.
     *
     * @return the area, such as a region, empty if the figures concern the whole scheme
     */
    public Optional<Place> area() {
        return optional(AREA);
    }

    /**
     * Gets the groups by sex, residence or wealth quintile the figures are restricted to, one per dimension.
     *
     * @return the unmodifiable groups, each a category of a dimension, such as sex female, empty if none
     */
    public Set<@NotNull Disaggregation> disaggregation() {
        return set(DISAGGREGATION);
    }

    private static void check(CoverageSnapshot snapshot, Checker checker) {
        Optional<Long> enrolled = snapshot.enrolled();
        Optional<Long> active = snapshot.active();
        Optional<Long> target = snapshot.targetPopulation();
        Optional<Percentage> rate = snapshot.rate();
        if (enrolled.isEmpty() && active.isEmpty() && target.isEmpty() && rate.isEmpty()) {
            checker.report(EMPTY, "", null);
        }
        Set<Disaggregation> groups = snapshot.disaggregation();
        if (groups.size() > 1) {
            Set<String> dimensions = new HashSet<>();
            for (Disaggregation group : groups) {
                if (!dimensions.add(group.dimension())) {
                    checker.report(DISAGGREGATION_DIMENSION, DISAGGREGATION, groups);
                    break;
                }
            }
        }
        if (!checker.wants(ENROLLED_EXCEEDS_TARGET)) {
            return;
        }
        if (enrolled.isPresent() && target.isPresent() && enrolled.get() > target.get()) {
            checker.report(ENROLLED_EXCEEDS_TARGET, ENROLLED, enrolled.get());
        }
        if (enrolled.isPresent() && active.isPresent() && active.get() > enrolled.get()) {
            checker.report(ACTIVE_EXCEEDS_ENROLLED, ACTIVE, active.get());
        }
        if (rate.isPresent() && target.isPresent() && target.get() > 0 && (enrolled.isPresent() || active.isPresent())
            && !near(rate.get(), enrolled, target.get()) && !near(rate.get(), active, target.get())) {
            checker.report(RATE_DISAGREES, RATE, rate.get());
        }
    }

    /** Whether a count as a share of the target lies within one point of the rate; false if there is no count. */
    private static boolean near(Percentage rate, Optional<Long> count, long target) {
        if (count.isEmpty()) {
            return false;
        }
        BigDecimal share = BigDecimal.valueOf(count.get()).multiply(HUNDRED)
            .divide(BigDecimal.valueOf(target), 6, RoundingMode.HALF_UP);
        return share.subtract(rate.value()).abs().compareTo(BigDecimal.ONE) <= 0;
    }

    /**
     * Builds a {@link CoverageSnapshot}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<CoverageSnapshot, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the date the figures hold at.
         *
         * @param date  the value, not null
         * @return this builder
         */
        public Builder date(ReportedDate date) {
            return set(DATE, date);
        }

        /**
         * Sets the number of people registered.
         *
         * @param enrolled  the number enrolled, zero or more
         * @return this builder
         */
        public Builder enrolled(long enrolled) {
            return set(ENROLLED, enrolled);
        }

        /**
         * Sets the size of the population the figures are measured against.
         *
         * @param targetPopulation  the number of people targeted, zero or more
         * @return this builder
         */
        public Builder targetPopulation(long targetPopulation) {
            return set(TARGET_POPULATION, targetPopulation);
        }

        /**
         * Adds one of the sources of the figures.
         *
         * @param citation  the value, not null
         * @return this builder
         */
        public Builder addCitation(Citation citation) {
            return add(CITATIONS, citation);
        }

        /**
         * Adds, in order, the sources of the figures.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder addAllCitations(Iterable<? extends Citation> citations) {
            return addAll(CITATIONS, citations);
        }

        /**
         * Replaces the sources of the figures.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder citations(Iterable<? extends Citation> citations) {
            return setAll(CITATIONS, citations);
        }

        /**
         * Sets the number of people whose rights are active, such as members up to date with their contributions.
         *
         * @param active  the number active, zero or more
         * @return this builder
         */
        public Builder active(long active) {
            return set(ACTIVE, active);
        }

        /**
         * Sets the source of the target population, such as a census projection.
         *
         * @param targetPopulationSource  the value, not null
         * @return this builder
         */
        public Builder targetPopulationSource(Citation targetPopulationSource) {
            return set(TARGET_POPULATION_SOURCE, targetPopulationSource);
        }

        /**
         * Sets the coverage rate the source reports.
         *
         * @param rate  the value, not null
         * @return this builder
         */
        public Builder rate(Percentage rate) {
            return set(RATE, rate);
        }

        /**
         * Sets the population group the figures are restricted to.
         *
         * @param group  the value, not null
         * @return this builder
         */
        public Builder group(PopulationGroup group) {
            return set(GROUP, group);
        }

        /**
         * Sets the code of the scheme's member category the figures are restricted to.
         *
         * @param category  the value, not null
         * @return this builder
         */
        public Builder category(String category) {
            return set(CATEGORY, category);
        }

        /**
         * Sets the area the figures are restricted to.
         *
         * @param area  the value, not null
         * @return this builder
         */
        public Builder area(Place area) {
            return set(AREA, area);
        }

        /**
         * Adds one of the groups by sex, residence or wealth quintile the figures are restricted to, one per dimension.
         *
         * @param disaggregation  the value, not null
         * @return this builder
         */
        public Builder addDisaggregation(Disaggregation disaggregation) {
            return add(DISAGGREGATION, disaggregation);
        }

        /**
         * Adds, the groups by sex, residence or wealth quintile the figures are restricted to, one per dimension.
         *
         * @param disaggregation  the values, none null, not null
         * @return this builder
         */
        public Builder addAllDisaggregation(Iterable<? extends Disaggregation> disaggregation) {
            return addAll(DISAGGREGATION, disaggregation);
        }

        /**
         * Replaces the groups by sex, residence or wealth quintile the figures are restricted to, one per dimension.
         *
         * @param disaggregation  the values, none null, not null
         * @return this builder
         */
        public Builder disaggregation(Iterable<? extends Disaggregation> disaggregation) {
            return setAll(DISAGGREGATION, disaggregation);
        }
    }
}

package org.uhcmodel.scheme;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Optional;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.ReportedDate;

/**
 * How many people a {@link CoverageScheme} enrols at a date, against the size of the population it targets.
 * <p>
 * Rules: {@code required} (date), {@code positive-or-zero} (enrolled, targetPopulation),
 * {@code coverage-snapshot.empty} (neither figure is given; path empty); warning
 * {@code coverage-snapshot.enrolled-exceeds-target} (more people enrolled than targeted, as when the figures come
 * from different years or sources; path {@code enrolled}).
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

    private static final Rule ENROLLED_EXCEEDS_TARGET = SHAPE.warning("coverage-snapshot.enrolled-exceeds-target",
        "more people are enrolled than the target population counts, as when the figures come from different years"
            + " or sources", TARGET_POPULATION);
    private static final Rule EMPTY = SHAPE.error("coverage-snapshot.empty",
        "must give the number enrolled, the target population, or both", ENROLLED, TARGET_POPULATION);

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
     * Gets the number of people enrolled.
     *
     * @return the number enrolled, zero or more, usually not above {@link #targetPopulation()}, empty if not stated
     */
    public Optional<@PositiveOrZero Long> enrolled() {
        return optional(ENROLLED);
    }

    /**
     * Gets the size of the population the scheme targets.
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

    private static void check(CoverageSnapshot snapshot, Checker checker) {
        Optional<Long> enrolled = snapshot.enrolled();
        Optional<Long> targetPopulation = snapshot.targetPopulation();
        if (enrolled.isEmpty() && targetPopulation.isEmpty()) {
            checker.report(EMPTY, "", null);
        }
        if (enrolled.isPresent() && targetPopulation.isPresent() && enrolled.get() > targetPopulation.get()) {
            checker.report(ENROLLED_EXCEEDS_TARGET, ENROLLED, enrolled.get());
        }
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
         * Sets the number of people enrolled.
         *
         * @param enrolled  the number enrolled, zero or more
         * @return this builder
         */
        public Builder enrolled(long enrolled) {
            return set(ENROLLED, enrolled);
        }

        /**
         * Sets the size of the population the scheme targets.
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
    }
}

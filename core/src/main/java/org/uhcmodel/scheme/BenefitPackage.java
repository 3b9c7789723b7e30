package org.uhcmodel.scheme;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.Rule;

/**
 * The services a {@link CoverageScheme} covers, one {@link Benefit} per category of services, level of care and access
 * condition at a time, and the services it excludes.
 * <p>
 * Rules: {@code not-empty} (no benefit), {@code benefit-package.duplicate-category} (two benefits of one category at
 * the same level and under the same access condition that may be in force at once; at {@code benefits[i].category} of
 * the later one).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class BenefitPackage extends ModelObject {

    private static final Shape<BenefitPackage> SHAPE = Shape.of(BenefitPackage.class, BenefitPackage::new, Builder::new)
        .checkedBy(BenefitPackage::check);
    private static final Prop<Benefit> BENEFITS = SHAPE.list("benefits", Benefit.class);
    private static final Prop<Exclusion> EXCLUSIONS = SHAPE.list("exclusions", Exclusion.class);

    private static final Rule DUPLICATE_CATEGORY = SHAPE.error("benefit-package.duplicate-category",
        "a category of services may be covered only once at a level of care and under an access condition at a time");

    private BenefitPackage(Object[] values) {
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
     * Gets the benefits, one per category, level of care and access condition at a time.
     *
     * @return the unmodifiable benefits, at least one
     */
    @NotEmpty
    public List<@NotNull Benefit> benefits() {
        return list(BENEFITS);
    }

    /**
     * Gets the services the package does not cover.
     *
     * @return the unmodifiable exclusions, empty if none is stated
     */
    public List<@NotNull Exclusion> exclusions() {
        return list(EXCLUSIONS);
    }

    /**
     * Gets the benefits covering a category of services, at every level, under every condition and at every time.
     *
     * @param category  the category, not null
     * @return the unmodifiable benefits, in order, empty if the package does not cover the category
     */
    public List<Benefit> benefitsFor(ServiceCategory category) {
        Objects.requireNonNull(category, "category");
        List<Benefit> found = new ArrayList<>();
        for (Benefit benefit : benefits()) {
            if (benefit.category() == category) {
                found.add(benefit);
            }
        }
        return Collections.unmodifiableList(found);
    }

    /**
     * Gets the benefits that may be in force on a day, such as the co-payments members paid in a given year.
     *
     * @param date  the day, not null
     * @return the unmodifiable benefits, in order, empty if none
     */
    public List<Benefit> benefitsInForce(LocalDate date) {
        Objects.requireNonNull(date, "date");
        List<Benefit> found = new ArrayList<>();
        for (Benefit benefit : benefits()) {
            if (benefit.isInForceOn(date)) {
                found.add(benefit);
            }
        }
        return Collections.unmodifiableList(found);
    }

    private static void check(BenefitPackage benefitPackage, Checker checker) {
        List<Benefit> benefits = benefitPackage.benefits();
        for (int j = 1; j < benefits.size(); j++) {
            Benefit later = benefits.get(j);
            for (int i = 0; i < j; i++) {
                Benefit earlier = benefits.get(i);
                if (later.category() != null && later.category() == earlier.category()
                    && later.level().equals(earlier.level()) && later.access().equals(earlier.access())
                    && Validity.mayOverlap(earlier.validity(), later.validity())) {
                    checker.report(DUPLICATE_CATEGORY, "benefits[" + j + "].category", later.category());
                    break;
                }
            }
        }
    }

    /**
     * Builds a {@link BenefitPackage}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<BenefitPackage, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Adds one of the benefits, one per category, level of care and access condition at a time.
         *
         * @param benefit  the value, not null
         * @return this builder
         */
        public Builder addBenefit(Benefit benefit) {
            return add(BENEFITS, benefit);
        }

        /**
         * Adds, in order, the benefits, one per category, level of care and access condition at a time.
         *
         * @param benefits  the values, none null, not null
         * @return this builder
         */
        public Builder addAllBenefits(Iterable<? extends Benefit> benefits) {
            return addAll(BENEFITS, benefits);
        }

        /**
         * Replaces the benefits, one per category, level of care and access condition at a time.
         *
         * @param benefits  the values, none null, not null
         * @return this builder
         */
        public Builder benefits(Iterable<? extends Benefit> benefits) {
            return setAll(BENEFITS, benefits);
        }

        /**
         * Adds one of the services the package does not cover.
         *
         * @param exclusion  the value, not null
         * @return this builder
         */
        public Builder addExclusion(Exclusion exclusion) {
            return add(EXCLUSIONS, exclusion);
        }

        /**
         * Adds, in order, the services the package does not cover.
         *
         * @param exclusions  the values, none null, not null
         * @return this builder
         */
        public Builder addAllExclusions(Iterable<? extends Exclusion> exclusions) {
            return addAll(EXCLUSIONS, exclusions);
        }

        /**
         * Replaces the services the package does not cover.
         *
         * @param exclusions  the values, none null, not null
         * @return this builder
         */
        public Builder exclusions(Iterable<? extends Exclusion> exclusions) {
            return setAll(EXCLUSIONS, exclusions);
        }
    }
}

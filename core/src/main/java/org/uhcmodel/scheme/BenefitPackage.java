package org.uhcmodel.scheme;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.Rule;

/**
 * The services a {@link CoverageScheme} covers, one {@link Benefit} per category of services.
 * <p>
 * Rules: {@code not-empty} (no benefit), {@code benefit-package.duplicate-category} (a category covered twice;
 * path {@code benefits[i].category} of the repetition).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class BenefitPackage extends ModelObject {

    private static final Shape<BenefitPackage> SHAPE = Shape.of(BenefitPackage.class, BenefitPackage::new, Builder::new)
        .checkedBy(BenefitPackage::check);
    private static final Prop<Benefit> BENEFITS = SHAPE.list("benefits", Benefit.class);

    private static final Rule DUPLICATE_CATEGORY = SHAPE.error("benefit-package.duplicate-category",
        "a category of services may be covered only once in a package");

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
     * Gets the benefit covering a category of services.
     *
     * @param category  the category, not null
     * @return the benefit, empty if the package does not cover the category
     */
    public Optional<Benefit> benefitFor(ServiceCategory category) {
        Objects.requireNonNull(category, "category");
        return benefits().stream().filter(b -> b.category() == category).findFirst();
    }

    private static void check(BenefitPackage benefitPackage, Checker checker) {
        List<Benefit> benefits = benefitPackage.benefits();
        if (benefits.size() > 1) {
            Set<ServiceCategory> seen = EnumSet.noneOf(ServiceCategory.class);
            for (int i = 0; i < benefits.size(); i++) {
                ServiceCategory category = benefits.get(i).category();
                if (category != null && !seen.add(category)) {
                    checker.report(DUPLICATE_CATEGORY, "benefits[" + i + "].category", category);
                }
            }
        }
    }

    /**
     * Gets the benefits, one per category of services.
     *
     * @return the unmodifiable benefits, at least one
     */
    @NotEmpty
    public List<@NotNull Benefit> benefits() {
        return list(BENEFITS);
    }

    /**
     * Builds a {@link BenefitPackage}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<BenefitPackage, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Adds one of the benefits, one per category of services.
         *
         * @param benefit  the value, not null
         * @return this builder
         */
        public Builder addBenefit(Benefit benefit) {
            return add(BENEFITS, benefit);
        }

        /**
         * Adds, in order, the benefits, one per category of services.
         *
         * @param benefits  the values, none null, not null
         * @return this builder
         */
        public Builder addAllBenefits(Iterable<? extends Benefit> benefits) {
            return addAll(BENEFITS, benefits);
        }

        /**
         * Replaces the benefits, one per category of services.
         *
         * @param benefits  the values, none null, not null
         * @return this builder
         */
        public Builder benefits(Iterable<? extends Benefit> benefits) {
            return setAll(BENEFITS, benefits);
        }
    }
}

package org.uhcmodel.sdg;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.Blank;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Severity;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.Coded;
import org.uhcmodel.value.EntityId;

/**
 * One category of one dimension that an observed value is restricted to, such as rural residence
 * ({@code location}: {@code rural}) or the poorest quintile of consumption ({@code consumption-quintile}: {@code q1}).
 * An observation holds any combination of them, one per dimension.
 * <p>
 * The dimension is a {@linkplain DisaggregationDimension built-in dimension} or one a dataset declares
 * ({@link DeclaredDimension}), by its code; a category of a built-in dimension is one of its categories, and for age an
 * age group such as {@code 60+}. The categories of a declared dimension are checked by the dataset that declares it.
 * <p>
 * Rules: {@code required} (dimension, category), {@code not-blank} (category),
 * {@code disaggregation.dimension-format} (a dimension code that is not a lower-case slug),
 * {@code disaggregation.category-unknown} (a category that is not one of its built-in dimension's).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Disaggregation extends ModelObject {

    private static final Shape<Disaggregation> SHAPE = Shape.of(Disaggregation.class,
            Disaggregation::new, Builder::new)
        .checkedBy(Disaggregation::check);
    private static final Prop<String> DIMENSION = SHAPE.required("dimension", String.class);
    private static final Prop<String> CATEGORY = SHAPE.required("category", String.class);

    private static final Rule DIMENSION_FORMAT = SHAPE.error("disaggregation.dimension-format",
        "must be the code of a dimension: a lower-case slug such as location");
    private static final Rule CATEGORY_UNKNOWN = SHAPE.error("disaggregation.category-unknown",
        "is not a category of the dimension", DIMENSION);

    private Disaggregation(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a category of a built-in dimension.
     *
     * @param dimension  the dimension, such as {@link DisaggregationDimension#LOCATION}, not null
     * @param category  one of its categories, such as {@link UrbanRural#RURAL}, not null
     * @return the disaggregation, not null
     * @throws NullPointerException if an argument is null
     * @throws org.uhcmodel.validation.ModelViolationException if the category is not one of the dimension's
     */
    public static Disaggregation of(DisaggregationDimension dimension, Coded category) {
        return of(dimension.code(), category.code());
    }

    /**
     * Obtains a category of a dimension, built in or declared, by their codes.
     *
     * @param dimension  the code of the dimension, such as {@code location}, not null
     * @param category  the code of the category, such as {@code rural}, not null
     * @return the disaggregation, not null
     * @throws NullPointerException if an argument is null
     * @throws org.uhcmodel.validation.ModelViolationException if a code is malformed, or the category is not one of
     *  a built-in dimension's
     */
    public static Disaggregation of(String dimension, String category) {
        return SHAPE.make(DIMENSION, dimension, CATEGORY, category);
    }

    /**
     * Obtains an age group.
     *
     * @param group  the age group, such as {@code 15-49} or {@code 60+}, not null
     * @return the disaggregation of dimension {@code age}, not null
     * @throws NullPointerException if the group is null
     * @throws org.uhcmodel.validation.ModelViolationException if the text is not an age group
     */
    public static Disaggregation age(String group) {
        return of(DisaggregationDimension.AGE.code(), group);
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
     * Gets the code of the dimension.
     *
     * @return the code of a built-in dimension, such as {@code location}, or of a declared one, not null
     */
    @NotNull
    public String dimension() {
        return value(DIMENSION);
    }

    /**
     * Gets the code of the category.
     *
     * @return the code, such as {@code rural}, {@code q1} or {@code 60+}, not null
     */
    @NotNull
    @NotBlank
    public String category() {
        return value(CATEGORY);
    }

    /**
     * Gets the built-in dimension.
     *
     * @return the dimension, empty for a dimension a dataset declares
     */
    public Optional<DisaggregationDimension> builtInDimension() {
        return DisaggregationDimension.find(dimension());
    }

    /**
     * Checks the category against a dimension a dataset declares; a category of a built-in dimension is checked when
     * it is built.
     *
     * @param dimension  the declared dimension, not null
     * @return the error {@code disaggregation.category-unknown} at {@code category} if the category is not one of the
     *  dimension's, else nothing
     */
    public List<Violation> conformity(DeclaredDimension dimension) {
        Objects.requireNonNull(dimension, "dimension");
        Checker checker = new Checker(Severity.ERROR);
        if (!dimension.hasCategory(category())) {
            checker.report(CATEGORY_UNKNOWN, CATEGORY, category());
        }
        return checker.found();
    }

    private static void check(Disaggregation disaggregation, Checker checker) {
        String dimension = disaggregation.value(DIMENSION);
        String category = disaggregation.value(CATEGORY);
        if (dimension == null) {
            return;
        }
        if (!EntityId.isSlug(dimension)) {
            checker.report(DIMENSION_FORMAT, DIMENSION, dimension);
            return;
        }
        Optional<DisaggregationDimension> builtIn = DisaggregationDimension.find(dimension);
        // A blank category is reported as blank, not also as unknown.
        if (category != null && !Blank.isBlank(category) && builtIn.isPresent()
            && !builtIn.get().hasCategory(category)) {
            checker.report(CATEGORY_UNKNOWN, CATEGORY, category);
        }
    }

    /**
     * Builds a {@link Disaggregation}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Disaggregation, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the code of the dimension.
         *
         * @param dimension  the value, not null
         * @return this builder
         */
        public Builder dimension(String dimension) {
            return set(DIMENSION, dimension);
        }

        /**
         * Sets the code of the category.
         *
         * @param category  the value, not null
         * @return this builder
         */
        public Builder category(String category) {
            return set(CATEGORY, category);
        }
    }
}

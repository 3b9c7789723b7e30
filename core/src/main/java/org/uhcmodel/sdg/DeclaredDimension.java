package org.uhcmodel.sdg;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.LocalizedText;

/**
 * A dimension of disaggregation that a dataset declares beside the {@linkplain DisaggregationDimension built-in ones},
 * such as the type of coverage scheme a person belongs to; observations name it by its id.
 * <p>
 * Rules: {@code required} (id, name), {@code declared-dimension.categories-missing} (no category),
 * {@code declared-dimension.duplicate-category} (two categories of one code); in a dataset, its id may not be the code
 * of a built-in dimension.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class DeclaredDimension extends ModelObject implements Entity {

    private static final Shape<DeclaredDimension> SHAPE = Shape.of(DeclaredDimension.class,
            DeclaredDimension::new, Builder::new)
        .entity(EntityKind.DIMENSION).checkedBy(DeclaredDimension::check);
    private static final Prop<EntityId> ID = SHAPE.required("id", EntityId.class);
    private static final Prop<LocalizedText> NAME = SHAPE.required("name", LocalizedText.class);
    private static final Prop<DeclaredCategory> CATEGORIES = SHAPE.list("categories", DeclaredCategory.class);
    private static final Prop<Citation> CITATIONS = SHAPE.list("citations", Citation.class);

    // Reported by the constraint of categories, which names it.
    private static final Rule CATEGORIES_MISSING = SHAPE.error("declared-dimension.categories-missing",
        "must have at least one category");
    private static final Rule DUPLICATE_CATEGORY = SHAPE.error("declared-dimension.duplicate-category",
        "another category of the dimension has this code");

    private DeclaredDimension(Object[] values) {
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
     * Gets the id, unique within a dataset, which observations name the dimension by.
     *
     * @return the id, such as {@code scheme-membership}, not null
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
     * Gets the categories.
     *
     * @return the unmodifiable categories, at least one
     */
    @NotEmpty(message = "{declared-dimension.categories-missing}")
    public List<@NotNull DeclaredCategory> categories() {
        return list(CATEGORIES);
    }

    /**
     * Gets the citations of the sources defining the dimension.
     *
     * @return the unmodifiable citations, empty if none
     */
    @Override
    public List<@NotNull Citation> citations() {
        return list(CITATIONS);
    }

    /**
     * Checks whether a code is a category of the dimension.
     *
     * @param category  the code, not null
     * @return true if one of the {@link #categories()} has that code
     */
    public boolean hasCategory(String category) {
        Objects.requireNonNull(category, "category");
        for (DeclaredCategory one : list(CATEGORIES)) {
            if (one.code().equals(category)) {
                return true;
            }
        }
        return false;
    }

    private static void check(DeclaredDimension dimension, Checker checker) {
        List<DeclaredCategory> categories = dimension.list(CATEGORIES);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            if (!codes.add(categories.get(i).code())) {
                checker.report(DUPLICATE_CATEGORY, "categories[" + i + "].code", categories.get(i).code());
            }
        }
    }

    /**
     * Builds a {@link DeclaredDimension}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<DeclaredDimension, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the id, unique within a dataset, which observations name the dimension by.
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
         * Adds one of the categories.
         *
         * @param category  the value, not null
         * @return this builder
         */
        public Builder addCategory(DeclaredCategory category) {
            return add(CATEGORIES, category);
        }

        /**
         * Adds, in order, the categories.
         *
         * @param categories  the values, none null, not null
         * @return this builder
         */
        public Builder addAllCategories(Iterable<? extends DeclaredCategory> categories) {
            return addAll(CATEGORIES, categories);
        }

        /**
         * Replaces the categories.
         *
         * @param categories  the values, none null, not null
         * @return this builder
         */
        public Builder categories(Iterable<? extends DeclaredCategory> categories) {
            return setAll(CATEGORIES, categories);
        }

        /**
         * Adds one of the citations of the sources defining the dimension.
         *
         * @param citation  the value, not null
         * @return this builder
         */
        public Builder addCitation(Citation citation) {
            return add(CITATIONS, citation);
        }

        /**
         * Adds, in order, the citations of the sources defining the dimension.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder addAllCitations(Iterable<? extends Citation> citations) {
            return addAll(CITATIONS, citations);
        }

        /**
         * Replaces the citations of the sources defining the dimension.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder citations(Iterable<? extends Citation> citations) {
            return setAll(CITATIONS, citations);
        }
    }
}

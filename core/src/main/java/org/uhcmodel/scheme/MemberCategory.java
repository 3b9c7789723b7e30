package org.uhcmodel.scheme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.value.LocalizedText;

/**
 * A category of members that a {@link CoverageScheme} defines for itself, such as the socio-economic categories that
 * set the premium a household pays, named by a code of the scheme's own.
 * <p>
 * Contribution rules, exemptions and enrolment figures name a category by its code; the scheme checks that it
 * declares every category named ({@code coverage-scheme.unknown-category}) and each code once
 * ({@code coverage-scheme.duplicate-category}).
 * <p>
 * Rules: {@code required} (code, name), {@code not-blank} (code).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class MemberCategory extends ModelObject {

    private static final Shape<MemberCategory> SHAPE = Shape.of(MemberCategory.class, MemberCategory::new, Builder::new);
    private static final Prop<String> CODE = SHAPE.required("code", String.class);
    private static final Prop<LocalizedText> NAME = SHAPE.required("name", LocalizedText.class);
    private static final Prop<PopulationGroup> GROUP = SHAPE.optional("group", PopulationGroup.class);

    private MemberCategory(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a category.
     *
     * @param code  the scheme's code of the category, such as {@code 1}, not blank, not null
     * @param name  the name, not null
     * @return the category, not null
     * @throws NullPointerException if an argument is null, naming it
     * @throws org.uhcmodel.validation.ModelViolationException if the code is blank
     */
    public static MemberCategory of(String code, LocalizedText name) {
        return SHAPE.make(CODE, code, NAME, name);
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
     * Gets the scheme's code of the category.
     *
     * @return the code, such as {@code 1} or {@code A}, not blank, not null
     */
    @NotNull
    @NotBlank
    public String code() {
        return value(CODE);
    }

    /**
     * Gets the name of the category.
     *
     * @return the name, such as "Catégorie 1 : ménages indigents", not null
     */
    @NotNull
    public LocalizedText name() {
        return value(NAME);
    }

    /**
     * Gets the population group the category belongs to.
     *
     * @return the group, such as {@link PopulationGroup#INDIGENT}, empty if not stated
     */
    public Optional<PopulationGroup> group() {
        return optional(GROUP);
    }

    /**
     * Builds a {@link MemberCategory}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<MemberCategory, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the scheme's code of the category.
         *
         * @param code  the value, not null
         * @return this builder
         */
        public Builder code(String code) {
            return set(CODE, code);
        }

        /**
         * Sets the name of the category.
         *
         * @param name  the value, not null
         * @return this builder
         */
        public Builder name(LocalizedText name) {
            return set(NAME, name);
        }

        /**
         * Sets the population group the category belongs to.
         *
         * @param group  the value, not null
         * @return this builder
         */
        public Builder group(PopulationGroup group) {
            return set(GROUP, group);
        }
    }
}

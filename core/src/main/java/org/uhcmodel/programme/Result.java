package org.uhcmodel.programme;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.value.LocalizedText;

/**
 * A result a programme aims at, as an output, an outcome or an impact, measured by indicators, from the IATI element
 * result.
 * <p>
 * Rules: {@code required} (type, title), {@code not-empty} (indicators: IATI measures a result by at least one
 * indicator).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Result extends ModelObject {

    private static final Shape<Result> SHAPE = Shape.of(Result.class, Result::new, Builder::new);
    private static final Prop<ResultType> TYPE = SHAPE.required("type", ResultType.class);
    private static final Prop<LocalizedText> TITLE = SHAPE.required("title", LocalizedText.class);
    private static final Prop<LocalizedText> DESCRIPTION = SHAPE.optional("description", LocalizedText.class);
    private static final Prop<ResultIndicator> INDICATORS = SHAPE.list("indicators", ResultIndicator.class);

    private Result(Object[] values) {
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
     * Gets the level of the result.
     *
     * @return the type, not null
     */
    @NotNull
    public ResultType type() {
        return value(TYPE);
    }

    /**
     * Gets the title.
     *
     * @return the title, not null
     */
    @NotNull
    public LocalizedText title() {
        return value(TITLE);
    }

    /**
     * Gets a description.
     *
     * @return the description, empty if none
     */
    public Optional<LocalizedText> description() {
        return optional(DESCRIPTION);
    }

    /**
     * Gets the indicators that measure the result.
     *
     * @return the unmodifiable indicators, at least one, not null
     */
    @NotEmpty
    public List<@NotNull ResultIndicator> indicators() {
        return list(INDICATORS);
    }

    /**
     * Builds a {@link Result}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Result, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the level of the result.
         *
         * @param type  the value, not null
         * @return this builder
         */
        public Builder type(ResultType type) {
            return set(TYPE, type);
        }

        /**
         * Sets the title.
         *
         * @param title  the value, not null
         * @return this builder
         */
        public Builder title(LocalizedText title) {
            return set(TITLE, title);
        }

        /**
         * Sets a description.
         *
         * @param description  the value, not null
         * @return this builder
         */
        public Builder description(LocalizedText description) {
            return set(DESCRIPTION, description);
        }

        /**
         * Adds one of the indicators that measure the result.
         *
         * @param indicator  the value, not null
         * @return this builder
         */
        public Builder addIndicator(ResultIndicator indicator) {
            return add(INDICATORS, indicator);
        }

        /**
         * Adds, in order, the indicators that measure the result.
         *
         * @param indicators  the values, none null, not null
         * @return this builder
         */
        public Builder addAllIndicators(Iterable<? extends ResultIndicator> indicators) {
            return addAll(INDICATORS, indicators);
        }

        /**
         * Replaces the indicators that measure the result.
         *
         * @param indicators  the values, none null, not null
         * @return this builder
         */
        public Builder indicators(Iterable<? extends ResultIndicator> indicators) {
            return setAll(INDICATORS, indicators);
        }
    }
}

package org.uhcmodel.scheme;

import jakarta.validation.constraints.NotNull;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.Period;

/**
 * An organisation that ran a {@link CoverageScheme} over a period: one term of the scheme's history of operators, so
 * that a change of operator is recorded rather than overwritten.
 * <p>
 * Rules: {@code required} (operator, validity).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class OperatorTerm extends ModelObject {

    private static final Shape<OperatorTerm> SHAPE = Shape.of(OperatorTerm.class, OperatorTerm::new, Builder::new);
    private static final Prop<EntityId> OPERATOR = SHAPE.required("operator", EntityId.class)
        .refersTo(EntityKind.ORGANIZATION);
    private static final Prop<Period> VALIDITY = SHAPE.required("validity", Period.class);

    private OperatorTerm(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a term.
     *
     * @param operator  the id of the organisation, not null
     * @param validity  when it ran the scheme, not null
     * @return the term, not null
     * @throws NullPointerException if an argument is null, naming it
     */
    public static OperatorTerm of(EntityId operator, Period validity) {
        return SHAPE.make(OPERATOR, operator, VALIDITY, validity);
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
     * Gets the organisation that ran the scheme.
     *
     * @return the id of the operator, not null
     */
    @NotNull
    public EntityId operator() {
        return value(OPERATOR);
    }

    /**
     * Gets when it ran the scheme.
     *
     * @return the period, open at its end while it still does, not null
     */
    @NotNull
    public Period validity() {
        return value(VALIDITY);
    }

    /**
     * Builds a {@link OperatorTerm}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<OperatorTerm, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the organisation that ran the scheme.
         *
         * @param operator  the value, not null
         * @return this builder
         */
        public Builder operator(EntityId operator) {
            return set(OPERATOR, operator);
        }

        /**
         * Sets when it ran the scheme.
         *
         * @param validity  the value, not null
         * @return this builder
         */
        public Builder validity(Period validity) {
            return set(VALIDITY, validity);
        }
    }
}

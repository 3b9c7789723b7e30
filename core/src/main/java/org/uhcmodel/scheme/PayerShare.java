package org.uhcmodel.scheme;

import jakarta.validation.constraints.NotNull;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.value.Percentage;

/**
 * The part of a contribution one kind of payer bears, such as the employer paying 60 percent.
 * <p>
 * Rules: {@code required} (payer, share).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PayerShare extends ModelObject {

    private static final Shape<PayerShare> SHAPE = Shape.of(PayerShare.class, PayerShare::new, Builder::new);
    private static final Prop<PayerType> PAYER = SHAPE.required("payer", PayerType.class);
    private static final Prop<Percentage> SHARE = SHAPE.required("share", Percentage.class);

    private PayerShare(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a payer's share.
     *
     * @param payer  who pays, not null
     * @param share  the part of the contribution paid, not null
     * @return the share, not null
     * @throws NullPointerException if an argument is null, naming it
     */
    public static PayerShare of(PayerType payer, Percentage share) {
        return builder().payer(payer).share(share).build();
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
     * Gets who pays.
     *
     * @return the payer, not null
     */
    @NotNull
    public PayerType payer() {
        return value(PAYER);
    }

    /**
     * Gets the part of the contribution this payer bears.
     *
     * @return the share, from 0 to 100, not null
     */
    @NotNull
    public Percentage share() {
        return value(SHARE);
    }

    /**
     * Builds a {@link PayerShare}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<PayerShare, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets who pays.
         *
         * @param payer  the value, not null
         * @return this builder
         */
        public Builder payer(PayerType payer) {
            return set(PAYER, payer);
        }

        /**
         * Sets the part of the contribution this payer bears.
         *
         * @param share  the value, not null
         * @return this builder
         */
        public Builder share(Percentage share) {
            return set(SHARE, share);
        }
    }
}

package org.uhcmodel.scheme;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.Percentage;

/**
 * The part of a contribution, or of the cost of an exemption, one kind of payer bears, such as the employer paying
 * 60 percent, optionally naming the paying organisation.
 * <p>
 * Rules: {@code required} (payer, share).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PayerShare extends ModelObject {

    private static final Shape<PayerShare> SHAPE = Shape.of(PayerShare.class, PayerShare::new, Builder::new);
    private static final Prop<PayerType> PAYER = SHAPE.required("payer", PayerType.class);
    private static final Prop<Percentage> SHARE = SHAPE.required("share", Percentage.class);
    private static final Prop<EntityId> ORGANIZATION = SHAPE.optional("organization", EntityId.class)
        .refersTo(EntityKind.ORGANIZATION);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PayerShare(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a payer's share.
     *
     * @param payer  who pays, not null
     * @param share  the part paid, not null
     * @return the share, not null
     * @throws NullPointerException if an argument is null, naming it
     */
    public static PayerShare of(PayerType payer, Percentage share) {
        return SHAPE.make(PAYER, payer, SHARE, share);
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
     * Gets the part this payer bears.
     *
     * @return the share, from 0 to 100, not null
     */
    @NotNull
    public Percentage share() {
        return value(SHARE);
    }

    /**
     * Gets the organisation that pays, such as the ministry that pays for the indigent.
     *
     * @return the id of the paying organisation, empty if not stated
     */
    public Optional<EntityId> organization() {
        return optional(ORGANIZATION);
    }

    /**
     * Reports the shares of a list that do not add up to exactly 100, or that name a payer twice: the check a
     * contribution rule and an exemption share, each under its own rules.
     *
     * @param shares  the shares, not empty
     * @param property  the name of the list, such as {@code shares}
     * @param sum  the rule of a sum other than 100, reported at the list
     * @param duplicate  the rule of a payer named twice, reported at the repetition's payer
     * @param checker  where violations go
     */
    static void check(List<PayerShare> shares, String property, Rule sum, Rule duplicate, Checker checker) {
        BigDecimal total = BigDecimal.ZERO;
        Set<PayerType> payers = EnumSet.noneOf(PayerType.class);
        for (int i = 0; i < shares.size(); i++) {
            PayerShare share = shares.get(i);
            if (share.share() != null) {
                total = total.add(share.share().value());
            }
            if (share.payer() != null && !payers.add(share.payer())) {
                checker.report(duplicate, property + "[" + i + "].payer", share.payer());
            }
        }
        if (total.compareTo(HUNDRED) != 0) {
            checker.report(sum, property, total);
        }
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
         * Sets the part this payer bears.
         *
         * @param share  the value, not null
         * @return this builder
         */
        public Builder share(Percentage share) {
            return set(SHARE, share);
        }

        /**
         * Sets the organisation that pays, such as the ministry that pays for the indigent.
         *
         * @param organization  the value, not null
         * @return this builder
         */
        public Builder organization(EntityId organization) {
            return set(ORGANIZATION, organization);
        }
    }
}

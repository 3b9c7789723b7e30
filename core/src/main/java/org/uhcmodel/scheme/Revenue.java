package org.uhcmodel.scheme;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.Percentage;
import org.uhcmodel.value.Period;

/**
 * A revenue of a {@link CoverageScheme} from one source, classed by SHA 2011 (ICHA-FS): how much, or what share of the
 * scheme's revenues, over which period, and, for a revenue a law sets aside, as what rate of which base, such as 2.5
 * percent of the receipts of a value-added tax transferred from government domestic revenue
 * ({@link RevenueClass#FS_1}).
 * <p>
 * Rules: {@code required} (revenueClass), {@code revenue.empty} (neither an amount, a share nor an earmark; at the
 * empty path), {@code money.negative} (a negative amount; at {@code amount.amount}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Revenue extends ModelObject {

    private static final Shape<Revenue> SHAPE = Shape.of(Revenue.class, Revenue::new, Builder::new)
        .checkedBy(Revenue::check);
    private static final Prop<RevenueClass> REVENUE_CLASS = SHAPE.required("revenueClass", RevenueClass.class);
    private static final Prop<EntityId> SOURCE = SHAPE.optional("source", EntityId.class)
        .refersTo(EntityKind.ORGANIZATION);
    private static final Prop<Period> PERIOD = SHAPE.optional("period", Period.class);
    private static final Prop<Money> AMOUNT = SHAPE.optional("amount", Money.class);
    private static final Prop<Percentage> SHARE = SHAPE.optional("share", Percentage.class);
    private static final Prop<Earmark> EARMARK = SHAPE.optional("earmark", Earmark.class);
    private static final Prop<Citation> CITATIONS = SHAPE.list("citations", Citation.class);

    private static final Rule NEGATIVE_AMOUNT = SHAPE.enforces(Money.class, "money.negative");
    private static final Rule EMPTY = SHAPE.error("revenue.empty",
        "must give an amount, a share or an earmark", AMOUNT, SHARE, EARMARK);

    private Revenue(Object[] values) {
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
     * Gets the SHA 2011 class of the revenue.
     *
     * @return the class, such as {@link RevenueClass#FS_3_2}, not null
     */
    @NotNull
    public RevenueClass revenueClass() {
        return value(REVENUE_CLASS);
    }

    /**
     * Gets the organisation the revenue comes from, such as a ministry of finance or a donor.
     *
     * @return the id of the organisation, empty if not stated
     */
    public Optional<EntityId> source() {
        return optional(SOURCE);
    }

    /**
     * Gets the period the revenue covers or is in force.
     *
     * @return the period, such as the year 2023, empty if not stated
     */
    public Optional<Period> period() {
        return optional(PERIOD);
    }

    /**
     * Gets the amount received.
     *
     * @return the amount, empty if not stated
     */
    public Optional<Money> amount() {
        return optional(AMOUNT);
    }

    /**
     * Gets the share of the scheme's revenues.
     *
     * @return the share, empty if not stated
     */
    public Optional<Percentage> share() {
        return optional(SHARE);
    }

    /**
     * Gets the rate of a named base set aside for the scheme.
     *
     * @return the earmark, empty if the revenue is not set aside as a rate
     */
    public Optional<Earmark> earmark() {
        return optional(EARMARK);
    }

    /**
     * Gets the sources of the figures.
     *
     * @return the unmodifiable citations, empty if none
     */
    public List<@NotNull Citation> citations() {
        return list(CITATIONS);
    }

    private static void check(Revenue revenue, Checker checker) {
        if (revenue.amount().isEmpty() && revenue.share().isEmpty() && revenue.earmark().isEmpty()) {
            checker.report(EMPTY, "", null);
        }
        Optional<Money> amount = revenue.amount();
        if (amount.isPresent() && amount.get().isNegative()) {
            checker.report(NEGATIVE_AMOUNT, "amount.amount", amount.get().amount());
        }
    }

    /**
     * Builds a {@link Revenue}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Revenue, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the SHA 2011 class of the revenue.
         *
         * @param revenueClass  the value, not null
         * @return this builder
         */
        public Builder revenueClass(RevenueClass revenueClass) {
            return set(REVENUE_CLASS, revenueClass);
        }

        /**
         * Sets the organisation the revenue comes from, such as a ministry of finance or a donor.
         *
         * @param source  the value, not null
         * @return this builder
         */
        public Builder source(EntityId source) {
            return set(SOURCE, source);
        }

        /**
         * Sets the period the revenue covers or is in force.
         *
         * @param period  the value, not null
         * @return this builder
         */
        public Builder period(Period period) {
            return set(PERIOD, period);
        }

        /**
         * Sets the amount received.
         *
         * @param amount  the value, not null
         * @return this builder
         */
        public Builder amount(Money amount) {
            return set(AMOUNT, amount);
        }

        /**
         * Sets the share of the scheme's revenues.
         *
         * @param share  the value, not null
         * @return this builder
         */
        public Builder share(Percentage share) {
            return set(SHARE, share);
        }

        /**
         * Sets the rate of a named base set aside for the scheme.
         *
         * @param earmark  the value, not null
         * @return this builder
         */
        public Builder earmark(Earmark earmark) {
            return set(EARMARK, earmark);
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

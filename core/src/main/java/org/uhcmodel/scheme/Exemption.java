package org.uhcmodel.scheme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
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
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Percentage;
import org.uhcmodel.value.Period;

/**
 * A group a {@link CoverageScheme} spares, fully or in part, from its contributions or its cost sharing, and who pays
 * in its place, such as children under five and pregnant women exempt from co-payments, the state paying their care,
 * or the indigent exempt from premiums paid by the state.
 * <p>
 * The group is named by population groups, by the scheme's own member categories, by age, or by a combination, all of
 * which must hold: {@code CHILDREN} with {@code ageBelow} 5 means children under five.
 * <p>
 * Rules:
 * <ul>
 *   <li>{@code required} (waived), {@code not-empty} (scope), {@code not-blank} (categories),
 *     {@code positive-or-zero} (ageFrom, ageBelow);</li>
 *   <li>{@code exemption.nobody}: no population group, category or age names who is exempt (at the empty path);</li>
 *   <li>{@code exemption.age-range}: the lowest age is not below the age the exemption ends at (at
 *     {@code ageBelow});</li>
 *   <li>{@code exemption.shares-sum}: the payers' shares are given but do not add up to exactly 100 (at
 *     {@code paidBy});</li>
 *   <li>{@code exemption.duplicate-payer}: a payer has two shares (at {@code paidBy[i].payer} of the
 *     repetition).</li>
 * </ul>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Exemption extends ModelObject {

    private static final Shape<Exemption> SHAPE = Shape.of(Exemption.class, Exemption::new, Builder::new)
        .checkedBy(Exemption::check);
    private static final Prop<PopulationGroup> GROUPS = SHAPE.set("groups", PopulationGroup.class);
    private static final Prop<String> CATEGORIES = SHAPE.list("categories", String.class);
    private static final Prop<Integer> AGE_FROM = SHAPE.optional("ageFrom", Integer.class);
    private static final Prop<Integer> AGE_BELOW = SHAPE.optional("ageBelow", Integer.class);
    private static final Prop<ExemptionScope> SCOPE = SHAPE.set("scope", ExemptionScope.class);
    private static final Prop<Percentage> WAIVED = SHAPE.required("waived", Percentage.class);
    private static final Prop<PayerShare> PAID_BY = SHAPE.list("paidBy", PayerShare.class);
    private static final Prop<Period> VALIDITY = SHAPE.optional("validity", Period.class);
    private static final Prop<LocalizedText> DESCRIPTION = SHAPE.optional("description", LocalizedText.class);

    private static final Rule NOBODY = SHAPE.error("exemption.nobody",
        "must name who is exempt: a population group, a category or an age", GROUPS, CATEGORIES, AGE_FROM, AGE_BELOW);
    private static final Rule AGE_RANGE = SHAPE.error("exemption.age-range",
        "must lie above the lowest age", AGE_FROM);
    private static final Rule SHARES_SUM = SHAPE.error("exemption.shares-sum",
        "the payers' shares must add up to exactly 100");
    private static final Rule DUPLICATE_PAYER = SHAPE.error("exemption.duplicate-payer",
        "a payer may have only one share");

    private Exemption(Object[] values) {
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
     * Gets the population groups exempt.
     *
     * @return the unmodifiable groups, empty if the exemption names a category or an age instead
     */
    public Set<@NotNull PopulationGroup> groups() {
        return set(GROUPS);
    }

    /**
     * Gets the codes of the scheme's member categories exempt.
     *
     * @return the unmodifiable codes, each of a category of the scheme, empty if none
     */
    public List<@NotNull @NotBlank String> categories() {
        return list(CATEGORIES);
    }

    /**
     * Gets the lowest age of the people exempt, in years.
     *
     * @return the age, such as 65, empty if none
     */
    public Optional<@PositiveOrZero Integer> ageFrom() {
        return optional(AGE_FROM);
    }

    /**
     * Gets the age, in years, people are exempt below.
     *
     * @return the age, such as 5 for children under five, empty if none
     */
    public Optional<@PositiveOrZero Integer> ageBelow() {
        return optional(AGE_BELOW);
    }

    /**
     * Gets what the group is spared.
     *
     * @return the unmodifiable scope, at least one term
     */
    @NotEmpty
    public Set<@NotNull ExemptionScope> scope() {
        return set(SCOPE);
    }

    /**
     * Gets the part of what the group would pay that is waived.
     *
     * @return the part waived, 100 for a full exemption, not null
     */
    @NotNull
    public Percentage waived() {
        return value(WAIVED);
    }

    /**
     * Gets who pays in place of the group.
     *
     * @return the unmodifiable shares, adding up to 100, empty if not stated
     */
    public List<@NotNull PayerShare> paidBy() {
        return list(PAID_BY);
    }

    /**
     * Gets when the exemption is in force.
     *
     * @return the period, empty if it holds whenever the scheme does
     */
    public Optional<Period> validity() {
        return optional(VALIDITY);
    }

    /**
     * Gets the exemption as the source words it.
     *
     * @return the description, empty if none
     */
    public Optional<LocalizedText> description() {
        return optional(DESCRIPTION);
    }

    /**
     * Checks whether this exemption may be in force on a day.
     *
     * @param date  the day, not null
     * @return true if the exemption has no validity or its validity may contain the day
     */
    public boolean isInForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Validity.mayHold(validity(), date);
    }

    private static void check(Exemption exemption, Checker checker) {
        Optional<Integer> from = exemption.ageFrom();
        Optional<Integer> below = exemption.ageBelow();
        if (exemption.groups().isEmpty() && exemption.categories().isEmpty() && from.isEmpty() && below.isEmpty()) {
            checker.report(NOBODY, "", null);
        }
        // A negative age is refused on its own (positive-or-zero); the range compares ages that are valid.
        if (from.isPresent() && below.isPresent() && from.get() >= 0 && below.get() >= 0
            && below.get() <= from.get()) {
            checker.report(AGE_RANGE, AGE_BELOW, below.get());
        }
        if (!exemption.paidBy().isEmpty()) {
            PayerShare.check(exemption.paidBy(), PAID_BY.name(), SHARES_SUM, DUPLICATE_PAYER, checker);
        }
    }

    /**
     * Builds a {@link Exemption}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Exemption, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Adds one of the population groups exempt.
         *
         * @param group  the value, not null
         * @return this builder
         */
        public Builder addGroup(PopulationGroup group) {
            return add(GROUPS, group);
        }

        /**
         * Adds, the population groups exempt.
         *
         * @param groups  the values, none null, not null
         * @return this builder
         */
        public Builder addAllGroups(Iterable<? extends PopulationGroup> groups) {
            return addAll(GROUPS, groups);
        }

        /**
         * Replaces the population groups exempt.
         *
         * @param groups  the values, none null, not null
         * @return this builder
         */
        public Builder groups(Iterable<? extends PopulationGroup> groups) {
            return setAll(GROUPS, groups);
        }

        /**
         * Adds one of the codes of the scheme's member categories exempt.
         *
         * @param category  the value, not null
         * @return this builder
         */
        public Builder addCategory(String category) {
            return add(CATEGORIES, category);
        }

        /**
         * Adds, in order, the codes of the scheme's member categories exempt.
         *
         * @param categories  the values, none null, not null
         * @return this builder
         */
        public Builder addAllCategories(Iterable<? extends String> categories) {
            return addAll(CATEGORIES, categories);
        }

        /**
         * Replaces the codes of the scheme's member categories exempt.
         *
         * @param categories  the values, none null, not null
         * @return this builder
         */
        public Builder categories(Iterable<? extends String> categories) {
            return setAll(CATEGORIES, categories);
        }

        /**
         * Sets the lowest age of the people exempt, in years.
         *
         * @param ageFrom  the value
         * @return this builder
         */
        public Builder ageFrom(int ageFrom) {
            return set(AGE_FROM, ageFrom);
        }

        /**
         * Sets the age, in years, people are exempt below.
         *
         * @param ageBelow  the value
         * @return this builder
         */
        public Builder ageBelow(int ageBelow) {
            return set(AGE_BELOW, ageBelow);
        }

        /**
         * Adds one of what the group is spared.
         *
         * @param scope  the value, not null
         * @return this builder
         */
        public Builder addScope(ExemptionScope scope) {
            return add(SCOPE, scope);
        }

        /**
         * Adds, what the group is spared.
         *
         * @param scope  the values, none null, not null
         * @return this builder
         */
        public Builder addAllScope(Iterable<? extends ExemptionScope> scope) {
            return addAll(SCOPE, scope);
        }

        /**
         * Replaces what the group is spared.
         *
         * @param scope  the values, none null, not null
         * @return this builder
         */
        public Builder scope(Iterable<? extends ExemptionScope> scope) {
            return setAll(SCOPE, scope);
        }

        /**
         * Sets the part of what the group would pay that is waived.
         *
         * @param waived  the value, not null
         * @return this builder
         */
        public Builder waived(Percentage waived) {
            return set(WAIVED, waived);
        }

        /**
         * Adds one of who pays in place of the group.
         *
         * @param payer  the value, not null
         * @return this builder
         */
        public Builder addPayer(PayerShare payer) {
            return add(PAID_BY, payer);
        }

        /**
         * Adds, in order, who pays in place of the group.
         *
         * @param paidBy  the values, none null, not null
         * @return this builder
         */
        public Builder addAllPaidBy(Iterable<? extends PayerShare> paidBy) {
            return addAll(PAID_BY, paidBy);
        }

        /**
         * Replaces who pays in place of the group.
         *
         * @param paidBy  the values, none null, not null
         * @return this builder
         */
        public Builder paidBy(Iterable<? extends PayerShare> paidBy) {
            return setAll(PAID_BY, paidBy);
        }

        /**
         * Sets when the exemption is in force.
         *
         * @param validity  the value, not null
         * @return this builder
         */
        public Builder validity(Period validity) {
            return set(VALIDITY, validity);
        }

        /**
         * Sets the exemption as the source words it.
         *
         * @param description  the value, not null
         * @return this builder
         */
        public Builder description(LocalizedText description) {
            return set(DESCRIPTION, description);
        }
    }
}

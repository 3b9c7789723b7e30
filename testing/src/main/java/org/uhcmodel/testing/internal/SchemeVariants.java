package org.uhcmodel.testing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.meta.Property;
import org.uhcmodel.scheme.AmountBasis;
import org.uhcmodel.scheme.Benefit;
import org.uhcmodel.scheme.BenefitPackage;
import org.uhcmodel.scheme.Contract;
import org.uhcmodel.scheme.ContributionBasis;
import org.uhcmodel.scheme.ContributionRule;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.scheme.CoverageSnapshot;
import org.uhcmodel.scheme.Exemption;
import org.uhcmodel.scheme.MemberCategory;
import org.uhcmodel.scheme.OperatorTerm;
import org.uhcmodel.scheme.PayerShare;
import org.uhcmodel.scheme.PayerType;
import org.uhcmodel.scheme.PaymentMechanism;
import org.uhcmodel.scheme.PaymentMethod;
import org.uhcmodel.scheme.QuantityLimit;
import org.uhcmodel.scheme.Revenue;
import org.uhcmodel.scheme.RevenueClass;
import org.uhcmodel.scheme.SchemeStatus;
import org.uhcmodel.scheme.ServiceCategory;
import org.uhcmodel.sdg.DisaggregationDimension;
import org.uhcmodel.sdg.Disaggregation;
import org.uhcmodel.testing.InvalidVariant;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.Percentage;
import org.uhcmodel.value.Period;

/**
 * Invalid variants of coverage schemes, their parts and contracts, behind {@link org.uhcmodel.testing.CoverageSchemes}.
 * Each starts from a value generated without warnings and changes what breaks its one rule.
 */
public final class SchemeVariants {

    private static final ModelType<ContributionRule> RULE = ModelTypes.of(ContributionRule.class);
    private static final ModelType<CoverageSnapshot> SNAPSHOT = ModelTypes.of(CoverageSnapshot.class);
    private static final ModelType<CoverageScheme> SCHEME = ModelTypes.of(CoverageScheme.class);
    private static final ModelType<Exemption> EXEMPTION = ModelTypes.of(Exemption.class);
    private static final Set<String> COUNTS = Set.of("enrolled", "active", "targetPopulation", "rate");
    private static final Set<String> AMOUNTS = Set.of("amount", "minimum", "maximum", "baseCeiling", "householdCap",
        "membersCovered", "basis", "rate");

    private SchemeVariants() {
    }

    static void register(Catalogue.Registry r) {
        r.add("benefit.negative-waiting-period", Benefit.class, SchemeVariants::negativeWaitingPeriod);
        r.add("benefit.currency-mismatch", Benefit.class, SchemeVariants::benefitCurrencyMismatch);
        r.add("benefit-package.duplicate-category", BenefitPackage.class, SchemeVariants::duplicateCategory);
        r.add("contribution-rule.rate-required", ContributionRule.class, SchemeVariants::withoutRate);
        r.add("contribution-rule.amount-required", ContributionRule.class, SchemeVariants::withoutAmount);
        r.add("contribution-rule.shares-sum", ContributionRule.class, SchemeVariants::sharesNotHundred);
        r.add("contribution-rule.duplicate-payer", ContributionRule.class, SchemeVariants::duplicatePayer);
        r.add("contribution-rule.range-order", ContributionRule.class, SchemeVariants::invertedRange);
        r.add("contribution-rule.amount-outside-range", ContributionRule.class, SchemeVariants::amountOutsideRange);
        r.add("contribution-rule.currency-mismatch", ContributionRule.class, SchemeVariants::contributionCurrencies);
        r.add("contribution-rule.cap-unit", ContributionRule.class, SchemeVariants::capOfAnotherUnit);
        r.add("exemption.nobody", Exemption.class, SchemeVariants::exemptionOfNobody);
        r.add("exemption.age-range", Exemption.class, SchemeVariants::invertedAges);
        r.add("exemption.shares-sum", Exemption.class, SchemeVariants::exemptionSharesNotHundred);
        r.add("exemption.duplicate-payer", Exemption.class, SchemeVariants::exemptionDuplicatePayer);
        r.add("revenue.empty", Revenue.class, SchemeVariants::emptyRevenue);
        r.add("quantity-limit.uncountable-unit", QuantityLimit.class, SchemeVariants::uncountableUnit);
        r.add("payment-mechanism.method-basis", PaymentMechanism.class, SchemeVariants::rateBasisAgainstMethod);
        r.add("coverage-snapshot.enrolled-exceeds-target", CoverageSnapshot.class,
            SchemeVariants::enrolledExceedsTarget);
        r.add("coverage-snapshot.active-exceeds-enrolled", CoverageSnapshot.class,
            SchemeVariants::activeExceedsEnrolled);
        r.add("coverage-snapshot.rate-disagrees", CoverageSnapshot.class, SchemeVariants::rateDisagrees);
        r.add("coverage-snapshot.empty", CoverageSnapshot.class, SchemeVariants::emptySnapshot);
        r.add("coverage-snapshot.disaggregation-dimension", CoverageSnapshot.class,
            SchemeVariants::twoGroupsOfOneDimension);
        r.add("coverage-scheme.membership-financing", CoverageScheme.class,
            SchemeVariants::financingAgainstMembership);
        r.add("coverage-scheme.type-financing", CoverageScheme.class, SchemeVariants::financingAgainstType);
        r.add("coverage-scheme.complements-itself", CoverageScheme.class, SchemeVariants::complementsItself);
        r.add("coverage-scheme.refers-to-itself", CoverageScheme.class, SchemeVariants::refersToItself);
        r.add("coverage-scheme.duplicate-category", CoverageScheme.class, SchemeVariants::categoryDeclaredTwice);
        r.add("coverage-scheme.unknown-category", CoverageScheme.class, SchemeVariants::undeclaredCategory);
        r.add("coverage-scheme.operator-history", CoverageScheme.class, SchemeVariants::historyOfAnotherOperator);
        r.add("coverage-scheme.area-country", CoverageScheme.class, SchemeVariants::areaInAnotherCountry);
        r.add("coverage-scheme.closed-without-end", CoverageScheme.class, SchemeVariants::closedWithoutEnd);
        r.add("coverage-scheme.contributions-overlap", CoverageScheme.class, SchemeVariants::overlappingPremiums);
        r.add("coverage-scheme.revenue-shares-exceed", CoverageScheme.class, SchemeVariants::revenueSharesAbove100);
        r.add("contract.no-provider", Contract.class, SchemeVariants::contractWithoutProvider);
        r.add("money.negative", Benefit.class, SchemeVariants::negativeCopaymentOrCeiling);
        r.add("money.negative", ContributionRule.class, SchemeVariants::negativePremium);
        r.add("money.negative", Revenue.class, SchemeVariants::negativeRevenue);
        r.add("money.negative", PaymentMechanism.class, SchemeVariants::negativePaymentRate);
    }

    /** @return benefits whose copayment or ceiling is negative */
    public static Arbitrary<InvalidVariant<Benefit>> negativeCopaymentOrCeiling() {
        return Combinators.combine(Arbitraries.of(ServiceCategory.class), ValueArbitraries.currencies(),
                Arbitraries.integers().between(1, 1_000_000), Arbitraries.of(true, false))
            .as((category, currency, n, copayment) -> {
                org.uhcmodel.value.Money negative = org.uhcmodel.value.Money.of(
                    java.math.BigDecimal.valueOf(-n), currency);
                return InvalidVariant.ofBuilder(Benefit.class, "money.negative", (copayment ? "copayment " : "ceiling ")
                    + negative, () -> copayment ? Benefit.builder().category(category).copayment(negative)
                    : Benefit.builder().category(category).ceiling(negative));
            });
    }

    /** @return flat premiums of a negative amount */
    public static Arbitrary<InvalidVariant<ContributionRule>> negativePremium() {
        return Combinators.combine(Arbitraries.of(ContributionBasis.FLAT_PREMIUM_PER_PERSON,
                ContributionBasis.FLAT_PREMIUM_PER_HOUSEHOLD), ValueArbitraries.currencies(),
                Arbitraries.integers().between(1, 1_000_000))
            .as((basis, currency, n) -> {
                org.uhcmodel.value.Money negative = org.uhcmodel.value.Money.of(
                    java.math.BigDecimal.valueOf(-n), currency);
                return InvalidVariant.ofBuilder(ContributionRule.class, "money.negative", "a premium of " + negative,
                    () -> ContributionRule.builder().basis(basis).amount(negative));
            });
    }

    /** @return revenues of a negative amount */
    public static Arbitrary<InvalidVariant<Revenue>> negativeRevenue() {
        return Combinators.combine(Arbitraries.of(RevenueClass.class), ValueArbitraries.currencies(),
                Arbitraries.integers().between(1, 1_000_000))
            .as((revenueClass, currency, n) -> {
                org.uhcmodel.value.Money negative = org.uhcmodel.value.Money.of(
                    java.math.BigDecimal.valueOf(-n), currency);
                return InvalidVariant.ofBuilder(Revenue.class, "money.negative", "a revenue of " + negative,
                    () -> Revenue.builder().revenueClass(revenueClass).amount(negative));
            });
    }

    /** @return payment mechanisms paying a negative rate */
    public static Arbitrary<InvalidVariant<PaymentMechanism>> negativePaymentRate() {
        return Combinators.combine(Arbitraries.of(PaymentMethod.class), ValueArbitraries.currencies(),
                Arbitraries.integers().between(1, 1_000_000))
            .as((method, currency, n) -> {
                org.uhcmodel.value.Money negative = org.uhcmodel.value.Money.of(
                    java.math.BigDecimal.valueOf(-n), currency);
                return InvalidVariant.ofBuilder(PaymentMechanism.class, "money.negative", "a rate of " + negative,
                    () -> PaymentMechanism.builder().method(method).rate(negative));
            });
    }

    // ---- benefits

    /** @return benefits with a negative waiting period */
    public static Arbitrary<InvalidVariant<Benefit>> negativeWaitingPeriod() {
        return Combinators.combine(SchemeArbitraries.benefits(), Arbitraries.integers().between(1, 365),
                Arbitraries.of(true, false))
            .as((b, n, days) -> {
                java.time.Period waiting = days ? java.time.Period.ofDays(-n) : java.time.Period.ofMonths(-n);
                return InvalidVariant.ofBuilder(Benefit.class, "benefit.negative-waiting-period",
                    "benefit waiting " + waiting, () -> Benefit.builder().from(b).waitingPeriod(waiting));
            });
    }

    /** @return benefits whose co-payment and ceiling, or co-payment and deductible, are in different currencies */
    public static Arbitrary<InvalidVariant<Benefit>> benefitCurrencyMismatch() {
        return Combinators.combine(Arbitraries.of(ServiceCategory.class), ValueArbitraries.money(),
                ValueArbitraries.money(), Arbitraries.of(true, false))
            .filter((c, copay, other, ceiling) -> !copay.currency().equals(other.currency()))
            .as((c, copay, other, ceiling) -> InvalidVariant.ofBuilder(Benefit.class, "benefit.currency-mismatch",
                "copayment " + copay + ", " + (ceiling ? "ceiling " : "deductible ") + other,
                () -> ceiling ? Benefit.builder().category(c).copayment(copay).ceiling(other)
                    : Benefit.builder().category(c).copayment(copay).deductible(other)));
    }

    /** @return benefit packages covering a category twice at one level, under one condition, at one time */
    public static Arbitrary<InvalidVariant<BenefitPackage>> duplicateCategory() {
        return Combinators.combine(SchemeArbitraries.benefitPackages(), ValueArbitraries.percentages())
            .as((p, co) -> {
                Benefit first = p.benefits().get(0);
                Benefit again = Benefit.builder().from(first).coinsurance(co).build();
                return InvalidVariant.ofBuilder(BenefitPackage.class, "benefit-package.duplicate-category",
                    "package covering " + first.category().code() + " twice",
                    () -> BenefitPackage.builder().from(p).addBenefit(again));
            });
    }

    /** @return quantity limits counting a span of time */
    public static Arbitrary<InvalidVariant<QuantityLimit>> uncountableUnit() {
        List<AmountBasis> spans = new ArrayList<>();
        for (AmountBasis basis : AmountBasis.values()) {
            if (!basis.isCountable()) {
                spans.add(basis);
            }
        }
        return Combinators.combine(SchemeArbitraries.quantityLimits(), Arbitraries.of(spans))
            .as((q, unit) -> InvalidVariant.ofBuilder(QuantityLimit.class, "quantity-limit.uncountable-unit",
                q.maximum() + " per " + unit.code(), () -> QuantityLimit.builder().from(q).unit(unit)));
    }

    // ---- contributions

    private static Arbitrary<ContributionRule> rules(List<ContributionBasis> bases) {
        return SchemeArbitraries.contributionRules().filter(r -> bases.contains(r.basis()));
    }

    /** @return contributions on a percentage of salary, income or pension without a rate */
    public static Arbitrary<InvalidVariant<ContributionRule>> withoutRate() {
        return rules(List.of(ContributionBasis.PERCENTAGE_OF_SALARY, ContributionBasis.PERCENTAGE_OF_INCOME,
                ContributionBasis.PERCENTAGE_OF_PENSION))
            .map(r -> InvalidVariant.ofBuilder(ContributionRule.class, "contribution-rule.rate-required",
                r.basis().code() + " without rate", () -> Meta.copy(RULE, r, p -> !p.name().equals("rate"))));
    }

    /** @return flat premiums without an amount or a range */
    public static Arbitrary<InvalidVariant<ContributionRule>> withoutAmount() {
        Set<String> amounts = Set.of("amount", "minimum", "maximum");
        return rules(List.of(ContributionBasis.FLAT_PREMIUM_PER_PERSON, ContributionBasis.FLAT_PREMIUM_PER_HOUSEHOLD,
                ContributionBasis.FLAT_PREMIUM_PER_FAMILY))
            .map(r -> InvalidVariant.ofBuilder(ContributionRule.class, "contribution-rule.amount-required",
                r.basis().code() + " without amount",
                () -> Meta.copy(RULE, r, p -> !amounts.contains(p.name()))));
    }

    /** @return contributions whose payers' shares do not add up to 100 */
    public static Arbitrary<InvalidVariant<ContributionRule>> sharesNotHundred() {
        return Combinators.combine(SchemeArbitraries.contributionRules(), sharesNotAddingUp())
            .as((r, s) -> InvalidVariant.ofBuilder(ContributionRule.class, "contribution-rule.shares-sum",
                "shares " + s, () -> ContributionRule.builder().from(r).shares(s)));
    }

    private static Arbitrary<List<PayerShare>> sharesNotAddingUp() {
        return Combinators.combine(
                Arbitraries.of(PayerType.class).list().uniqueElements().ofMinSize(1).ofMaxSize(3),
                ValueArbitraries.percentages().list().ofSize(3))
            .as((payers, ps) -> {
                List<PayerShare> all = new ArrayList<>();
                for (int i = 0; i < payers.size(); i++) {
                    all.add(PayerShare.of(payers.get(i), ps.get(i)));
                }
                return all;
            })
            .filter(all -> all.stream().map(s -> s.share().value()).reduce(BigDecimal.ZERO, BigDecimal::add)
                .compareTo(BigDecimal.valueOf(100)) != 0);
    }

    private static Arbitrary<List<PayerShare>> sharesOfOnePayerTwice() {
        return Combinators.combine(Arbitraries.of(PayerType.class), Arbitraries.integers().between(0, 100))
            .as((payer, n) -> List.of(PayerShare.of(payer, Percentage.of(n)), PayerShare.of(payer,
                Percentage.of(100 - n))));
    }

    /** @return contributions giving a payer two shares */
    public static Arbitrary<InvalidVariant<ContributionRule>> duplicatePayer() {
        return Combinators.combine(SchemeArbitraries.contributionRules(), sharesOfOnePayerTwice())
            .as((r, shares) -> InvalidVariant.ofBuilder(ContributionRule.class, "contribution-rule.duplicate-payer",
                shares.get(0).payer().code() + " paying twice", () -> ContributionRule.builder().from(r)
                    .shares(shares)));
    }

    /** Two amounts of one currency, the first below the second. */
    private static Arbitrary<List<Money>> twoAmounts() {
        return ValueArbitraries.currencies().flatMap(c -> ValueArbitraries.money(c).list().ofSize(2)
            .filter(l -> l.get(0).amount().compareTo(l.get(1).amount()) < 0));
    }

    /** @return flat premiums whose minimum lies above their maximum */
    public static Arbitrary<InvalidVariant<ContributionRule>> invertedRange() {
        return Combinators.combine(SchemeArbitraries.contributionRules(), twoAmounts())
            .as((r, two) -> InvalidVariant.ofBuilder(ContributionRule.class, "contribution-rule.range-order",
                "premium between " + two.get(1) + " and " + two.get(0),
                () -> Meta.copy(RULE, r, p -> !AMOUNTS.contains(p.name()))
                    .set(raw(ContributionRule.class, "basis"), ContributionBasis.FLAT_PREMIUM_PER_PERSON)
                    .set(raw(ContributionRule.class, "minimum"), two.get(1))
                    .set(raw(ContributionRule.class, "maximum"), two.get(0))));
    }

    /** @return flat premiums whose amount lies below their minimum or above their maximum */
    public static Arbitrary<InvalidVariant<ContributionRule>> amountOutsideRange() {
        return Combinators.combine(SchemeArbitraries.contributionRules(), twoAmounts(), Arbitraries.of(true, false))
            .as((r, two, below) -> InvalidVariant.ofBuilder(ContributionRule.class,
                "contribution-rule.amount-outside-range", "premium of " + (below ? two.get(0) + " above no less than "
                    + two.get(1) : two.get(1) + " at most " + two.get(0)),
                () -> {
                    var b = Meta.copy(RULE, r, p -> !AMOUNTS.contains(p.name()))
                        .set(raw(ContributionRule.class, "basis"), ContributionBasis.FLAT_PREMIUM_PER_PERSON);
                    return below
                        ? b.set(raw(ContributionRule.class, "amount"), two.get(0))
                            .set(raw(ContributionRule.class, "minimum"), two.get(1))
                        : b.set(raw(ContributionRule.class, "amount"), two.get(1))
                            .set(raw(ContributionRule.class, "maximum"), two.get(0));
                }));
    }

    /** @return flat premiums whose amount and maximum are in different currencies */
    public static Arbitrary<InvalidVariant<ContributionRule>> contributionCurrencies() {
        return Combinators.combine(SchemeArbitraries.contributionRules(), ValueArbitraries.money(),
                ValueArbitraries.money())
            .filter((r, a, b) -> !a.currency().equals(b.currency()))
            .as((r, a, b) -> InvalidVariant.ofBuilder(ContributionRule.class, "contribution-rule.currency-mismatch",
                "premium of " + a + " at most " + b, () -> Meta.copy(RULE, r, p -> !AMOUNTS.contains(p.name()))
                    .set(raw(ContributionRule.class, "basis"), ContributionBasis.FLAT_PREMIUM_PER_PERSON)
                    .set(raw(ContributionRule.class, "amount"), a)
                    .set(raw(ContributionRule.class, "maximum"), b)));
    }

    /** @return a household cap on a premium per household, or members covered by a premium per person */
    public static Arbitrary<InvalidVariant<ContributionRule>> capOfAnotherUnit() {
        return Combinators.combine(SchemeArbitraries.contributionRules(), twoAmounts(),
                Arbitraries.integers().between(1, 12), Arbitraries.of(true, false))
            .as((r, two, members, cap) -> InvalidVariant.ofBuilder(ContributionRule.class,
                "contribution-rule.cap-unit", cap ? "household premium capped at " + two.get(1)
                    : "premium per person covering " + members,
                () -> {
                    var b = Meta.copy(RULE, r, p -> !AMOUNTS.contains(p.name()))
                        .set(raw(ContributionRule.class, "amount"), two.get(0));
                    return cap
                        ? b.set(raw(ContributionRule.class, "basis"),
                                ContributionBasis.FLAT_PREMIUM_PER_HOUSEHOLD)
                            .set(raw(ContributionRule.class, "householdCap"), two.get(1))
                        : b.set(raw(ContributionRule.class, "basis"),
                                ContributionBasis.FLAT_PREMIUM_PER_PERSON)
                            .set(raw(ContributionRule.class, "membersCovered"), members);
                }));
    }

    // ---- exemptions and revenues

    /** @return exemptions naming no group, category or age */
    public static Arbitrary<InvalidVariant<Exemption>> exemptionOfNobody() {
        Set<String> who = Set.of("groups", "categories", "ageFrom", "ageBelow");
        return SchemeArbitraries.exemptions().map(e -> InvalidVariant.ofBuilder(Exemption.class, "exemption.nobody",
            "exemption of nobody", () -> Meta.copy(EXEMPTION, e, p -> !who.contains(p.name()))));
    }

    /** @return exemptions whose age bound lies at or below their lowest age */
    public static Arbitrary<InvalidVariant<Exemption>> invertedAges() {
        return Combinators.combine(SchemeArbitraries.exemptions(), Arbitraries.integers().between(0, 100),
                Arbitraries.integers().between(0, 30))
            .as((e, from, less) -> InvalidVariant.ofBuilder(Exemption.class, "exemption.age-range",
                "exemption from age " + from + " below " + Math.max(0, from - less),
                () -> Exemption.builder().from(e).ageFrom(from).ageBelow(Math.max(0, from - less))));
    }

    /** @return exemptions whose payers' shares do not add up to 100 */
    public static Arbitrary<InvalidVariant<Exemption>> exemptionSharesNotHundred() {
        return Combinators.combine(SchemeArbitraries.exemptions(), sharesNotAddingUp())
            .as((e, s) -> InvalidVariant.ofBuilder(Exemption.class, "exemption.shares-sum", "paid by " + s,
                () -> Exemption.builder().from(e).paidBy(s)));
    }

    /** @return exemptions paid twice by one payer */
    public static Arbitrary<InvalidVariant<Exemption>> exemptionDuplicatePayer() {
        return Combinators.combine(SchemeArbitraries.exemptions(), sharesOfOnePayerTwice())
            .as((e, s) -> InvalidVariant.ofBuilder(Exemption.class, "exemption.duplicate-payer",
                s.get(0).payer().code() + " paying twice", () -> Exemption.builder().from(e).paidBy(s)));
    }

    /** @return revenues with neither an amount, a share nor an earmark */
    public static Arbitrary<InvalidVariant<Revenue>> emptyRevenue() {
        Set<String> what = Set.of("amount", "share", "earmark");
        return SchemeArbitraries.revenues().map(r -> InvalidVariant.ofBuilder(Revenue.class, "revenue.empty",
            r.revenueClass().code() + " revenue of nothing",
            () -> Meta.copy(ModelTypes.of(Revenue.class), r, p -> !what.contains(p.name()))));
    }

    // ---- purchasing

    /** @return payment mechanisms whose rate is counted per something their method does not pay for; a warning */
    public static Arbitrary<InvalidVariant<PaymentMechanism>> rateBasisAgainstMethod() {
        List<PaymentMethod> methods = new ArrayList<>();
        for (PaymentMethod method : PaymentMethod.values()) {
            if (!SchemeArbitraries.unusualBases(method).isEmpty()) {
                methods.add(method);
            }
        }
        return Combinators.combine(SchemeArbitraries.paymentMechanisms(), Arbitraries.of(methods))
            .flatAs((m, method) -> Arbitraries.of(SchemeArbitraries.unusualBases(method)).map(basis ->
                InvalidVariant.ofBuilder(PaymentMechanism.class, "payment-mechanism.method-basis",
                    method.code() + " per " + basis.code(),
                    () -> PaymentMechanism.builder().from(m).method(method).rateBasis(basis))));
    }

    /** @return contracts naming no provider, provider class or level */
    public static Arbitrary<InvalidVariant<Contract>> contractWithoutProvider() {
        Set<String> whom = Set.of("providers", "providerClasses", "levels");
        return EntityArbitraries.alone(SchemeArbitraries.contracts()).map(c -> InvalidVariant.ofBuilder(Contract.class,
            "contract.no-provider", "contract " + c.id() + " of no provider",
            () -> Meta.copy(ModelTypes.of(Contract.class), c, p -> !whom.contains(p.name()))));
    }

    // ---- snapshots

    /** @return snapshots with more enrolled than targeted, a warning */
    public static Arbitrary<InvalidVariant<CoverageSnapshot>> enrolledExceedsTarget() {
        return Combinators.combine(SchemeArbitraries.snapshots(), Arbitraries.longs().between(0, 50_000_000L),
                Arbitraries.longs().between(1, 1_000_000L))
            .as((s, target, more) -> InvalidVariant.ofBuilder(CoverageSnapshot.class,
                "coverage-snapshot.enrolled-exceeds-target", (target + more) + " enrolled of " + target,
                () -> Meta.copy(SNAPSHOT, s, p -> !COUNTS.contains(p.name()))
                    .set(raw(CoverageSnapshot.class, "enrolled"), target + more)
                    .set(raw(CoverageSnapshot.class, "targetPopulation"), target)));
    }

    /** @return snapshots with more active than enrolled, a warning */
    public static Arbitrary<InvalidVariant<CoverageSnapshot>> activeExceedsEnrolled() {
        return Combinators.combine(SchemeArbitraries.snapshots(), Arbitraries.longs().between(0, 50_000_000L),
                Arbitraries.longs().between(1, 1_000_000L))
            .as((s, enrolled, more) -> InvalidVariant.ofBuilder(CoverageSnapshot.class,
                "coverage-snapshot.active-exceeds-enrolled", (enrolled + more) + " active of " + enrolled,
                () -> Meta.copy(SNAPSHOT, s, p -> !COUNTS.contains(p.name()))
                    .set(raw(CoverageSnapshot.class, "enrolled"), enrolled)
                    .set(raw(CoverageSnapshot.class, "active"), enrolled + more)));
    }

    /** @return snapshots whose rate lies more than a point from the enrolled share of the target, a warning */
    public static Arbitrary<InvalidVariant<CoverageSnapshot>> rateDisagrees() {
        return Combinators.combine(SchemeArbitraries.snapshots(), Arbitraries.longs().between(1, 50_000_000L),
                Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 100))
            .filter((s, target, share, rate) -> Math.abs(share - rate) > 1)
            .as((s, target, share, rate) -> {
                long enrolled = target * share / 100;
                return InvalidVariant.ofBuilder(CoverageSnapshot.class, "coverage-snapshot.rate-disagrees",
                    "rate of " + rate + " for " + enrolled + " enrolled of " + target,
                    () -> Meta.copy(SNAPSHOT, s, p -> !COUNTS.contains(p.name()))
                        .set(raw(CoverageSnapshot.class, "enrolled"), enrolled)
                        .set(raw(CoverageSnapshot.class, "targetPopulation"), target)
                        .set(raw(CoverageSnapshot.class, "rate"), Percentage.of(rate)));
            })
            .filter(v -> v.warnings().size() == 1);
    }

    /** @return snapshots with neither an enrolment, an active count, a target population nor a rate */
    public static Arbitrary<InvalidVariant<CoverageSnapshot>> emptySnapshot() {
        return SchemeArbitraries.snapshots().map(s -> InvalidVariant.ofBuilder(CoverageSnapshot.class,
            "coverage-snapshot.empty", "snapshot of " + s.date() + " without figures",
            () -> Meta.copy(SNAPSHOT, s, p -> !COUNTS.contains(p.name()))));
    }

    /** @return snapshots restricted to two groups of one dimension */
    public static Arbitrary<InvalidVariant<CoverageSnapshot>> twoGroupsOfOneDimension() {
        Arbitrary<List<Disaggregation>> two = Arbitraries.of(DisaggregationDimension.SEX,
                DisaggregationDimension.LOCATION, DisaggregationDimension.WEALTH_QUINTILE)
            .flatMap(d -> Arbitraries.of(SchemeArbitraries.groupsOf(d)).list().uniqueElements().ofSize(2));
        return Combinators.combine(SchemeArbitraries.snapshots(), two)
            .as((s, groups) -> InvalidVariant.ofBuilder(CoverageSnapshot.class,
                "coverage-snapshot.disaggregation-dimension", "snapshot of " + groups,
                () -> CoverageSnapshot.builder().from(s).disaggregation(groups)));
    }

    // ---- schemes

    private static Arbitrary<CoverageScheme> schemes() {
        return EntityArbitraries.alone(SchemeArbitraries.schemes());
    }

    /** @return schemes whose financing class does not fit their membership, though it fits their type; a warning */
    public static Arbitrary<InvalidVariant<CoverageScheme>> financingAgainstMembership() {
        return Combinators.combine(schemes(), Arbitraries.of(SchemeArbitraries.fitting(false, true)))
            .as((s, t) -> InvalidVariant.ofBuilder(CoverageScheme.class, "coverage-scheme.membership-financing",
                t.get2().code() + " " + t.get1().code() + " scheme classed " + t.get3().code(),
                () -> CoverageScheme.builder().from(s).type(t.get1()).membership(t.get2()).financingClass(t.get3())));
    }

    /** @return schemes whose financing class does not fit their type, though it fits their membership; a warning */
    public static Arbitrary<InvalidVariant<CoverageScheme>> financingAgainstType() {
        return Combinators.combine(schemes(), Arbitraries.of(SchemeArbitraries.fitting(true, false)))
            .as((s, t) -> InvalidVariant.ofBuilder(CoverageScheme.class, "coverage-scheme.type-financing",
                t.get2().code() + " " + t.get1().code() + " scheme classed " + t.get3().code(),
                () -> CoverageScheme.builder().from(s).type(t.get1()).membership(t.get2()).financingClass(t.get3())));
    }

    /** @return schemes that complement themselves */
    public static Arbitrary<InvalidVariant<CoverageScheme>> complementsItself() {
        return schemes().map(s -> InvalidVariant.ofBuilder(CoverageScheme.class, "coverage-scheme.complements-itself",
            "scheme " + s.id() + " complementing itself", () -> CoverageScheme.builder().from(s).complements(s.id())));
    }

    /** @return schemes that supplement, are part of, replace or exclude themselves */
    public static Arbitrary<InvalidVariant<CoverageScheme>> refersToItself() {
        return Combinators.combine(schemes(), Arbitraries.integers().between(0, 3))
            .as((s, how) -> InvalidVariant.ofBuilder(CoverageScheme.class, "coverage-scheme.refers-to-itself",
                "scheme " + s.id() + " " + List.of("supplementing", "part of", "replacing", "excluding").get(how)
                    + " itself",
                () -> {
                    CoverageScheme.Builder b = CoverageScheme.builder().from(s);
                    switch (how) {
                        case 0:
                            return b.supplements(s.id());
                        case 1:
                            return b.partOf(s.id());
                        case 2:
                            return b.addReplaced(s.id());
                        default:
                            return b.addExclusiveWith(s.id());
                    }
                }));
    }

    /** @return schemes that declare a member category twice */
    public static Arbitrary<InvalidVariant<CoverageScheme>> categoryDeclaredTwice() {
        return Combinators.combine(schemes(), ValueArbitraries.localizedTexts())
            .as((s, name) -> {
                String code = s.categories().isEmpty() ? "X" : s.categories().get(0).code();
                return InvalidVariant.ofBuilder(CoverageScheme.class, "coverage-scheme.duplicate-category",
                    "scheme " + s.id() + " declaring category " + code + " twice", () -> {
                        CoverageScheme.Builder b = CoverageScheme.builder().from(s);
                        if (s.categories().isEmpty()) {
                            b.addCategory(MemberCategory.of(code, name));
                        }
                        return b.addCategory(MemberCategory.of(code, name));
                    });
            });
    }

    /** @return schemes with a contribution, an exemption or a snapshot of a category they do not declare */
    public static Arbitrary<InvalidVariant<CoverageScheme>> undeclaredCategory() {
        return Combinators.combine(schemes(), SchemeArbitraries.contributionRules(), SchemeArbitraries.exemptions(),
                SchemeArbitraries.snapshots(), Arbitraries.integers().between(0, 2))
            .as((s, rule, exemption, snapshot, where) -> InvalidVariant.ofBuilder(CoverageScheme.class,
                "coverage-scheme.unknown-category", "scheme " + s.id() + " naming undeclared category Z in its "
                    + List.of("contributions", "exemptions", "snapshots").get(where),
                () -> {
                    CoverageScheme.Builder b = CoverageScheme.builder().from(s);
                    switch (where) {
                        case 0:
                            return b.addContribution(ContributionRule.builder().from(rule).categories(List.of("Z"))
                                .build());
                        case 1:
                            return b.addExemption(Exemption.builder().from(exemption).categories(List.of("Z")).build());
                        default:
                            return b.addSnapshot(CoverageSnapshot.builder().from(snapshot).category("Z").build());
                    }
                }));
    }

    /** @return schemes whose history of operators ends with another operator */
    public static Arbitrary<InvalidVariant<CoverageScheme>> historyOfAnotherOperator() {
        return Combinators.combine(schemes(), ValueArbitraries.partialDates())
            .as((s, start) -> {
                EntityId other = EntityId.of(s.operator().value().equals("other-operator") ? "another-operator"
                    : "other-operator");
                return InvalidVariant.ofBuilder(CoverageScheme.class, "coverage-scheme.operator-history",
                    "scheme " + s.id() + " run since " + start + " by " + other,
                    () -> CoverageScheme.builder().from(s)
                        .operatorHistory(List.of(OperatorTerm.of(other, Period.starting(start)))));
            });
    }

    /** @return schemes whose area lies in another country */
    public static Arbitrary<InvalidVariant<CoverageScheme>> areaInAnotherCountry() {
        return Combinators.combine(schemes(), ValueArbitraries.places(), ValueArbitraries.countryCodes())
            .filter((s, place, country) -> !country.equals(s.country()))
            .as((s, place, country) -> InvalidVariant.ofBuilder(CoverageScheme.class, "coverage-scheme.area-country",
                "scheme of " + s.country() + " covering an area of " + country,
                () -> CoverageScheme.builder().from(s).area(ValueArbitraries.inCountry(place, country))));
    }

    /** @return closed schemes whose validity has no end, a warning */
    public static Arbitrary<InvalidVariant<CoverageScheme>> closedWithoutEnd() {
        return Combinators.combine(schemes(), ValueArbitraries.partialDates().optional(0.5))
            .as((s, start) -> InvalidVariant.ofBuilder(CoverageScheme.class, "coverage-scheme.closed-without-end",
                "closed scheme " + s.id() + start.map(d -> " valid from " + d).orElse(" without validity"),
                () -> {
                    var b = Meta.copy(SCHEME, s, p -> !p.name().equals("validity"))
                        .set(raw(CoverageScheme.class, "status"), SchemeStatus.CLOSED);
                    return start.isPresent() ? b.set(raw(CoverageScheme.class, "validity"),
                        Period.starting(start.get())) : b;
                }));
    }

    /** @return schemes with two alike contribution rules in force at once, a warning */
    public static Arbitrary<InvalidVariant<CoverageScheme>> overlappingPremiums() {
        Set<String> dated = Set.of("categories", "validity");
        return Combinators.combine(schemes(), SchemeArbitraries.contributionRules(), ValueArbitraries.localizedTexts())
            .as((s, rule, name) -> {
                ContributionRule base = (ContributionRule) Meta.copy(RULE, rule, p -> !dated.contains(p.name()))
                    .build();
                ContributionRule again = ContributionRule.builder().from(base).name(name).build();
                return InvalidVariant.ofBuilder(CoverageScheme.class, "coverage-scheme.contributions-overlap",
                    "scheme " + s.id() + " with two " + base.basis().code() + " rules at once",
                    () -> CoverageScheme.builder().from(s).contributions(List.of(base, again)));
            });
    }

    /** @return schemes whose revenue shares of one period add up to more than 100, a warning */
    public static Arbitrary<InvalidVariant<CoverageScheme>> revenueSharesAbove100() {
        return Combinators.combine(schemes(), Arbitraries.of(RevenueClass.class).list().ofSize(2),
                Arbitraries.integers().between(51, 100), Arbitraries.integers().between(51, 100))
            .as((s, classes, a, b) -> InvalidVariant.ofBuilder(CoverageScheme.class,
                "coverage-scheme.revenue-shares-exceed", "scheme " + s.id() + " with revenue shares " + a + " and "
                    + b,
                () -> CoverageScheme.builder().from(s).revenues(List.of(
                    Revenue.builder().revenueClass(classes.get(0)).share(Percentage.of(a)).build(),
                    Revenue.builder().revenueClass(classes.get(1)).share(Percentage.of(b)).build()))));
    }

    /** A property of the model, typed as holding any value, to set on a builder a value of its type. */
    @SuppressWarnings("unchecked")
    private static Property<Object> raw(Class<?> type, String name) {
        return (Property<Object>) Meta.property(type, name);
    }
}

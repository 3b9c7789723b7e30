package org.uhcmodel.testing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.scheme.Benefit;
import org.uhcmodel.scheme.BenefitPackage;
import org.uhcmodel.scheme.ContributionBasis;
import org.uhcmodel.scheme.ContributionRule;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.scheme.CoverageSnapshot;
import org.uhcmodel.scheme.PayerShare;
import org.uhcmodel.scheme.PayerType;
import org.uhcmodel.scheme.ServiceCategory;
import org.uhcmodel.testing.InvalidVariant;
import org.uhcmodel.value.Percentage;

/**
 * Invalid variants of coverage schemes and their parts, behind {@link org.uhcmodel.testing.CoverageSchemes}.
 */
public final class SchemeVariants {

    private SchemeVariants() {
    }

    static void register(Catalogue.Registry r) {
        r.add("benefit.negative-waiting-period", Benefit.class, SchemeVariants::negativeWaitingPeriod);
        r.add("benefit.currency-mismatch", Benefit.class, SchemeVariants::ceilingInOtherCurrency);
        r.add("benefit-package.duplicate-category", BenefitPackage.class, SchemeVariants::duplicateCategory);
        r.add("contribution-rule.rate-required", ContributionRule.class, SchemeVariants::withoutRate);
        r.add("contribution-rule.amount-required", ContributionRule.class, SchemeVariants::withoutAmount);
        r.add("contribution-rule.shares-sum", ContributionRule.class, SchemeVariants::sharesNotHundred);
        r.add("contribution-rule.duplicate-payer", ContributionRule.class, SchemeVariants::duplicatePayer);
        r.add("coverage-snapshot.enrolled-exceeds-target", CoverageSnapshot.class,
            SchemeVariants::enrolledExceedsTarget);
        r.add("coverage-snapshot.empty", CoverageSnapshot.class, SchemeVariants::emptySnapshot);
        r.add("coverage-scheme.membership-financing", CoverageScheme.class,
            SchemeVariants::financingAgainstMembership);
        r.add("coverage-scheme.type-financing", CoverageScheme.class, SchemeVariants::financingAgainstType);
        r.add("coverage-scheme.complements-itself", CoverageScheme.class, SchemeVariants::complementsItself);
    }

    /** @return benefits with a negative waiting period */
    public static Arbitrary<InvalidVariant<Benefit>> negativeWaitingPeriod() {
        return Combinators.combine(EntityArbitraries.benefits(), Arbitraries.integers().between(1, 365),
                Arbitraries.of(true, false))
            .as((b, n, days) -> {
                java.time.Period waiting = days ? java.time.Period.ofDays(-n) : java.time.Period.ofMonths(-n);
                return InvalidVariant.ofBuilder(Benefit.class, "benefit.negative-waiting-period",
                    "benefit waiting " + waiting, () -> Benefit.builder().from(b).waitingPeriod(waiting));
            });
    }

    /** @return benefits whose ceiling is in another currency than their copayment */
    public static Arbitrary<InvalidVariant<Benefit>> ceilingInOtherCurrency() {
        return Combinators.combine(Arbitraries.of(ServiceCategory.class), ValueArbitraries.money(),
                ValueArbitraries.money())
            .filter((c, copay, ceiling) -> !copay.currency().equals(ceiling.currency()))
            .as((c, copay, ceiling) -> InvalidVariant.ofBuilder(Benefit.class, "benefit.currency-mismatch",
                "copayment " + copay + ", ceiling " + ceiling,
                () -> Benefit.builder().category(c).copayment(copay).ceiling(ceiling)));
    }

    /** @return benefit packages covering a category twice */
    public static Arbitrary<InvalidVariant<BenefitPackage>> duplicateCategory() {
        return Combinators.combine(EntityArbitraries.benefitPackages(), EntityArbitraries.benefits())
            .as((p, other) -> {
                Benefit again = Benefit.builder().from(other).category(p.benefits().get(0).category()).build();
                return InvalidVariant.ofBuilder(BenefitPackage.class, "benefit-package.duplicate-category",
                    "package covering " + again.category().code() + " twice",
                    () -> BenefitPackage.builder().from(p).addBenefit(again));
            });
    }

    private static Arbitrary<ContributionRule> rules(List<ContributionBasis> bases) {
        return EntityArbitraries.contributionRules().filter(r -> bases.contains(r.basis()));
    }

    /** @return contributions on a percentage of salary without a rate */
    public static Arbitrary<InvalidVariant<ContributionRule>> withoutRate() {
        return rules(List.of(ContributionBasis.PERCENTAGE_OF_SALARY)).map(r -> InvalidVariant.ofBuilder(
            ContributionRule.class, "contribution-rule.rate-required", "percentage of salary without rate",
            () -> Meta.copy(ModelTypes.of(ContributionRule.class), r, p -> !p.name().equals("rate"))));
    }

    /** @return flat premiums without an amount */
    public static Arbitrary<InvalidVariant<ContributionRule>> withoutAmount() {
        return rules(List.of(ContributionBasis.FLAT_PREMIUM_PER_PERSON, ContributionBasis.FLAT_PREMIUM_PER_HOUSEHOLD))
            .map(r -> InvalidVariant.ofBuilder(ContributionRule.class, "contribution-rule.amount-required",
                r.basis().code() + " without amount",
                () -> Meta.copy(ModelTypes.of(ContributionRule.class), r, p -> !p.name().equals("amount"))));
    }

    /** @return contributions whose payers' shares do not add up to 100 */
    public static Arbitrary<InvalidVariant<ContributionRule>> sharesNotHundred() {
        Arbitrary<List<PayerShare>> shares = Combinators.combine(
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
        return Combinators.combine(EntityArbitraries.contributionRules(), shares).as((r, s) -> InvalidVariant
            .ofBuilder(ContributionRule.class, "contribution-rule.shares-sum", "shares " + s,
                () -> ContributionRule.builder().from(r).shares(s)));
    }

    /** @return contributions giving a payer two shares */
    public static Arbitrary<InvalidVariant<ContributionRule>> duplicatePayer() {
        return Combinators.combine(EntityArbitraries.contributionRules(), Arbitraries.of(PayerType.class),
                Arbitraries.integers().between(0, 100))
            .as((r, payer, n) -> {
                List<PayerShare> shares = List.of(PayerShare.of(payer, Percentage.of(n)),
                    PayerShare.of(payer, Percentage.of(100 - n)));
                return InvalidVariant.ofBuilder(ContributionRule.class, "contribution-rule.duplicate-payer",
                    payer.code() + " paying " + n + " and " + (100 - n),
                    () -> ContributionRule.builder().from(r).shares(shares));
            });
    }

    /** @return snapshots with more enrolled than targeted, a warning */
    public static Arbitrary<InvalidVariant<CoverageSnapshot>> enrolledExceedsTarget() {
        Arbitrary<Long> counts = Arbitraries.longs().between(0, 50_000_000L);
        return Combinators.combine(EntityArbitraries.snapshots(), counts, Arbitraries.longs().between(1, 1_000_000L))
            .as((s, target, more) -> InvalidVariant.ofBuilder(CoverageSnapshot.class,
                "coverage-snapshot.enrolled-exceeds-target", (target + more) + " enrolled of " + target,
                () -> CoverageSnapshot.builder().from(s).enrolled(target + more).targetPopulation(target)));
    }

    /** @return snapshots with neither an enrolment nor a target population */
    public static Arbitrary<InvalidVariant<CoverageSnapshot>> emptySnapshot() {
        return EntityArbitraries.snapshots().map(s -> InvalidVariant.ofBuilder(CoverageSnapshot.class,
            "coverage-snapshot.empty", "snapshot of " + s.date() + " without figures",
            () -> Meta.copy(ModelTypes.of(CoverageSnapshot.class), s,
                p -> !p.name().equals("enrolled") && !p.name().equals("targetPopulation"))));
    }

    private static Arbitrary<CoverageScheme> schemes() {
        return EntityArbitraries.alone(EntityArbitraries.schemes());
    }

    /** @return schemes whose financing class does not fit their membership, though it fits their type; a warning */
    public static Arbitrary<InvalidVariant<CoverageScheme>> financingAgainstMembership() {
        return Combinators.combine(schemes(), Arbitraries.of(EntityArbitraries.fitting(false, true)))
            .as((s, t) -> InvalidVariant.ofBuilder(CoverageScheme.class, "coverage-scheme.membership-financing",
                t.get2().code() + " " + t.get1().code() + " scheme classed " + t.get3().code(),
                () -> CoverageScheme.builder().from(s).type(t.get1()).membership(t.get2()).financingClass(t.get3())));
    }

    /** @return schemes whose financing class does not fit their type, though it fits their membership; a warning */
    public static Arbitrary<InvalidVariant<CoverageScheme>> financingAgainstType() {
        return Combinators.combine(schemes(), Arbitraries.of(EntityArbitraries.fitting(true, false)))
            .as((s, t) -> InvalidVariant.ofBuilder(CoverageScheme.class, "coverage-scheme.type-financing",
                t.get2().code() + " " + t.get1().code() + " scheme classed " + t.get3().code(),
                () -> CoverageScheme.builder().from(s).type(t.get1()).membership(t.get2()).financingClass(t.get3())));
    }

    /** @return schemes that complement themselves */
    public static Arbitrary<InvalidVariant<CoverageScheme>> complementsItself() {
        return schemes().map(s -> InvalidVariant.ofBuilder(CoverageScheme.class, "coverage-scheme.complements-itself",
            "scheme " + s.id() + " complementing itself", () -> CoverageScheme.builder().from(s).complements(s.id())));
    }
}

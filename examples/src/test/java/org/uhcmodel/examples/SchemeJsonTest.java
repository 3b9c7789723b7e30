package org.uhcmodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.uhcmodel.actor.FacilityLevel;
import org.uhcmodel.actor.FacilityProfile;
import org.uhcmodel.actor.FacilityType;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.agreement.AgreementStatus;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.json.UhcJson;
import org.uhcmodel.scheme.AccessCondition;
import org.uhcmodel.scheme.AmountBasis;
import org.uhcmodel.scheme.Benefit;
import org.uhcmodel.scheme.BenefitPackage;
import org.uhcmodel.scheme.Contract;
import org.uhcmodel.scheme.ContributionBasis;
import org.uhcmodel.scheme.ContributionPeriod;
import org.uhcmodel.scheme.ContributionRule;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.scheme.CoverageSnapshot;
import org.uhcmodel.scheme.Earmark;
import org.uhcmodel.scheme.Exemption;
import org.uhcmodel.scheme.ExemptionScope;
import org.uhcmodel.scheme.FinancingScheme;
import org.uhcmodel.scheme.MemberCategory;
import org.uhcmodel.scheme.Membership;
import org.uhcmodel.scheme.OperatorTerm;
import org.uhcmodel.scheme.PayerShare;
import org.uhcmodel.scheme.PayerType;
import org.uhcmodel.scheme.PaymentMechanism;
import org.uhcmodel.scheme.PaymentMethod;
import org.uhcmodel.scheme.PopulationGroup;
import org.uhcmodel.scheme.ProviderClass;
import org.uhcmodel.scheme.Revenue;
import org.uhcmodel.scheme.RevenueClass;
import org.uhcmodel.scheme.SchemeType;
import org.uhcmodel.scheme.ServiceCategory;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.source.SourceKind;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Percentage;
import org.uhcmodel.value.Period;
import org.uhcmodel.value.ReportedDate;

/**
 * A coverage scheme with every feature a fund or a network of mutuals records, written in the JSON wire format and
 * read back unchanged: income-category premiums, an exempt group the state pays for, an earmarked tax revenue,
 * capitation at health centres and case-based payment at hospitals, co-payments that differ by level of care, and a
 * premium that changed in 2020. Each feature round-trips alone, and the scheme round-trips in a dataset with its
 * contracts and the law that founds it.
 */
class SchemeJsonTest {

    private static final CountryCode RW = CountryCode.of("RW");
    private static final EntityId LAW = EntityId.of("rw-law-cbhi");
    private static final EntityId RSSB = EntityId.of("rw-rssb");
    private static final EntityId MINISTRY_OF_HEALTH = EntityId.of("rw-ministry-of-health");
    private static final EntityId MINISTRY_OF_FINANCE = EntityId.of("rw-ministry-of-finance");
    private static final EntityId HEALTH_CENTRE = EntityId.of("rw-kimironko-health-centre");
    private static final EntityId HOSPITAL = EntityId.of("rw-kibagabaga-hospital");
    private static final EntityId SCHEME = EntityId.of("rw-cbhi");
    private static final Period UNTIL_2019 = Period.of(PartialDate.of(2015), PartialDate.of(2019));
    private static final Period FROM_2020 = Period.starting(PartialDate.of(2020));

    private static final ContributionRule CATEGORY_2_UNTIL_2019 = premium("2", "2000", UNTIL_2019);
    private static final ContributionRule CATEGORY_2_FROM_2020 = premium("2", "3000", FROM_2020);
    private static final ContributionRule CATEGORY_3 = ContributionRule.builder()
        .basis(ContributionBasis.FLAT_PREMIUM_PER_PERSON).amount(Money.of("7000", "RWF"))
        .period(ContributionPeriod.YEAR).addCategory("3").householdCap(Money.of("35000", "RWF"))
        .addShare(PayerShare.of(PayerType.MEMBER, Percentage.HUNDRED_PERCENT)).build();
    private static final Exemption CATEGORY_1_PAID_BY_THE_STATE = Exemption.builder().addCategory("1")
        .addScope(ExemptionScope.CONTRIBUTIONS).addScope(ExemptionScope.COST_SHARING)
        .waived(Percentage.HUNDRED_PERCENT)
        .addPayer(PayerShare.builder().payer(PayerType.STATE).share(Percentage.HUNDRED_PERCENT)
            .organization(MINISTRY_OF_FINANCE).build())
        .build();
    private static final Revenue EARMARKED_VAT = Revenue.builder().revenueClass(RevenueClass.FS_1_2)
        .source(MINISTRY_OF_FINANCE)
        .earmark(Earmark.of(Percentage.parse("2.5"), LocalizedText.of("fr", "recettes de la TVA")))
        .period(FROM_2020).build();
    private static final PaymentMechanism CAPITATION_AT_HEALTH_CENTRES = PaymentMechanism.builder()
        .method(PaymentMethod.CAPITATION).rate(Money.of("300", "RWF")).rateBasis(AmountBasis.PERSON_MONTH)
        .addLevel(FacilityLevel.PRIMARY).addProviderClass(ProviderClass.HP_3_4).build();
    private static final PaymentMechanism CASE_BASED_AT_HOSPITALS = PaymentMechanism.builder()
        .method(PaymentMethod.CASE_BASED).rateBasis(AmountBasis.ADMISSION).addProviderClass(ProviderClass.HP_1)
        .addService(ServiceCategory.INPATIENT).build();
    private static final BenefitPackage COPAYMENTS_BY_LEVEL = BenefitPackage.builder()
        .addBenefit(Benefit.builder().category(ServiceCategory.OUTPATIENT).level(FacilityLevel.PRIMARY)
            .copayment(Money.of("200", "RWF")).copaymentBasis(AmountBasis.VISIT).build())
        .addBenefit(Benefit.builder().category(ServiceCategory.OUTPATIENT).level(FacilityLevel.SECONDARY)
            .access(AccessCondition.ON_REFERRAL).coinsurance(Percentage.of(10)).build())
        .build();

    private static ContributionRule premium(String category, String amount, Period validity) {
        return ContributionRule.builder().basis(ContributionBasis.FLAT_PREMIUM_PER_PERSON)
            .amount(Money.of(amount, "RWF")).period(ContributionPeriod.YEAR).addCategory(category)
            .addShare(PayerShare.of(PayerType.MEMBER, Percentage.HUNDRED_PERCENT)).validity(validity).build();
    }

    private static CoverageScheme.Builder minimal() {
        return CoverageScheme.builder()
            .id(SCHEME)
            .name(LocalizedText.of("fr", "Assurance maladie communautaire"))
            .operator(RSSB)
            .country(RW)
            .type(SchemeType.COMMUNITY_BASED_HEALTH_INSURANCE)
            .financingClass(FinancingScheme.HF_1_2_1)
            .membership(Membership.COMPULSORY)
            .addCategory(MemberCategory.builder().code("1").name(LocalizedText.of("fr", "Catégorie 1"))
                .group(PopulationGroup.INDIGENT).build())
            .addCategory(MemberCategory.of("2", LocalizedText.of("fr", "Catégorie 2")))
            .addCategory(MemberCategory.of("3", LocalizedText.of("fr", "Catégorie 3")));
    }

    /** The scheme with every feature at once. */
    static CoverageScheme scheme() {
        return minimal()
            .membershipInPractice(Membership.VOLUNTARY)
            .addOperatorTerm(OperatorTerm.of(MINISTRY_OF_HEALTH,
                Period.of(PartialDate.of(2004), PartialDate.of(2015, 6))))
            .addOperatorTerm(OperatorTerm.of(RSSB, Period.starting(PartialDate.of(2015, 7))))
            .addTargetGroup(PopulationGroup.INFORMAL_SECTOR)
            .addLegalBasis(Citation.of(LAW, "article 2"))
            .addContribution(CATEGORY_2_UNTIL_2019)
            .addContribution(CATEGORY_2_FROM_2020)
            .addContribution(CATEGORY_3)
            .addExemption(CATEGORY_1_PAID_BY_THE_STATE)
            .addRevenue(EARMARKED_VAT)
            .addPaymentMechanism(CAPITATION_AT_HEALTH_CENTRES)
            .addPaymentMechanism(CASE_BASED_AT_HOSPITALS)
            .benefits(COPAYMENTS_BY_LEVEL)
            .addSnapshot(CoverageSnapshot.builder().date(ReportedDate.stated(PartialDate.of(2023)))
                .enrolled(10_200_000L).active(9_800_000L).targetPopulation(10_800_000L).category("2").build())
            .build();
    }

    /** A dataset holding the scheme, the organisations it names, the law that founds it and its contracts. */
    static Dataset dataset() {
        return Dataset.builder()
            .addSource(SourceDocument.builder().id(LAW).title(LocalizedText.of("fr", "Loi sur l'assurance maladie"))
                .publisher("Journal officiel").language("fr").kind(SourceKind.LAW).build())
            .addOrganization(organization(RSSB, OrganizationKind.SOCIAL_SECURITY_FUND))
            .addOrganization(organization(MINISTRY_OF_HEALTH, OrganizationKind.MINISTRY))
            .addOrganization(organization(MINISTRY_OF_FINANCE, OrganizationKind.MINISTRY))
            .addOrganization(facility(HEALTH_CENTRE, FacilityType.HEALTH_CENTRE, FacilityLevel.PRIMARY))
            .addOrganization(facility(HOSPITAL, FacilityType.DISTRICT_HOSPITAL, FacilityLevel.SECONDARY))
            .addScheme(scheme())
            .addContract(Contract.builder().id(EntityId.of("rw-rssb-kimironko")).purchaser(RSSB).addScheme(SCHEME)
                .addProvider(HEALTH_CENTRE).addPaymentMechanism(CAPITATION_AT_HEALTH_CENTRES)
                .status(AgreementStatus.IN_FORCE).validity(FROM_2020).build())
            .addContract(Contract.builder().id(EntityId.of("rw-rssb-kibagabaga")).purchaser(RSSB).addScheme(SCHEME)
                .addProvider(HOSPITAL).addPaymentMechanism(CASE_BASED_AT_HOSPITALS).build())
            .build();
    }

    private static Organization organization(EntityId id, OrganizationKind kind) {
        return Organization.builder().id(id).name(LocalizedText.of("fr", id.value())).kind(kind).country(RW).build();
    }

    private static Organization facility(EntityId id, FacilityType type, FacilityLevel level) {
        return Organization.builder().id(id).name(LocalizedText.of("fr", id.value()))
            .kind(OrganizationKind.HEALTH_FACILITY).country(RW)
            .facility(FacilityProfile.builder().type(type).level(level).build()).build();
    }

    private static <T> T roundTrip(T value, Class<T> type) {
        T read = UhcJson.reader().read(UhcJson.writer().write(value), type);
        assertEquals(value, read);
        return read;
    }

    @Test
    void incomeCategoryPremiumsRoundTrip() {
        CoverageScheme read = roundTrip(minimal().addContribution(CATEGORY_2_FROM_2020).addContribution(CATEGORY_3)
            .build(), CoverageScheme.class);
        assertEquals(List.of("2", "3"), read.contributions().stream()
            .map(rule -> rule.categories().iterator().next()).collect(Collectors.toList()));
        assertEquals(Optional.of(Money.of("35000", "RWF")), read.contributions().get(1).householdCap());
    }

    @Test
    void anExemptGroupPaidByTheStateRoundTrips() {
        CoverageScheme read = roundTrip(minimal().addExemption(CATEGORY_1_PAID_BY_THE_STATE).build(),
            CoverageScheme.class);
        assertEquals(PayerType.STATE, read.exemptions().get(0).paidBy().get(0).payer());
    }

    @Test
    void anEarmarkedTaxRevenueRoundTrips() {
        CoverageScheme read = roundTrip(minimal().addRevenue(EARMARKED_VAT).build(), CoverageScheme.class);
        assertEquals(Percentage.parse("2.5"), read.revenues().get(0).earmark().orElseThrow().rate());
    }

    @Test
    void capitationAtHealthCentresAndCaseBasedPaymentAtHospitalsRoundTrip() {
        CoverageScheme read = roundTrip(minimal().addPaymentMechanism(CAPITATION_AT_HEALTH_CENTRES)
            .addPaymentMechanism(CASE_BASED_AT_HOSPITALS).build(), CoverageScheme.class);
        assertEquals(List.of(PaymentMethod.CAPITATION, PaymentMethod.CASE_BASED),
            read.paymentMechanisms().stream().map(PaymentMechanism::method).collect(Collectors.toList()));
    }

    @Test
    void coPaymentsThatDifferByLevelOfCareRoundTrip() {
        CoverageScheme read = roundTrip(minimal().benefits(COPAYMENTS_BY_LEVEL).build(), CoverageScheme.class);
        assertEquals(2, read.benefits().orElseThrow().benefitsFor(ServiceCategory.OUTPATIENT).size());
    }

    @Test
    void aPremiumThatChangedIn2020RoundTripsAsHistory() {
        CoverageScheme read = roundTrip(minimal().addContribution(CATEGORY_2_UNTIL_2019)
            .addContribution(CATEGORY_2_FROM_2020).build(), CoverageScheme.class);
        assertEquals(List.of(CATEGORY_2_UNTIL_2019), read.contributionsInForce(LocalDate.of(2019, 12, 31)));
        assertEquals(List.of(CATEGORY_2_FROM_2020), read.contributionsInForce(LocalDate.of(2020, 1, 1)));
    }

    @Test
    void theWholeSchemeRoundTripsAloneAndInADatasetWithItsContracts() {
        roundTrip(scheme(), CoverageScheme.class);
        Dataset read = roundTrip(dataset(), Dataset.class);
        assertEquals(List.of(HEALTH_CENTRE, HOSPITAL), read.networkOf(SCHEME));
        assertEquals(List.of(HEALTH_CENTRE, HOSPITAL), read.networkOf(SCHEME, LocalDate.of(2021, 1, 1)));
        assertEquals(List.of(HOSPITAL), read.networkOf(SCHEME, LocalDate.of(2019, 6, 1)));
        assertEquals(List.of(), read.warnings());
    }

    @Test
    void theWrittenSchemeNamesEveryFeature() {
        String json = UhcJson.writer().write(scheme());
        for (String name : List.of("\"categories\"", "\"exemptions\"", "\"earmark\"", "\"paymentMechanisms\"",
                "\"capitation\"", "\"case-based\"", "\"level\"", "\"validity\"", "\"operatorHistory\"",
                "\"membershipInPractice\"", "\"legalBasis\"", "\"FS.1.2\"", "\"HP.3.4\"")) {
            assertTrue(json.contains(name), name + " in " + json);
        }
    }
}

package org.uhcmodel.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.assertWarned;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.uhcmodel.actor.FacilityLevel;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Severity;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.Identifier;
import org.uhcmodel.value.IdentifierScheme;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Percentage;
import org.uhcmodel.value.Period;
import org.uhcmodel.value.Place;
import org.uhcmodel.value.ReportedDate;

class CoverageSchemeTest {

    private static final EntityId CMU = EntityId.of("ci-cmu");
    private static final EntityId MUTUELLE = EntityId.of("ci-mumap-scheme");
    private static final EntityId CNAM = EntityId.of("ci-cnam");
    private static final EntityId MUMAP = EntityId.of("ci-mumap");
    private static final EntityId MINISTRY = EntityId.of("ci-ministry-of-employment");
    private static final CountryCode COTE_DIVOIRE = CountryCode.of("CI");
    private static final LocalizedText CMU_NAME = LocalizedText.of("fr", "Couverture maladie universelle");
    private static final LocalizedText MUTUELLE_NAME =
        LocalizedText.of("fr", "Mutuelle des agents du ministère, complémentaire de la CMU");
    private static final ReportedDate LAUNCH = ReportedDate.stated(PartialDate.of(2019, 10));
    private static final BenefitPackage BENEFITS = BenefitPackage.builder()
        .addBenefit(Benefit.builder().category(ServiceCategory.OUTPATIENT).coinsurance(Percentage.of(30)).build())
        .build();
    private static final ContributionRule PREMIUM = ContributionRule.builder()
        .basis(ContributionBasis.FLAT_PREMIUM_PER_PERSON).amount(Money.of("1000", "XOF"))
        .period(ContributionPeriod.MONTH)
        .addShare(PayerShare.of(PayerType.MEMBER, Percentage.HUNDRED_PERCENT))
        .build();
    private static final CoverageSnapshot ENROLMENT = CoverageSnapshot.builder()
        .date(ReportedDate.stated(PartialDate.of(2024))).enrolled(3_500_000L).targetPopulation(29_000_000L).build();
    private static final Citation SOURCE = Citation.of(EntityId.of("src-002"), "paragraph 3");
    private static final MemberCategory CATEGORY_1 = MemberCategory.of("1", LocalizedText.of("fr", "Catégorie 1"));
    private static final ContributionRule PREMIUM_CATEGORY_1 = ContributionRule.builder()
        .basis(ContributionBasis.FLAT_PREMIUM_PER_PERSON).amount(Money.of("500", "XOF")).addCategory("1").build();

    private static CoverageScheme.Builder cmu() {
        return CoverageScheme.builder()
            .id(CMU)
            .name(CMU_NAME)
            .operator(CNAM)
            .country(COTE_DIVOIRE)
            .type(SchemeType.UNIVERSAL_HEALTH_INSURANCE)
            .financingClass(FinancingScheme.HF_1_2)
            .membership(Membership.COMPULSORY);
    }

    private static CoverageScheme.Builder mutuelle() {
        return CoverageScheme.builder()
            .id(MUTUELLE)
            .name(MUTUELLE_NAME)
            .operator(MUMAP)
            .country(COTE_DIVOIRE)
            .type(SchemeType.MUTUAL_HEALTH_INSURANCE)
            .financingClass(FinancingScheme.HF_2_1)
            .membership(Membership.VOLUNTARY);
    }

    @Test
    void holdsEveryAttribute() {
        CoverageScheme scheme = mutuelle()
            .acronym("MUMAP")
            .addTargetGroup(PopulationGroup.CIVIL_SERVANTS)
            .addTargetGroup(PopulationGroup.DEPENDANTS)
            .supervisor(MINISTRY)
            .launched(LAUNCH)
            .complements(CMU)
            .benefits(BENEFITS)
            .addContribution(PREMIUM)
            .addSnapshot(ENROLMENT)
            .addSdgTarget(SdgTarget.T3_8)
            .addCitation(SOURCE)
            .build();

        assertEquals(MUTUELLE, scheme.id());
        assertEquals(MUTUELLE_NAME, scheme.name());
        assertEquals(Optional.of("MUMAP"), scheme.acronym());
        assertEquals(MUMAP, scheme.operator());
        assertEquals(COTE_DIVOIRE, scheme.country());
        assertEquals(SchemeType.MUTUAL_HEALTH_INSURANCE, scheme.type());
        assertEquals(FinancingScheme.HF_2_1, scheme.financingClass());
        assertEquals(Membership.VOLUNTARY, scheme.membership());
        assertEquals(Set.of(PopulationGroup.CIVIL_SERVANTS, PopulationGroup.DEPENDANTS), scheme.targetGroups());
        assertEquals(Optional.of(MINISTRY), scheme.supervisor());
        assertEquals(Optional.of(LAUNCH), scheme.launched());
        assertEquals(Optional.of(CMU), scheme.complements());
        assertEquals(Optional.of(BENEFITS), scheme.benefits());
        assertEquals(List.of(PREMIUM), scheme.contributions());
        assertEquals(List.of(ENROLMENT), scheme.snapshots());
        assertEquals(Set.of(SdgTarget.T3_8), scheme.sdgTargets());
        assertEquals(List.of(SOURCE), scheme.citations());
    }

    @Test
    void needsOnlyItsRequiredAttributes() {
        CoverageScheme scheme = cmu().build();
        assertTrue(scheme.acronym().isEmpty());
        assertTrue(scheme.targetGroups().isEmpty());
        assertTrue(scheme.supervisor().isEmpty());
        assertTrue(scheme.launched().isEmpty());
        assertTrue(scheme.complements().isEmpty());
        assertTrue(scheme.benefits().isEmpty());
        assertTrue(scheme.contributions().isEmpty());
        assertTrue(scheme.snapshots().isEmpty());
        assertTrue(scheme.operatorHistory().isEmpty());
        assertTrue(scheme.administrators().isEmpty());
        assertTrue(scheme.membershipInPractice().isEmpty());
        assertTrue(scheme.categories().isEmpty());
        assertTrue(scheme.status().isEmpty());
        assertTrue(scheme.validity().isEmpty());
        assertTrue(scheme.legalBasis().isEmpty());
        assertTrue(scheme.supplements().isEmpty());
        assertTrue(scheme.partOf().isEmpty());
        assertTrue(scheme.replaces().isEmpty());
        assertTrue(scheme.exclusiveWith().isEmpty());
        assertTrue(scheme.exemptions().isEmpty());
        assertTrue(scheme.revenues().isEmpty());
        assertTrue(scheme.paymentMechanisms().isEmpty());
        assertTrue(scheme.sdgTargets().isEmpty());
        assertTrue(scheme.citations().isEmpty());
    }

    @Test
    void isEqualByValue() {
        CoverageScheme one = cmu().acronym("CMU").build();
        CoverageScheme same = cmu().acronym("CMU").build();
        assertEquals(one, same);
        assertEquals(one.hashCode(), same.hashCode());
        assertNotEquals(one, cmu().build());
        assertTrue(one.toString().contains("ci-cmu"), one.toString());
    }

    @Test
    void collectionsCannotBeChanged() {
        CoverageScheme scheme = cmu().addAdministrator(MUMAP).build();
        assertThrows(UnsupportedOperationException.class, () -> scheme.administrators().add(CMU));
        assertThrows(UnsupportedOperationException.class, () -> scheme.targetGroups().add(PopulationGroup.INDIGENT));
    }

    @Test
    void keepsArabicAndCyrillicNames() {
        LocalizedText cnas = LocalizedText.of("ar", "الصندوق الوطني للتأمينات الاجتماعية للعمال الأجراء");
        LocalizedText fsms = LocalizedText.of("ru", "Фонд социального медицинского страхования");
        CoverageScheme algeria = CoverageScheme.builder().id(EntityId.of("dz-cnas-insurance")).name(cnas)
            .operator(EntityId.of("dz-cnas")).country(CountryCode.of("DZ")).type(SchemeType.SOCIAL_HEALTH_INSURANCE)
            .financingClass(FinancingScheme.HF_1_2_1).membership(Membership.COMPULSORY).build();
        CoverageScheme kazakhstan = CoverageScheme.builder().id(EntityId.of("kz-compulsory-insurance")).name(fsms)
            .operator(EntityId.of("kz-fsms")).country(CountryCode.of("KZ")).type(SchemeType.SOCIAL_HEALTH_INSURANCE)
            .financingClass(FinancingScheme.HF_1_2_1).membership(Membership.COMPULSORY).build();
        assertEquals("الصندوق الوطني للتأمينات الاجتماعية للعمال الأجراء", algeria.name().first());
        assertEquals("Фонд социального медицинского страхования", kazakhstan.name().first());
    }

    @ParameterizedTest
    @CsvSource({
        "SOCIAL_HEALTH_INSURANCE, HF_1_2_1, COMPULSORY",
        "SOCIAL_HEALTH_INSURANCE, HF_1_2, COMPULSORY",
        "TAX_FUNDED, HF_1_1, AUTOMATIC",
        "TAX_FUNDED, HF_1_1, COMPULSORY",
        "UNIVERSAL_HEALTH_INSURANCE, HF_1_2, COMPULSORY",
        "UNIVERSAL_HEALTH_INSURANCE, HF_2_1, VOLUNTARY",
        "MUTUAL_HEALTH_INSURANCE, HF_2_1, VOLUNTARY",
        "COMMUNITY_BASED_HEALTH_INSURANCE, HF_2_1, VOLUNTARY",
        "COMMUNITY_BASED_HEALTH_INSURANCE, HF_1_1, AUTOMATIC",
        "VOLUNTARY_PRIVATE, HF_2_1, VOLUNTARY",
        "VOLUNTARY_PRIVATE, HF_2_3, VOLUNTARY",
        "VOLUNTARY_PRIVATE, HF_2_1_2_2, VOLUNTARY",
        "UNIVERSAL_HEALTH_INSURANCE, HF_1, COMPULSORY",
        "UNIVERSAL_HEALTH_INSURANCE, HF_4, COMPULSORY",
        "DONOR_FUNDED, HF_4_2_2_2, AUTOMATIC",
        "ENTERPRISE, HF_2_3_1, AUTOMATIC",
        "COMMUNITY_BASED_HEALTH_INSURANCE, HF_2_1_2_1, VOLUNTARY",
        "TAX_FUNDED, HF_1_1_2, AUTOMATIC",
    })
    void typeMembershipAndFinancingClassMayAgree(SchemeType type, FinancingScheme financing, Membership membership) {
        CoverageScheme scheme = cmu().type(type).financingClass(financing).membership(membership).build();
        assertEquals(financing, scheme.financingClass());
        assertWarned(CoverageScheme.class, scheme);
    }

    @Test
    void requiredAttributesAreReportedTogether() {
        assertBrokenAll(() -> CoverageScheme.builder().build(),
            "country required",
            "financingClass required",
            "id required",
            "membership required",
            "name required",
            "operator required",
            "type required");
    }

    @Test
    void acronymMustNotBeBlank() {
        assertBroken(() -> cmu().acronym("  ").build(), "acronym", "not-blank");
    }

    @Test
    void nullsAreRefusedAtOnce() {
        assertNullRefused(() -> cmu().addContribution(null), "contributions");
        assertNullRefused(() -> cmu().operator(null), "operator");
        assertNullRefused(() -> cmu().benefits(null), "benefits");
        assertNullRefused(() -> cmu().addAllAdministrators(null), "administrators");
        assertNullRefused(() -> cmu().addExemption(null), "exemptions");
        assertNullRefused(() -> cmu().partOf(null), "partOf");
    }

    @Test
    void referencesNameTheKindsTheDatasetResolves() {
        ModelType<CoverageScheme> type = ModelTypes.of(CoverageScheme.class);
        for (String organisation : List.of("operator", "administrators", "supervisor")) {
            assertEquals(Set.of(EntityKind.ORGANIZATION), type.property(organisation).orElseThrow().references(),
                organisation);
        }
        for (String scheme : List.of("complements", "supplements", "partOf", "replaces", "exclusiveWith")) {
            assertEquals(Set.of(EntityKind.SCHEME), type.property(scheme).orElseThrow().references(), scheme);
        }
        assertEquals(Optional.of(EntityKind.SCHEME), type.entityKind());
    }

    @Test
    void aDatasetRefusesSchemesThatComplementThemselvesThroughOthers() {
        Rule cycle = ModelTypes.of(CoverageScheme.class).property("complements").orElseThrow().cycleRule()
            .orElseThrow();
        assertEquals("dataset.scheme-complements-cycle", cycle.code());
        assertEquals(Severity.ERROR, cycle.severity());
    }

    @ParameterizedTest
    @CsvSource({
        "COMPULSORY, HF_2_1",
        "COMPULSORY, HF_2",
        "COMPULSORY, HF_4_2",
        "AUTOMATIC, HF_2_1",
        "AUTOMATIC, HF_1_3",
        "AUTOMATIC, HF_4_2_1",
        "VOLUNTARY, HF_1_2",
        "VOLUNTARY, HF_1_1_2",
        "VOLUNTARY, HF_4_1",
    })
    void aMembershipAndAFinancingClassThatDisagreeAreBuiltWithAWarning(Membership membership,
            FinancingScheme financing) {
        CoverageScheme scheme = cmu().membership(membership).financingClass(financing).build();
        assertEquals(financing, scheme.financingClass());
        assertWarned(CoverageScheme.class, scheme, "financingClass coverage-scheme.membership-financing");
    }

    @ParameterizedTest
    @CsvSource({
        "VOLUNTARY_PRIVATE, HF_1_2_2, COMPULSORY",
        "MUTUAL_HEALTH_INSURANCE, HF_1_1, COMPULSORY",
        "DONOR_FUNDED, HF_1_1, AUTOMATIC",
        "ENTERPRISE, HF_2_2, AUTOMATIC",
        "SOCIAL_HEALTH_INSURANCE, HF_1_1, COMPULSORY",
        "SOCIAL_HEALTH_INSURANCE, HF_2_1, VOLUNTARY",
        "TAX_FUNDED, HF_1_2_1, AUTOMATIC",
        "TAX_FUNDED, HF_2_2, VOLUNTARY",
    })
    void aTypeAndAFinancingClassThatDisagreeAreBuiltWithAWarning(SchemeType type, FinancingScheme financing,
            Membership membership) {
        CoverageScheme scheme = cmu().type(type).financingClass(financing).membership(membership).build();
        assertEquals(type, scheme.type());
        assertWarned(CoverageScheme.class, scheme, "type coverage-scheme.type-financing");
    }

    @Test
    void aSchemeMayComplementAnother() {
        assertEquals(Optional.of(CMU), mutuelle().complements(CMU).build().complements());
    }

    @Test
    void aSchemeDoesNotComplementItself() {
        assertBroken(() -> mutuelle().complements(MUTUELLE).build(),
            "complements", "coverage-scheme.complements-itself");
    }

    @Test
    void warnsOfEveryDisagreementAtOnceIncludingThoseOfItsSnapshots() {
        CoverageSnapshot overEnrolled = CoverageSnapshot.builder().date(ReportedDate.stated(PartialDate.of(2024)))
            .enrolled(30_000_000L).targetPopulation(29_000_000L).build();
        CoverageScheme scheme = cmu()
            .type(SchemeType.SOCIAL_HEALTH_INSURANCE)
            .financingClass(FinancingScheme.HF_2_1)
            .addSnapshot(ENROLMENT)
            .addSnapshot(overEnrolled)
            .build();
        assertWarned(CoverageScheme.class, scheme,
            "financingClass coverage-scheme.membership-financing",
            "snapshots[1].enrolled coverage-snapshot.enrolled-exceeds-target",
            "type coverage-scheme.type-financing");
    }

    @Test
    void reportsEveryBrokenRuleAtOnceButNoWarning() {
        assertBrokenAll(() -> cmu()
                .acronym("")
                .type(SchemeType.SOCIAL_HEALTH_INSURANCE)
                .financingClass(FinancingScheme.HF_2_1)
                .complements(CMU)
                .build(),
            "acronym not-blank",
            "complements coverage-scheme.complements-itself");
    }
    // SHA 2011 classes schemes by how they are financed, not by how people join: the corrections below each fail if
    // the membership or the type is again tied to a class it does not determine.

    @Test
    void aDonorFundedSchemeThatCoversPeopleAutomaticallyIsClassedHf22WithoutWarning() {
        CoverageScheme donor = cmu().type(SchemeType.DONOR_FUNDED).financingClass(FinancingScheme.HF_2_2)
            .membership(Membership.AUTOMATIC).build();
        assertWarned(CoverageScheme.class, donor);
    }

    @Test
    void anEnterpriseSchemeThatCoversItsStaffAutomaticallyIsClassedHf23WithoutWarning() {
        CoverageScheme enterprise = cmu().type(SchemeType.ENTERPRISE).financingClass(FinancingScheme.HF_2_3)
            .membership(Membership.AUTOMATIC).addTargetGroup(PopulationGroup.EMPLOYER_STAFF).build();
        assertWarned(CoverageScheme.class, enterprise);
    }

    @Test
    void aMutualRunningCompulsorySocialHealthInsuranceIsClassedHf121WithoutWarning() {
        CoverageScheme belgian = CoverageScheme.builder().id(EntityId.of("be-mutualite-compulsory"))
            .name(LocalizedText.of("fr", "Assurance obligatoire soins de santé"))
            .operator(EntityId.of("be-mutualite-chretienne")).country(CountryCode.of("BE"))
            .type(SchemeType.MUTUAL_HEALTH_INSURANCE).financingClass(FinancingScheme.HF_1_2_1)
            .membership(Membership.COMPULSORY).build();
        assertWarned(CoverageScheme.class, belgian);
    }

    @Test
    void aGovernmentBasedVoluntaryInsuranceHasItsExactClass() {
        CoverageScheme voluntary = cmu().type(SchemeType.UNIVERSAL_HEALTH_INSURANCE)
            .financingClass(FinancingScheme.fromCode("HF.2.1.1.2")).membership(Membership.VOLUNTARY).build();
        assertEquals(FinancingScheme.HF_2_1_1_2, voluntary.financingClass());
        assertEquals(Optional.of(FinancingScheme.HF_2_1_1), voluntary.financingClass().parent());
        assertWarned(CoverageScheme.class, voluntary);
    }

    @ParameterizedTest
    @EnumSource(Membership.class)
    void householdOutOfPocketPaymentFitsAnyMembership(Membership membership) {
        for (FinancingScheme outOfPocket : List.of(FinancingScheme.HF_3, FinancingScheme.HF_3_1,
                FinancingScheme.HF_3_2_1, FinancingScheme.HF_3_2_2)) {
            assertWarned(CoverageScheme.class, cmu().type(SchemeType.COMMUNITY_BASED_HEALTH_INSURANCE)
                .financingClass(outOfPocket).membership(membership).build());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "SOCIAL_HEALTH_INSURANCE, HF_4_1_1, COMPULSORY",
        "TAX_FUNDED, HF_1_1_1, AUTOMATIC",
        "VOLUNTARY_PRIVATE, HF_4_2_1, VOLUNTARY",
        "DONOR_FUNDED, HF_4_2_2_1, AUTOMATIC",
        "DONOR_FUNDED, HF_4_2_2_2, VOLUNTARY",
        "ENTERPRISE, HF_4_2_2_3, AUTOMATIC",
        "UNIVERSAL_HEALTH_INSURANCE, HF_4_1_2, AUTOMATIC",
    })
    void restOfTheWorldSchemesAreUsableWithoutWarning(SchemeType type, FinancingScheme financing,
            Membership membership) {
        assertWarned(CoverageScheme.class, cmu().type(type).financingClass(financing).membership(membership).build());
    }

    @Test
    void aSchemeCompulsoryInLawMayBeVoluntaryInPractice() {
        CoverageScheme scheme = cmu().membershipInPractice(Membership.VOLUNTARY).build();
        assertEquals(Membership.COMPULSORY, scheme.membership());
        assertEquals(Optional.of(Membership.VOLUNTARY), scheme.membershipInPractice());
        assertWarned(CoverageScheme.class, scheme);
    }

    @Test
    void holdsItsLegalBasisStatusValidityAndRelations() {
        Citation law = Citation.of(EntityId.of("ci-law-2014-131"), "article 3");
        Period validity = Period.starting(PartialDate.of(2014, 3));
        EntityId former = EntityId.of("ci-former-scheme");
        EntityId exclusive = EntityId.of("ci-private-scheme");
        CoverageScheme scheme = mutuelle().addLegalBasis(law).status(SchemeStatus.ACTIVE).validity(validity)
            .supplements(CMU).partOf(EntityId.of("ci-mutual-network")).addReplaced(former).addExclusiveWith(exclusive)
            .addAdministrator(MUMAP).build();
        assertEquals(List.of(law), scheme.legalBasis());
        assertEquals(Optional.of(SchemeStatus.ACTIVE), scheme.status());
        assertEquals(Optional.of(validity), scheme.validity());
        assertEquals(Optional.of(CMU), scheme.supplements());
        assertEquals(Optional.of(EntityId.of("ci-mutual-network")), scheme.partOf());
        assertEquals(List.of(former), scheme.replaces());
        assertEquals(List.of(exclusive), scheme.exclusiveWith());
        assertEquals(List.of(MUMAP), scheme.administrators());
    }

    @Test
    void aSchemeMayCoverAnAreaOfItsCountryAndCarryIdentifiers() {
        Place district = Place.of(LocalizedText.of("fr", "District de Cocody"), COTE_DIVOIRE);
        Identifier website = Identifier.of(IdentifierScheme.WEBSITE, "https://www.ipscnam.ci");
        CoverageScheme scheme = cmu().area(district).addIdentifier(website).build();
        assertEquals(Optional.of(district), scheme.area());
        assertEquals(List.of(website), scheme.identifiers());
    }

    @Test
    void theAreaLiesInTheCountryOfTheScheme() {
        assertBroken(() -> cmu().area(Place.of(LocalizedText.of("fr", "Nouakchott"), CountryCode.of("MR"))).build(),
            "area.country", "coverage-scheme.area-country");
    }

    @Test
    void aSchemeDoesNotSupplementReplaceExcludeOrContainItself() {
        assertBrokenAll(() -> mutuelle().supplements(MUTUELLE).partOf(MUTUELLE).addReplaced(CMU).addReplaced(MUTUELLE)
                .addExclusiveWith(MUTUELLE).build(),
            "exclusiveWith[0] coverage-scheme.refers-to-itself",
            "partOf coverage-scheme.refers-to-itself",
            "replaces[1] coverage-scheme.refers-to-itself",
            "supplements coverage-scheme.refers-to-itself");
    }

    @Test
    void aDatasetRefusesSchemesThatAreComponentsOfThemselvesThroughOthers() {
        Rule cycle = ModelTypes.of(CoverageScheme.class).property("partOf").orElseThrow().cycleRule().orElseThrow();
        assertEquals("dataset.scheme-part-of-cycle", cycle.code());
        assertEquals(Severity.ERROR, cycle.severity());
    }

    @Test
    void aClosedSchemeWithoutAnEndIsBuiltWithAWarning() {
        assertWarned(CoverageScheme.class, cmu().status(SchemeStatus.CLOSED).build(),
            "status coverage-scheme.closed-without-end");
        assertWarned(CoverageScheme.class, cmu().status(SchemeStatus.CLOSED)
            .validity(Period.starting(PartialDate.of(2001))).build(), "status coverage-scheme.closed-without-end");
        assertWarned(CoverageScheme.class, cmu().status(SchemeStatus.CLOSED)
            .validity(Period.of(PartialDate.of(2001), PartialDate.of(2019))).build());
    }

    @Test
    void aCategoryIsDeclaredOnce() {
        assertBroken(() -> cmu().addCategory(CATEGORY_1)
                .addCategory(MemberCategory.of("1", LocalizedText.of("fr", "Un"))).build(),
            "categories[1].code", "coverage-scheme.duplicate-category");
    }

    @Test
    void contributionsExemptionsAndSnapshotsNameDeclaredCategories() {
        assertBrokenAll(() -> cmu().addCategory(CATEGORY_1)
                .addContribution(PREMIUM_CATEGORY_1)
                .addContribution(ContributionRule.builder().from(PREMIUM_CATEGORY_1).categories(List.of("3")).build())
                .addExemption(Exemption.builder().addCategory("4").addScope(ExemptionScope.CONTRIBUTIONS)
                    .waived(Percentage.HUNDRED_PERCENT).build())
                .addSnapshot(CoverageSnapshot.builder().date(ReportedDate.stated(PartialDate.of(2024))).enrolled(10L)
                    .category("5").build())
                .build(),
            "contributions[1].categories coverage-scheme.unknown-category",
            "exemptions[0].categories coverage-scheme.unknown-category",
            "snapshots[0].category coverage-scheme.unknown-category");
    }

    @Test
    void theOperatorIsTheOperatorOfTheLastTermOfItsHistory() {
        EntityId former = EntityId.of("ci-ministry-of-health");
        CoverageScheme scheme = cmu()
            .addOperatorTerm(OperatorTerm.of(former, Period.of(PartialDate.of(2014), PartialDate.of(2016, 6))))
            .addOperatorTerm(OperatorTerm.of(CNAM, Period.starting(PartialDate.of(2016, 7))))
            .build();
        assertEquals(List.of(former), scheme.operatorsOn(LocalDate.of(2015, 1, 1)));
        assertEquals(List.of(CNAM), scheme.operatorsOn(LocalDate.of(2020, 1, 1)));
        assertEquals(List.of(), scheme.operatorsOn(LocalDate.of(2010, 1, 1)));
        assertEquals(List.of(CNAM), cmu().build().operatorsOn(LocalDate.of(2010, 1, 1)));
        assertBroken(() -> cmu()
                .addOperatorTerm(OperatorTerm.of(CNAM, Period.of(PartialDate.of(2014), PartialDate.of(2016, 6))))
                .addOperatorTerm(OperatorTerm.of(former, Period.starting(PartialDate.of(2016, 7))))
                .build(),
            "operator", "coverage-scheme.operator-history");
        assertBroken(() -> cmu()
                .addOperatorTerm(OperatorTerm.of(CNAM, Period.of(PartialDate.of(2014), PartialDate.of(2016))))
                .addOperatorTerm(OperatorTerm.of(former, Period.of(PartialDate.of(2016), PartialDate.of(2020))))
                .build(),
            "operator", "coverage-scheme.operator-history");
        assertEquals(CNAM, cmu()
            .addOperatorTerm(OperatorTerm.of(former, Period.of(PartialDate.of(2014), PartialDate.of(2016))))
            .addOperatorTerm(OperatorTerm.of(CNAM, Period.of(PartialDate.of(2016), PartialDate.of(2020))))
            .build().operator());
    }

    @Test
    void aPremiumThatChangedIsHistoryAndTheQueryGivesThePremiumInForce() {
        ContributionRule until2019 = ContributionRule.builder().from(PREMIUM)
            .validity(Period.of(PartialDate.of(2015), PartialDate.of(2019))).build();
        ContributionRule from2020 = ContributionRule.builder().from(PREMIUM).amount(Money.of("1500", "XOF"))
            .validity(Period.starting(PartialDate.of(2020))).build();
        CoverageScheme scheme = mutuelle().addContribution(until2019).addContribution(from2020).build();
        assertEquals(List.of(until2019), scheme.contributionsInForce(LocalDate.of(2019, 6, 30)));
        assertEquals(List.of(from2020), scheme.contributionsInForce(LocalDate.of(2020, 1, 1)));
        assertEquals(List.of(), scheme.contributionsInForce(LocalDate.of(2014, 1, 1)));
        assertWarned(CoverageScheme.class, scheme);
    }

    @Test
    void aPremiumRecordedAgainWithoutClosingTheOldOneIsBuiltWithAWarning() {
        ContributionRule from2020 = ContributionRule.builder().from(PREMIUM).amount(Money.of("1500", "XOF"))
            .validity(Period.starting(PartialDate.of(2020))).build();
        CoverageScheme scheme = mutuelle().addContribution(PREMIUM).addContribution(from2020).build();
        assertWarned(CoverageScheme.class, scheme, "contributions[1] coverage-scheme.contributions-overlap");
        assertEquals(List.of(PREMIUM, from2020), scheme.contributionsInForce(LocalDate.of(2021, 1, 1)));
    }

    @Test
    void contributionsOfDifferentPayersGroupsOrCategoriesMayHoldAtOnce() {
        ContributionRule employee = ContributionRule.builder().basis(ContributionBasis.PERCENTAGE_OF_SALARY)
            .rate(Percentage.of(3)).addShare(PayerShare.of(PayerType.EMPLOYEE, Percentage.HUNDRED_PERCENT)).build();
        ContributionRule employer = ContributionRule.builder().basis(ContributionBasis.PERCENTAGE_OF_SALARY)
            .rate(Percentage.of(6)).addShare(PayerShare.of(PayerType.EMPLOYER, Percentage.HUNDRED_PERCENT)).build();
        ContributionRule category2 = ContributionRule.builder().from(PREMIUM_CATEGORY_1).categories(List.of("2"))
            .build();
        CoverageScheme scheme = cmu().addCategory(CATEGORY_1).addCategory(MemberCategory.of("2",
                LocalizedText.of("fr", "Catégorie 2"))).addContribution(employee).addContribution(employer)
            .addContribution(PREMIUM_CATEGORY_1).addContribution(category2).build();
        assertWarned(CoverageScheme.class, scheme);
    }

    @Test
    void exemptionsAndPaymentMechanismsInForceOnADay() {
        Exemption children = Exemption.builder().addGroup(PopulationGroup.CHILDREN).ageBelow(5)
            .addScope(ExemptionScope.COST_SHARING).waived(Percentage.HUNDRED_PERCENT)
            .validity(Period.starting(PartialDate.of(2012))).build();
        PaymentMechanism capitation = PaymentMechanism.builder().method(PaymentMethod.CAPITATION)
            .validity(Period.of(PartialDate.of(2015), PartialDate.of(2018))).build();
        CoverageScheme scheme = cmu().addExemption(children).addPaymentMechanism(capitation).build();
        assertEquals(List.of(children), scheme.exemptionsInForce(LocalDate.of(2013, 1, 1)));
        assertEquals(List.of(), scheme.exemptionsInForce(LocalDate.of(2011, 1, 1)));
        assertEquals(List.of(capitation), scheme.paymentMechanismsInForce(LocalDate.of(2016, 1, 1)));
        assertEquals(List.of(), scheme.paymentMechanismsInForce(LocalDate.of(2019, 1, 1)));
    }

    @Test
    void revenueSharesOfOnePeriodAboveAHundredAreBuiltWithAWarning() {
        Period year = Period.of(PartialDate.of(2023), PartialDate.of(2023));
        Revenue state = Revenue.builder().revenueClass(RevenueClass.FS_1).period(year).share(Percentage.of(60)).build();
        Revenue members = Revenue.builder().revenueClass(RevenueClass.FS_5_1).period(year).share(Percentage.of(41))
            .build();
        Revenue nextYear = Revenue.builder().revenueClass(RevenueClass.FS_5_1)
            .period(Period.of(PartialDate.of(2024), PartialDate.of(2024))).share(Percentage.of(90)).build();
        assertWarned(CoverageScheme.class, cmu().addRevenue(state).addRevenue(members).build(),
            "revenues coverage-scheme.revenue-shares-exceed");
        assertWarned(CoverageScheme.class, cmu().addRevenue(state).addRevenue(nextYear).build());
    }

    @Test
    void queriesRefuseNull() {
        CoverageScheme scheme = cmu().build();
        assertNullRefused(() -> scheme.contributionsInForce(null), "date");
        assertNullRefused(() -> scheme.exemptionsInForce(null), "date");
        assertNullRefused(() -> scheme.paymentMechanismsInForce(null), "date");
        assertNullRefused(() -> scheme.operatorsOn(null), "date");
    }

    /**
     * A scheme of the kind a network of mutuals or a national fund holds, with every feature of the model's schemes:
     * income-category premiums, one of which changed in 2020, an exempt group the state pays for, an earmarked tax,
     * capitation at health centres and case-based payment at hospitals, and co-payments that differ by level of care.
     */
    static CoverageScheme communityScheme() {
        Period until2019 = Period.of(PartialDate.of(2015), PartialDate.of(2019));
        Period from2020 = Period.starting(PartialDate.of(2020));
        return CoverageScheme.builder()
            .id(EntityId.of("rw-cbhi"))
            .name(LocalizedText.of("fr", "Assurance maladie communautaire"))
            .operator(EntityId.of("rw-rssb"))
            .addOperatorTerm(OperatorTerm.of(EntityId.of("rw-ministry-of-health"),
                Period.of(PartialDate.of(2004), PartialDate.of(2015, 6))))
            .addOperatorTerm(OperatorTerm.of(EntityId.of("rw-rssb"), Period.starting(PartialDate.of(2015, 7))))
            .country(CountryCode.of("RW"))
            .type(SchemeType.COMMUNITY_BASED_HEALTH_INSURANCE)
            .financingClass(FinancingScheme.HF_1_2_1)
            .membership(Membership.COMPULSORY)
            .membershipInPractice(Membership.VOLUNTARY)
            .addTargetGroup(PopulationGroup.INFORMAL_SECTOR)
            .addTargetGroup(PopulationGroup.RURAL_WORKERS)
            .addCategory(MemberCategory.builder().code("1").name(LocalizedText.of("fr", "Catégorie 1"))
                .group(PopulationGroup.INDIGENT).build())
            .addCategory(MemberCategory.of("2", LocalizedText.of("fr", "Catégorie 2")))
            .addCategory(MemberCategory.of("3", LocalizedText.of("fr", "Catégorie 3")))
            .status(SchemeStatus.ACTIVE)
            .addContribution(ContributionRule.builder().basis(ContributionBasis.FLAT_PREMIUM_PER_PERSON)
                .amount(Money.of("2000", "RWF")).period(ContributionPeriod.YEAR).addCategory("2")
                .addShare(PayerShare.of(PayerType.MEMBER, Percentage.HUNDRED_PERCENT)).validity(until2019).build())
            .addContribution(ContributionRule.builder().basis(ContributionBasis.FLAT_PREMIUM_PER_PERSON)
                .amount(Money.of("3000", "RWF")).period(ContributionPeriod.YEAR).addCategory("2")
                .addShare(PayerShare.of(PayerType.MEMBER, Percentage.HUNDRED_PERCENT)).validity(from2020).build())
            .addContribution(ContributionRule.builder().basis(ContributionBasis.FLAT_PREMIUM_PER_PERSON)
                .amount(Money.of("7000", "RWF")).period(ContributionPeriod.YEAR).addCategory("3")
                .addShare(PayerShare.of(PayerType.MEMBER, Percentage.HUNDRED_PERCENT)).build())
            .addExemption(Exemption.builder().addCategory("1").addScope(ExemptionScope.CONTRIBUTIONS)
                .addScope(ExemptionScope.COST_SHARING).waived(Percentage.HUNDRED_PERCENT)
                .addPayer(PayerShare.builder().payer(PayerType.STATE).share(Percentage.HUNDRED_PERCENT)
                    .organization(EntityId.of("rw-ministry-of-finance")).build())
                .build())
            .addRevenue(Revenue.builder().revenueClass(RevenueClass.FS_1_2)
                .source(EntityId.of("rw-ministry-of-finance"))
                .earmark(Earmark.of(Percentage.parse("2.5"), LocalizedText.of("fr", "recettes de la TVA")))
                .period(from2020).build())
            .addRevenue(Revenue.builder().revenueClass(RevenueClass.FS_5_1)
                .period(Period.of(PartialDate.of(2023), PartialDate.of(2023))).amount(Money.of("30000000000", "RWF"))
                .build())
            .addPaymentMechanism(PaymentMechanism.builder().method(PaymentMethod.CAPITATION)
                .rate(Money.of("300", "RWF")).rateBasis(AmountBasis.PERSON_MONTH).addLevel(FacilityLevel.PRIMARY)
                .addProviderClass(ProviderClass.HP_3_4).build())
            .addPaymentMechanism(PaymentMechanism.builder().method(PaymentMethod.CASE_BASED)
                .rateBasis(AmountBasis.ADMISSION).addProviderClass(ProviderClass.HP_1)
                .addService(ServiceCategory.INPATIENT).build())
            .benefits(BenefitPackage.builder()
                .addBenefit(Benefit.builder().category(ServiceCategory.OUTPATIENT).level(FacilityLevel.PRIMARY)
                    .copayment(Money.of("200", "RWF")).copaymentBasis(AmountBasis.VISIT).build())
                .addBenefit(Benefit.builder().category(ServiceCategory.OUTPATIENT).level(FacilityLevel.SECONDARY)
                    .access(AccessCondition.ON_REFERRAL).coinsurance(Percentage.of(10)).build())
                .build())
            .addSnapshot(CoverageSnapshot.builder().date(ReportedDate.stated(PartialDate.of(2023)))
                .enrolled(11_000_000L).active(10_500_000L).targetPopulation(10_800_000L).build())
            .build();
    }

    @Test
    void aSchemeHoldsEveryFeatureOfTheAcceptanceWithTheWarningsTrueDataGives() {
        CoverageScheme scheme = communityScheme();
        assertEquals(List.of(Money.of("3000", "RWF"), Money.of("7000", "RWF")),
            scheme.contributionsInForce(LocalDate.of(2021, 3, 1)).stream().map(r -> r.amount().orElseThrow())
                .collect(Collectors.toList()));
        assertEquals(Optional.of(Percentage.parse("2.5")),
            scheme.revenues().get(0).earmark().map(Earmark::rate));
        assertEquals(List.of(EntityId.of("rw-ministry-of-health")), scheme.operatorsOn(LocalDate.of(2010, 1, 1)));
        assertWarned(CoverageScheme.class, scheme, "snapshots[0].enrolled coverage-snapshot.enrolled-exceeds-target");
    }
}

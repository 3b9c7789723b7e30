package org.uhcmodel.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.assertWarned;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Severity;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Percentage;
import org.uhcmodel.value.ReportedDate;

class CoverageSchemeTest {

    private static final EntityId CMU = EntityId.of("ci-cmu");
    private static final EntityId MUTUELLE = EntityId.of("ci-mumap-scheme");
    private static final EntityId CNAM = EntityId.of("ci-cnam");
    private static final EntityId MUMAP = EntityId.of("ci-mumap");
    private static final EntityId MINISTRY = EntityId.of("ci-ministry-of-employment");
    private static final EntityId HEALTH_CENTRE = EntityId.of("ci-mumap-cocody");
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
            .addProvider(HEALTH_CENTRE)
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
        assertEquals(List.of(HEALTH_CENTRE), scheme.providers());
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
        assertTrue(scheme.providers().isEmpty());
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
        CoverageScheme scheme = cmu().addProvider(HEALTH_CENTRE).build();
        assertThrows(UnsupportedOperationException.class, () -> scheme.providers().add(CMU));
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
        assertNullRefused(() -> cmu().addAllProviders(null), "providers");
    }

    @Test
    void referencesNameTheKindsTheDatasetResolves() {
        ModelType<CoverageScheme> type = ModelTypes.of(CoverageScheme.class);
        for (String organisation : List.of("operator", "supervisor", "providers")) {
            assertEquals(Set.of(EntityKind.ORGANIZATION), type.property(organisation).orElseThrow().references(),
                organisation);
        }
        assertEquals(Set.of(EntityKind.SCHEME), type.property("complements").orElseThrow().references());
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
        "COMPULSORY, HF_3",
        "AUTOMATIC, HF_2_2",
        "AUTOMATIC, HF_4_1",
        "VOLUNTARY, HF_1_2",
        "VOLUNTARY, HF_4_2",
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
        "MUTUAL_HEALTH_INSURANCE, HF_1_2_1, COMPULSORY",
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
}

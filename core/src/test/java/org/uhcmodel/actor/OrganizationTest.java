package org.uhcmodel.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.assertWarned;
import static org.uhcmodel.RuleAssertions.only;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.Identifier;
import org.uhcmodel.value.IdentifierScheme;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Place;

class OrganizationTest {

    private static final EntityId CNAS_ID = EntityId.of("dz-cnas");
    private static final EntityId LABOUR_MINISTRY = EntityId.of("dz-mtess");
    private static final EntityId SOURCE = EntityId.of("src-jeune-independant-cnas-chu-bruxelles");
    private static final CountryCode DZ = CountryCode.of("DZ");
    private static final CountryCode BE = CountryCode.of("BE");
    private static final CountryCode CI = CountryCode.of("CI");
    private static final LocalizedText CNAS_NAME = LocalizedText.builder()
        .putEntry("fr", "Caisse nationale des assurances sociales des travailleurs salariés")
        .putEntry("ar", "الصندوق الوطني للتأمينات الاجتماعية للعمال الأجراء")
        .build();
    private static final Place ALGIERS = Place.of(LocalizedText.of("fr", "Alger"), DZ);
    private static final Place BRUSSELS = Place.of(LocalizedText.of("fr", "Bruxelles"), BE);
    private static final Place COCODY = Place.of(LocalizedText.of("fr", "Cocody"), CI);
    private static final Identifier CNAS_WEBSITE = Identifier.of(IdentifierScheme.WEBSITE, "https://cnas.dz");
    private static final Identifier EU_IATI = Identifier.iati("XI-IATI-EC_INTPA");
    private static final Identifier ENABEL_IATI = Identifier.iati("BE-BCE_KBO-0264814354");
    private static final FacilityProfile MUTUALIST_CENTRE = FacilityProfile.builder()
        .type(FacilityType.HEALTH_CENTRE).level(FacilityLevel.PRIMARY).ownership(FacilityOwnership.MUTUALIST).build();

    private static Organization.Builder minimal() {
        return Organization.builder().id(CNAS_ID).name(CNAS_NAME).kind(OrganizationKind.SOCIAL_SECURITY_FUND);
    }

    private static Organization cnas() {
        return minimal().acronym("CNAS").country(DZ).parent(LABOUR_MINISTRY).addIdentifier(CNAS_WEBSITE)
            .place(ALGIERS).addCitation(Citation.of(SOURCE, "paragraph 1")).build();
    }

    private static Organization.Builder europeanUnion() {
        return Organization.builder().id(EntityId.of("eu")).name(LocalizedText.of("fr", "Union européenne"))
            .acronym("UE").kind(OrganizationKind.MULTILATERAL).addIdentifier(EU_IATI);
    }

    private static Organization.Builder mumapCentre() {
        return Organization.builder().id(EntityId.of("ci-centre-sante-mumap"))
            .name(LocalizedText.of("fr", "Centre de santé de la MUMAP")).kind(OrganizationKind.HEALTH_FACILITY)
            .country(CI).place(COCODY);
    }

    @Test
    void buildsWithEveryAttribute() {
        Organization cnas = mumapCentre().acronym("CSM").parent(EntityId.of("ci-mumap"))
            .addIdentifier(Identifier.of(IdentifierScheme.NATIONAL_REGISTRY, "CI-ABJ-2018-B-12345"))
            .facility(MUTUALIST_CENTRE).addCitation(Citation.of(SOURCE, "paragraph 3")).build();
        assertEquals(EntityId.of("ci-centre-sante-mumap"), cnas.id());
        assertEquals(LocalizedText.of("fr", "Centre de santé de la MUMAP"), cnas.name());
        assertEquals(Optional.of("CSM"), cnas.acronym());
        assertEquals(OrganizationKind.HEALTH_FACILITY, cnas.kind());
        assertEquals(Optional.of(CI), cnas.country());
        assertEquals(Optional.of(EntityId.of("ci-mumap")), cnas.parent());
        assertEquals(List.of(Identifier.of(IdentifierScheme.NATIONAL_REGISTRY, "CI-ABJ-2018-B-12345")),
            cnas.identifiers());
        assertEquals(Optional.of(COCODY), cnas.place());
        assertEquals(Optional.of(MUTUALIST_CENTRE), cnas.facility());
        assertEquals(List.of(Citation.of(SOURCE, "paragraph 3")), cnas.citations());
    }

    @Test
    void optionalAttributesAreEmptyWhenAbsent() {
        Organization organization = minimal().build();
        assertEquals(Optional.empty(), organization.acronym());
        assertEquals(Optional.empty(), organization.country());
        assertEquals(Optional.empty(), organization.parent());
        assertEquals(List.of(), organization.identifiers());
        assertEquals(Optional.empty(), organization.place());
        assertEquals(Optional.empty(), organization.facility());
        assertEquals(List.of(), organization.citations());
    }

    @Test
    void arabicNameRoundTrips() {
        assertEquals("الصندوق الوطني للتأمينات الاجتماعية للعمال الأجراء", cnas().name().in("ar").orElseThrow());
        assertEquals("Caisse nationale des assurances sociales des travailleurs salariés", cnas().name().first());
    }

    @Test
    void cyrillicNameRoundTrips() {
        Organization ministry = Organization.builder().id(EntityId.of("by-minzdrav"))
            .name(LocalizedText.of("ru", "Министерство здравоохранения Республики Беларусь"))
            .acronym("Минздрав").kind(OrganizationKind.MINISTRY).country(CountryCode.of("BY")).build();
        assertEquals("Министерство здравоохранения Республики Беларусь", ministry.name().in("ru").orElseThrow());
        assertEquals(Optional.of("Минздрав"), ministry.acronym());
    }

    @Test
    void iatiTypeIsTheOneOfItsKindUnlessStated() {
        assertEquals(Optional.empty(), cnas().iatiType());
        assertEquals(Optional.of(IatiOrganisationType.OTHER_PUBLIC_SECTOR), cnas().reportedIatiType());
        assertEquals(Optional.of(IatiOrganisationType.MULTILATERAL), europeanUnion().build().reportedIatiType());
        Organization enabel = Organization.builder().id(EntityId.of("be-enabel"))
            .name(LocalizedText.of("fr", "Enabel")).kind(OrganizationKind.DEVELOPMENT_AGENCY).country(BE)
            .addIdentifier(ENABEL_IATI).build();
        assertEquals(Optional.of(IatiOrganisationType.GOVERNMENT), enabel.reportedIatiType());
        Organization stated = Organization.builder().from(enabel).iatiType(IatiOrganisationType.OTHER_PUBLIC_SECTOR)
            .build();
        assertEquals(Optional.of(IatiOrganisationType.OTHER_PUBLIC_SECTOR), stated.iatiType());
        assertEquals(Optional.of(IatiOrganisationType.OTHER_PUBLIC_SECTOR), stated.reportedIatiType());
        assertNotEquals(enabel, stated);
    }

    @Test
    void equalsAndHashCodeByValue() {
        assertEquals(cnas(), cnas());
        assertEquals(cnas().hashCode(), cnas().hashCode());
        assertNotEquals(cnas(), minimal().build());
    }

    @Test
    void toStringShowsIdAndAcronym() {
        String text = cnas().toString();
        assertTrue(text.contains("dz-cnas") && text.contains("CNAS"), text);
    }

    @Test
    void aBuilderCopiesAnOrganisation() {
        assertEquals(cnas(), Organization.builder().from(cnas()).build());
        assertEquals(Optional.of("CNAS-DZ"), Organization.builder().from(cnas()).acronym("CNAS-DZ").build().acronym());
    }

    @Test
    void collectionsCanBeAddedToAndReplaced() {
        Organization organization = minimal().addAllIdentifiers(List.of(EU_IATI, ENABEL_IATI))
            .addIdentifier(CNAS_WEBSITE).addAllCitations(List.of(Citation.of(SOURCE, "paragraph 1"))).build();
        assertEquals(List.of(EU_IATI, ENABEL_IATI, CNAS_WEBSITE), organization.identifiers());
        Organization replaced = Organization.builder().from(organization).identifiers(List.of(CNAS_WEBSITE))
            .citations(List.of()).build();
        assertEquals(List.of(CNAS_WEBSITE), replaced.identifiers());
        assertEquals(List.of(), replaced.citations());
    }

    @Test
    void idIsRequired() {
        assertBroken(() -> Organization.builder().name(CNAS_NAME).kind(OrganizationKind.MINISTRY).build(), "id",
            "required");
    }

    @Test
    void nameIsRequired() {
        assertBroken(() -> Organization.builder().id(CNAS_ID).kind(OrganizationKind.MINISTRY).build(), "name",
            "required");
    }

    @Test
    void aNullIsRefusedAtOnceNamingTheProperty() {
        assertNullRefused(() -> minimal().id(null), "id");
        assertNullRefused(() -> minimal().name(null), "name");
        assertNullRefused(() -> minimal().acronym(null), "acronym");
        assertNullRefused(() -> minimal().kind(null), "kind");
        assertNullRefused(() -> minimal().country(null), "country");
        assertNullRefused(() -> minimal().parent(null), "parent");
        assertNullRefused(() -> minimal().addIdentifier(null), "identifiers");
        assertNullRefused(() -> minimal().addAllIdentifiers(null), "identifiers");
        assertNullRefused(() -> minimal().addAllIdentifiers(Arrays.asList(EU_IATI, null)), "identifiers");
        assertNullRefused(() -> minimal().identifiers(null), "identifiers");
        assertNullRefused(() -> minimal().place(null), "place");
        assertNullRefused(() -> minimal().facility(null), "facility");
        assertNullRefused(() -> minimal().addCitation(null), "citations");
        assertNullRefused(() -> minimal().addAllCitations(null), "citations");
        assertNullRefused(() -> minimal().citations(null), "citations");
        assertNullRefused(() -> Organization.builder().from(null), "value");
    }

    @Test
    void aRefusedNullLeavesTheBuilderAsItWas() {
        Organization.Builder builder = minimal().addIdentifier(CNAS_WEBSITE);
        assertNullRefused(() -> builder.addAllIdentifiers(Arrays.asList(EU_IATI, null)), "identifiers");
        assertNullRefused(() -> builder.identifiers(Arrays.asList(EU_IATI, null)), "identifiers");
        assertEquals(List.of(CNAS_WEBSITE), builder.build().identifiers());
    }

    @Test
    void kindIsRequired() {
        assertBroken(() -> Organization.builder().id(CNAS_ID).name(CNAS_NAME).build(), "kind", "required");
    }

    @Test
    void missingKindIsReportedAloneEvenWithAFacilityProfile() {
        assertBroken(() -> Organization.builder().id(CNAS_ID).name(CNAS_NAME).facility(MUTUALIST_CENTRE).build(),
            "kind", "required");
    }

    @Test
    void acronymMustNotBeBlank() {
        assertBroken(() -> minimal().acronym(" ").build(), "acronym", "not-blank");
        assertBroken(() -> minimal().acronym("\u00A0").build(), "acronym", "not-blank");
    }

    @Test
    void anOrganisationAsItShouldBeHasNoWarnings() {
        assertWarned(Organization.class, cnas());
        assertWarned(Organization.class, europeanUnion().place(BRUSSELS).build());
        assertWarned(Organization.class, mumapCentre().facility(MUTUALIST_CENTRE).build());
    }

    @Test
    void aMultilateralOrganisationWithACountryIsBuiltWithAWarning() {
        Organization seated = europeanUnion().country(BE).build();
        assertEquals(Optional.of(BE), seated.country());
        Violation warning = assertWarned(Organization.class, seated, "country organization.multilateral-country")
            .get(0);
        assertEquals(Optional.of(BE), warning.invalidValue());
        assertEquals("a multilateral organisation usually belongs to no country", warning.message());
    }

    @Test
    void warningsAreNotReportedAmongErrors() {
        assertBroken(() -> europeanUnion().country(BE).place(ALGIERS).parent(EntityId.of("eu")).build(), "parent",
            "organization.own-parent");
    }

    @Test
    void multilateralOrganisationMayHaveAPlace() {
        Organization eu = europeanUnion().place(BRUSSELS).build();
        assertEquals(Optional.empty(), eu.country());
        assertEquals(Optional.of(BRUSSELS), eu.place());
    }

    @Test
    void otherKindsMayOmitTheCountry() {
        assertEquals(Optional.empty(), minimal().build().country());
    }

    @Test
    void healthFacilityMayHaveAProfile() {
        assertEquals(Optional.of(MUTUALIST_CENTRE), mumapCentre().facility(MUTUALIST_CENTRE).build().facility());
        assertEquals(Optional.empty(), mumapCentre().build().facility());
    }

    @Test
    void onlyAHealthFacilityHasAFacilityProfile() {
        ModelViolationException ex = assertBroken(() -> minimal().facility(MUTUALIST_CENTRE).build(), "facility",
            "organization.facility-profile-kind");
        assertEquals(Optional.of(MUTUALIST_CENTRE), only(ex).invalidValue());
        assertEquals("only a health facility has a facility profile", only(ex).message());
    }

    @Test
    void organisationIsNotItsOwnParent() {
        ModelViolationException ex = assertBroken(() -> minimal().parent(CNAS_ID).build(), "parent",
            "organization.own-parent");
        assertEquals("an organisation cannot be its own parent", only(ex).message());
    }

    @Test
    void aPlaceInAnotherCountryIsBuiltWithAWarning() {
        Organization officeAbroad = minimal().country(DZ).place(BRUSSELS).build();
        assertEquals(Optional.of(BRUSSELS), officeAbroad.place());
        Violation warning = assertWarned(Organization.class, officeAbroad, "place.country organization.place-country")
            .get(0);
        assertEquals(Optional.of(BE), warning.invalidValue());
        assertEquals("the place lies in another country than the organisation", warning.message());
    }

    @Test
    void aMultilateralOrganisationSeatedAbroadHasBothWarnings() {
        assertWarned(Organization.class, europeanUnion().country(DZ).place(BRUSSELS).build(),
            "country organization.multilateral-country", "place.country organization.place-country");
    }

    @Test
    void placeMayBeGivenWithoutACountry() {
        assertEquals(Optional.of(ALGIERS), minimal().place(ALGIERS).build().place());
    }

    @Test
    void identifierIsNotGivenTwice() {
        ModelViolationException ex = assertBroken(() -> minimal().addIdentifier(CNAS_WEBSITE)
            .addIdentifier(Identifier.wikidata("Q2937221")).addIdentifier(CNAS_WEBSITE).build(), "identifiers[2]",
            "organization.duplicate-identifier");
        assertEquals("the same identifier is given twice", only(ex).message());
    }

    @Test
    void severalIdentifiersOfOneSchemeAreAllowed() {
        Organization organization = minimal().addIdentifier(EU_IATI).addIdentifier(ENABEL_IATI).build();
        assertEquals(List.of(EU_IATI, ENABEL_IATI), organization.identifiers());
    }
}

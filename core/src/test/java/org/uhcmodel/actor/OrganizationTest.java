package org.uhcmodel.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.only;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.uhcmodel.validation.ModelViolationException;
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
        assertEquals(List.of(Identifier.of(IdentifierScheme.NATIONAL_REGISTRY, "CI-ABJ-2018-B-12345")), cnas.identifiers());
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
    void iatiTypeIsTheOneOfItsKind() {
        assertEquals(IatiOrganisationType.OTHER_PUBLIC_SECTOR, cnas().iatiType());
        assertEquals(IatiOrganisationType.MULTILATERAL, europeanUnion().build().iatiType());
        Organization enabel = Organization.builder().id(EntityId.of("be-enabel")).name(LocalizedText.of("fr", "Enabel"))
            .kind(OrganizationKind.DEVELOPMENT_AGENCY).country(BE).addIdentifier(ENABEL_IATI).build();
        assertEquals(IatiOrganisationType.GOVERNMENT, enabel.iatiType());
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
    void idIsRequired() {
        assertBroken(() -> minimal().id(null).build(), "id", "required");
    }

    @Test
    void nameIsRequired() {
        assertBroken(() -> Organization.builder().id(CNAS_ID).kind(OrganizationKind.MINISTRY).build(), "name", "required");
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
    void multilateralOrganisationHasNoCountry() {
        ModelViolationException ex = assertBroken(() -> europeanUnion().country(BE).build(),
            "country", "organization.multilateral-country");
        assertEquals(Optional.of(BE), only(ex).invalidValue());
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
        assertBroken(() -> minimal().facility(MUTUALIST_CENTRE).build(), "facility", "organization.facility-profile-kind");
    }

    @Test
    void organisationIsNotItsOwnParent() {
        assertBroken(() -> minimal().parent(CNAS_ID).build(), "parent", "organization.own-parent");
    }

    @Test
    void placeLiesInTheOrganisationsCountry() {
        ModelViolationException ex = assertBroken(() -> minimal().country(DZ).place(BRUSSELS).build(),
            "place.country", "organization.place-country");
        assertEquals(Optional.of(BE), only(ex).invalidValue());
    }

    @Test
    void placeMayBeGivenWithoutACountry() {
        assertEquals(Optional.of(ALGIERS), minimal().place(ALGIERS).build().place());
    }

    @Test
    void identifierIsNotGivenTwice() {
        assertBroken(() -> minimal().addIdentifier(CNAS_WEBSITE).addIdentifier(Identifier.wikidata("Q2937221"))
            .addIdentifier(CNAS_WEBSITE).build(), "identifiers[2]", "organization.duplicate-identifier");
    }

    @Test
    void severalIdentifiersOfOneSchemeAreAllowed() {
        Organization organization = minimal().addIdentifier(EU_IATI).addIdentifier(ENABEL_IATI).build();
        assertEquals(List.of(EU_IATI, ENABEL_IATI), organization.identifiers());
    }

    @Test
    void nullIdentifierIsRefused() {
        assertBroken(() -> minimal().addIdentifier(null).build(), "identifiers[0]", "required");
    }
}

package org.uhcmodel.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;

/**
 * Checks the IATI organisation type an organisation is reported as: stated, or implied by its kind, its country, a
 * facility's ownership and the countries of the activity (IATI Standard 2.03, codelist OrganisationType).
 */
class IatiTypeMappingTest {

    private static final CountryCode CI = CountryCode.of("CI");
    private static final CountryCode MR = CountryCode.of("MR");
    private static final CountryCode FR = CountryCode.of("FR");
    private static final CountryCode BE = CountryCode.of("BE");
    private static final CountryCode US = CountryCode.of("US");
    /** An activity in Côte d'Ivoire funded from France. */
    private static final Set<CountryCode> RECIPIENTS = Set.of(CI);
    private static final Set<CountryCode> PROVIDERS = Set.of(FR);

    private static Organization.Builder organization(OrganizationKind kind) {
        return Organization.builder().id(EntityId.of("org")).name(LocalizedText.of("fr", "Organisation")).kind(kind);
    }

    private static Optional<String> typeIn(Organization organization) {
        return organization.reportedIatiType(RECIPIENTS, PROVIDERS).map(IatiOrganisationType::code);
    }

    @ParameterizedTest
    @CsvSource({
        "government, 10", "ministry, 10", "development-agency, 10", "local-government, 11", "public-agency, 15",
        "social-security-fund, 15", "health-insurance-fund, 15", "programme-management-unit, 15", "multilateral, 40",
        "foundation, 60", "academic, 80"})
    void kindsWhoseTypeDoesNotDependOnTheActivity(String kind, String type) {
        Organization organization = organization(OrganizationKind.fromCode(kind)).country(BE).build();
        assertEquals(Optional.of(type), typeIn(organization));
        assertEquals(Optional.of(type), organization.reportedIatiType().map(IatiOrganisationType::code));
    }

    @ParameterizedTest
    @CsvSource({"ngo", "mutual-health-organisation", "federation-of-mutuals", "network"})
    void anNgoInARecipientCountryIsPartnerCountryBasedAndElsewhereNational(String kind) {
        OrganizationKind k = OrganizationKind.fromCode(kind);
        assertEquals(Optional.of("24"), typeIn(organization(k).country(CI).build()));
        assertEquals(Optional.of("22"), typeIn(organization(k).country(FR).build()));
        assertEquals(Optional.empty(), organization(k).country(CI).build().reportedIatiType(),
            "without an activity, 22 and 24 cannot be told apart");
    }

    @Test
    void aNetworkWithoutACountryIsAnInternationalNgoAndAnNgoWithoutOneIsUnknown() {
        assertEquals(Optional.of("21"), typeIn(organization(OrganizationKind.NETWORK).build()));
        assertEquals(Optional.empty(), typeIn(organization(OrganizationKind.NGO).build()));
    }

    @Test
    void aFacilityFollowsItsOwnership() {
        Organization.Builder facility = organization(OrganizationKind.HEALTH_FACILITY).country(CI);
        assertEquals(Optional.of("15"), typeIn(facility.facility(owned(FacilityOwnership.PUBLIC)).build()));
        assertEquals(Optional.of("24"), typeIn(facility.facility(owned(FacilityOwnership.MUTUALIST)).build()));
        assertEquals(Optional.of("24"), typeIn(facility.facility(owned(FacilityOwnership.PRIVATE_NON_PROFIT)).build()));
        assertEquals(Optional.of("24"), typeIn(facility.facility(owned(FacilityOwnership.FAITH_BASED)).build()));
        assertEquals(Optional.of("72"), typeIn(facility.facility(owned(FacilityOwnership.PRIVATE_FOR_PROFIT)).build()));
        assertEquals(Optional.empty(), typeIn(facility.facility(FacilityProfile.of(FacilityType.CLINIC)).build()),
            "a facility of unknown ownership has no implied type");
    }

    @Test
    void aPrivateCompanyIsPrivateSectorInTheRecipientTheProviderOrAThirdCountry() {
        Organization.Builder company = organization(OrganizationKind.PRIVATE_COMPANY);
        assertEquals(Optional.of("72"), typeIn(company.country(CI).build()));
        assertEquals(Optional.of("71"), typeIn(company.country(FR).build()));
        assertEquals(Optional.of("73"), typeIn(company.country(US).build()));
        assertEquals(Optional.of("70"), company.country(US).build().reportedIatiType().map(IatiOrganisationType::code));
        assertEquals(Optional.of("70"), typeIn(organization(OrganizationKind.PRIVATE_COMPANY).build()));
        assertEquals(Optional.of(IatiOrganisationType.PRIVATE_SECTOR),
            company.country(US).build().reportedIatiType(RECIPIENTS, Set.of()));
    }

    @Test
    void aNewsAgencyHasNoImpliedTypeAndAStateOneStatesItIsPublic() {
        Organization aip = organization(OrganizationKind.MEDIA).country(CI).build();
        assertEquals(Optional.empty(), typeIn(aip));
        Organization stated = Organization.builder().from(aip).iatiType(IatiOrganisationType.OTHER_PUBLIC_SECTOR)
            .build();
        assertEquals(Optional.of("15"), typeIn(stated));
    }

    @Test
    void aStatedTypeOverridesTheImpliedOne() {
        Organization mutual = organization(OrganizationKind.MUTUAL_HEALTH_ORGANISATION).country(MR)
            .iatiType(IatiOrganisationType.REGIONAL_NGO).build();
        assertEquals(Optional.of(IatiOrganisationType.REGIONAL_NGO), mutual.reportedIatiType(Set.of(MR), PROVIDERS));
        assertEquals(Optional.of(IatiOrganisationType.REGIONAL_NGO), mutual.reportedIatiType());
    }

    @Test
    void everyTypeOfTheCodelistIsReachable() {
        Set<IatiOrganisationType> reached = EnumSet.noneOf(IatiOrganisationType.class);
        for (OrganizationKind kind : OrganizationKind.values()) {
            for (CountryCode country : new CountryCode[] {CI, FR, US, null}) {
                for (FacilityOwnership ownership : FacilityOwnership.values()) {
                    Organization.Builder builder = organization(kind);
                    if (country != null) {
                        builder.country(country);
                    }
                    if (kind == OrganizationKind.HEALTH_FACILITY) {
                        builder.facility(owned(ownership));
                    }
                    builder.build().reportedIatiType(RECIPIENTS, PROVIDERS).ifPresent(reached::add);
                    builder.build().reportedIatiType().ifPresent(reached::add);
                }
            }
        }
        assertEquals(EnumSet.complementOf(EnumSet.of(IatiOrganisationType.REGIONAL_NGO,
            IatiOrganisationType.PUBLIC_PRIVATE_PARTNERSHIP, IatiOrganisationType.OTHER)), reached,
            "every type but 23, 30 and 90 follows from a kind; those three are stated");
    }

    @ParameterizedTest
    @EnumSource(IatiOrganisationType.class)
    void everyTypeMayBeStated(IatiOrganisationType type) {
        Organization organization = organization(OrganizationKind.NGO).iatiType(type).build();
        assertEquals(Optional.of(type), organization.reportedIatiType(RECIPIENTS, PROVIDERS));
    }

    @Test
    void nullCountriesAreRefusedAtOnce() {
        Organization ngo = organization(OrganizationKind.NGO).build();
        assertNullRefused(() -> ngo.reportedIatiType(null, PROVIDERS), "recipientCountries");
        assertNullRefused(() -> ngo.reportedIatiType(RECIPIENTS, null), "providerCountries");
    }

    private static FacilityProfile owned(FacilityOwnership ownership) {
        return FacilityProfile.builder().type(FacilityType.HEALTH_CENTRE).ownership(ownership).build();
    }
}

package org.uhcmodel.actor;

import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks the IATI organisation type each kind of organisation maps to.
 */
class IatiTypeMappingTest {

    @ParameterizedTest
    @CsvSource({
        "government, 10", "ministry, 10", "public-agency, 15", "social-security-fund, 15", "health-insurance-fund, 15",
        "mutual-health-organisation, 22", "federation-of-mutuals, 22", "network, 21", "health-facility, 15",
        "development-agency, 10", "multilateral, 40", "academic, 80", "ngo, 22", "private-company, 70", "media, 70",
        "programme-management-unit, 15"})
    void everyKindMapsToItsIatiOrganisationType(String kind, String iatiType) {
        assertSame(IatiOrganisationType.fromCode(iatiType), OrganizationKind.fromCode(kind).iatiType());
    }
}

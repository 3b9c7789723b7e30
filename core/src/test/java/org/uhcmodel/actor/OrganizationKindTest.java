package org.uhcmodel.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.only;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.uhcmodel.validation.ModelViolationException;

class OrganizationKindTest {

    private static final List<String> CODES = List.of("government", "ministry", "public-agency", "social-security-fund", "health-insurance-fund", "mutual-health-organisation", "federation-of-mutuals", "network", "health-facility", "development-agency", "multilateral", "academic", "ngo", "private-company", "media", "programme-management-unit");

    @Test
    void codesAreTheDocumentedOnesInOrder() {
        assertEquals(CODES, Arrays.stream(OrganizationKind.values()).map(OrganizationKind::code).collect(Collectors.toList()));
    }

    @ParameterizedTest
    @EnumSource(OrganizationKind.class)
    void everyTermIsFoundByItsCode(OrganizationKind kind) {
        assertSame(kind, OrganizationKind.fromCode(kind.code()));
    }

    @ParameterizedTest
    @EnumSource(OrganizationKind.class)
    void everyTermHasALabel(OrganizationKind kind) {
        assertTrue(!kind.label().isBlank(), kind::name);
    }

    @Test
    void labelIsEnglish() {
        assertEquals("Mutual health organisation", OrganizationKind.MUTUAL_HEALTH_ORGANISATION.label());
    }

    @Test
    void unknownCodeIsRefusedNamingTheAllowedCodes() {
        ModelViolationException ex = assertBroken(() -> OrganizationKind.fromCode("unknown"), "", "unknown-code");
        assertTrue(only(ex).message().contains(String.join(", ", CODES)), ex::getMessage);
    }

    @Test
    void codeIsMatchedExactly() {
        assertBroken(() -> OrganizationKind.fromCode(" " + CODES.get(0)), "", "unknown-code");
        assertBroken(() -> OrganizationKind.fromCode(CODES.get(0) + " "), "", "unknown-code");
    }

    @Test
    void nullCodeIsRefused() {
        assertBroken(() -> OrganizationKind.fromCode(null), "", "unknown-code");
    }

    @ParameterizedTest
    @CsvSource({
        "government, 10", "ministry, 10", "public-agency, 15", "social-security-fund, 15", "health-insurance-fund, 15",
        "mutual-health-organisation, 22", "federation-of-mutuals, 22", "network, 21", "health-facility, 15",
        "development-agency, 10", "multilateral, 40", "academic, 80", "ngo, 22", "private-company, 70", "media, 70",
        "programme-management-unit, 15"})
    void everyKindMapsToItsIatiOrganisationType(String kind, String iatiType) {
        assertSame(IatiOrganisationType.fromCode(iatiType), OrganizationKind.fromCode(kind).iatiType());
    }

    @Test
    void onlyNetworksAndFederationsOfMutualsAreCollective() {
        assertEquals(EnumSet.of(OrganizationKind.NETWORK, OrganizationKind.FEDERATION_OF_MUTUALS),
            Arrays.stream(OrganizationKind.values()).filter(OrganizationKind::isCollective)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OrganizationKind.class))));
    }
}

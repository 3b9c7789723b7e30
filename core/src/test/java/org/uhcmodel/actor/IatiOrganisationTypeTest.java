package org.uhcmodel.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.only;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.uhcmodel.validation.ModelViolationException;

class IatiOrganisationTypeTest {

    private static final List<String> CODES = List.of("10", "11", "15", "21", "22", "23", "24", "30", "40", "60", "70", "71", "72", "73", "80", "90");

    @Test
    void codesAreTheDocumentedOnesInOrder() {
        assertEquals(CODES, Arrays.stream(IatiOrganisationType.values()).map(IatiOrganisationType::code).collect(Collectors.toList()));
    }

    @ParameterizedTest
    @EnumSource(IatiOrganisationType.class)
    void everyTermIsFoundByItsCode(IatiOrganisationType type) {
        assertSame(type, IatiOrganisationType.fromCode(type.code()));
    }

    @ParameterizedTest
    @EnumSource(IatiOrganisationType.class)
    void everyTermHasALabel(IatiOrganisationType type) {
        assertTrue(!type.label().isBlank(), type::name);
    }

    @Test
    void labelIsEnglish() {
        assertEquals("Academic, Training and Research", IatiOrganisationType.ACADEMIC_TRAINING_AND_RESEARCH.label());
    }

    @Test
    void unknownCodeIsRefusedNamingTheAllowedCodes() {
        ModelViolationException ex = assertBroken(() -> IatiOrganisationType.fromCode("unknown"), "", "unknown-code");
        assertTrue(only(ex).message().contains(String.join(", ", CODES)), ex::getMessage);
    }

    @Test
    void codeIsMatchedExactly() {
        assertBroken(() -> IatiOrganisationType.fromCode(" " + CODES.get(0)), "", "unknown-code");
        assertBroken(() -> IatiOrganisationType.fromCode(CODES.get(0) + " "), "", "unknown-code");
    }

    @Test
    void nullCodeIsRefused() {
        assertBroken(() -> IatiOrganisationType.fromCode(null), "", "unknown-code");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10|Government", "11|Local Government", "15|Other Public Sector", "21|International NGO", "22|National NGO",
        "23|Regional NGO", "24|Partner Country based NGO", "30|Public Private Partnership", "40|Multilateral",
        "60|Foundation", "70|Private Sector", "71|Private Sector in Provider Country",
        "72|Private Sector in Aid Recipient Country", "73|Private Sector in Third Country",
        "80|Academic, Training and Research", "90|Other"})
    void labelIsTheOfficialIatiName(String code, String label) {
        assertEquals(label, IatiOrganisationType.fromCode(code).label());
    }
}

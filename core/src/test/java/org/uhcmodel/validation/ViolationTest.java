package org.uhcmodel.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uhcmodel.value.CountryCode;

class ViolationTest {

    private static final Violation ROLE_MISSING = Violation.of("parties[0].role", "required", "must not be null", null);
    private static final Violation END_BEFORE_START =
        Violation.of("end", "period.end-before-start", "must not lie before the start", "2023");

    @Test
    void accessorsReturnWhatWasGiven() {
        assertEquals("end", END_BEFORE_START.path());
        assertEquals("period.end-before-start", END_BEFORE_START.rule());
        assertEquals("must not lie before the start", END_BEFORE_START.message());
        assertEquals(Optional.of("2023"), END_BEFORE_START.invalidValue());
        assertEquals(Optional.empty(), ROLE_MISSING.invalidValue());
        assertEquals(Severity.ERROR, END_BEFORE_START.severity());
    }

    @Test
    void aViolationOfARuleHasItsCodeSeverityAndMessage() {
        Violation missing = Violation.of("parties[0].role", Rule.REQUIRED, null);
        assertEquals("required", missing.rule());
        assertEquals(Severity.ERROR, missing.severity());
        assertEquals(Rule.REQUIRED.message(), missing.message());
        Rule warning = Rules.find("organization.multilateral-country").orElseThrow();
        Violation seated = Violation.of("country", warning, CountryCode.of("BE"));
        assertEquals("organization.multilateral-country", seated.rule());
        assertEquals(Severity.WARNING, seated.severity());
        assertEquals(warning.message(), seated.message());
        assertEquals(Optional.of(CountryCode.of("BE")), seated.invalidValue());
    }

    @Test
    void theParametersOfARulesMessageAreFilledIn() {
        Violation unknown = Violation.of("", Rule.UNKNOWN_CODE, "x", Map.of("allowed", "increase, decrease"));
        assertEquals("is not a code of this vocabulary; allowed codes: increase, decrease", unknown.message());
        assertEquals(Rule.UNKNOWN_CODE.message(Map.of("allowed", "increase, decrease")), unknown.message());
    }

    @Test
    void aWarningKeepsItsSeverityUnderAPathAndSaysSo() {
        Rule warning = Rules.find("organization.place-country").orElseThrow();
        Violation abroad = Violation.of("place.country", warning, CountryCode.of("BE")).under("organizations[2]");
        assertEquals("organizations[2].place.country", abroad.path());
        assertEquals(Severity.WARNING, abroad.severity());
        assertEquals("organizations[2].place.country [organization.place-country, warning]: " + warning.message()
            + " (value: BE)", abroad.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "role|parties[0]|parties[0].role",
        "[0]|entries|entries[0]",
        "[ar-DZ]|name.entries|name.entries[ar-DZ]",
        "[0].party|signatories|signatories[0].party",
        "''|parties[1]|parties[1]",
        "parent.country|places[2]|places[2].parent.country",
        "role|parties|parties.role"})
    void underJoinsThePrefixAndThePath(String path, String prefix, String joined) {
        Violation violation = Violation.of(path, "rule", "message", 1);
        Violation under = violation.under(prefix);
        assertEquals(joined, under.path());
        assertEquals("rule", under.rule());
        assertEquals("message", under.message());
        assertEquals(Optional.of(1), under.invalidValue());
        assertEquals(path, violation.path());
    }

    @Test
    void underAnEmptyPrefixIsTheSameViolation() {
        assertSame(ROLE_MISSING, ROLE_MISSING.under(""));
        assertEquals("", Violation.of("", "period.empty", "m", null).under("").path());
    }

    @Test
    void nestingTwiceGivesTheFullPath() {
        assertEquals("agreements[3].parties[0].role", ROLE_MISSING.under("agreements[3]").path());
        assertEquals("dataset.agreements[3].parties[0].role", Violation.of("role", "required", "m", null)
            .under("parties[0]").under("agreements[3]").under("dataset").path());
    }

    @Test
    void underRefusesANullPrefix() {
        assertThrows(NullPointerException.class, () -> ROLE_MISSING.under(null));
    }

    @Test
    void violationsAreEqualByEveryField() {
        Violation same = Violation.of("parties[0].role", "required", "must not be null", null);
        assertEquals(same, ROLE_MISSING);
        assertEquals(same.hashCode(), ROLE_MISSING.hashCode());
        assertNotEquals(Violation.of("parties[1].role", "required", "must not be null", null), ROLE_MISSING);
        assertNotEquals(Violation.of("parties[0].role", "not-blank", "must not be null", null), ROLE_MISSING);
        assertNotEquals(Violation.of("parties[0].role", "required", "other", null), ROLE_MISSING);
        assertNotEquals(Violation.of("parties[0].role", "required", "must not be null", "x"), ROLE_MISSING);
        assertNotEquals(ROLE_MISSING, "parties[0].role");
        assertNotEquals(ROLE_MISSING, null);
    }

    @Test
    void toStringShowsPathRuleMessageAndValue() {
        assertEquals("parties[0].role [required]: must not be null", ROLE_MISSING.toString());
        assertEquals("end [period.end-before-start]: must not lie before the start (value: 2023)",
            END_BEFORE_START.toString());
        assertEquals("(object) [period.empty]: must have a start, an end, or both",
            Violation.of("", "period.empty", "must have a start, an end, or both", null).toString());
    }

    @Test
    void aNullPathRuleOrMessageIsANullPointerExceptionNamingIt() {
        assertEquals("path", assertThrows(NullPointerException.class, () -> Violation.of(null, "r", "m", 1))
            .getMessage());
        assertEquals("rule", assertThrows(NullPointerException.class, () -> Violation.of("", (String) null, "m", 1))
            .getMessage());
        assertEquals("message", assertThrows(NullPointerException.class, () -> Violation.of("", "r", null, 1))
            .getMessage());
        assertEquals("path", assertThrows(NullPointerException.class, () -> Violation.of(null, Rule.REQUIRED, 1))
            .getMessage());
        assertEquals("rule", assertThrows(NullPointerException.class, () -> Violation.of("", (Rule) null, 1))
            .getMessage());
        assertEquals("rule", assertThrows(NullPointerException.class,
            () -> Violation.of("", (Rule) null, 1, Map.of())).getMessage());
    }
}

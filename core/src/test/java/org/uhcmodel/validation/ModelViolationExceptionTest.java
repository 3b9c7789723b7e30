package org.uhcmodel.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.uhcmodel.RuleAssertions;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.Party;
import org.uhcmodel.agreement.PartyRole;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Statistic;

class ModelViolationExceptionTest {

    private static final String NL = System.lineSeparator();
    private static final Violation MEASURE_MISSING = Violation.of("measure", "required", "must not be null", null);
    private static final Violation UNIT_BLANK = Violation.of("unit", "not-blank", "must not be blank", " ");

    @Test
    void messageListsEveryViolation() {
        ModelViolationException ex = new ModelViolationException("Statistic", List.of(MEASURE_MISSING, UNIT_BLANK));
        assertEquals("Invalid Statistic: 2 violations" + NL
            + "  measure [required]: must not be null" + NL
            + "  unit [not-blank]: must not be blank (value:  )", ex.getMessage());
        assertEquals("Statistic", ex.typeName());
        assertEquals(List.of(MEASURE_MISSING, UNIT_BLANK), ex.violations());
    }

    @Test
    void messageOfASingleViolationIsSingular() {
        ModelViolationException ex = new ModelViolationException("Statistic", List.of(UNIT_BLANK));
        assertTrue(ex.getMessage().startsWith("Invalid Statistic: 1 violation" + NL), ex.getMessage());
    }

    @Test
    void rulesFollowTheOrderOfTheViolations() {
        ModelViolationException ex = new ModelViolationException("Statistic", List.of(UNIT_BLANK, MEASURE_MISSING));
        assertEquals(List.of("not-blank", "required"), ex.rules());
    }

    @Test
    void anExceptionWithoutViolationsIsRefused() {
        IllegalArgumentException ex = assertThrowsExactly(IllegalArgumentException.class,
            () -> new ModelViolationException("Statistic", List.of()));
        assertTrue(ex.getMessage().contains("at least one violation"), ex.getMessage());
    }

    @Test
    void typeNameIsRequired() {
        assertThrows(NullPointerException.class, () -> new ModelViolationException(null, List.of(UNIT_BLANK)));
    }

    @Test
    void violationsAndRulesCannotBeChanged() {
        ModelViolationException ex = new ModelViolationException("Statistic", List.of(MEASURE_MISSING));
        assertThrows(UnsupportedOperationException.class, () -> ex.violations().add(UNIT_BLANK));
        assertThrows(UnsupportedOperationException.class, () -> ex.rules().add("x"));
    }

    @Test
    void changingTheGivenListLaterDoesNotChangeTheException() {
        List<Violation> given = new ArrayList<>(List.of(MEASURE_MISSING));
        ModelViolationException ex = new ModelViolationException("Statistic", given);
        given.add(UNIT_BLANK);
        assertEquals(List.of(MEASURE_MISSING), ex.violations());
    }

    @Test
    void isAnIllegalArgumentException() {
        assertTrue(IllegalArgumentException.class.isInstance(
            new ModelViolationException("Statistic", List.of(MEASURE_MISSING))));
    }

    @Test
    void aWarningIsNoReasonToRefuseAValue() {
        Rule warning = Rules.find("organization.multilateral-country").orElseThrow();
        Violation seated = Violation.of("country", warning, CountryCode.of("BE"));
        IllegalArgumentException ex = assertThrowsExactly(IllegalArgumentException.class,
            () -> new ModelViolationException("Organization", List.of(seated)));
        assertTrue(ex.getMessage().contains("errors only"), ex.getMessage());
    }

    @Test
    void buildersRefuseANullOptionalAtOnce() {
        RuleAssertions.assertNullRefused(() -> Statistic.builder().asOf((org.uhcmodel.value.ReportedDate) null),
            "asOf");
    }

    @Test
    void aNullGivenToABuilderIsANullPointerExceptionNamingTheProperty() {
        RuleAssertions.assertNullRefused(() -> Agreement.builder().place(null), "place");
        RuleAssertions.assertNullRefused(() -> Organization.builder().acronym(null), "acronym");
        RuleAssertions.assertNullRefused(() -> Agreement.builder().from(null), "value");
    }

    @Test
    void buildersReportEveryMissingRequiredAttributeAtOnceWithTheRulesMessage() {
        ModelViolationException ex = RuleAssertions.assertBrokenAll(() -> Organization.builder().build(),
            "id required", "kind required", "name required");
        assertEquals("Organization", ex.typeName());
        assertEquals("Invalid Organization: 3 violations" + NL
            + "  id [required]: " + Rule.REQUIRED.message() + NL
            + "  kind [required]: " + Rule.REQUIRED.message() + NL
            + "  name [required]: " + Rule.REQUIRED.message(), ex.getMessage());
    }

    @Test
    void aBuilderReportsErrorsInTheOrderOfTheirPaths() {
        ModelViolationException ex = RuleAssertions.assertBrokenAll(() -> Organization.builder()
                .id(EntityId.of("dz-cnas")).parent(EntityId.of("dz-cnas")).acronym(" ").build(),
            "acronym not-blank", "kind required", "name required", "parent organization.own-parent");
        assertEquals(List.of("not-blank", "required", "required", "organization.own-parent"), ex.rules());
    }

    @Test
    void buildersReportEveryMissingRequiredAttributeAtOnce() {
        ModelViolationException ex = RuleAssertions.assertBrokenAll(() -> Statistic.builder().build(),
            "measure required", "unit required", "value required");
        assertTrue(ex.getMessage().startsWith("Invalid Statistic: 3 violations"), ex.getMessage());
    }

    @Test
    void serializationKeepsEveryViolation() throws Exception {
        ModelViolationException ex = new ModelViolationException("Statistic", List.of(MEASURE_MISSING, UNIT_BLANK,
            Violation.of("value", "positive-or-zero", "must be greater than or equal to 0", new BigDecimal("-1"))));
        ModelViolationException back = roundTrip(ex);
        assertEquals("Statistic", back.typeName());
        assertEquals(ex.getMessage(), back.getMessage());
        assertEquals(ex.violations(), back.violations());
        assertEquals(List.of("required", "not-blank", "positive-or-zero"), back.rules());
    }

    @Test
    void aValueThatCannotBeSerializedIsKeptAsItsText() throws Exception {
        PartialDate end = PartialDate.of(2023, 2);
        List<Party> parties = List.of(Party.of(EntityId.of("dz-cnas"), PartyRole.SIGNATORY));
        ModelViolationException ex = new ModelViolationException("Agreement", List.of(
            Violation.of("end", "period.end-before-start", "must not lie before the start", end),
            Violation.of("parties", "agreement.too-few-parties", "must have at least two", parties)));
        ModelViolationException back = roundTrip(ex);
        assertEquals(List.of(Optional.of("2023-02"), Optional.of(parties.toString())),
            back.violations().stream().map(Violation::invalidValue).toList());
        assertEquals(List.of("end", "parties"), back.violations().stream().map(Violation::path).toList());
    }

    @Test
    void aBuilderRefusalSurvivesSerialization() throws Exception {
        ModelViolationException ex = assertThrows(ModelViolationException.class,
            () -> Organization.builder().parent(EntityId.of("dz-cnas")).build());
        ModelViolationException back = roundTrip(ex);
        assertEquals(ex.violations(), back.violations());
        assertEquals(ex.getMessage(), back.getMessage());
    }

    private static ModelViolationException roundTrip(ModelViolationException ex) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(ex);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (ModelViolationException) in.readObject();
        }
    }
}

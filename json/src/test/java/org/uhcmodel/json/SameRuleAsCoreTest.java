package org.uhcmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.AgreementKind;
import org.uhcmodel.agreement.AgreementStatus;
import org.uhcmodel.agreement.Party;
import org.uhcmodel.agreement.PartyRole;
import org.uhcmodel.agreement.Signatory;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.programme.ProgrammeKind;
import org.uhcmodel.scheme.ContributionBasis;
import org.uhcmodel.scheme.ContributionRule;
import org.uhcmodel.scheme.PayerShare;
import org.uhcmodel.scheme.PayerType;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Severity;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Percentage;
import org.uhcmodel.value.Period;

/**
 * An invalid value written by hand as JSON is refused with the same rule code as core gives for the same value built
 * in Java, at the pointer that core's path names.
 */
class SameRuleAsCoreTest {

    private static final String TWO_PARTIES = "\"parties\": [{\"actor\": \"dz-cnas\", \"role\": \"signatory\"}, "
        + "{\"actor\": \"be-chu\", \"role\": \"signatory\"}]";

    private static Agreement.Builder agreement() {
        return Agreement.builder().id(EntityId.of("dz-convention")).kind(AgreementKind.PARTNERSHIP_CONVENTION)
            .title(LocalizedText.of("fr", "Convention")).status(AgreementStatus.SIGNED)
            .addParty(Party.of(EntityId.of("dz-cnas"), PartyRole.SIGNATORY))
            .addParty(Party.of(EntityId.of("be-chu"), PartyRole.SIGNATORY));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
            of("a signatory signing for no party", Agreement.class,
                "{\"id\": \"dz-convention\", \"kind\": \"partnership-convention\", \"title\": {\"fr\": \"Convention\"}, "
                    + TWO_PARTIES + ", \"signatories\": [{\"person\": \"dz-dg\", \"party\": \"fr-ministry\"}], "
                    + "\"status\": \"signed\"}",
                () -> agreement().addSignatory(Signatory.of(EntityId.of("dz-dg"), EntityId.of("fr-ministry"))).build()),
            of("an agreement with one party", Agreement.class,
                "{\"id\": \"dz-convention\", \"kind\": \"partnership-convention\", \"title\": {\"fr\": \"Convention\"}, "
                    + "\"parties\": [{\"actor\": \"dz-cnas\", \"role\": \"signatory\"}], \"status\": \"signed\"}",
                () -> Agreement.builder().id(EntityId.of("dz-convention")).kind(AgreementKind.PARTNERSHIP_CONVENTION)
                    .title(LocalizedText.of("fr", "Convention")).status(AgreementStatus.SIGNED)
                    .addParty(Party.of(EntityId.of("dz-cnas"), PartyRole.SIGNATORY)).build()),
            of("an organisation that is its own parent", Organization.class,
                "{\"id\": \"dz-cnas\", \"name\": {\"fr\": \"CNAS\"}, \"kind\": \"ngo\", \"parent\": \"dz-cnas\"}",
                () -> Organization.builder().id(EntityId.of("dz-cnas")).name(LocalizedText.of("fr", "CNAS"))
                    .kind(OrganizationKind.NGO).parent(EntityId.of("dz-cnas")).build()),
            of("an organisation without a kind", Organization.class,
                "{\"id\": \"dz-cnas\", \"name\": {\"fr\": \"CNAS\"}}",
                () -> Organization.builder().id(EntityId.of("dz-cnas")).name(LocalizedText.of("fr", "CNAS")).build()),
            of("a blank name in one language", Organization.class,
                "{\"id\": \"dz-cnas\", \"name\": {\"fr\": \" \"}, \"kind\": \"ngo\"}",
                () -> LocalizedText.of("fr", " ")),
            of("a programme related to itself", Programme.class,
                "{\"id\": \"dz-pass\", \"name\": {\"fr\": \"PASS\"}, \"kind\": \"support-programme\", "
                    + "\"related\": [\"dz-other\", \"dz-pass\"]}",
                () -> Programme.builder().id(EntityId.of("dz-pass")).name(LocalizedText.of("fr", "PASS"))
                    .kind(ProgrammeKind.SUPPORT_PROGRAMME).addRelated(EntityId.of("dz-other"))
                    .addRelated(EntityId.of("dz-pass")).build()),
            of("payer shares that do not add up to 100", ContributionRule.class,
                "{\"basis\": \"state-subsidy\", \"shares\": [{\"payer\": \"state\", \"share\": \"60\"}]}",
                () -> ContributionRule.builder().basis(ContributionBasis.STATE_SUBSIDY)
                    .addShare(PayerShare.of(PayerType.STATE, Percentage.of(60))).build()),
            of("a period that ends before it starts", Period.class,
                "{\"start\": \"2024\", \"end\": \"2023\"}",
                () -> Period.of(PartialDate.of(2024), PartialDate.of(2023))),
            of("money with too many decimals for its currency", Money.class,
                "{\"amount\": \"10.001\", \"currency\": \"EUR\"}",
                () -> Money.of("10.001", "EUR")),
            of("an unknown agreement kind", AgreementKind.class,
                "\"treaty\"",
                () -> AgreementKind.fromCode("treaty")));
    }

    static Stream<Arguments> warnings() {
        return Stream.of(
            warning("an agreement in force before it was signed", Agreement.class,
                "{\"id\": \"dz-convention\", \"kind\": \"partnership-convention\", \"title\": {\"fr\": \"Convention\"}, "
                    + TWO_PARTIES + ", \"status\": \"signed\", \"signed\": {\"date\": \"2024-05\", \"basis\": "
                    + "\"stated\"}, \"inForce\": \"2023\"}",
                (Supplier<Object>) () -> agreement().signed(org.uhcmodel.value.ReportedDate.stated(PartialDate.of(2024, 5)))
                    .inForce(PartialDate.of(2023)).build()),
            warning("a closed programme whose period has no end", Programme.class,
                "{\"id\": \"dz-pass\", \"name\": {\"fr\": \"PASS\"}, \"kind\": \"support-programme\", "
                    + "\"period\": {\"start\": \"2019\"}, \"status\": \"4\"}",
                (Supplier<Object>) () -> Programme.builder().id(EntityId.of("dz-pass")).name(LocalizedText.of("fr", "PASS"))
                    .kind(ProgrammeKind.SUPPORT_PROGRAMME).period(Period.starting(PartialDate.of(2019)))
                    .status(org.uhcmodel.programme.ActivityStatus.CLOSED).build()));
    }

    private static Arguments warning(String name, Class<?> type, String json, Supplier<Object> core) {
        return Arguments.of(Named.of(name, json), type, core);
    }

    private static Arguments of(String name, Class<?> type, String json, Executable core) {
        return Arguments.of(Named.of(name, json), type, core);
    }

    /** Turns a core path such as {@code signatories[0].party} into the pointer {@code /signatories/0/party}. */
    private static String pointer(String path) {
        return Pointers.modelPath(path).stream().map(s -> "/" + s).collect(Collectors.joining());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theJsonReaderGivesCoresRuleAtCoresPath(String json, Class<?> type, Executable core) {
        ModelViolationException expected = assertThrows(ModelViolationException.class, core);
        JsonReadException actual = assertThrows(JsonReadException.class, () -> UhcJson.reader().read(json, type));
        assertEquals(expected.rules(), actual.rules(), actual::getMessage);
        List<String> corePointers = expected.violations().stream().map(Violation::path)
            .map(SameRuleAsCoreTest::pointer).collect(Collectors.toList());
        List<String> jsonPointers = actual.problems().stream().map(JsonProblem::pointer).collect(Collectors.toList());
        if (type == Organization.class && json.contains("\" \"")) {
            // LocalizedText's path names its map ("entries[fr]"); on the wire the map is the object itself.
            assertEquals(List.of("/name/fr"), jsonPointers);
        } else {
            assertEquals(corePointers, jsonPointers, actual::getMessage);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("warnings")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void theJsonReaderGivesCoresWarningsAtCoresPathsBesideTheValue(String json, Class<?> type, Supplier<Object> core) {
        Object built = core.get();
        List<Violation> expected = ((ModelType) ModelTypes.of(type)).warnings(built);
        JsonRead<?> read = UhcJson.reader().readWithWarnings(json, type);
        assertEquals(built, read.value());
        assertEquals(expected.stream().map(Violation::rule).collect(Collectors.toList()),
            read.warnings().stream().map(JsonProblem::rule).collect(Collectors.toList()));
        assertEquals(expected.stream().map(Violation::path).map(SameRuleAsCoreTest::pointer)
            .collect(Collectors.toList()), read.warnings().stream().map(JsonProblem::pointer)
            .collect(Collectors.toList()));
        assertTrue(read.warnings().stream().allMatch(w -> w.severity() == Severity.WARNING && w.line() == 1
            && w.column() > 1), read::toString);
        assertEquals(read.value(), UhcJson.reader().read(json, type));
    }
}

package org.uhcmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.scheme.CoverageSnapshot;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.value.Identifier;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.Objective;
import org.uhcmodel.value.Percentage;
import org.uhcmodel.value.Period;
import org.uhcmodel.value.ReportedDate;

/**
 * A value refused inside a document is reported once: neither the object holding it, nor a rule that reads it, nor
 * the dataset's rules across records report its absence again, and no rule is reported both as a {@code json.*}
 * code and as the model's code.
 */
class OneFaultOneProblemTest {

    private static final String AGREEMENT_HEAD = "{\"id\": \"dz-convention\", \"kind\": \"partnership-convention\", "
        + "\"title\": {\"fr\": \"Convention\"}, ";

    static Stream<Arguments> cases() {
        return Stream.of(
            of("a refused party that a signatory signs for", Agreement.class,
                AGREEMENT_HEAD + "\"parties\": [{\"actor\": \"dz-cnas\", \"role\": \"signatory\"}, "
                    + "{\"actor\": \"be-chu\", \"role\": \"sponsor\"}], "
                    + "\"signatories\": [{\"person\": \"be-director\", \"party\": \"be-chu\"}], \"status\": \"signed\"}",
                "/parties/1/role", "unknown-code"),
            of("a refused party that a commitment is undertaken by", Agreement.class,
                AGREEMENT_HEAD + "\"parties\": [{\"actor\": \"dz-cnas\", \"role\": \"signatory\"}, "
                    + "{\"actor\": \"be-chu\", \"role\": null}], \"status\": \"signed\", "
                    + "\"commitments\": [{\"kind\": \"training\", \"party\": \"be-chu\"}]}",
                "/parties/1/role", "json.null"),
            of("a period whose only date is refused", Period.class,
                "{\"start\": \"2024-13\"}", "/start", "partial-date.month-range"),
            of("a period whose start is not a day and whose end lies before it", Period.class,
                "{\"start\": \"2024-02-30\", \"end\": \"2023\"}", "/start", "partial-date.invalid-day"),
            of("a snapshot whose only count is refused", CoverageSnapshot.class,
                "{\"date\": {\"date\": \"2024\", \"basis\": \"stated\"}, \"enrolled\": 1.5}",
                "/enrolled", "json.not-integer"),
            of("a target whose baseline year is refused", IndicatorTarget.class,
                "{\"id\": \"dz-uhc-2030\", \"indicator\": \"3.8.1\", \"area\": \"DZ\", \"kind\": \"level\", "
                    + "\"baseline\": {\"year\": \"2021\", \"value\": \"74.1\"}, \"targetValue\": \"80\", "
                    + "\"targetYear\": 2030}",
                "/baseline/year", "json.wrong-type"),
            of("a target whose baseline value is refused", IndicatorTarget.class,
                "{\"id\": \"dz-uhc-2030\", \"indicator\": \"3.8.1\", \"area\": \"DZ\", \"kind\": \"level\", "
                    + "\"baseline\": {\"year\": 2021, \"value\": 74.1}, \"targetValue\": \"80\", "
                    + "\"targetYear\": 2030}",
                "/baseline/value", "json.wrong-type"),
            of("an observation whose area is refused", IndicatorObservation.class,
                "{\"indicator\": \"3.8.1\", \"area\": \"M49:012\", \"period\": \"2021\", \"value\": \"74\", "
                    + "\"source\": \"WHO\"}",
                "/area", "area.not-canonical"),
            of("an objective whose metric is refused", Objective.class,
                "{\"description\": {\"fr\": \"Réduire les transferts\"}, \"metric\": {\"fr\": \" \"}, "
                    + "\"baseline\": \"120\", \"target\": \"60\"}",
                "/metric/fr", "not-blank"),
            of("a required property written as null", Organization.class,
                "{\"id\": \"dz-cnas\", \"name\": null, \"kind\": \"social-security-fund\"}", "/name", "json.null"),
            of("a name whose only text is null", Organization.class,
                "{\"id\": \"dz-cnas\", \"name\": {\"fr\": null}, \"kind\": \"social-security-fund\"}",
                "/name/fr", "json.null"),
            of("an amount with an exponent", Money.class,
                "{\"amount\": \"1e5\", \"currency\": \"EUR\"}", "/amount", "json.decimal"),
            of("a percentage too long to be a decimal of the wire format", Percentage.class,
                "\"" + "1".repeat(Text.MAX_DECIMAL_LENGTH + 1) + "\"", "", "json.decimal"),
            of("an identifier in an unknown scheme", Identifier.class,
                "{\"scheme\": \"orcid\", \"value\": \"Q42\"}", "/scheme", "unknown-code"),
            of("a reported date in another notation", ReportedDate.class,
                "{\"date\": \"24/07/2024\", \"basis\": \"stated\"}", "/date", "partial-date.format"),
            of("a closed programme whose actual end is refused", Programme.class,
                "{\"id\": \"dz-pass\", \"name\": {\"fr\": \"PASS\"}, \"kind\": \"support-programme\", "
                    + "\"status\": \"4\", \"dates\": [{\"type\": \"2\", \"date\": \"2019\"}, "
                    + "{\"type\": \"4\", \"date\": \"2023-00\"}]}",
                "/dates/1/date", "partial-date.month-range"),
            of("a refused organisation that other records refer to", Dataset.class,
                "{\"schemaVersion\": \"1.0\", \"organizations\": ["
                    + "{\"id\": \"dz-cnas\", \"name\": {\"fr\": \"CNAS\"}, \"kind\": \"fund\"}, "
                    + "{\"id\": \"dz-agency\", \"name\": {\"fr\": \"Agence\"}, \"kind\": \"public-agency\", "
                    + "\"parent\": \"dz-cnas\"}]}",
                "/organizations/0/kind", "unknown-code"));
    }

    private static Arguments of(String name, Class<?> type, String json, String pointer, String rule) {
        return Arguments.of(Named.of(name, json), type, pointer + " " + rule);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void oneFaultIsReportedOnce(String json, Class<?> type, String expected) {
        JsonReadException ex = assertThrows(JsonReadException.class, () -> UhcJson.reader().read(json, type));
        assertEquals(List.of(expected), ex.problems().stream().map(p -> p.pointer() + " " + p.rule())
            .collect(Collectors.toList()), ex::getMessage);
    }
}

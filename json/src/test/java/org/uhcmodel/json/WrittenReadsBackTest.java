package org.uhcmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.scheme.Benefit;
import org.uhcmodel.scheme.ServiceCategory;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.Objective;
import org.uhcmodel.value.Percentage;
import org.uhcmodel.value.Place;
import org.uhcmodel.value.Statistic;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The writers write only what the reader reads back: a value the model accepts but the wire format cannot carry is
 * refused with a {@link JsonWriteException} naming its pointer and rule, before anything is written; a value just
 * within each limit is written and reads back, and so does every decimal the model accepts, whose bound keeps it
 * within the reader's.
 */
class WrittenReadsBackTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

    private static Statistic statistic(BigDecimal value) {
        return statistic(value, "unit");
    }

    private static Statistic statistic(BigDecimal value, String unit) {
        return Statistic.builder().measure(LocalizedText.of("fr", "établissements")).value(value).unit(unit).build();
    }

    /** A value that no UTF-8 can carry: a statistic whose unit holds an unpaired surrogate. */
    private static Statistic unwritable() {
        return statistic(BigDecimal.ONE, "unit \uD800");
    }

    /** The longest plain notation a decimal of the model has: a minus sign, 30 nines, a point and 18 nines. */
    private static final BigDecimal LONGEST = new BigDecimal("-" + "9".repeat(org.uhcmodel.internal.Decimals.MAX_INTEGER_DIGITS) + "."
        + "9".repeat(org.uhcmodel.internal.Decimals.MAX_FRACTION_DIGITS));

    private static Objective.Builder objective() {
        return Objective.builder().description(LocalizedText.of("fr", "Réduire"))
            .metric(LocalizedText.of("fr", "transferts"));
    }

    private static List<String> problems(JsonWriteException ex) {
        return ex.problems().stream().map(p -> p.pointer() + " " + p.rule()).collect(Collectors.toList());
    }

    private static JsonWriteException refused(Object value) {
        return assertThrows(JsonWriteException.class, () -> UhcJson.writer().write(value));
    }

    private static void readsBack(Object value) {
        String json = UhcJson.writer().write(value);
        assertEquals(value, UhcJson.reader().read(json, RoundTripTest.typeOf(value)));
    }

    @Test
    void theLongestDecimalsTheModelAcceptsAreWrittenAndReadBackEqual() {
        readsBack(objective().baseline(LONGEST).target(LONGEST.negate()).build());
        readsBack(statistic(new BigDecimal("9".repeat(org.uhcmodel.internal.Decimals.MAX_INTEGER_DIGITS))));
        readsBack(statistic(new BigDecimal("1E-18")));
        readsBack(statistic(new BigDecimal("0E-18")));
        readsBack(statistic(new BigDecimal("9".repeat(org.uhcmodel.internal.Decimals.MAX_INTEGER_DIGITS) + ".000000000000000000")));
        readsBack(Percentage.of(new BigDecimal("0.000000000000000001")));
        readsBack(Percentage.of(new BigDecimal("99.999999999999999999")));
        readsBack(Money.of(new BigDecimal("9".repeat(org.uhcmodel.internal.Decimals.MAX_INTEGER_DIGITS) + ".99"),
            org.uhcmodel.value.CurrencyCode.of("EUR")));
        readsBack(Money.of("9".repeat(org.uhcmodel.internal.Decimals.MAX_INTEGER_DIGITS), "JPY"));
        // 1E+29 has a negative scale: it is written in plain notation, 30 digits, and reads back with scale 0.
        BigDecimal power = new BigDecimal("1E+29");
        String json = UhcJson.writer().write(statistic(power));
        assertTrue(json.contains("\"value\":\"1" + "0".repeat(29) + "\""), json);
        BigDecimal back = UhcJson.reader().read(json, Statistic.class).value();
        assertEquals(0, power.compareTo(back));
        assertEquals(0, back.scale());
    }

    @Test
    void theModelsBoundOnDecimalsKeepsTheirPlainNotationWithinTheReadersLimit() {
        // The model refuses a digit more before the point or after it: the bound stated here is the model's.
        for (BigDecimal beyond : List.of(LONGEST.movePointRight(1), LONGEST.movePointLeft(1),
                new BigDecimal("1E+30"), new BigDecimal("1E-19"), new BigDecimal("0E-19"),
                new BigDecimal(BigInteger.ONE, 1_000_000_000), new BigDecimal(BigInteger.ONE, -1_000_000_000))) {
            ModelViolationException ex = assertThrows(ModelViolationException.class, () -> statistic(beyond.abs()));
            assertEquals(List.of("decimal.digits"), ex.rules(), beyond::toString);
            assertEquals(List.of("decimal.digits"),
                assertThrows(ModelViolationException.class, () -> objective().baseline(beyond).build()).rules());
        }
        // The longest plain notation within it, written from a value built through the public API, is 50
        // characters long, within the 64 the reader reads.
        String json = UhcJson.writer().write(objective().baseline(LONGEST).build());
        String written = MAPPER.readTree(json).get("baseline").asString();
        assertEquals(LONGEST.toPlainString(), written);
        assertEquals(50, written.length());
        assertTrue(written.length() <= Text.MAX_DECIMAL_LENGTH);
    }

    @Test
    void nothingIsWrittenToAStreamWhenAValueIsRefused() {
        // Many results first, so that a writer writing as it goes would have flushed some of them already.
        Programme.Builder builder = Programme.builder().from(Fixtures.PROGRAMME);
        for (int i = 0; i < 2000; i++) {
            builder.addResult(statistic(BigDecimal.valueOf(i)));
        }
        Programme programme = builder.addResult(unwritable()).build();
        StringWriter chars = new StringWriter();
        JsonWriteException ex = assertThrows(JsonWriteException.class, () -> UhcJson.writer().write(programme, chars));
        assertEquals(List.of("/results/" + (programme.results().size() - 1) + "/unit json.encoding"), problems(ex));
        assertEquals("", chars.toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThrows(JsonWriteException.class, () -> UhcJson.writer().pretty().write(programme, bytes));
        assertEquals(0, bytes.size());
    }

    @Test
    void aWaitingPeriodOfTheLongestFormIsWrittenAndALongerOneIsRefused() {
        Benefit.Builder benefit = Benefit.builder().category(ServiceCategory.MATERNITY);
        readsBack(benefit.waitingPeriod(java.time.Period.of(999_999_999, 999_999_999, 999_999_999)).build());
        readsBack(benefit.waitingPeriod(java.time.Period.ZERO).build());
        assertEquals(List.of("/waitingPeriod json.period"),
            problems(refused(benefit.waitingPeriod(java.time.Period.ofYears(1_000_000_000)).build())));
    }

    @Test
    void aStringAtTheReadersLimitIsWrittenAndOneCharacterMoreIsRefused() {
        Organization atLimit = Organization.builder().from(Fixtures.MINISTRY_ORG)
            .acronym("A".repeat(UhcJson.MAX_STRING_LENGTH)).build();
        readsBack(atLimit);
        Organization beyond = Organization.builder().from(Fixtures.MINISTRY_ORG)
            .acronym("A".repeat(UhcJson.MAX_STRING_LENGTH + 1)).build();
        assertEquals(List.of("/acronym json.limit"), problems(refused(beyond)));
    }

    @Test
    void aLanguageTagAtTheReadersLimitIsWrittenAndALongerOneIsRefused() {
        String atLimit = "en-x" + "-abcdefgh".repeat(28);
        assertEquals(UhcJson.MAX_NAME_LENGTH, atLimit.length());
        readsBack(LocalizedText.of(atLimit, "text"));
        String beyond = "en-x" + "-abcdefgh".repeat(29);
        assertEquals(List.of("/name/" + beyond + " json.limit"), problems(refused(Organization.builder()
            .from(Fixtures.MINISTRY_ORG).name(LocalizedText.of(beyond, "Ministère")).build())));
    }

    private static Place nested(int parents) {
        Place place = Place.builder().name(LocalizedText.of("fr", "Alger")).country(CountryCode.of("DZ")).build();
        for (int i = 0; i < parents; i++) {
            place = Place.builder().name(LocalizedText.of("fr", "niveau " + i)).country(CountryCode.of("DZ"))
                .parent(place).build();
        }
        return place;
    }

    @Test
    void placesNestedToTheReadersLimitAreWrittenAndOneLevelMoreIsRefused() {
        // A place, its name and 62 parents, the last parent's name at depth 64.
        readsBack(nested(62));
        assertEquals(List.of("/parent".repeat(63) + "/name json.limit"), problems(refused(nested(63))));
        // The same place one level deeper in an organisation.
        Organization org = Organization.builder().from(Fixtures.MINISTRY_ORG).place(nested(62)).build();
        assertEquals(List.of("/place" + "/parent".repeat(62) + "/name json.limit"), problems(refused(org)));
    }

    @Test
    void textWithAnUnpairedSurrogateIsRefusedAndAPairIsWritten() {
        readsBack(Organization.builder().from(Fixtures.MINISTRY_ORG).acronym("MS \uD83C\uDFE5").build());
        Organization lone = Organization.builder().from(Fixtures.MINISTRY_ORG).acronym("MS \uD83C")
            .name(LocalizedText.of("fr", "Minist\uDC00re")).build();
        assertEquals(List.of("/name/fr json.encoding", "/acronym json.encoding"), problems(refused(lone)));
    }

    @Test
    void theNdjsonWriterRefusesALineWithoutWritingAnyOfItAndGoesOn() {
        StringWriter out = new StringWriter();
        try (NdjsonWriter<Statistic> w = NdjsonWriter.of(Statistic.class, out)) {
            w.write(statistic(BigDecimal.ONE));
            assertThrows(JsonWriteException.class, () -> w.write(unwritable()));
            w.write(statistic(BigDecimal.TEN));
            assertEquals(2, w.lines());
        }
        assertEquals(UhcJson.writer().write(statistic(BigDecimal.ONE)) + "\n"
            + UhcJson.writer().write(statistic(BigDecimal.TEN)) + "\n", out.toString());
    }

    @Test
    void theModuleRefusesWhatNoReaderReadsBack() {
        JsonWriteException ex = assertThrows(JsonWriteException.class, () -> MAPPER.writeValueAsString(unwritable()));
        assertEquals(List.of("/unit json.encoding"), problems(ex));
        DatabindException nested = assertThrows(DatabindException.class,
            () -> MAPPER.writeValueAsString(Map.of("results", unwritable())));
        assertEquals(List.of("/unit json.encoding"), problems((JsonWriteException) nested.getCause()));
    }

    @Test
    void theModuleLeavesSizeLimitsToTheMapperThatReads() {
        Organization longAcronym = Organization.builder().from(Fixtures.MINISTRY_ORG)
            .acronym("A".repeat(UhcJson.MAX_STRING_LENGTH + 1)).build();
        String json = MAPPER.writeValueAsString(Map.of("ministry", longAcronym));
        assertEquals(Map.of("ministry", longAcronym), MAPPER.readValue(json, new TypeReference<Map<String, Organization>>() { }));
    }
}

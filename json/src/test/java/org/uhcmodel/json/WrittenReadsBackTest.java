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
 * within each limit is written and reads back.
 */
class WrittenReadsBackTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

    private static Statistic statistic(BigDecimal value) {
        return Statistic.builder().measure(LocalizedText.of("fr", "établissements")).value(value).unit("unit").build();
    }

    /** A decimal whose plain notation has exactly this many characters. */
    private static BigDecimal digits(int length) {
        return new BigDecimal("1".repeat(length));
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
    void aDecimalOfTheLongestPlainNotationIsWrittenAndOneCharacterMoreIsRefused() {
        readsBack(statistic(digits(Scalars.MAX_DECIMAL_LENGTH)));
        readsBack(statistic(new BigDecimal("0." + "1".repeat(Scalars.MAX_DECIMAL_LENGTH - 2))));
        JsonWriteException ex = refused(statistic(digits(Scalars.MAX_DECIMAL_LENGTH + 1)));
        assertEquals(List.of("/value json.decimal"), problems(ex));
        assertEquals(0, ex.problems().get(0).line());
        assertTrue(ex.getMessage().contains("65 characters"), ex.getMessage());
    }

    @Test
    void aDecimalWithANegativeScaleIsMeasuredInPlainNotation() {
        // 1E+63 is "1" and 63 zeros: 64 characters, read back equal in value.
        String json = UhcJson.writer().write(statistic(new BigDecimal("1E+63")));
        assertEquals(0, new BigDecimal("1E+63").compareTo(UhcJson.reader().read(json, Statistic.class).value()));
        assertEquals(List.of("/value json.decimal"), problems(refused(statistic(new BigDecimal("1E+64")))));
    }

    @Test
    void aDecimalOfAHugeScaleIsRefusedWithoutBeingWrittenOut() {
        BigDecimal tiny = new BigDecimal(BigInteger.ONE, 1_000_000_000);
        JsonWriteException ex = refused(statistic(tiny));
        assertEquals(List.of("/value json.decimal"), problems(ex));
        assertTrue(ex.getMessage().contains("1000000002 characters"), ex.getMessage());
    }

    @Test
    void everyLongDecimalOfAValueIsNamed() {
        Objective objective = Objective.builder().description(LocalizedText.of("fr", "Réduire"))
            .metric(LocalizedText.of("fr", "transferts")).baseline(digits(70)).target(digits(66)).build();
        assertEquals(List.of("/baseline json.decimal", "/target json.decimal"), problems(refused(objective)));
    }

    @Test
    void percentagesAndAmountsAreDecimalsToo() {
        Percentage thin = Percentage.of(new BigDecimal("0." + "0".repeat(70) + "1"));
        assertEquals(List.of(" json.decimal"), problems(refused(thin)));
        Benefit benefit = Benefit.builder().category(ServiceCategory.INPATIENT).coinsurance(thin).build();
        assertEquals(List.of("/coinsurance json.decimal"), problems(refused(benefit)));
        Programme programme = Programme.builder().from(Fixtures.PROGRAMME)
            .budget(Money.of(new BigDecimal("1E+70"), java.util.Currency.getInstance("EUR"))).build();
        assertEquals(List.of("/budget/amount json.decimal"), problems(refused(programme)));
    }

    @Test
    void nothingIsWrittenToAStreamWhenAValueIsRefused() {
        // Many results first, so that a writer writing as it goes would have flushed some of them already.
        Programme.Builder builder = Programme.builder().from(Fixtures.PROGRAMME);
        for (int i = 0; i < 2000; i++) {
            builder.addResult(statistic(BigDecimal.valueOf(i)));
        }
        Programme programme = builder.addResult(statistic(digits(100))).build();
        StringWriter chars = new StringWriter();
        JsonWriteException ex = assertThrows(JsonWriteException.class, () -> UhcJson.writer().write(programme, chars));
        assertEquals(List.of("/results/" + (programme.results().size() - 1) + "/value json.decimal"), problems(ex));
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
            assertThrows(JsonWriteException.class, () -> w.write(statistic(digits(65))));
            w.write(statistic(BigDecimal.TEN));
            assertEquals(2, w.lines());
        }
        assertEquals(UhcJson.writer().write(statistic(BigDecimal.ONE)) + "\n"
            + UhcJson.writer().write(statistic(BigDecimal.TEN)) + "\n", out.toString());
    }

    @Test
    void theModuleRefusesWhatNoReaderReadsBack() {
        JsonWriteException ex = assertThrows(JsonWriteException.class,
            () -> MAPPER.writeValueAsString(statistic(digits(65))));
        assertEquals(List.of("/value json.decimal"), problems(ex));
        DatabindException nested = assertThrows(DatabindException.class,
            () -> MAPPER.writeValueAsString(Map.of("results", statistic(digits(65)))));
        assertEquals(List.of("/value json.decimal"), problems((JsonWriteException) nested.getCause()));
    }

    @Test
    void theModuleLeavesSizeLimitsToTheMapperThatReads() {
        Organization longAcronym = Organization.builder().from(Fixtures.MINISTRY_ORG)
            .acronym("A".repeat(UhcJson.MAX_STRING_LENGTH + 1)).build();
        String json = MAPPER.writeValueAsString(Map.of("ministry", longAcronym));
        assertEquals(Map.of("ministry", longAcronym), MAPPER.readValue(json, new TypeReference<Map<String, Organization>>() { }));
    }
}

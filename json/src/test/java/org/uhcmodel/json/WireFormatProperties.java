package org.uhcmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.uhcmodel.internal.Decimals;
import org.uhcmodel.meta.Vocabularies;
import org.uhcmodel.value.CurrencyCode;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.Objective;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Period;
import org.uhcmodel.value.ReportedDate;
import org.uhcmodel.value.Statistic;
import tools.jackson.databind.json.JsonMapper;

/**
 * Laws of the wire format over generated values, each within the model's rules: {@code read(write(x))} equals
 * {@code x}, and writing what was read gives the same bytes.
 */
class WireFormatProperties {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private static void roundTrips(Object value, Class<?> type) {
        String json = UhcJson.writer().write(value);
        Object back = UhcJson.reader().read(json, type);
        assertEquals(value, back, json);
        assertEquals(json, UhcJson.writer().write(back));
        assertEquals(value, UhcJson.reader().read(UhcJson.writer().pretty().write(value), type));
    }

    @Provide
    Arbitrary<Enum<?>> codes() {
        List<Enum<?>> all = Vocabularies.all().stream()
            .flatMap(v -> v.terms().stream()).collect(Collectors.toList());
        return Arbitraries.of(all);
    }

    @Property
    void everyCodeOfEveryVocabularyReadsBack(@ForAll("codes") Enum<?> constant) {
        roundTrips(constant, constant.getDeclaringClass());
    }

    @Provide
    Arbitrary<String> texts() {
        // Any script, control characters, quotes and backslashes, emoji outside the BMP, invisible characters; never
        // blank as the model judges it (Invisible). Characters, not UTF-16 units: an unpaired surrogate is not text
        // (the writer refuses it, see WrittenReadsBackTest).
        Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.integers().between(0, 0xD7FF)),
            Tuple.of(1, Arbitraries.integers().between(0xE000, 0xFFFF)),
            Tuple.of(2, Arbitraries.integers().between(0x10000, Character.MAX_CODE_POINT)),
            Tuple.of(2, Arbitraries.of((int) '"', (int) '\\', (int) '/', 0, (int) '\n', 0x7F, 0x2028, 0xFEFF, 0x00A0,
                0x200B, 0x200C, 0x00AD, 0xE0001, 0xE0041)));
        return codePoints.list().ofMinSize(1).ofMaxSize(40)
            .map(cps -> cps.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString())
            .filter(Invisible::notBlank);
    }

    @Provide
    Arbitrary<LocalizedText> localizedTexts() {
        Arbitrary<String> tags = Arbitraries.of("fr", "ar", "en", "ar-DZ", "kk", "ru", "zh-Hans");
        return Arbitraries.maps(tags, texts()).ofMinSize(1).ofMaxSize(4)
            .map(m -> LocalizedText.builder().putAllEntries(m).build());
    }

    @Property
    void localizedTextInAnyScriptReadsBack(@ForAll("localizedTexts") LocalizedText text) {
        roundTrips(text, LocalizedText.class);
    }

    @Provide
    Arbitrary<PartialDate> partialDates() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1, 9999);
        return Arbitraries.oneOf(
            years.map(PartialDate::of),
            Combinators.combine(years, Arbitraries.integers().between(1, 12)).as(PartialDate::of),
            Arbitraries.integers().between(-700_000, 2_900_000).map(d -> PartialDate.of(java.time.LocalDate.ofEpochDay(d))));
    }

    @Property
    void partialDatesAndPeriodsReadBack(@ForAll("partialDates") PartialDate a, @ForAll("partialDates") PartialDate b) {
        roundTrips(a, PartialDate.class);
        roundTrips(ReportedDate.approximate(a), ReportedDate.class);
        PartialDate start = a.isDefinitelyBefore(b) ? a : b;
        PartialDate end = a.isDefinitelyBefore(b) ? b : a;
        if (!end.isDefinitelyBefore(start)) {
            roundTrips(Period.of(start, end), Period.class);
        }
    }

    /** Decimals of scale 6 from 0 to the largest the model accepts at that scale: 30 nines, a point and 6 nines. */
    @Provide
    Arbitrary<BigDecimal> decimals() {
        BigDecimal largest = BigDecimal.TEN.pow(Decimals.MAX_INTEGER_DIGITS).subtract(BigDecimal.ONE.movePointLeft(6));
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, largest).ofScale(6);
    }

    @Property
    void decimalsReadBackExactlyWithTheirScale(@ForAll("decimals") BigDecimal value, @ForAll("texts") String unit,
                                               @ForAll("localizedTexts") LocalizedText measure) {
        roundTrips(Statistic.builder().measure(measure).value(value).unit(unit).build(), Statistic.class);
    }

    /**
     * Every decimal the model accepts, of either sign: of any scale from -29 ({@code 1E+29}) to 18, with at most 30
     * digits before the point.
     */
    @Provide
    Arbitrary<BigDecimal> decimalsOfAnyScale() {
        return Arbitraries.integers().between(1 - Decimals.MAX_INTEGER_DIGITS, Decimals.MAX_FRACTION_DIGITS)
            .flatMap(scale -> {
                BigInteger bound = BigInteger.TEN.pow(Decimals.MAX_INTEGER_DIGITS + scale);
                return Arbitraries.bigIntegers().between(BigInteger.ONE.subtract(bound), bound.subtract(BigInteger.ONE))
                    .map(unscaled -> new BigDecimal(unscaled, scale));
            });
    }

    @Property(tries = 1000)
    void everyDecimalOfTheModelIsWrittenWithinTheReadersLimitAndReadsBackEqualInValue(
        @ForAll("decimalsOfAnyScale") BigDecimal value) {
        Objective objective = Objective.builder().description(LocalizedText.of("fr", "objectif"))
            .metric(LocalizedText.of("fr", "mesure")).baseline(value).build();
        String json = UhcJson.writer().write(objective);
        String written = PLAIN.readTree(json).get("baseline").asString();
        assertEquals(value.toPlainString(), written);
        assertTrue(written.length() <= Decimals.MAX_INTEGER_DIGITS + Decimals.MAX_FRACTION_DIGITS + 2, written);
        BigDecimal back = UhcJson.reader().read(json, Objective.class).baseline().orElseThrow();
        assertEquals(0, value.compareTo(back), written);
        if (value.scale() >= 0) {
            assertEquals(value, back, written);
        }
    }

    @Property
    void moneyReadsBackInAnyCurrency(@ForAll("decimals") BigDecimal amount,
                                     @ForAll("currencies") CurrencyCode currency) {
        int digits = currency.minorUnits().orElse(0);
        roundTrips(Money.of(amount.setScale(digits, java.math.RoundingMode.DOWN), currency), Money.class);
    }

    @Provide
    Arbitrary<CurrencyCode> currencies() {
        return Arbitraries.of(CurrencyCode.of("EUR"), CurrencyCode.of("DZD"), CurrencyCode.of("XOF"),
            CurrencyCode.of("KZT"), CurrencyCode.of("TND"), CurrencyCode.of("JPY"), CurrencyCode.of("XAU"));
    }

    @Property
    void everyAssignedCountryReadsBack(@ForAll("countries") String code) {
        roundTrips(CountryCode.of(code), CountryCode.class);
    }

    @Provide
    Arbitrary<String> countries() {
        return Arbitraries.of(CountryCode.assignedCodes());
    }
}

package org.uhcmodel.testing.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.uhcmodel.meta.Vocabularies;
import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.testing.InvalidVariant;
import org.uhcmodel.value.Coded;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.CurrencyCode;
import org.uhcmodel.value.Direction;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.Identifier;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.Objective;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Percentage;
import org.uhcmodel.value.Period;
import org.uhcmodel.value.Place;
import org.uhcmodel.value.Statistic;

/**
 * Invalid variants of the shared values, behind {@link org.uhcmodel.testing.Values}.
 */
public final class ValueVariants {

    private ValueVariants() {
    }

    static void register(Catalogue.Registry r) {
        for (Vocabulary<?> vocabulary : Vocabularies.all()) {
            r.add("unknown-code", vocabulary.type(), () -> unknownCode(vocabulary));
        }
        r.add("not-blank", LocalizedText.class, ValueVariants::blankText);
        r.add("language-tag.format", LocalizedText.class, ValueVariants::malformedLanguageTag);
        r.add("localized-text.empty", LocalizedText.class, ValueVariants::emptyText);
        r.add("partial-date.format", PartialDate.class, ValueVariants::malformedDate);
        r.add("partial-date.year-range", PartialDate.class, ValueVariants::yearOutOfRange);
        r.add("partial-date.month-range", PartialDate.class, ValueVariants::monthOutOfRange);
        r.add("partial-date.invalid-day", PartialDate.class, ValueVariants::invalidDay);
        r.add("country-code.format", CountryCode.class, ValueVariants::malformedCountryCode);
        r.add("country-code.unassigned", CountryCode.class, ValueVariants::unassignedCountryCode);
        r.add("entity-id.format", EntityId.class, ValueVariants::malformedEntityId);
        r.add("identifier.format", Identifier.class, ValueVariants::malformedIdentifier);
        r.add("money.negative", Money.class, ValueVariants::negativeMoney);
        r.add("money.scale", Money.class, ValueVariants::moneyTooPrecise);
        r.add("money.currency", Money.class, ValueVariants::unknownCurrency);
        r.add("money.amount-format", Money.class, ValueVariants::malformedAmount);
        r.add("percentage.range", Percentage.class, ValueVariants::percentageOutOfRange);
        r.add("percentage.format", Percentage.class, ValueVariants::malformedPercentage);
        r.add("decimal.digits", Money.class, ValueVariants::amountTextWithTooManyDigits);
        r.add("decimal.digits", Percentage.class, ValueVariants::percentageWithTooManyDigits);
        r.add("period.empty", Period.class, ValueVariants::emptyPeriod);
        r.add("period.end-before-start", Period.class, ValueVariants::periodEndingBeforeStart);
        r.add("place.parent-country", Place.class, ValueVariants::placeInParentOfOtherCountry);
        r.add("statistic.as-of-and-period", Statistic.class, ValueVariants::statisticAsOfAndOverPeriod);
        r.add("objective.target-without-metric", Objective.class, ValueVariants::objectiveTargetWithoutMetric);
        r.add("objective.target-against-direction", Objective.class, ValueVariants::objectiveTargetAgainstDirection);
    }

    /**
     * @param <E>  the vocabulary's terms
     * @param vocabulary  a vocabulary of the model
     * @return codes that are not codes of the vocabulary, looked up in it
     */
    static <E extends Enum<E> & Coded> Arbitrary<InvalidVariant<E>> unknownCode(Vocabulary<E> vocabulary) {
        Arbitrary<String> codes = Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('a', 'z').withChars('-', '.').ofMaxLength(12).map(s -> "no-such-" + s),
            Arbitraries.of("", " ", "UNKNOWN", "З.8", "علاج"),
            Arbitraries.of(vocabulary.codes()).map(c -> c.toUpperCase(Locale.ROOT) + " "));
        return codes.map(code -> InvalidVariant.of(vocabulary.type(), "unknown-code",
            vocabulary.name() + " code '" + code + "'", () -> vocabulary.fromCode(code)));
    }

    /** @return texts that are blank, or under a blank language tag */
    public static Arbitrary<InvalidVariant<LocalizedText>> blankText() {
        return Arbitraries.oneOf(
            Combinators.combine(ValueArbitraries.languageTags(), FieldVariants.blanks()).as((t, b) -> InvalidVariant.of(
                LocalizedText.class, "not-blank", "text in " + t + " that is blank", () -> LocalizedText.of(t, b))),
            Combinators.combine(ValueArbitraries.text("fr"), FieldVariants.blanks()).as((t, b) -> InvalidVariant.of(
                LocalizedText.class, "not-blank", "text under a blank language tag", () -> LocalizedText.of(b, t))));
    }

    /** @return texts under language tags that are malformed or not in canonical case */
    public static Arbitrary<InvalidVariant<LocalizedText>> malformedLanguageTag() {
        return Combinators.combine(Arbitraries.of("FR", "En", "ar-dz", "AR-DZ", "en_GB", "fr-", "-fr", "français",
                "123", "ru-RU-", "x", "e n"), ValueArbitraries.text("fr"))
            .as((tag, text) -> InvalidVariant.of(LocalizedText.class, "language-tag.format",
                "text under the language tag '" + tag + "'", () -> LocalizedText.of(tag, text)));
    }

    /** @return texts in no language: built so, or given an empty map of entries in place of a text's entries */
    public static Arbitrary<InvalidVariant<LocalizedText>> emptyText() {
        return ValueArbitraries.localizedTexts().optional(0.9).map(t -> InvalidVariant.of(LocalizedText.class,
            "localized-text.empty", t.map(text -> "text " + text + " given an empty map in place of its entries")
                .orElse("text in no language"),
            () -> t.isPresent() ? LocalizedText.builder().putAllEntries(Map.of()).build()
                : LocalizedText.builder().build()));
    }

    /** @return date texts not of the form yyyy, yyyy-MM or yyyy-MM-dd */
    public static Arbitrary<InvalidVariant<PartialDate>> malformedDate() {
        Arbitrary<String> texts = Arbitraries.oneOf(
            Arbitraries.of("", "24", "2024/07", "2024-7", "2024-07-1", "07-2024", "2024-07-01T00:00", "٢٠٢٤", "year",
                " 2024", "2024-W01", "+2024"),
            Arbitraries.integers().between(0, 999).map(String::valueOf),
            Arbitraries.integers().between(10000, 99999).map(String::valueOf));
        return texts.map(t -> InvalidVariant.of(PartialDate.class, "partial-date.format", "date text '" + t + "'",
            () -> PartialDate.parse(t)));
    }

    /** @return years outside 1..9999 */
    public static Arbitrary<InvalidVariant<PartialDate>> yearOutOfRange() {
        Arbitrary<Integer> years = Arbitraries.oneOf(Arbitraries.integers().between(-10000, 0),
            Arbitraries.integers().between(10000, 100000));
        return Combinators.combine(years, Arbitraries.integers().between(0, 2)).as((y, p) -> InvalidVariant.of(
            PartialDate.class, "partial-date.year-range", "year " + y,
            () -> p == 0 ? PartialDate.of(y) : p == 1 ? PartialDate.of(y, 1) : PartialDate.of(y, 1, 1)));
    }

    /** @return months outside 1..12 */
    public static Arbitrary<InvalidVariant<PartialDate>> monthOutOfRange() {
        Arbitrary<Integer> months = Arbitraries.oneOf(Arbitraries.integers().between(-12, 0),
            Arbitraries.integers().between(13, 99));
        return Combinators.combine(ValueArbitraries.years(), months, Arbitraries.of(true, false)).as((y, m, day) ->
            InvalidVariant.of(PartialDate.class, "partial-date.month-range", "month " + m + " of " + y,
                () -> day ? PartialDate.of(y, m, 1) : PartialDate.of(y, m)));
    }

    /** @return days that are not in the calendar, 29 February of common years included */
    public static Arbitrary<InvalidVariant<PartialDate>> invalidDay() {
        Arbitrary<int[]> beyondMonth = Combinators.combine(ValueArbitraries.years(),
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 60))
            .as((y, m, more) -> new int[] {y, m, YearMonth.of(y, m).lengthOfMonth() + more});
        Arbitrary<int[]> zero = Combinators.combine(ValueArbitraries.years(), Arbitraries.integers().between(1, 12))
            .as((y, m) -> new int[] {y, m, 0});
        Arbitrary<int[]> commonLeapDay = ValueArbitraries.years().filter(y -> !java.time.Year.isLeap(y))
            .map(y -> new int[] {y, 2, 29});
        return Arbitraries.oneOf(beyondMonth, zero, commonLeapDay).map(d -> InvalidVariant.of(PartialDate.class,
            "partial-date.invalid-day", String.format("day %04d-%02d-%02d", d[0], d[1], d[2]),
            () -> PartialDate.of(d[0], d[1], d[2])));
    }

    /** @return country codes that are not two upper-case letters */
    public static Arbitrary<InvalidVariant<CountryCode>> malformedCountryCode() {
        Arbitrary<String> codes = Arbitraries.oneOf(Malformed.countryCodes(),
            ValueArbitraries.countryCodes().map(c -> c.code().toLowerCase(Locale.ROOT)));
        return codes.map(c -> InvalidVariant.of(CountryCode.class, "country-code.format", "country code '" + c + "'",
            () -> CountryCode.of(c)));
    }

    /** @return two upper-case letters that are not an assigned country code */
    public static Arbitrary<InvalidVariant<CountryCode>> unassignedCountryCode() {
        List<String> unassigned = new ArrayList<>();
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                String code = "" + a + b;
                if (!CountryCode.assignedCodes().contains(code)) {
                    unassigned.add(code);
                }
            }
        }
        return Arbitraries.of(unassigned).map(c -> InvalidVariant.of(CountryCode.class, "country-code.unassigned",
            "country code " + c, () -> CountryCode.of(c)));
    }

    /** @return ids that are not lower-case slugs of at most 100 characters */
    public static Arbitrary<InvalidVariant<EntityId>> malformedEntityId() {
        Arbitrary<String> ids = Arbitraries.oneOf(
            Arbitraries.of("", "-", "Dz-cnas", "dz--cnas", "-dz", "dz-", "dz_cnas", "dz cnas", "cnas.dz", "éé", "кнас"),
            ValueArbitraries.entityIds().map(id -> id.value().toUpperCase(Locale.ROOT))
                .filter(s -> !s.matches("[0-9-]*")),
            Arbitraries.strings().withCharRange('a', 'z').ofLength(101));
        return ids.map(id -> InvalidVariant.of(EntityId.class, "entity-id.format", "entity id '" + id + "'",
            () -> EntityId.of(id)));
    }

    /** @return identifier values not of the form their scheme requires */
    public static Arbitrary<InvalidVariant<Identifier>> malformedIdentifier() {
        return Malformed.identifiers().map(t -> InvalidVariant.ofBuilder(Identifier.class, "identifier.format",
            t.get1().code() + " identifier '" + t.get2() + "'",
            () -> Identifier.builder().scheme(t.get1()).value(t.get2())));
    }

    /** @return negative amounts of money, given as numbers and as text */
    public static Arbitrary<InvalidVariant<Money>> negativeMoney() {
        return Combinators.combine(ValueArbitraries.currencies(), Arbitraries.integers().between(-1_000_000, -1),
                Arbitraries.of(true, false))
            .as((c, n, text) -> text
                ? InvalidVariant.of(Money.class, "money.negative", "amount text '" + n + "' " + c,
                    () -> Money.of(String.valueOf(n), c.code()))
                : InvalidVariant.ofBuilder(Money.class, "money.negative", c + " " + n,
                    () -> Money.builder().amount(BigDecimal.valueOf(n)).currency(c)));
    }

    /** @return amounts with more decimal places than their currency has minor units */
    public static Arbitrary<InvalidVariant<Money>> moneyTooPrecise() {
        return Combinators.combine(ValueArbitraries.currencies(), Arbitraries.integers().between(1, 999_999))
            .as((c, n) -> {
                int scale = c.minorUnits().orElse(0) + 1;
                BigDecimal amount = BigDecimal.valueOf(n * 10L + 1, scale);
                return InvalidVariant.ofBuilder(Money.class, "money.scale", c + " " + amount.toPlainString(),
                    () -> Money.builder().amount(amount).currency(c));
            });
    }

    /** @return currency codes that are not ISO 4217 codes */
    public static Arbitrary<InvalidVariant<Money>> unknownCurrency() {
        List<String> codes = new ArrayList<>();
        for (String code : List.of("EURO", "eur", "dzd", "US", "ABC", "QQQ", "$", "€", "DA", "دج", "")) {
            if (CurrencyCode.all().stream().noneMatch(c -> c.code().equals(code))) {
                codes.add(code);
            }
        }
        return Combinators.combine(Arbitraries.of(codes), Arbitraries.integers().between(0, 1000))
            .as((c, n) -> InvalidVariant.of(Money.class, "money.currency", "currency code '" + c + "'",
                () -> Money.of(String.valueOf(n), c)));
    }

    /** @return amount texts that are not decimal numbers */
    public static Arbitrary<InvalidVariant<Money>> malformedAmount() {
        return Combinators.combine(Malformed.nonDecimals(), ValueArbitraries.currencies())
            .as((a, c) -> InvalidVariant.of(Money.class, "money.amount-format", "amount text '" + a + "'",
                () -> Money.of(a, c.code())));
    }

    /** @return percentages below 0 or above 100 */
    public static Arbitrary<InvalidVariant<Percentage>> percentageOutOfRange() {
        Arbitrary<BigDecimal> values = Arbitraries.oneOf(
            Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("-0.01")).ofScale(2),
            Arbitraries.bigDecimals().between(new BigDecimal("100.01"), new BigDecimal("100000")).ofScale(2));
        return values.map(v -> InvalidVariant.of(Percentage.class, "percentage.range",
            "percentage " + v.toPlainString(), () -> Percentage.of(v)));
    }

    /** @return percentage texts that are not decimal numbers */
    public static Arbitrary<InvalidVariant<Percentage>> malformedPercentage() {
        return Malformed.nonDecimals().map(t -> InvalidVariant.of(Percentage.class, "percentage.format",
            "percentage text '" + t + "'", () -> Percentage.parse(t)));
    }

    /** @return amount texts of 31 to 40 digits before the point */
    static Arbitrary<InvalidVariant<Money>> amountTextWithTooManyDigits() {
        return Combinators.combine(ValueArbitraries.currencies(), Arbitraries.integers().between(1, 9),
                Arbitraries.integers().between(30, 39))
            .as((c, digit, zeros) -> {
                String amount = BigDecimal.valueOf(digit).scaleByPowerOfTen(zeros).setScale(0).toPlainString();
                return InvalidVariant.of(Money.class, "decimal.digits", "amount text '" + amount + "'",
                    () -> Money.of(amount, c.code()));
            });
    }

    /** @return valid percentages written with 19 to 24 digits after the point, as numbers and as text */
    static Arbitrary<InvalidVariant<Percentage>> percentageWithTooManyDigits() {
        return Combinators.combine(ValueArbitraries.percentages(), Arbitraries.integers().between(19, 24),
                Arbitraries.of(true, false))
            .as((p, scale, text) -> {
                BigDecimal value = p.value().setScale(scale);
                return text
                    ? InvalidVariant.of(Percentage.class, "decimal.digits", "percentage text '"
                        + value.toPlainString() + "'", () -> Percentage.parse(value.toPlainString()))
                    : InvalidVariant.of(Percentage.class, "decimal.digits", "percentage " + value.toPlainString(),
                        () -> Percentage.of(value));
            });
    }

    /** @return periods without start and end: built so, or from a period whose bounds are then left out */
    public static Arbitrary<InvalidVariant<Period>> emptyPeriod() {
        return ValueArbitraries.periods().optional(0.9).map(p -> InvalidVariant.ofBuilder(Period.class,
            "period.empty", p.map(period -> "period " + period + " copied without start and end")
                .orElse("period without start and end"), Period::builder));
    }

    /** @return periods that end before they start */
    public static Arbitrary<InvalidVariant<Period>> periodEndingBeforeStart() {
        return Combinators.combine(ValueArbitraries.partialDates(), ValueArbitraries.partialDates())
            .filter((a, b) -> a.isDefinitelyBefore(b) || b.isDefinitelyBefore(a))
            .as((a, b) -> {
                PartialDate start = a.isDefinitelyBefore(b) ? b : a;
                PartialDate end = a.isDefinitelyBefore(b) ? a : b;
                return InvalidVariant.ofBuilder(Period.class, "period.end-before-start",
                    "period from " + start + " to " + end, () -> Period.builder().start(start).end(end));
            });
    }

    /** @return places inside a parent place of another country */
    public static Arbitrary<InvalidVariant<Place>> placeInParentOfOtherCountry() {
        return Combinators.combine(ValueArbitraries.places(), ValueArbitraries.places())
            .filter((p, parent) -> !p.country().equals(parent.country()))
            .as((p, parent) -> InvalidVariant.ofBuilder(Place.class, "place.parent-country", "place in "
                + p.country() + " inside a place in " + parent.country(),
                () -> Place.builder().from(p).parent(parent)));
    }

    /** @return statistics both as of a date and over a period */
    public static Arbitrary<InvalidVariant<Statistic>> statisticAsOfAndOverPeriod() {
        return Combinators.combine(ValueArbitraries.statistics(), ValueArbitraries.reportedDates(),
                ValueArbitraries.periods())
            .as((s, d, p) -> InvalidVariant.ofBuilder(Statistic.class, "statistic.as-of-and-period",
                "statistic as of " + d + " over " + p, () -> Statistic.builder().from(s).asOf(d).period(p)));
    }

    /** @return objectives with a baseline or a target but no metric */
    public static Arbitrary<InvalidVariant<Objective>> objectiveTargetWithoutMetric() {
        return Combinators.combine(ValueArbitraries.localizedTexts(), Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal(1000)).ofScale(1), Arbitraries.of(true, false))
            .as((d, v, baseline) -> InvalidVariant.ofBuilder(Objective.class, "objective.target-without-metric",
                (baseline ? "baseline " : "target ") + v + " without metric", () -> baseline
                    ? Objective.builder().description(d).baseline(v)
                    : Objective.builder().description(d).target(v)));
    }

    /** @return objectives whose target lies on the wrong side of the baseline, a warning */
    public static Arbitrary<InvalidVariant<Objective>> objectiveTargetAgainstDirection() {
        Arbitrary<BigDecimal> numbers = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal(1000))
            .ofScale(1);
        return Combinators.combine(ValueArbitraries.localizedTexts(), Arbitraries.of(Direction.class), numbers, numbers)
            .as((d, dir, base, delta) -> {
                BigDecimal step = delta.signum() == 0 ? BigDecimal.ONE : delta;
                BigDecimal target = dir == Direction.INCREASE ? base.subtract(step)
                    : dir == Direction.DECREASE ? base.add(step) : base.add(step);
                return InvalidVariant.ofBuilder(Objective.class, "objective.target-against-direction",
                    dir.code() + " from " + base + " to " + target,
                    () -> Objective.builder().description(d).metric(d).direction(dir).baseline(base).target(target));
            });
    }
}

package org.uhcmodel.testing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.uhcmodel.value.AdministrativeLevel;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.CurrencyCode;
import org.uhcmodel.value.DateBasis;
import org.uhcmodel.value.Direction;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.Identifier;
import org.uhcmodel.value.IdentifierScheme;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.Objective;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Percentage;
import org.uhcmodel.value.Period;
import org.uhcmodel.value.Place;
import org.uhcmodel.value.ReportedDate;
import org.uhcmodel.value.Statistic;

/**
 * Arbitraries of the shared values of package {@code org.uhcmodel.value}.
 * <p>
 * Not part of the public API: use {@link org.uhcmodel.testing.Values}.
 */
public final class ValueArbitraries {

    /** The language tags the generated texts are written in. */
    public static final List<String> LANGUAGE_TAGS = List.of("fr", "en", "ar", "ar-DZ", "ru", "be");

    /** Currencies with zero, two and three minor units, as used in the places the model describes. */
    static final List<String> CURRENCIES =
        List.of("DZD", "EUR", "USD", "XOF", "TND", "MAD", "RUB", "BYN", "JPY", "KWD");

    private static final Map<String, List<String>> PHRASES = Map.of(
        "fr", List.of("Caisse nationale des assurances sociales", "Convention de partenariat",
            "Mutuelle de santé des travailleurs", "Couverture sanitaire universelle", "Ministère de la Santé"),
        "en", List.of("National Health Insurance Fund", "Memorandum of understanding",
            "Universal health coverage", "Primary health care", "Ministry of Health"),
        "ar", List.of("الصندوق الوطني للتأمينات الاجتماعية", "اتفاقية شراكة", "التغطية الصحية الشاملة",
            "وزارة الصحة"),
        "ar-DZ", List.of("الصندوق الوطني للضمان الاجتماعي", "مستشفى جامعي", "التعاضدية العامة"),
        "ru", List.of("Фонд обязательного медицинского страхования", "Меморандум о взаимопонимании",
            "Всеобщий охват услугами здравоохранения", "Министерство здравоохранения"),
        "be", List.of("Міністэрства аховы здароўя", "Пагадненне аб супрацоўніцтве", "Рэспубліканская бальніца"));

    private ValueArbitraries() {
    }

    /** @return the language tags of the generated texts */
    public static Arbitrary<String> languageTags() {
        return Arbitraries.of(LANGUAGE_TAGS);
    }

    /**
     * Non-blank text in the script of the given language: curated phrases and generated words.
     *
     * @param tag  the language tag
     * @return the arbitrary
     */
    public static Arbitrary<String> text(String tag) {
        Arbitrary<String> word;
        if (tag.startsWith("ar")) {
            word = Arbitraries.strings().withCharRange('\u0621', '\u063A').withCharRange('\u0641', '\u064A')
                .ofMinLength(2).ofMaxLength(9);
        } else if (tag.equals("ru") || tag.equals("be")) {
            word = Arbitraries.strings().withCharRange('\u0430', '\u044F').withChars('і', 'ў', 'ё')
                .ofMinLength(2).ofMaxLength(10);
        } else {
            word = Arbitraries.strings().withCharRange('a', 'z').withChars('é', 'è', 'ç', 'à', '\'')
                .ofMinLength(1).ofMaxLength(10);
        }
        Arbitrary<String> words = word.list().ofMinSize(1).ofMaxSize(4).map(w -> String.join(" ", w));
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(PHRASES.get(tag))), Tuple.of(2, words));
    }

    /** @return multilingual texts with one to three languages */
    public static Arbitrary<LocalizedText> localizedTexts() {
        return Combinators.combine(
                Arbitraries.of(LANGUAGE_TAGS).list().uniqueElements().ofMinSize(1).ofMaxSize(3),
                text("fr"), text("en"), text("ar"), text("ar-DZ"), text("ru"), text("be"))
            .as((tags, fr, en, ar, arDz, ru, be) -> {
                Map<String, String> byTag = Map.of("fr", fr, "en", en, "ar", ar, "ar-DZ", arDz, "ru", ru, "be", be);
                LocalizedText.Builder b = LocalizedText.builder();
                for (String tag : tags) {
                    b.putEntry(tag, byTag.get(tag));
                }
                return b.build();
            });
    }

    /** @return years mostly of recent times, the whole range 1..9999 now and then */
    static Arbitrary<Integer> years() {
        return Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.integers().between(1945, 2035).shrinkTowards(2000)),
            Tuple.of(1, Arbitraries.integers().between(1, 9999).shrinkTowards(2000)));
    }

    /** @return leap days, 29 February of a leap year */
    static Arbitrary<PartialDate> leapDays() {
        return Arbitraries.integers().between(1, 2499).map(k -> {
            int year = k * 4;
            return PartialDate.of(year % 100 == 0 && year % 400 != 0 ? year + 4 : year, 2, 29);
        });
    }

    /** @return partial dates at every precision, leap days included */
    public static Arbitrary<PartialDate> partialDates() {
        Arbitrary<PartialDate> yearOnly = years().map(PartialDate::of);
        Arbitrary<PartialDate> yearMonth = Combinators.combine(years(), Arbitraries.integers().between(1, 12))
            .as(PartialDate::of);
        Arbitrary<PartialDate> day = Combinators.combine(years(), Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 31))
            .as((y, m, d) -> PartialDate.of(y, m, (d - 1) % YearMonth.of(y, m).lengthOfMonth() + 1));
        return Arbitraries.frequencyOf(Tuple.of(2, yearOnly), Tuple.of(2, yearMonth), Tuple.of(5, day),
            Tuple.of(1, leapDays()));
    }

    /** @return reported dates of every basis */
    public static Arbitrary<ReportedDate> reportedDates() {
        return Combinators.combine(partialDates(), Arbitraries.of(DateBasis.class)).as(ReportedDate::of);
    }

    /** @return periods with a start, an end or both, never ending before they start */
    public static Arbitrary<Period> periods() {
        Arbitrary<Period> both = Combinators.combine(partialDates(), partialDates()).as((a, b) ->
            b.isDefinitelyBefore(a) ? Period.of(b, a) : Period.of(a, b));
        return Arbitraries.frequencyOf(Tuple.of(1, partialDates().map(Period::starting)),
            Tuple.of(1, partialDates().map(Period::ending)), Tuple.of(3, both));
    }

    /** @return the assigned ISO 3166-1 alpha-2 country codes */
    public static Arbitrary<CountryCode> countryCodes() {
        List<String> sorted = new ArrayList<>(new TreeSet<>(CountryCode.assignedCodes()));
        // Start with the countries the model is mostly used for, so that shrinking lands on them.
        List<String> ordered = new ArrayList<>(List.of("DZ", "FR", "SN", "BY", "RU", "TN", "MA"));
        sorted.removeAll(ordered);
        ordered.addAll(sorted);
        return Arbitraries.of(ordered).map(CountryCode::of);
    }

    /** @return well-formed entity ids, lower-case slugs */
    public static Arbitrary<EntityId> entityIds() {
        return slugParts().list().ofMinSize(1).ofMaxSize(3).map(parts -> EntityId.of(String.join("-", parts)));
    }

    /**
     * Entity ids that all start with the given prefix.
     *
     * @param prefix  a slug
     * @return the arbitrary
     */
    public static Arbitrary<EntityId> entityIds(String prefix) {
        return slugParts().map(part -> EntityId.of(prefix + "-" + part));
    }

    private static Arbitrary<String> slugParts() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(8);
    }

    /**
     * Citations to be resolved against the source documents that may be cited: each picks a source by index, so that
     * it resolves against any pool, and resolves to no citation at all against an empty pool.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Function<List<EntityId>, List<Citation>>> citationDrafts() {
        return Combinators.combine(Pick.index(), locators().optional(0.5)).as(Tuple::of).list().ofMaxSize(3)
            .map(seeds -> sources -> {
                List<Citation> citations = new ArrayList<>();
                if (!sources.isEmpty()) {
                    for (Tuple.Tuple2<Integer, Optional<String>> seed : seeds) {
                        Citation.Builder citation = Citation.builder().source(Pick.of(sources, seed.get1()));
                        seed.get2().ifPresent(citation::locator);
                        citations.add(citation.build());
                    }
                }
                return citations;
            });
    }

    /** @return citations of any source */
    public static Arbitrary<Citation> citations() {
        return Combinators.combine(entityIds(), locators().optional(0.5))
            .as((s, l) -> l.map(locator -> Citation.of(s, locator)).orElseGet(() -> Citation.of(s)));
    }

    private static Arbitrary<String> locators() {
        return Combinators.combine(Arbitraries.of("p.", "§", "art.", "para.", "стр.", "ص"),
            Arbitraries.integers().between(1, 400)).as((k, n) -> k + " " + n);
    }

    /** @return identifiers of every scheme, each in its scheme's form */
    public static Arbitrary<Identifier> identifiers() {
        Arbitrary<Identifier> iati = iatiOrganisationIdentifiers();
        Arbitrary<Identifier> wikidata = Arbitraries.integers().between(1,
                999_999_999).map(n -> Identifier.wikidata("Q" + n));
        Arbitrary<Identifier> registry = Combinators.combine(Arbitraries.of("RC", "NIF", "ОГРН", "رقم"),
                Arbitraries.longs().between(1, 9_999_999_999L))
            .as((k, n) -> Identifier.of(IdentifierScheme.NATIONAL_REGISTRY, k + " " + n));
        Arbitrary<Identifier> website = Combinators.combine(Arbitraries.of("http", "https"), slugParts(),
                Arbitraries.of("dz", "org", "int", "fr", "by", "sn"), Arbitraries.of("", "/", "/fr/accueil",
                        "/about?x=1"))
            .as((s, h, t, p) -> Identifier.of(IdentifierScheme.WEBSITE, s + "://www." + h + "." + t + p));
        return Arbitraries.oneOf(iati, wikidata, registry, website);
    }

    /** @return IATI organisation identifiers: a registration agency of a country and a number */
    public static Arbitrary<Identifier> iatiOrganisationIdentifiers() {
        return Combinators.combine(countryCodes(),
                Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(8),
                Arbitraries.integers().between(1, 99999))
            .as((c, a, n) -> Identifier.iati(c.code() + "-" + a + "-" + n));
    }

    /**
     * Amounts of money with as many decimal places as the currency allows, zero included.
     *
     * @param currency  the currency
     * @return the arbitrary
     */
    public static Arbitrary<Money> money(CurrencyCode currency) {
        int digits = currency.minorUnits().orElse(0);
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000000")).ofScale(digits)
            .map(a -> Money.of(a, currency));
    }

    /** @return amounts of money in several currencies */
    public static Arbitrary<Money> money() {
        return Combinators.combine(currencies(), Arbitraries.bigDecimals().between(BigDecimal.ZERO,
                new BigDecimal("1000000000")).ofScale(3))
            .as((c, a) -> Money.of(a.setScale(c.minorUnits().orElse(0), RoundingMode.DOWN), c));
    }

    /** @return currencies with zero, two and three minor units */
    public static Arbitrary<CurrencyCode> currencies() {
        return Arbitraries.of(CURRENCIES).map(CurrencyCode::of);
    }

    /** @return percentages from 0 to 100, both bounds hit as edge cases */
    public static Arbitrary<Percentage> percentages() {
        return Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.of(0, 100).map(Percentage::of)),
            Tuple.of(3, Arbitraries.integers().between(0, 100).map(Percentage::of)),
            Tuple.of(4, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal(100)).ofScale(2)
                .map(Percentage::of)));
    }

    /** @return statistics dated as of a date, over a period, or undated */
    public static Arbitrary<Statistic> statistics() {
        return Combinators.combine(statisticDrafts(), entityIds().list().ofMinSize(1).ofMaxSize(3)).as(Function::apply);
    }

    /**
     * Statistics to be resolved against the source documents they may cite.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Function<List<EntityId>, Statistic>> statisticDrafts() {
        Arbitrary<BigDecimal> values = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50000000"))
            .ofScale(2);
        Arbitrary<Integer> dating = Arbitraries.integers().between(0, 2);
        return Combinators.combine(localizedTexts(), values, Arbitraries.of("persons", "%", "facilities", "beds",
                "DZD"),
                dating, reportedDates(), periods(), citationDrafts())
            .as((measure, value, unit, d, asOf, period, citations) -> sources -> {
                Statistic.Builder b = Statistic.builder().measure(measure).value(value).unit(unit)
                    .citations(citations.apply(sources));
                if (d == 1) {
                    b.asOf(asOf);
                } else if (d == 2) {
                    b.period(period);
                }
                return b.build();
            });
    }

    /** @return levels named in any language, some with a rank from 1 to 9, both bounds often */
    public static Arbitrary<AdministrativeLevel> administrativeLevels() {
        Arbitrary<Integer> ranks = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(1, 9)),
            Tuple.of(3, Arbitraries.integers().between(1, 9)));
        return Combinators.combine(localizedTexts(), ranks.optional(0.6)).as((name, rank) ->
            rank.map(r -> AdministrativeLevel.of(r, name)).orElseGet(() -> AdministrativeLevel.named(name)));
    }

    /** @return places, some inside a parent place of the same country */
    public static Arbitrary<Place> places() {
        return Combinators.combine(countryCodes(), localizedTexts(),
                administrativeLevels().optional(),
                Combinators.combine(localizedTexts(),
                        administrativeLevels().optional()).as(Tuple::of)
                    .optional(0.4))
            .as((country, name, level, parent) -> {
                Place.Builder b = Place.builder().name(name).country(country);
                level.ifPresent(b::level);
                parent.ifPresent(p -> {
                    Place.Builder up = Place.builder().name(p.get1()).country(country);
                    p.get2().ifPresent(up::level);
                    b.parent(up.build());
                });
                return b.build();
            });
    }

    /**
     * Places in the given country, some inside a parent place of the same country.
     *
     * @param country  the country
     * @return the arbitrary
     */
    public static Arbitrary<Place> places(CountryCode country) {
        return places().map(p -> inCountry(p, country));
    }

    /**
     * Moves a place, and its parent, to another country.
     *
     * @param place  the place
     * @param country  the country
     * @return the place in that country
     */
    public static Place inCountry(Place place, CountryCode country) {
        Place.Builder b = Place.builder().from(place).country(country);
        place.parent().ifPresent(p -> b.parent(inCountry(p, country)));
        return b.build();
    }

    /** @return objectives, with a metric whenever a baseline or target is given, targets on the right side */
    public static Arbitrary<Objective> objectives() {
        Arbitrary<BigDecimal> numbers = Arbitraries.bigDecimals().between(new BigDecimal(-1000), new BigDecimal(100000))
            .ofScale(1);
        Arbitrary<BigDecimal> deltas = Arbitraries.bigDecimals().between(new BigDecimal("0.1"), new BigDecimal(1000))
            .ofScale(1);
        return Combinators.combine(localizedTexts(), Arbitraries.of(Direction.class).optional(),
                localizedTexts().optional(0.6), numbers.optional(),
                Combinators.combine(deltas.optional(), partialDates().optional()).as(Tuple::of))
            .as((description, direction, metric, baseline, deltaAndDate) -> {
                Objective.Builder b = Objective.builder().description(description);
                direction.ifPresent(b::direction);
                deltaAndDate.get2().ifPresent(b::targetDate);
                if (metric.isPresent()) {
                    b.metric(metric.get());
                    BigDecimal base = baseline.orElse(null);
                    BigDecimal delta = deltaAndDate.get1().orElse(null);
                    if (base != null) {
                        b.baseline(base);
                    }
                    if (delta != null) {
                        if (base == null) {
                            b.target(delta);
                        } else {
                            Direction d = direction.orElse(Direction.INCREASE);
                            b.target(d == Direction.INCREASE ? base.add(delta)
                                : d == Direction.DECREASE ? base.subtract(delta) : base);
                        }
                    }
                }
                return b.build();
            });
    }

    /**
     * Subsets of the constants of an enum, empty sets included.
     *
     * @param <E>  the enum
     * @param type  the enum class
     * @param max  the largest size
     * @return the arbitrary
     */
    public static <E extends Enum<E>> Arbitrary<Set<E>> enumSets(Class<E> type, int max) {
        return Arbitraries.of(type).set().ofMaxSize(max);
    }
}

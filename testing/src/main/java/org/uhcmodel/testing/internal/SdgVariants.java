package org.uhcmodel.testing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.uhcmodel.area.Area;
import org.uhcmodel.area.AreaKind;
import org.uhcmodel.sdg.BudgetBasis;
import org.uhcmodel.sdg.DatedValue;
import org.uhcmodel.sdg.DeclaredCategory;
import org.uhcmodel.sdg.DeclaredDimension;
import org.uhcmodel.sdg.Disaggregation;
import org.uhcmodel.sdg.DisaggregationDimension;
import org.uhcmodel.sdg.Indicator;
import org.uhcmodel.sdg.IndicatorCode;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorSeries;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.sdg.IndicatorUnit;
import org.uhcmodel.sdg.MethodEdition;
import org.uhcmodel.sdg.ReferencePeriod;
import org.uhcmodel.sdg.SdgIndicators;
import org.uhcmodel.sdg.SeriesCode;
import org.uhcmodel.sdg.SeriesPublisher;
import org.uhcmodel.sdg.SocietalPovertyLine;
import org.uhcmodel.sdg.SpendingThreshold;
import org.uhcmodel.sdg.TargetKind;
import org.uhcmodel.testing.InvalidVariant;
import org.uhcmodel.value.AdministrativeLevel;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;

/**
 * Invalid variants of areas and of SDG monitoring, behind {@link org.uhcmodel.testing.Sdg}: each breaks one rule,
 * from a valid value changed in one way.
 */
public final class SdgVariants {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SdgVariants() {
    }

    static void register(Catalogue.Registry r) {
        r.add("area.format", Area.class, SdgVariants::malformedArea);
        r.add("area.unknown", Area.class, SdgVariants::unknownArea);
        r.add("area.not-canonical", Area.class, SdgVariants::areaByAnotherCode);
        r.add("area.conflict", Area.class, SdgVariants::conflictingArea);
        r.add("administrative-level.rank-range", AdministrativeLevel.class, SdgVariants::rankOutOfRange);
        r.add("indicator-code.format", IndicatorCode.class, SdgVariants::malformedIndicatorCode);
        r.add("series-code.format", SeriesCode.class, SdgVariants::malformedSeriesCode);
        r.add("reference-period.format", ReferencePeriod.class, SdgVariants::malformedPeriod);
        r.add("reference-period.year-range", ReferencePeriod.class, SdgVariants::periodOutOfRange);
        r.add("reference-period.order", ReferencePeriod.class, SdgVariants::periodEndingBeforeStart);
        r.add("spending-threshold.order", SpendingThreshold.class, SdgVariants::emptyBand);
        r.add("indicator.range-order", Indicator.class, SdgVariants::maximumBelowMinimum);
        r.add("indicator.part-of-itself", Indicator.class, SdgVariants::partOfItself);
        r.add("indicator.duplicate-edition", Indicator.class, SdgVariants::duplicateEdition);
        r.add("indicator.duplicate-series", Indicator.class, SdgVariants::duplicateSeries);
        r.add("indicator.series-edition", Indicator.class, SdgVariants::seriesOfUnknownEdition);
        r.add("disaggregation.dimension-format", Disaggregation.class, SdgVariants::malformedDimension);
        r.add("disaggregation.category-unknown", Disaggregation.class, SdgVariants::unknownCategory);
        r.add("declared-dimension.categories-missing", DeclaredDimension.class, SdgVariants::categoriesMissing);
        r.add("declared-dimension.duplicate-category", DeclaredDimension.class, SdgVariants::duplicateCategory);
        r.add("societal-poverty-line.amount", SocietalPovertyLine.class, SdgVariants::povertyLineNotAboveZero);
        r.add("societal-poverty-line.ppp-year-range", SocietalPovertyLine.class, SdgVariants::pppYearOutOfRange);
        r.add("dated-value.year-range", DatedValue.class, SdgVariants::datedValueOutOfRange);
        r.add("indicator-observation.dimension-repeated", IndicatorObservation.class,
            SdgVariants::observationWithRepeatedDimension);
        r.add("indicator-observation.bounds-order", IndicatorObservation.class, SdgVariants::boundsAroundNotValue);
        r.add("indicator-observation.subnational-area-country", IndicatorObservation.class,
            SdgVariants::observationOfSubnationalAreaOfNoCountry);
        r.add("indicator-observation.value-range", IndicatorObservation.class, SdgVariants::observationOutOfRange);
        r.add("indicator-observation.unit-mismatch", IndicatorObservation.class, SdgVariants::unitMismatch);
        r.add("indicator-observation.unknown-series", IndicatorObservation.class,
            SdgVariants::observationOfUnknownSeries);
        r.add("indicator-observation.series-required", IndicatorObservation.class,
            SdgVariants::observationWithoutSeries);
        r.add("indicator-observation.source-missing", IndicatorObservation.class, SdgVariants::observationUncited);
        r.add("indicator-observation.value-format", IndicatorObservation.class, SdgVariants::malformedValue);
        r.add("indicator-target.year-range", IndicatorTarget.class, SdgVariants::targetYearOutOfRange);
        r.add("indicator-target.target-before-baseline", IndicatorTarget.class, SdgVariants::targetBeforeBaseline);
        r.add("indicator-target.milestone-order", IndicatorTarget.class, SdgVariants::milestonesOutOfOrder);
        r.add("indicator-target.dimension-repeated", IndicatorTarget.class, SdgVariants::targetWithRepeatedDimension);
        r.add("indicator-target.subnational-area-country", IndicatorTarget.class,
            SdgVariants::targetOfSubnationalAreaOfNoCountry);
        r.add("indicator-target.value-range", IndicatorTarget.class, SdgVariants::targetOutOfRange);
        r.add("indicator-target.unknown-series", IndicatorTarget.class, SdgVariants::targetOfUnknownSeries);
        r.add("indicator-target.series-required", IndicatorTarget.class, SdgVariants::targetWithoutSeries);
        r.add("indicator-target.target-against-direction", IndicatorTarget.class, SdgVariants::targetAgainstDirection);
        r.add("indicator-target.kind-against-direction", IndicatorTarget.class, SdgVariants::kindAgainstDirection);
        r.add("indicator-target.change-without-baseline", IndicatorTarget.class, SdgVariants::changeWithoutBaseline);
    }

    private static <T> InvalidVariant<T> of(Class<T> type, String rule, String description, Supplier<T> build) {
        return InvalidVariant.of(type, rule, description, build);
    }

    private static Arbitrary<IndicatorObservation> observations() {
        return EntityArbitraries.alone(SdgArbitraries.observations());
    }

    private static Arbitrary<IndicatorTarget> targets() {
        return EntityArbitraries.alone(SdgArbitraries.targets());
    }

    private static Arbitrary<Indicator> indicators() {
        return EntityArbitraries.alone(SdgArbitraries.indicators());
    }

    private static Indicator builtIn(IndicatorCode code) {
        return SdgIndicators.find(code).orElseThrow();
    }

    // ---- areas

    /** @return texts of none of the four forms of an area's code */
    public static Arbitrary<InvalidVariant<Area>> malformedArea() {
        Arbitrary<String> texts = Arbitraries.oneOf(
            ValueArbitraries.countryCodes().map(c -> c.code().toLowerCase(Locale.ROOT)),
            ValueArbitraries.countryCodes().map(c -> c.alpha3()),
            Arbitraries.oneOf(Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(2),
                Arbitraries.strings().numeric().ofMinLength(4).ofMaxLength(6)).map(d -> "M49:" + d),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(5).map(w -> "WHO:" + w),
            Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(4).ofMaxLength(6).map(w -> "WB:" + w),
            Arbitraries.of("", " DZ", "DZ ", "D", "UN:001", "who:AFR", "M49 001", "WB:", "WHO:"));
        return texts.map(t -> of(Area.class, "area.format", "area '" + t + "'", () -> Area.of(t)));
    }

    /** @return codes of the right form that name no area */
    public static Arbitrary<InvalidVariant<Area>> unknownArea() {
        List<String> unknown = new ArrayList<>();
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                String code = "" + a + b;
                if (!CountryCode.assignedCodes().contains(code)) {
                    unknown.add(code);
                }
            }
        }
        Set<String> m49 = new TreeSet<>();
        for (Area area : Area.all()) {
            area.m49Code().ifPresent(m49::add);
        }
        for (CountryCode country : CountryCode.all()) {
            country.numeric().ifPresent(m49::add);
        }
        for (int n = 0; n < 1000; n++) {
            String code = String.format("%03d", n);
            if (!m49.contains(code)) {
                unknown.add("M49:" + code);
            }
        }
        unknown.addAll(List.of("WHO:ABC", "WHO:XYZ", "WHO:GLOB", "WB:ZZZ", "WB:Q1Q", "WB:999"));
        return Arbitraries.of(unknown).map(t -> of(Area.class, "area.unknown", "area " + t, () -> Area.of(t)));
    }

    /** @return an area written by a code other than its own: a country's M49 or World Bank code, the World's WLD */
    public static Arbitrary<InvalidVariant<Area>> areaByAnotherCode() {
        List<String> codes = new ArrayList<>();
        for (Area area : Area.all()) {
            if (area.kind() == AreaKind.COUNTRY) {
                area.m49Code().ifPresent(c -> codes.add("M49:" + c));
                codes.add("WB:" + area.country().orElseThrow().alpha3());
            }
        }
        codes.add("WB:WLD");
        return Arbitraries.of(codes).map(t -> of(Area.class, "area.not-canonical", "area " + t, () -> Area.of(t)));
    }

    /** @return a code and a name, or an M49 code, of different areas */
    public static Arbitrary<InvalidVariant<Area>> conflictingArea() {
        return Combinators.combine(SdgArbitraries.areas(), SdgArbitraries.countries(), Arbitraries.of(true, false))
            .filter((a, b, byName) -> !a.equals(b) && !Area.allNamed(b.name()).contains(a)
                && (byName || b.m49Code().isPresent()))
            .as((a, b, byName) -> byName
                ? of(Area.class, "area.conflict", a + " named " + b.name(), () -> Area.identify(a.code(), "",
                    b.name()).orElseThrow())
                : of(Area.class, "area.conflict", a + " of M49 code " + b.m49Code().orElseThrow(),
                    () -> Area.identify(a.code(), b.m49Code().orElseThrow(), "").orElseThrow()));
    }

    /** @return levels of a rank below 1 or above 9 */
    public static Arbitrary<InvalidVariant<AdministrativeLevel>> rankOutOfRange() {
        return Combinators.combine(ValueArbitraries.localizedTexts(), Arbitraries.oneOf(
                Arbitraries.integers().between(-100, 0), Arbitraries.integers().between(10, 100)))
            .as((name, rank) -> InvalidVariant.ofBuilder(AdministrativeLevel.class, "administrative-level.rank-range",
                "level of rank " + rank, () -> AdministrativeLevel.builder().name(name).rank(rank)));
    }

    // ---- codes and periods

    /** @return valid codes broken: a separator at an end or doubled, a space or a letter beyond ASCII, too long */
    private static Arbitrary<String> brokenCodes(Arbitrary<String> codes, String separators) {
        return Combinators.combine(codes, Arbitraries.integers().between(0, 5), Arbitraries.of(separators.chars()
                .mapToObj(c -> (char) c).toList()))
            .as((code, how, sep) -> {
                switch (how) {
                    case 0:
                        return code + sep;
                    case 1:
                        return sep + code;
                    case 2:
                        return code + sep + sep + "x";
                    case 3:
                        return code + " x";
                    case 4:
                        return code + "é";
                    default:
                        return "a".repeat(101);
                }
            });
    }

    /** @return malformed indicator codes */
    public static Arbitrary<InvalidVariant<IndicatorCode>> malformedIndicatorCode() {
        return brokenCodes(SdgArbitraries.indicatorCodes().map(IndicatorCode::toString), "./-_").map(t -> of(
            IndicatorCode.class, "indicator-code.format", "indicator code '" + t + "'", () -> IndicatorCode.of(t)));
    }

    /** @return malformed series codes, a slash among them */
    public static Arbitrary<InvalidVariant<SeriesCode>> malformedSeriesCode() {
        Arbitrary<String> texts = Arbitraries.oneOf(brokenCodes(SdgArbitraries.seriesCodes().map(SeriesCode::toString),
            ".-_"), SdgArbitraries.seriesCodes().map(c -> c + "/1"));
        return texts.map(t -> of(SeriesCode.class, "series-code.format", "series code '" + t + "'",
            () -> SeriesCode.of(t)));
    }

    /** @return period texts that are neither a year of four digits nor two joined by a slash */
    public static Arbitrary<InvalidVariant<ReferencePeriod>> malformedPeriod() {
        Arbitrary<String> texts = Arbitraries.oneOf(Arbitraries.of("", "21", "2021-2022", "2021/", "/2021", "2021.0",
                " 2021", "2021 ", "20x1", "2014/16", "MMXXI"),
            Arbitraries.integers().between(10000, 99999).map(String::valueOf),
            Arbitraries.integers().between(1900, 2100).map(y -> y + "-" + (y + 1)));
        return texts.map(t -> of(ReferencePeriod.class, "reference-period.format", "period '" + t + "'",
            () -> ReferencePeriod.parse(t)));
    }

    /** @return years of four digits before 1900 or after 2100 */
    public static Arbitrary<InvalidVariant<ReferencePeriod>> periodOutOfRange() {
        return Arbitraries.oneOf(Arbitraries.integers().between(1000, 1899), Arbitraries.integers().between(2101, 9999))
            .map(y -> of(ReferencePeriod.class, "reference-period.year-range", "period " + y,
                () -> ReferencePeriod.parse(String.valueOf(y))));
    }

    /** @return spans that end in or before the year they start */
    public static Arbitrary<InvalidVariant<ReferencePeriod>> periodEndingBeforeStart() {
        return Combinators.combine(Arbitraries.integers().between(1900, 2100), Arbitraries.integers().between(0, 50))
            .as((start, back) -> {
                int end = Math.max(1900, start - back);
                return of(ReferencePeriod.class, "reference-period.order", "span " + start + "/" + end,
                    () -> ReferencePeriod.of(start, end));
            });
    }

    // ---- indicators

    /** @return bands whose upper share is not above their lower share */
    public static Arbitrary<InvalidVariant<SpendingThreshold>> emptyBand() {
        return Combinators.combine(Arbitraries.of(BudgetBasis.class),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(200)).ofScale(1),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, HUNDRED).ofScale(1))
            .as((basis, above, less) -> InvalidVariant.ofBuilder(SpendingThreshold.class, "spending-threshold.order",
                "band above " + above + " below " + above.subtract(less).max(BigDecimal.ZERO),
                () -> SpendingThreshold.builder().basis(basis).above(above)
                    .below(above.subtract(less).max(BigDecimal.ZERO))));
    }

    /** @return indicators whose maximum lies below their minimum */
    public static Arbitrary<InvalidVariant<Indicator>> maximumBelowMinimum() {
        return Combinators.combine(indicators(), Arbitraries.bigDecimals().between(new BigDecimal("0.1"), HUNDRED)
                .ofScale(1))
            .as((i, gap) -> InvalidVariant.ofBuilder(Indicator.class, "indicator.range-order", i.id() + " from 0 to -"
                + gap, () -> Indicator.builder().from(i).minimum(BigDecimal.ZERO).maximum(gap.negate())));
    }

    /** @return indicators part of themselves */
    public static Arbitrary<InvalidVariant<Indicator>> partOfItself() {
        return indicators().map(i -> InvalidVariant.ofBuilder(Indicator.class, "indicator.part-of-itself",
            i.id() + " part of " + i.code(), () -> Indicator.builder().from(i).partOf(i.code())));
    }

    /** @return indicators with two editions of one code */
    public static Arbitrary<InvalidVariant<Indicator>> duplicateEdition() {
        return Combinators.combine(indicators(), SdgArbitraries.methodEditions(), ValueArbitraries.text("en"))
            .as((i, edition, again) -> InvalidVariant.ofBuilder(Indicator.class, "indicator.duplicate-edition",
                i.id() + " with edition " + edition.code() + " twice", () -> Indicator.builder().from(i)
                    .editions(distinctEditions(i.editions(), edition)).addEdition(edition)
                    .addEdition(MethodEdition.of(edition.code(), again))));
    }

    private static List<MethodEdition> distinctEditions(List<MethodEdition> editions, MethodEdition other) {
        return editions.stream().filter(e -> !e.code().equals(other.code())).toList();
    }

    /** @return indicators with two series of one code */
    public static Arbitrary<InvalidVariant<Indicator>> duplicateSeries() {
        return indicators().map(i -> {
            IndicatorSeries series = IndicatorSeries.builder().code(SeriesCode.of("DUPLICATE_SERIES"))
                .publisher(SeriesPublisher.NATIONAL).description("A series listed twice").build();
            return InvalidVariant.ofBuilder(Indicator.class, "indicator.duplicate-series", i.id()
                + " with a series twice", () -> Indicator.builder().from(i).addSeries(series).addSeries(series));
        });
    }

    /** @return indicators with a series of an edition they do not list */
    public static Arbitrary<InvalidVariant<Indicator>> seriesOfUnknownEdition() {
        return indicators().map(i -> {
            IndicatorSeries series = IndicatorSeries.builder().code(SeriesCode.of("SERIES_OF_NO_EDITION"))
                .publisher(SeriesPublisher.NATIONAL).description("A series").edition("no-such-edition").build();
            return InvalidVariant.ofBuilder(Indicator.class, "indicator.series-edition", i.id()
                + " with a series of an edition it does not list", () -> Indicator.builder().from(i)
                .addSeries(series));
        });
    }

    // ---- breakdowns and attributes

    /** @return categories of a dimension whose code is no slug */
    public static Arbitrary<InvalidVariant<Disaggregation>> malformedDimension() {
        Arbitrary<String> dimensions = Arbitraries.oneOf(Arbitraries.of("", "Sex", "sex ", "wealth quintile",
                "a--b", "-age", "location-", "Type_of_household"),
            Arbitraries.of(DisaggregationDimension.class).map(d -> d.code().toUpperCase(Locale.ROOT)));
        return Combinators.combine(dimensions, ValueArbitraries.text("en"))
            .as((d, c) -> of(Disaggregation.class, "disaggregation.dimension-format", "dimension '" + d + "'",
                () -> Disaggregation.of(d, c)));
    }

    /** @return categories a built-in dimension does not have */
    public static Arbitrary<InvalidVariant<Disaggregation>> unknownCategory() {
        Arbitrary<String> categories = Arbitraries.oneOf(Arbitraries.of("Female", "FEMALE", "q6", "Q1", "total",
                "_T", "60", "59-15", "both", "rural area"),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(7).ofMaxLength(12));
        return Combinators.combine(Arbitraries.of(DisaggregationDimension.class), categories)
            .filter((d, c) -> !d.hasCategory(c))
            .as((d, c) -> of(Disaggregation.class, "disaggregation.category-unknown", d.code() + " of '" + c + "'",
                () -> Disaggregation.of(d.code(), c)));
    }

    /** @return declared dimensions without any category */
    public static Arbitrary<InvalidVariant<DeclaredDimension>> categoriesMissing() {
        return EntityArbitraries.alone(SdgArbitraries.declaredDimensions())
            .map(d -> InvalidVariant.ofBuilder(DeclaredDimension.class, "declared-dimension.categories-missing",
                d.id() + " without categories", () -> DeclaredDimension.builder().from(d).categories(List.of())));
    }

    /** @return declared dimensions with two categories of one code */
    public static Arbitrary<InvalidVariant<DeclaredDimension>> duplicateCategory() {
        return Combinators.combine(EntityArbitraries.alone(SdgArbitraries.declaredDimensions()),
                ValueArbitraries.localizedTexts())
            .as((d, name) -> InvalidVariant.ofBuilder(DeclaredDimension.class, "declared-dimension.duplicate-category",
                d.id() + " with its first category twice", () -> DeclaredDimension.builder().from(d)
                    .addCategory(DeclaredCategory.of(d.categories().get(0).code(), name))));
    }

    /** @return poverty lines of zero or less */
    public static Arbitrary<InvalidVariant<SocietalPovertyLine>> povertyLineNotAboveZero() {
        return Arbitraries.bigDecimals().between(BigDecimal.valueOf(-10), BigDecimal.ZERO).ofScale(2)
            .map(a -> InvalidVariant.ofBuilder(SocietalPovertyLine.class, "societal-poverty-line.amount",
                "a poverty line of " + a, () -> SocietalPovertyLine.builder().dailyAmount(a).pppYear(2017)));
    }

    /** @return poverty lines at purchasing power parities of a year before 1990 or after 2100 */
    public static Arbitrary<InvalidVariant<SocietalPovertyLine>> pppYearOutOfRange() {
        return Arbitraries.oneOf(Arbitraries.integers().between(1000, 1989), Arbitraries.integers().between(2101, 3000))
            .map(y -> InvalidVariant.ofBuilder(SocietalPovertyLine.class, "societal-poverty-line.ppp-year-range",
                "PPPs of " + y, () -> SocietalPovertyLine.builder().dailyAmount(new BigDecimal("2.15")).pppYear(y)));
    }

    /** @return values of a year before 1900 or after 2100 */
    public static Arbitrary<InvalidVariant<DatedValue>> datedValueOutOfRange() {
        return Combinators.combine(Arbitraries.oneOf(Arbitraries.integers().between(0, 1899),
                Arbitraries.integers().between(2101, 9999)), SdgArbitraries.values())
            .as((y, v) -> InvalidVariant.ofBuilder(DatedValue.class, "dated-value.year-range", v + " in " + y,
                () -> DatedValue.builder().year(y).value(v)));
    }

    // ---- observations

    private static IndicatorObservation.Builder copy(IndicatorObservation o) {
        return IndicatorObservation.builder().from(o);
    }

    /** A dimension the value is not broken down by, with two of its categories. */
    private static List<Disaggregation> twoCategories(Set<Disaggregation> held, int seed) {
        List<DisaggregationDimension> free = new ArrayList<>();
        for (DisaggregationDimension d : DisaggregationDimension.values()) {
            if (held.stream().noneMatch(h -> h.dimension().equals(d.code()))) {
                free.add(d);
            }
        }
        DisaggregationDimension d = free.get(seed % free.size());
        if (d == DisaggregationDimension.AGE) {
            return List.of(Disaggregation.age("0-59"), Disaggregation.age("60+"));
        }
        return List.of(Disaggregation.of(d.code(), d.categories().get(0).code()),
            Disaggregation.of(d.code(), d.categories().get(1).code()));
    }

    /** @return observations holding two categories of one dimension */
    public static Arbitrary<InvalidVariant<IndicatorObservation>> observationWithRepeatedDimension() {
        return Combinators.combine(observations(), Pick.index()).as((o, seed) -> {
            List<Disaggregation> two = twoCategories(o.dimensions(), seed);
            return InvalidVariant.ofBuilder(IndicatorObservation.class, "indicator-observation.dimension-repeated",
                o.key() + " broken down by " + two, () -> copy(o).addAllDimensions(two));
        });
    }

    /** @return observations of 50 whose lower bound lies above, or whose upper bound lies below */
    public static Arbitrary<InvalidVariant<IndicatorObservation>> boundsAroundNotValue() {
        return Combinators.combine(observations(), Arbitraries.of(true, false)).as((o, lower) ->
            InvalidVariant.ofBuilder(IndicatorObservation.class, "indicator-observation.bounds-order",
                o.key() + " of 50 with a " + (lower ? "lower bound of 60" : "upper bound of 40"), () -> {
                    IndicatorObservation.Builder b = withoutBounds(o).value(BigDecimal.valueOf(50));
                    return lower ? b.lowerBound(BigDecimal.valueOf(60)) : b.upperBound(BigDecimal.valueOf(40));
                }));
    }

    /** @return observations of a region or group given a sub-national area */
    public static Arbitrary<InvalidVariant<IndicatorObservation>> observationOfSubnationalAreaOfNoCountry() {
        List<Area> groups = Area.all().stream().filter(a -> a.country().isEmpty()).toList();
        return Combinators.combine(observations(), Arbitraries.of(groups), ValueArbitraries.entityIds("area"))
            .as((o, group, id) -> InvalidVariant.ofBuilder(IndicatorObservation.class,
                "indicator-observation.subnational-area-country", o.key() + " moved to " + group + " within " + id,
                () -> copy(o).area(group).subnationalArea(id)));
    }

    /** @return observations of a value below the indicator's minimum or above its maximum */
    public static Arbitrary<InvalidVariant<IndicatorObservation>> observationOutOfRange() {
        return Combinators.combine(observations(), Arbitraries.bigDecimals().between(new BigDecimal("0.01"),
                BigDecimal.valueOf(1000)).ofScale(2), Arbitraries.of(true, false))
            .as((o, beyond, below) -> {
                Indicator indicator = builtInOrNull(o.indicator());
                boolean under = below || indicator == null || indicator.maximum().isEmpty();
                BigDecimal value = under ? indicatorMinimum(indicator).subtract(beyond)
                    : indicator.maximum().orElseThrow().add(beyond);
                return InvalidVariant.ofBuilder(IndicatorObservation.class, "indicator-observation.value-range",
                    o.key() + " of " + value, () -> withoutBounds(o).value(value)
                        .indicator(indicator == null ? SdgIndicators.SERVICE_COVERAGE.code() : o.indicator()));
            });
    }

    private static Indicator builtInOrNull(IndicatorCode code) {
        return SdgIndicators.find(code).orElse(null);
    }

    private static BigDecimal indicatorMinimum(Indicator indicator) {
        return indicator == null ? BigDecimal.ZERO : indicator.minimum().orElse(BigDecimal.ZERO);
    }

    /** A copy of an observation without its bounds, unit and series, of a built-in indicator. */
    private static IndicatorObservation.Builder withoutBounds(IndicatorObservation o) {
        IndicatorObservation.Builder b = IndicatorObservation.builder().indicator(o.indicator()).area(o.area())
            .period(o.period()).value(o.value()).dimensions(o.dimensions()).citations(o.citations());
        o.series().ifPresent(b::series);
        o.subnationalArea().ifPresent(b::subnationalArea);
        o.release().ifPresent(b::release);
        return b;
    }

    /** @return observations stating a unit other than their indicator's */
    public static Arbitrary<InvalidVariant<IndicatorObservation>> unitMismatch() {
        return Combinators.combine(builtInObservations(), Arbitraries.of(IndicatorUnit.class))
            .filter((o, unit) -> unit != builtIn(o.indicator()).unit())
            .as((o, unit) -> InvalidVariant.ofBuilder(IndicatorObservation.class, "indicator-observation.unit-mismatch",
                o.key() + " in " + unit.code(), () -> copy(o).unit(unit)));
    }

    private static Arbitrary<IndicatorObservation> builtInObservations() {
        return observations().filter(o -> SdgIndicators.isBuiltIn(o.indicator()));
    }

    /** @return observations of a series their indicator does not list */
    public static Arbitrary<InvalidVariant<IndicatorObservation>> observationOfUnknownSeries() {
        return builtInObservations().map(o -> InvalidVariant.ofBuilder(IndicatorObservation.class,
            "indicator-observation.unknown-series", o.key() + " of series NO_SUCH_SERIES",
            () -> copy(o).series(SeriesCode.of("NO_SUCH_SERIES"))));
    }

    /** @return observations of 3.8.2 without the series that says their threshold */
    public static Arbitrary<InvalidVariant<IndicatorObservation>> observationWithoutSeries() {
        return observations().map(o -> InvalidVariant.ofBuilder(IndicatorObservation.class,
            "indicator-observation.series-required", "3.8.2 of " + o.area() + " in " + o.period() + " without a series",
            () -> {
                IndicatorObservation.Builder b = IndicatorObservation.builder()
                    .indicator(SdgIndicators.FINANCIAL_PROTECTION).area(o.area()).period(o.period())
                    .value(BigDecimal.TEN).dimensions(o.dimensions()).citations(o.citations());
                o.subnationalArea().ifPresent(b::subnationalArea);
                return b;
            }));
    }

    /** @return observations citing no source; a warning */
    public static Arbitrary<InvalidVariant<IndicatorObservation>> observationUncited() {
        return observations().map(o -> InvalidVariant.ofBuilder(IndicatorObservation.class,
            "indicator-observation.source-missing", o.key() + " citing nothing", () -> copy(o).citations(List.of())));
    }

    /** @return values written in text that is not a decimal in plain notation */
    public static Arbitrary<InvalidVariant<IndicatorObservation>> malformedValue() {
        return Arbitraries.oneOf(Malformed.nonDecimals(), Arbitraries.of("<5", ">95", "4,50", "n/a", "", " 74"))
            .map(t -> of(IndicatorObservation.class, "indicator-observation.value-format", "value '" + t + "'",
                () -> IndicatorObservation.builder().indicator(SdgIndicators.SERVICE_COVERAGE).area(Area.WORLD)
                    .period(ReferencePeriod.ofYear(2021)).value(IndicatorObservation.parseValue(t)).build()));
    }

    // ---- targets

    private static IndicatorTarget.Builder copy(IndicatorTarget t) {
        return IndicatorTarget.builder().from(t);
    }

    /** A level of 3.8.1 for the target's area, with neither baseline nor milestones: one that breaks no rule. */
    private static IndicatorTarget.Builder plainLevel(IndicatorTarget t) {
        IndicatorTarget.Builder b = IndicatorTarget.builder().id(t.id()).indicator(SdgIndicators.SERVICE_COVERAGE)
            .area(t.area()).dimensions(t.dimensions()).kind(TargetKind.LEVEL).targetValue(BigDecimal.valueOf(80))
            .targetYear(2030).citations(t.citations());
        t.subnationalArea().ifPresent(b::subnationalArea);
        return b;
    }

    /** @return targets of a year before 1900 or after 2100 */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> targetYearOutOfRange() {
        return Combinators.combine(targets(), Arbitraries.oneOf(Arbitraries.integers().between(0, 1899),
                Arbitraries.integers().between(2101, 9999)))
            .as((t, y) -> InvalidVariant.ofBuilder(IndicatorTarget.class, "indicator-target.year-range",
                t.id() + " for " + y, () -> plainLevel(t).targetYear(y)));
    }

    /** @return targets whose year is not after the baseline's */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> targetBeforeBaseline() {
        return Combinators.combine(targets(), Arbitraries.integers().between(1900, 2100),
                Arbitraries.integers().between(0, 30))
            .as((t, year, after) -> {
                int baselineYear = Math.min(2100, year + after);
                return InvalidVariant.ofBuilder(IndicatorTarget.class, "indicator-target.target-before-baseline",
                    t.id() + " for " + year + " from " + baselineYear, () -> plainLevel(t).targetYear(year)
                        .baseline(DatedValue.of(baselineYear, BigDecimal.valueOf(80))));
            });
    }

    /** @return targets whose milestones come out of order */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> milestonesOutOfOrder() {
        return Combinators.combine(targets(), Arbitraries.integers().between(1950, 2100),
                Arbitraries.integers().between(2, 20))
            .as((t, year, back) -> InvalidVariant.ofBuilder(IndicatorTarget.class, "indicator-target.milestone-order",
                t.id() + " with milestones of " + (year - 1) + " then " + (year - back),
                () -> plainLevel(t).targetYear(year).addMilestone(DatedValue.of(year - 1, BigDecimal.TEN))
                    .addMilestone(DatedValue.of(year - back, BigDecimal.ONE))));
    }

    /** @return targets holding two categories of one dimension */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> targetWithRepeatedDimension() {
        return Combinators.combine(targets(), Pick.index()).as((t, seed) -> {
            List<Disaggregation> two = twoCategories(t.dimensions(), seed);
            return InvalidVariant.ofBuilder(IndicatorTarget.class, "indicator-target.dimension-repeated",
                t.id() + " broken down by " + two, () -> copy(t).addAllDimensions(two));
        });
    }

    /** @return targets of a region or group given a sub-national area */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> targetOfSubnationalAreaOfNoCountry() {
        List<Area> groups = Area.all().stream().filter(a -> a.country().isEmpty()).toList();
        return Combinators.combine(targets(), Arbitraries.of(groups), ValueArbitraries.entityIds("area"))
            .as((t, group, id) -> InvalidVariant.ofBuilder(IndicatorTarget.class,
                "indicator-target.subnational-area-country", t.id() + " moved to " + group + " within " + id,
                () -> copy(t).area(group).subnationalArea(id)));
    }

    /** @return levels of 3.8.1 below 0 or above 100, and changes larger than 100 */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> targetOutOfRange() {
        return Combinators.combine(targets(), Arbitraries.bigDecimals().between(new BigDecimal("0.01"),
                BigDecimal.valueOf(1000)).ofScale(2), Arbitraries.integers().between(0, 2))
            .as((t, beyond, how) -> {
                BigDecimal value = how == 0 ? beyond.negate() : HUNDRED.add(beyond);
                TargetKind kind = how == 2 ? TargetKind.CHANGE : TargetKind.LEVEL;
                return InvalidVariant.ofBuilder(IndicatorTarget.class, "indicator-target.value-range", t.id() + " "
                    + kind.code() + " of " + value, () -> plainLevel(t).kind(kind).targetValue(value)
                    .baseline(DatedValue.of(2020, BigDecimal.ZERO)));
            });
    }

    /** @return targets of a series their indicator does not list */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> targetOfUnknownSeries() {
        return targets().map(t -> InvalidVariant.ofBuilder(IndicatorTarget.class, "indicator-target.unknown-series",
            t.id() + " of series NO_SUCH_SERIES", () -> plainLevel(t).series(SeriesCode.of("NO_SUCH_SERIES"))));
    }

    /** @return targets of 3.8.2 without a series */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> targetWithoutSeries() {
        return targets().map(t -> InvalidVariant.ofBuilder(IndicatorTarget.class, "indicator-target.series-required",
            t.id() + " of 3.8.2 without a series", () -> plainLevel(t).indicator(SdgIndicators.FINANCIAL_PROTECTION)
                .kind(TargetKind.CEILING).targetValue(BigDecimal.ONE)));
    }

    /** @return levels worse than their baseline, for an indicator that should rise or one that should fall */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> targetAgainstDirection() {
        return Combinators.combine(targets(), Arbitraries.of(true, false),
                Arbitraries.bigDecimals().between(new BigDecimal("0.1"), BigDecimal.valueOf(50)).ofScale(1))
            .as((t, coverage, worse) -> InvalidVariant.ofBuilder(IndicatorTarget.class,
                "indicator-target.target-against-direction", t.id() + (coverage ? " falling" : " rising") + " by "
                    + worse, () -> coverage
                    ? plainLevel(t).baseline(DatedValue.of(2021, BigDecimal.valueOf(60)))
                        .targetValue(BigDecimal.valueOf(60).subtract(worse))
                    : plainLevel(t).indicator(SdgIndicators.FINANCIAL_PROTECTION)
                        .series(SeriesCode.of("SH_OOP_XPD_EARNNET40"))
                        .baseline(DatedValue.of(2021, BigDecimal.valueOf(40)))
                        .targetValue(BigDecimal.valueOf(40).add(worse))));
    }

    /** @return ceilings on 3.8.1, which should rise, and floors on 3.8.2, which should fall */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> kindAgainstDirection() {
        return Combinators.combine(targets(), Arbitraries.of(true, false))
            .as((t, ceiling) -> InvalidVariant.ofBuilder(IndicatorTarget.class,
                "indicator-target.kind-against-direction", t.id() + (ceiling ? " a ceiling on 3.8.1"
                    : " a floor on 3.8.2"), () -> ceiling ? plainLevel(t).kind(TargetKind.CEILING)
                    : plainLevel(t).indicator(SdgIndicators.FINANCIAL_PROTECTION)
                        .series(SeriesCode.of("SH_XPD_EARN10")).kind(TargetKind.FLOOR).targetValue(BigDecimal.TEN)));
    }

    /** @return changes with no baseline to change from */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> changeWithoutBaseline() {
        return Combinators.combine(targets(), Arbitraries.bigDecimals().between(BigDecimal.ZERO, HUNDRED).ofScale(1))
            .as((t, change) -> InvalidVariant.ofBuilder(IndicatorTarget.class,
                "indicator-target.change-without-baseline", t.id() + " a change of " + change + " from nothing",
                () -> plainLevel(t).kind(TargetKind.CHANGE).targetValue(change)));
    }

}

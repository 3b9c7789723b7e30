package org.uhcmodel.testing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.uhcmodel.area.Area;
import org.uhcmodel.area.AreaKind;
import org.uhcmodel.area.SubnationalArea;
import org.uhcmodel.sdg.BudgetBasis;
import org.uhcmodel.sdg.DatedValue;
import org.uhcmodel.sdg.DeclaredCategory;
import org.uhcmodel.sdg.DeclaredDimension;
import org.uhcmodel.sdg.Disaggregation;
import org.uhcmodel.sdg.DisaggregationDimension;
import org.uhcmodel.sdg.HealthWorkforceCadre;
import org.uhcmodel.sdg.Indicator;
import org.uhcmodel.sdg.IndicatorCode;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorSeries;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.sdg.IndicatorUnit;
import org.uhcmodel.sdg.MethodEdition;
import org.uhcmodel.sdg.ObservationKey;
import org.uhcmodel.sdg.ObservationNature;
import org.uhcmodel.sdg.ReferencePeriod;
import org.uhcmodel.sdg.ReportingType;
import org.uhcmodel.sdg.SdgIndicators;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.sdg.SeriesCode;
import org.uhcmodel.sdg.SeriesPublisher;
import org.uhcmodel.sdg.ServiceCoverageEdition;
import org.uhcmodel.sdg.ServiceCoverageIndex;
import org.uhcmodel.sdg.SocietalPovertyLine;
import org.uhcmodel.sdg.SpendingThreshold;
import org.uhcmodel.sdg.TargetKind;
import org.uhcmodel.sdg.Tracer;
import org.uhcmodel.sdg.TracerCategory;
import org.uhcmodel.value.AdministrativeLevel;
import org.uhcmodel.value.Coded;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.Direction;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;

/**
 * Arbitraries of areas and of SDG monitoring: codes, periods, indicators, breakdowns, observations and targets, and
 * the computed service coverage index. Not part of the public API: use {@link org.uhcmodel.testing.Sdg}.
 * <p>
 * Inside a dataset, an observation or target refers to what the dataset declares through the ids of its pools, and
 * so follows from the id what the entity of that id is: a declared indicator is coded by its id and takes every value
 * from 0 to 100; a declared dimension has a category {@code c1}; a sub-national area lies in the country
 * {@link #countryOf(EntityId)} gives its id, and one with a parent states no rank, so that ranks never disagree.
 */
public final class SdgArbitraries {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The countries sub-national areas lie in, by the hash of their id. */
    private static final List<CountryCode> AREA_COUNTRIES = List.of(CountryCode.of("CI"), CountryCode.of("DZ"),
        CountryCode.of("MR"), CountryCode.of("KZ"));
    /** The category every declared dimension of a generated dataset has. */
    public static final String FIRST_CATEGORY = "c1";

    private SdgArbitraries() {
    }

    // ---- areas

    /** @return built-in areas: countries mostly, the World, M49, WHO and World Bank areas */
    public static Arbitrary<Area> areas() {
        List<Area> aggregates = Area.all().stream().filter(a -> a.kind() != AreaKind.COUNTRY).toList();
        return Arbitraries.frequencyOf(Tuple.of(5, countries()), Tuple.of(2, Arbitraries.of(aggregates)),
            Tuple.of(1, Arbitraries.just(Area.WORLD)));
    }

    /** @return the areas of countries */
    public static Arbitrary<Area> countries() {
        return ValueArbitraries.countryCodes().map(Area::of);
    }

    /**
     * The country of a sub-national area generated under an id.
     *
     * @param id  the id of the area
     * @return the country
     */
    public static CountryCode countryOf(EntityId id) {
        return AREA_COUNTRIES.get(Math.floorMod(id.toString().hashCode(), AREA_COUNTRIES.size()));
    }

    /** @return drafts of sub-national areas in the country of their id, some within an earlier area of it */
    public static Arbitrary<Draft<SubnationalArea>> subnationalAreas() {
        Arbitrary<String> codes = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9')
            .ofMinLength(1).ofMaxLength(3);
        return Combinators.combine(ValueArbitraries.localizedTexts(), ValueArbitraries.localizedTexts(),
                Arbitraries.integers().between(1, 9).optional(0.7), codes.optional(0.6), Pick.index().optional(0.5),
                ValueArbitraries.citationDrafts())
            .as((name, level, rank, code, parent, citations) -> (id, refs) -> {
                CountryCode country = countryOf(id);
                SubnationalArea.Builder b = SubnationalArea.builder().id(id).country(country).name(name)
                    .citations(citations.apply(refs.of(EntityKind.SOURCE)));
                code.ifPresent(c -> b.code(country.code() + "-" + c));
                List<EntityId> sameCountry = Refs.earlier(refs.of(EntityKind.AREA), id).stream()
                    .filter(p -> countryOf(p).equals(country)).toList();
                Optional<EntityId> up = Pick.of(sameCountry, parent);
                up.ifPresent(b::parent);
                AdministrativeLevel.Builder l = AdministrativeLevel.builder().name(level);
                if (up.isEmpty()) {
                    rank.ifPresent(l::rank);
                }
                return b.level(l.build()).build();
            });
    }

    // ---- codes and periods

    private static Arbitrary<String> codeGroups(int max) {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
            .ofMinLength(1).ofMaxLength(6).list().ofMinSize(1).ofMaxSize(max)
            .flatMap(groups -> Arbitraries.of('.', '-', '_', '/').list().ofSize(groups.size())
                .map(seps -> {
                    StringBuilder buf = new StringBuilder(groups.get(0));
                    for (int i = 1; i < groups.size(); i++) {
                        buf.append(seps.get(i)).append(groups.get(i));
                    }
                    return buf.toString();
                }));
    }

    /** @return codes of built-in indicators and of indicators a dataset may declare */
    public static Arbitrary<IndicatorCode> indicatorCodes() {
        return Arbitraries.oneOf(Arbitraries.of(SdgIndicators.all()).map(Indicator::code),
            codeGroups(4).map(IndicatorCode::of));
    }

    /** @return codes of the series of built-in indicators, and others */
    public static Arbitrary<SeriesCode> seriesCodes() {
        List<SeriesCode> builtIn = SdgIndicators.all().stream().flatMap(i -> i.series().stream())
            .map(IndicatorSeries::code).toList();
        return Arbitraries.oneOf(Arbitraries.of(builtIn), codeGroups(4).map(t -> t.replace('/', '_'))
            .map(SeriesCode::of));
    }

    /** @return years from 1900 to 2100, both bounds often, and spans of years */
    public static Arbitrary<ReferencePeriod> referencePeriods() {
        Arbitrary<Integer> years = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(1900, 2100)),
            Tuple.of(10, Arbitraries.integers().between(1900, 2100)));
        Arbitrary<ReferencePeriod> spans = Combinators.combine(Arbitraries.integers().between(1900, 2099),
                Arbitraries.integers().between(1, 10))
            .as((start, length) -> ReferencePeriod.of(start, Math.min(2100, start + length)));
        return Arbitraries.frequencyOf(Tuple.of(4, years.map(ReferencePeriod::ofYear)), Tuple.of(1, spans));
    }

    // ---- indicators

    /** @return shares of a budget in percent, 0 to 200 */
    private static Arbitrary<BigDecimal> shares() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(200)).ofScale(1);
    }

    /** @return thresholds above a share, some bands up to a larger one */
    public static Arbitrary<SpendingThreshold> spendingThresholds() {
        return Combinators.combine(Arbitraries.of(BudgetBasis.class), shares(),
                Arbitraries.bigDecimals().between(new BigDecimal("0.1"), HUNDRED).ofScale(1).optional(0.4))
            .as((basis, above, width) -> width.map(w -> SpendingThreshold.between(basis, above, above.add(w)))
                .orElseGet(() -> SpendingThreshold.above(basis, above)));
    }

    /** @return editions of a method, coded by a year or a word */
    public static Arbitrary<MethodEdition> methodEditions() {
        Arbitrary<String> codes = Arbitraries.oneOf(Arbitraries.integers().between(1990, 2030).map(String::valueOf),
            codeGroups(2));
        return Combinators.combine(codes, ValueArbitraries.text("en")).as(MethodEdition::of);
    }

    /**
     * Series of an indicator, following one of its editions or none, some at a threshold.
     *
     * @param editions  the codes of the indicator's editions
     * @param thresholds  whether a series may have a spending threshold
     * @return the arbitrary
     */
    public static Arbitrary<IndicatorSeries> indicatorSeries(List<String> editions, boolean thresholds) {
        Arbitrary<Optional<String>> edition = editions.isEmpty() ? Arbitraries.just(Optional.empty())
            : Arbitraries.of(editions).optional(0.6);
        return Combinators.combine(seriesCodes(), Arbitraries.of(SeriesPublisher.class), ValueArbitraries.text("en"),
                edition, spendingThresholds().optional(thresholds ? 0.3 : 0))
            .as((code, publisher, description, e, threshold) -> {
                IndicatorSeries.Builder b = IndicatorSeries.builder().code(code).publisher(publisher)
                    .description(description);
                e.ifPresent(b::edition);
                threshold.ifPresent(b::threshold);
                return b.build();
            });
    }

    /** @return series of any indicator, with an edition or not */
    public static Arbitrary<IndicatorSeries> indicatorSeries() {
        return methodEditions().map(MethodEdition::code).list().ofMaxSize(1)
            .flatMap(editions -> indicatorSeries(editions, true));
    }

    /**
     * Drafts of indicators a dataset declares: coded by their id, taking every value from 0 to 100, series at no
     * threshold, so that any observation of 0 to 100 without a series fits them.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Draft<Indicator>> indicators() {
        Arbitrary<List<MethodEdition>> editions = methodEditions().list().ofMaxSize(3)
            .map(list -> distinctBy(list, MethodEdition::code));
        return Builders.withBuilder(IndicatorParts::new)
            .use(ValueArbitraries.localizedTexts()).inSetter((p, v) -> p.name = v)
            .use(Arbitraries.of(IndicatorUnit.class)).inSetter((p, v) -> p.unit = v)
            .use(Arbitraries.bigDecimals().between(BigDecimal.valueOf(-1000), BigDecimal.ZERO).ofScale(1)
                .optional(0.7)).inSetter((p, v) -> p.minimum = v)
            .use(Arbitraries.bigDecimals().between(HUNDRED, BigDecimal.valueOf(100_000)).ofScale(1).optional(0.7))
            .inSetter((p, v) -> p.maximum = v)
            .use(Arbitraries.of(Direction.class).optional(0.8)).inSetter((p, v) -> p.direction = v)
            .use(indicatorCodes().optional(0.3)).inSetter((p, v) -> p.partOf = v)
            .use(Arbitraries.of(SdgTarget.class).optional(0.5)).inSetter((p, v) -> p.target = v)
            .use(editions).inSetter((p, v) -> p.editions = v)
            .use(Arbitraries.integers().between(0, 3)).inSetter((p, v) -> p.seriesCount = v)
            .use(Arbitraries.integers().between(0, 1000).list().ofSize(3)).inSetter((p, v) -> p.seriesSeeds = v)
            .use(spendingThresholds().optional(0.2)).inSetter((p, v) -> p.threshold = v)
            .use(ValueArbitraries.citationDrafts()).inSetter((p, v) -> p.citations = v)
            .build(p -> p::build);
    }

    /** The parts of a drafted indicator. */
    private static final class IndicatorParts {
        org.uhcmodel.value.LocalizedText name;
        IndicatorUnit unit;
        Optional<BigDecimal> minimum;
        Optional<BigDecimal> maximum;
        Optional<Direction> direction;
        Optional<IndicatorCode> partOf;
        Optional<SdgTarget> target;
        List<MethodEdition> editions;
        int seriesCount;
        List<Integer> seriesSeeds;
        Optional<SpendingThreshold> threshold;
        Function<List<EntityId>, List<org.uhcmodel.value.Citation>> citations;

        Indicator build(EntityId id, Refs refs) {
            IndicatorCode code = codeOf(id);
            Indicator.Builder b = Indicator.builder().id(id).code(code).name(name).unit(unit).editions(editions)
                .citations(citations.apply(refs.of(EntityKind.SOURCE)));
            minimum.ifPresent(b::minimum);
            maximum.ifPresent(b::maximum);
            direction.ifPresent(b::direction);
            partOf.filter(p -> !p.equals(code)).ifPresent(b::partOf);
            target.ifPresent(b::sdgTarget);
            threshold.ifPresent(b::threshold);
            List<String> editionCodes = editions.stream().map(MethodEdition::code).toList();
            for (int i = 0; i < seriesCount; i++) {
                String edition = editionCodes.isEmpty() || seriesSeeds.get(i) % 2 == 0 ? null
                    : editionCodes.get(seriesSeeds.get(i) % editionCodes.size());
                IndicatorSeries.Builder s = IndicatorSeries.builder()
                    .code(SeriesCode.of("S" + (i + 1) + "_" + seriesSeeds.get(i)))
                    .publisher(SeriesPublisher.NATIONAL).description("Series " + (i + 1));
                if (edition != null) {
                    s.edition(edition);
                }
                b.addSeries(s.build());
            }
            return b.build();
        }
    }

    /**
     * The code of a declared indicator generated under an id.
     *
     * @param id  the id
     * @return the code: the id's text, which no built-in code is
     */
    public static IndicatorCode codeOf(EntityId id) {
        return IndicatorCode.of(id.toString());
    }

    private static <T> List<T> distinctBy(List<T> items, Function<T, Object> key) {
        Set<Object> seen = new LinkedHashSet<>();
        List<T> kept = new ArrayList<>();
        for (T item : items) {
            if (seen.add(key.apply(item))) {
                kept.add(item);
            }
        }
        return kept;
    }

    // ---- breakdowns

    /** @return age groups: ranges and open ends */
    public static Arbitrary<String> ageGroups() {
        Arbitrary<String> ranges = Combinators.combine(Arbitraries.integers().between(0, 140),
                Arbitraries.integers().between(1, 10))
            .as((from, width) -> from + "-" + (from + width));
        return Arbitraries.oneOf(Arbitraries.of("0-59", "60+", "15-49", "0-4", "18+"), ranges,
            Arbitraries.integers().between(0, 150).map(a -> a + "+"));
    }

    /** @return a category of a built-in dimension */
    public static Arbitrary<Disaggregation> builtInCategories() {
        return Arbitraries.of(DisaggregationDimension.class).flatMap(d -> d == DisaggregationDimension.AGE
            ? ageGroups().map(Disaggregation::age)
            : Arbitraries.of(d.categories()).map(c -> Disaggregation.of(d, (Coded) c)));
    }

    /** @return categories of built-in dimensions and of dimensions a dataset may declare */
    public static Arbitrary<Disaggregation> disaggregations() {
        Arbitrary<Disaggregation> declared = Combinators.combine(ValueArbitraries.entityIds(),
                ValueArbitraries.text("en"))
            .as((dimension, category) -> Disaggregation.of("declared-" + dimension, category));
        return Arbitraries.frequencyOf(Tuple.of(4, builtInCategories()), Tuple.of(1, declared));
    }

    /** @return sets of categories of built-in dimensions, one per dimension */
    public static Arbitrary<List<Disaggregation>> builtInBreakdowns() {
        return builtInCategories().list().ofMaxSize(3).map(list -> distinctBy(list, Disaggregation::dimension));
    }

    /** @return categories of a declared dimension */
    public static Arbitrary<DeclaredCategory> declaredCategories() {
        return Combinators.combine(ValueArbitraries.entityIds().map(EntityId::toString),
            ValueArbitraries.localizedTexts()).as(DeclaredCategory::of);
    }

    /** @return drafts of declared dimensions, each with the category {@link #FIRST_CATEGORY} and others */
    public static Arbitrary<Draft<DeclaredDimension>> declaredDimensions() {
        return Combinators.combine(ValueArbitraries.localizedTexts(), ValueArbitraries.localizedTexts(),
                declaredCategories().list().ofMaxSize(3), ValueArbitraries.citationDrafts())
            .as((name, first, more, citations) -> (id, refs) -> {
                List<DeclaredCategory> categories = new ArrayList<>();
                categories.add(DeclaredCategory.of(FIRST_CATEGORY, first));
                categories.addAll(more);
                return DeclaredDimension.builder().id(id).name(name)
                    .categories(distinctBy(categories, DeclaredCategory::code))
                    .citations(citations.apply(refs.of(EntityKind.SOURCE))).build();
            });
    }

    // ---- attributes

    /** @return poverty lines of 2011, 2017 and 2021 PPPs, and others */
    public static Arbitrary<SocietalPovertyLine> povertyLines() {
        return Combinators.combine(Arbitraries.bigDecimals().between(new BigDecimal("0.01"), BigDecimal.valueOf(50))
                .ofScale(2), Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(2011, 2017, 2021)),
                    Tuple.of(1, Arbitraries.integers().between(1990, 2100))))
            .as(SocietalPovertyLine::of);
    }

    /** @return values in years from 1900 to 2100 */
    public static Arbitrary<DatedValue> datedValues() {
        return Combinators.combine(Arbitraries.integers().between(1900, 2100), values())
            .as(DatedValue::of);
    }

    /** @return values from 0 to 100, both bounds often */
    public static Arbitrary<BigDecimal> values() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(BigDecimal.ZERO, HUNDRED)),
            Tuple.of(6, Arbitraries.bigDecimals().between(BigDecimal.ZERO, HUNDRED).ofScale(2)));
    }

    /** @return values within an indicator's range */
    private static Arbitrary<BigDecimal> valuesOf(Indicator indicator) {
        BigDecimal least = indicator.minimum().orElse(BigDecimal.ZERO);
        BigDecimal most = indicator.maximum().orElse(least.add(BigDecimal.valueOf(1000)));
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(least, most)),
            Tuple.of(6, Arbitraries.bigDecimals().between(least, most).ofScale(2)));
    }

    private static Arbitrary<Optional<String>> texts(double probability) {
        return ValueArbitraries.text("en").optional(probability);
    }

    // ---- observations

    /**
     * Drafts of observations, built against the pools of a dataset or alone: of a built-in indicator mostly, with a
     * series where it needs one, or of an indicator the dataset declares; always citing a source.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Draft<IndicatorObservation>> observations() {
        Arbitrary<Indicator> builtIn = Arbitraries.of(SdgIndicators.all());
        return builtIn.flatMap(indicator -> Builders.withBuilder(ObservationParts::new)
            .use(Arbitraries.just(indicator)).inSetter((p, v) -> p.indicator = v)
            .use(Arbitraries.integers().between(0, 9)).inSetter((p, v) -> p.which = v)
            .use(Pick.index()).inSetter((p, v) -> p.pick = v)
            .use(indicator.series().isEmpty() ? Arbitraries.just(Optional.<IndicatorSeries>empty())
                : Arbitraries.of(indicator.series()).optional(indicator.requiresSeries() ? 1 : 0.6))
            .inSetter((p, v) -> p.series = v)
            .use(areas()).inSetter((p, v) -> p.area = v)
            .use(referencePeriods()).inSetter((p, v) -> p.period = v)
            .use(valuesOf(indicator)).inSetter((p, v) -> p.value = v)
            .use(values()).inSetter((p, v) -> p.declaredValue = v)
            .use(Arbitraries.of(true, false)).inSetter((p, v) -> p.unit = v)
            .use(builtInBreakdowns()).inSetter((p, v) -> p.dimensions = v)
            .use(Arbitraries.integers().between(0, 3)).inSetter((p, v) -> p.bounds = v)
            .use(Arbitraries.of(ObservationNature.class).optional(0.5)).inSetter((p, v) -> p.nature = v)
            .use(Arbitraries.of(ReportingType.class).optional(0.4)).inSetter((p, v) -> p.reporting = v)
            .use(povertyLines().optional(0.2)).inSetter((p, v) -> p.povertyLine = v)
            .use(texts(0.3)).inSetter((p, v) -> p.source = v)
            .use(Arbitraries.of("2025.Q4.G.01", "2026.Q1.G.01", "2025-01-28", "GHO 2019").optional(0.4))
            .inSetter((p, v) -> p.release = v)
            .use(texts(0.2)).inSetter((p, v) -> p.footnote = v)
            .use(ValueArbitraries.citationDrafts()).inSetter((p, v) -> p.citations = v)
            .build(p -> p::build));
    }

    /** The parts of a drafted observation. */
    private static final class ObservationParts {
        Indicator indicator;
        int which;
        int pick;
        Optional<IndicatorSeries> series;
        Area area;
        ReferencePeriod period;
        BigDecimal value;
        BigDecimal declaredValue;
        boolean unit;
        List<Disaggregation> dimensions;
        int bounds;
        Optional<ObservationNature> nature;
        Optional<ReportingType> reporting;
        Optional<SocietalPovertyLine> povertyLine;
        Optional<String> source;
        Optional<String> release;
        Optional<String> footnote;
        Function<List<EntityId>, List<org.uhcmodel.value.Citation>> citations;

        IndicatorObservation build(EntityId id, Refs refs) {
            List<EntityId> sources = refs.of(EntityKind.SOURCE);
            List<EntityId> declared = refs.of(EntityKind.INDICATOR);
            List<EntityId> areas = refs.of(EntityKind.AREA);
            List<EntityId> dimensionIds = refs.of(EntityKind.DIMENSION);
            IndicatorObservation.Builder b = IndicatorObservation.builder().period(period).dimensions(dimensions)
                .addCitation(org.uhcmodel.value.Citation.of(Pick.of(sources, pick)))
                .addAllCitations(citations.apply(sources));
            BigDecimal v = value;
            if (which == 0 && !declared.isEmpty()) {
                b.indicator(codeOf(Pick.of(declared, pick)));
                v = declaredValue;
            } else {
                b.indicator(indicator);
                series.ifPresent(s -> b.series(s.code()));
                if (unit) {
                    b.unit(indicator.unit());
                }
                if (bounds == 1 || bounds == 3) {
                    b.lowerBound(indicator.minimum().orElse(v).min(v));
                }
                if (bounds == 2 || bounds == 3) {
                    b.upperBound(indicator.maximum().orElse(v).max(v));
                }
            }
            b.value(v);
            if (which == 1 && !areas.isEmpty()) {
                EntityId subnational = Pick.of(areas, pick);
                b.area(Area.of(countryOf(subnational))).subnationalArea(subnational);
            } else {
                b.area(area);
            }
            if (which == 2 && !dimensionIds.isEmpty()) {
                b.addDimension(Disaggregation.of(Pick.of(dimensionIds, pick).toString(), FIRST_CATEGORY));
            }
            nature.ifPresent(b::nature);
            reporting.ifPresent(b::reportingType);
            povertyLine.ifPresent(b::povertyLine);
            source.ifPresent(b::source);
            release.ifPresent(b::release);
            footnote.ifPresent(b::footnote);
            return b.build();
        }
    }

    /** @return the natural keys of observations */
    public static Arbitrary<ObservationKey> observationKeys() {
        return EntityArbitraries.alone(observations()).map(IndicatorObservation::key);
    }

    // ---- targets

    /** The kinds of target that agree with a direction: no ceiling where higher is better, no floor where lower is. */
    private static List<TargetKind> kindsFor(Optional<Direction> direction) {
        List<TargetKind> kinds = new ArrayList<>(List.of(TargetKind.values()));
        if (direction.equals(Optional.of(Direction.INCREASE))) {
            kinds.remove(TargetKind.CEILING);
        } else if (direction.equals(Optional.of(Direction.DECREASE))) {
            kinds.remove(TargetKind.FLOOR);
        }
        return kinds;
    }

    /**
     * Drafts of targets: of a built-in indicator mostly, or of a declared one; a change has a baseline and moves
     * the way the indicator improves, a level is never worse than the baseline; milestones in order between the
     * baseline and the target year.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Draft<IndicatorTarget>> targets() {
        return Arbitraries.of(SdgIndicators.all()).flatMap(indicator -> Builders.withBuilder(TargetParts::new)
            .use(Arbitraries.just(indicator)).inSetter((p, v) -> p.indicator = v)
            .use(Arbitraries.integers().between(0, 9)).inSetter((p, v) -> p.which = v)
            .use(Pick.index()).inSetter((p, v) -> p.pick = v)
            .use(indicator.series().isEmpty() ? Arbitraries.just(Optional.<IndicatorSeries>empty())
                : Arbitraries.of(indicator.series()).optional(indicator.requiresSeries() ? 1 : 0.5))
            .inSetter((p, v) -> p.series = v)
            .use(areas()).inSetter((p, v) -> p.area = v)
            .use(builtInBreakdowns()).inSetter((p, v) -> p.dimensions = v)
            .use(Arbitraries.of(kindsFor(indicator.direction()))).inSetter((p, v) -> p.kind = v)
            .use(values()).inSetter((p, v) -> p.value = v)
            .use(values()).inSetter((p, v) -> p.baselineValue = v)
            .use(Arbitraries.integers().between(1900, 2099).optional(0.6)).inSetter((p, v) -> p.baselineYear = v)
            .use(Arbitraries.integers().between(1, 60)).inSetter((p, v) -> p.years = v)
            .use(Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(1900, 2100)),
                Tuple.of(8, Arbitraries.integers().between(1900, 2100)))).inSetter((p, v) -> p.targetYear = v)
            .use(Arbitraries.integers().between(0, 3)).inSetter((p, v) -> p.milestones = v)
            .use(values().list().ofSize(3)).inSetter((p, v) -> p.milestoneValues = v)
            .use(Pick.index().optional(0.4)).inSetter((p, v) -> p.setBy = v)
            .use(ValueArbitraries.citationDrafts()).inSetter((p, v) -> p.citations = v)
            .build(p -> p::build));
    }

    /** The parts of a drafted target. */
    private static final class TargetParts {
        Indicator indicator;
        int which;
        int pick;
        Optional<IndicatorSeries> series;
        Area area;
        List<Disaggregation> dimensions;
        TargetKind kind;
        BigDecimal value;
        BigDecimal baselineValue;
        Optional<Integer> baselineYear;
        int years;
        int targetYear;
        int milestones;
        List<BigDecimal> milestoneValues;
        Optional<Integer> setBy;
        Function<List<EntityId>, List<org.uhcmodel.value.Citation>> citations;

        IndicatorTarget build(EntityId id, Refs refs) {
            List<EntityId> declared = refs.of(EntityKind.INDICATOR);
            List<EntityId> areas = refs.of(EntityKind.AREA);
            IndicatorTarget.Builder b = IndicatorTarget.builder().id(id).dimensions(dimensions)
                .citations(citations.apply(refs.of(EntityKind.SOURCE)));
            boolean declaredIndicator = which == 0 && !declared.isEmpty();
            // A declared indicator's direction is not known here: a level without a baseline warns of nothing.
            TargetKind k = declaredIndicator ? TargetKind.LEVEL : kind;
            if (declaredIndicator) {
                b.indicator(codeOf(Pick.of(declared, pick)));
            } else {
                b.indicator(indicator);
                series.ifPresent(s -> b.series(s.code()));
            }
            if (which == 1 && !areas.isEmpty()) {
                EntityId subnational = Pick.of(areas, pick);
                b.area(Area.of(countryOf(subnational))).subnationalArea(subnational);
            } else {
                b.area(area);
            }
            boolean baseline = !declaredIndicator && (k == TargetKind.CHANGE || baselineYear.isPresent());
            BigDecimal target = value;
            int end;
            int from;
            if (baseline) {
                int start = Math.max(1900, Math.min(2099, baselineYear.orElse(targetYear - years)));
                end = Math.min(2100, start + years);
                from = start;
                int sign = indicator.direction().map(d -> d == Direction.INCREASE ? 1
                    : d == Direction.DECREASE ? -1 : 0).orElse(0);
                if (k == TargetKind.CHANGE) {
                    target = sign < 0 ? value.negate() : value;
                } else if (sign > 0 && value.compareTo(baselineValue) < 0
                    || sign < 0 && value.compareTo(baselineValue) > 0) {
                    target = baselineValue;
                }
                b.baseline(DatedValue.of(start, baselineValue));
            } else {
                end = targetYear;
                from = Math.max(1900, end - 20);
            }
            b.kind(k).targetValue(target).targetYear(end);
            for (int i = 1; i <= milestones && from + i < end; i++) {
                b.addMilestone(DatedValue.of(from + i, milestoneValues.get(i - 1)));
            }
            Optional<EntityId> plan = setBy.isEmpty() ? Optional.empty()
                : Pick.of(concat(refs.of(EntityKind.PROGRAMME), refs.of(EntityKind.AGREEMENT)), setBy);
            plan.ifPresent(b::setBy);
            return b.build();
        }
    }

    private static List<EntityId> concat(List<EntityId> a, List<EntityId> b) {
        List<EntityId> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    // ---- the service coverage index

    /** @return values of a tracer in its unit, within what real countries show */
    private static Arbitrary<BigDecimal> tracerValues(Tracer tracer) {
        switch (tracer) {
            case MEAN_FASTING_PLASMA_GLUCOSE:
                return Arbitraries.bigDecimals().between(new BigDecimal("4.0"), new BigDecimal("9.0")).ofScale(2);
            case HOSPITAL_BEDS:
                return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(150)).ofScale(1);
            default:
                return Arbitraries.bigDecimals().between(BigDecimal.ZERO, HUNDRED).ofScale(1);
        }
    }

    /** @return indices computed from tracers, from cadre densities, or from category indices */
    public static Arbitrary<ServiceCoverageIndex> serviceCoverageIndices() {
        Arbitrary<ServiceCoverageIndex> fromTracers = Arbitraries.of(ServiceCoverageEdition.class).flatMap(edition -> {
            List<Arbitrary<BigDecimal>> each = new ArrayList<>();
            for (Tracer tracer : edition.tracers()) {
                each.add(tracerValues(tracer));
            }
            Arbitrary<Map<HealthWorkforceCadre, BigDecimal>> cadres = Combinators.combine(
                    Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5")).ofScale(2),
                    Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(20)).ofScale(2),
                    Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(40)).ofScale(2))
                .as((physicians, psychiatrists, surgeons) -> {
                    Map<HealthWorkforceCadre, BigDecimal> m = new EnumMap<>(HealthWorkforceCadre.class);
                    m.put(HealthWorkforceCadre.PHYSICIANS, physicians);
                    m.put(HealthWorkforceCadre.PSYCHIATRISTS, psychiatrists);
                    m.put(HealthWorkforceCadre.SURGEONS, surgeons);
                    return m;
                });
            return Combinators.combine(Combinators.combine(each).as(List::copyOf), Arbitraries.of(true, false),
                    Arbitraries.of(true, false), cadres)
                .as((values, nets, byCadres, densities) -> {
                    Map<Tracer, BigDecimal> tracers = new EnumMap<>(Tracer.class);
                    for (int i = 0; i < values.size(); i++) {
                        tracers.put(edition.tracers().get(i), values.get(i));
                    }
                    if (!nets) {
                        tracers.remove(Tracer.INSECTICIDE_TREATED_NETS);
                    }
                    if (byCadres) {
                        tracers.remove(Tracer.HEALTH_WORKFORCE);
                        return ServiceCoverageIndex.compute(edition, tracers, densities);
                    }
                    return ServiceCoverageIndex.compute(edition, tracers, Map.of());
                });
        });
        Arbitrary<BigDecimal> category = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), HUNDRED).ofScale(3);
        Arbitrary<ServiceCoverageIndex> fromCategories = Combinators.combine(
                Arbitraries.of(ServiceCoverageEdition.class), category, category, category, category)
            .as((edition, a, b, c, d) -> {
                Map<TracerCategory, BigDecimal> m = new EnumMap<>(TracerCategory.class);
                m.put(TracerCategory.REPRODUCTIVE_MATERNAL_NEWBORN_CHILD_HEALTH, a);
                m.put(TracerCategory.INFECTIOUS_DISEASES, b);
                m.put(TracerCategory.NONCOMMUNICABLE_DISEASES, c);
                m.put(TracerCategory.SERVICE_CAPACITY_AND_ACCESS, d);
                return ServiceCoverageIndex.fromCategoryIndices(edition, m);
            });
        return Arbitraries.frequencyOf(Tuple.of(3, fromTracers), Tuple.of(1, fromCategories));
    }
}

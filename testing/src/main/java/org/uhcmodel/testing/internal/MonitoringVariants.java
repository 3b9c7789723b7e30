package org.uhcmodel.testing.internal;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.uhcmodel.area.Area;
import org.uhcmodel.area.SubnationalArea;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.sdg.DeclaredCategory;
import org.uhcmodel.sdg.DeclaredDimension;
import org.uhcmodel.sdg.Disaggregation;
import org.uhcmodel.sdg.DisaggregationDimension;
import org.uhcmodel.sdg.Indicator;
import org.uhcmodel.sdg.IndicatorCode;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorUnit;
import org.uhcmodel.sdg.SdgIndicators;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.testing.InvalidVariant;
import org.uhcmodel.value.AdministrativeLevel;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;

/**
 * Invalid variants of the rules a dataset enforces on its observations and targets and on the areas, indicators and
 * dimensions it declares, behind {@link org.uhcmodel.testing.Datasets}: a valid dataset with entities added that
 * break one rule.
 */
public final class MonitoringVariants {

    private static final EntityId SOURCE = EntityId.of("extra-source");
    private static final String RELEASE = "extra-release";

    private MonitoringVariants() {
    }

    static void register(Catalogue.Registry r) {
        r.add("dataset.duplicate-observation", Dataset.class, MonitoringVariants::duplicateObservation);
        r.add("dataset.unknown-indicator", Dataset.class, MonitoringVariants::unknownIndicator);
        r.add("dataset.indicator-code-taken", Dataset.class, MonitoringVariants::indicatorCodeTaken);
        r.add("dataset.unknown-dimension", Dataset.class, MonitoringVariants::unknownDimension);
        r.add("dataset.dimension-code-taken", Dataset.class, MonitoringVariants::dimensionCodeTaken);
        r.add("dataset.subnational-area-country", Dataset.class, MonitoringVariants::subnationalAreaOfOtherCountry);
        r.add("dataset.area-parent-country", Dataset.class, MonitoringVariants::areaUnderAreaOfOtherCountry);
        r.add("dataset.area-parent-rank", Dataset.class, MonitoringVariants::areaUnderAreaOfNoLowerRank);
    }

    /** A source the added observations cite. */
    private static Arbitrary<SourceDocument> sources() {
        return EntityArbitraries.sources().map(s -> s.build(SOURCE, Refs.NONE));
    }

    /**
     * Observations of built-in indicators, of a release no generated dataset has, citing the added source, broken
     * down by built-in dimensions only, of no sub-national area.
     */
    private static Arbitrary<IndicatorObservation> observations() {
        return EntityArbitraries.alone(SdgArbitraries.observations())
            .filter(o -> SdgIndicators.isBuiltIn(o.indicator()) && o.subnationalArea().isEmpty())
            .map(o -> IndicatorObservation.builder().from(o).release(RELEASE)
                .dimensions(o.dimensions().stream().filter(d -> d.builtInDimension().isPresent()).toList())
                .citations(List.of(Citation.of(SOURCE))).build());
    }

    private static String size(Dataset d) {
        return "dataset of " + d.size() + " and " + d.observations().size() + " observations";
    }

    /** @return datasets holding an observation twice, or two of one key with different values */
    public static Arbitrary<InvalidVariant<Dataset>> duplicateObservation() {
        return Combinators.combine(DatasetArbitraries.datasets(), sources(), observations(),
                Arbitraries.of(true, false))
            .as((d, s, o, equal) -> {
                IndicatorObservation again = equal ? o : withoutBounds(o, o.value().compareTo(BigDecimal.ZERO) == 0
                    ? BigDecimal.ONE.min(SdgIndicators.find(o.indicator()).orElseThrow().maximum()
                        .orElse(BigDecimal.ONE)) : BigDecimal.ZERO);
                return InvalidVariant.ofBuilder(Dataset.class, "dataset.duplicate-observation", size(d) + " with "
                    + o.key() + (equal ? " twice" : " of two values"), () -> Dataset.builder().from(d).addSource(s)
                    .addObservation(o).addObservation(again));
            });
    }

    private static IndicatorObservation withoutBounds(IndicatorObservation o, BigDecimal value) {
        IndicatorObservation.Builder b = IndicatorObservation.builder().indicator(o.indicator()).area(o.area())
            .period(o.period()).value(value).dimensions(o.dimensions()).citations(o.citations());
        o.series().ifPresent(b::series);
        o.release().ifPresent(b::release);
        return b.build();
    }

    /** @return datasets with an observation of an indicator neither built in nor declared */
    public static Arbitrary<InvalidVariant<Dataset>> unknownIndicator() {
        return Combinators.combine(DatasetArbitraries.datasets(), sources(), observations())
            .as((d, s, o) -> {
                IndicatorObservation undeclared = IndicatorObservation.builder()
                    .indicator(IndicatorCode.of("UNDECLARED"))
                    .area(o.area()).period(o.period()).value(o.value()).dimensions(o.dimensions())
                    .citations(o.citations()).release(RELEASE).build();
                return InvalidVariant.ofBuilder(Dataset.class, "dataset.unknown-indicator", size(d)
                    + " with an observation of UNDECLARED", () -> Dataset.builder().from(d).addSource(s)
                    .addObservation(undeclared));
            });
    }

    /** @return datasets declaring an indicator of a built-in code, or two of one code */
    public static Arbitrary<InvalidVariant<Dataset>> indicatorCodeTaken() {
        return Combinators.combine(DatasetArbitraries.datasets(), Arbitraries.of(SdgIndicators.all()),
                Arbitraries.of(true, false))
            .as((d, builtIn, ofBuiltIn) -> {
                IndicatorCode code = ofBuiltIn ? builtIn.code() : IndicatorCode.of("NATIONAL-1");
                Indicator first = declared("extra-indicator-1", code);
                Indicator second = declared("extra-indicator-2", code);
                return InvalidVariant.ofBuilder(Dataset.class, "dataset.indicator-code-taken", size(d)
                    + (ofBuiltIn ? " declaring " + code : " declaring two indicators coded " + code), () -> {
                        Dataset.Builder b = Dataset.builder().from(d).addIndicator(first);
                        return ofBuiltIn ? b : b.addIndicator(second);
                    });
            });
    }

    private static Indicator declared(String id, IndicatorCode code) {
        return Indicator.builder().id(EntityId.of(id)).code(code).name(LocalizedText.of("en", "A national indicator"))
            .unit(IndicatorUnit.PERCENT).build();
    }

    /** @return datasets with an observation broken down by a dimension neither built in nor declared */
    public static Arbitrary<InvalidVariant<Dataset>> unknownDimension() {
        return Combinators.combine(DatasetArbitraries.datasets(), sources(), observations())
            .as((d, s, o) -> InvalidVariant.ofBuilder(Dataset.class, "dataset.unknown-dimension", size(d)
                + " with " + o.key() + " by an undeclared dimension", () -> Dataset.builder().from(d).addSource(s)
                .addObservation(IndicatorObservation.builder().from(o)
                    .addDimension(Disaggregation.of("undeclared-dimension", "x")).build())));
    }

    /** @return datasets declaring a dimension under the code of a built-in one */
    public static Arbitrary<InvalidVariant<Dataset>> dimensionCodeTaken() {
        return Combinators.combine(DatasetArbitraries.datasets(), Arbitraries.of(DisaggregationDimension.class))
            .as((d, builtIn) -> InvalidVariant.ofBuilder(Dataset.class, "dataset.dimension-code-taken", size(d)
                + " declaring the dimension " + builtIn.code(), () -> Dataset.builder().from(d)
                .addDimension(DeclaredDimension.builder().id(EntityId.of(builtIn.code()))
                    .name(LocalizedText.of("en", "Again")).addCategory(DeclaredCategory.of("c1",
                        LocalizedText.of("en", "One"))).build())));
    }

    private static SubnationalArea area(String id, CountryCode country, AdministrativeLevel level, EntityId parent) {
        SubnationalArea.Builder b = SubnationalArea.builder().id(EntityId.of(id)).country(country).level(level)
            .name(LocalizedText.of("fr", id));
        if (parent != null) {
            b.parent(parent);
        }
        return b.build();
    }

    private static AdministrativeLevel named() {
        return AdministrativeLevel.named(LocalizedText.of("fr", "région"));
    }

    /** @return datasets with an observation of a country and of a sub-national area of another */
    public static Arbitrary<InvalidVariant<Dataset>> subnationalAreaOfOtherCountry() {
        return Combinators.combine(DatasetArbitraries.datasets(), sources(), observations(),
                SdgArbitraries.countries())
            .filter((d, s, o, country) -> !country.equals(Area.of("CI")))
            .as((d, s, o, country) -> {
                SubnationalArea abidjan = area("extra-area", CountryCode.of("CI"), named(), null);
                return InvalidVariant.ofBuilder(Dataset.class, "dataset.subnational-area-country", size(d) + " with "
                    + o.key() + " in " + country + " within an area of CI", () -> Dataset.builder().from(d)
                    .addSource(s).addArea(abidjan).addObservation(IndicatorObservation.builder().from(o).area(country)
                        .subnationalArea(abidjan.id()).build()));
            });
    }

    /** @return datasets with an area within an area of another country */
    public static Arbitrary<InvalidVariant<Dataset>> areaUnderAreaOfOtherCountry() {
        return Combinators.combine(DatasetArbitraries.datasets(), ValueArbitraries.countryCodes())
            .filter((d, country) -> !country.equals(CountryCode.of("CI")))
            .as((d, country) -> {
                SubnationalArea parent = area("extra-area-1", CountryCode.of("CI"), named(), null);
                SubnationalArea child = area("extra-area-2", country, named(), parent.id());
                return InvalidVariant.ofBuilder(Dataset.class, "dataset.area-parent-country", size(d)
                    + " with an area of " + country + " within one of CI", () -> Dataset.builder().from(d)
                    .addArea(parent).addArea(child));
            });
    }

    /** @return datasets with an area within one of the same or a higher rank */
    public static Arbitrary<InvalidVariant<Dataset>> areaUnderAreaOfNoLowerRank() {
        return Combinators.combine(DatasetArbitraries.datasets(), Arbitraries.integers().between(1, 9),
                Arbitraries.integers().between(0, 8))
            .as((d, rank, lower) -> {
                int childRank = Math.max(1, rank - lower);
                SubnationalArea parent = area("extra-area-1", CountryCode.of("CI"),
                    AdministrativeLevel.of(rank, LocalizedText.of("fr", "district")), null);
                SubnationalArea child = area("extra-area-2", CountryCode.of("CI"),
                    AdministrativeLevel.of(childRank, LocalizedText.of("fr", "région")), parent.id());
                return InvalidVariant.ofBuilder(Dataset.class, "dataset.area-parent-rank", size(d) + " with an area of "
                    + "rank " + childRank + " within one of rank " + rank, () -> Dataset.builder().from(d)
                    .addArea(parent).addArea(child));
            });
    }
}

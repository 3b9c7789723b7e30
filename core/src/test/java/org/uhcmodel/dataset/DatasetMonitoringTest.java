package org.uhcmodel.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.uhcmodel.area.Area;
import org.uhcmodel.area.SubnationalArea;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.programme.ProgrammeKind;
import org.uhcmodel.sdg.DeclaredCategory;
import org.uhcmodel.sdg.DeclaredDimension;
import org.uhcmodel.sdg.Disaggregation;
import org.uhcmodel.sdg.Indicator;
import org.uhcmodel.sdg.IndicatorCode;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.sdg.IndicatorUnit;
import org.uhcmodel.sdg.ReferencePeriod;
import org.uhcmodel.sdg.SdgIndicators;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.sdg.SeriesCode;
import org.uhcmodel.sdg.TargetKind;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.AdministrativeLevel;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.Direction;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;

/** The rules a dataset enforces on its observations and targets and on what it declares for them. */
class DatasetMonitoringTest {

    private static final Indicator CMU = Indicator.builder().id(EntityId.of("ci-cmu-enrolment"))
        .code(IndicatorCode.of("CI-CMU-1")).name(LocalizedText.of("fr", "Taux d'enrôlement à la CMU"))
        .unit(IndicatorUnit.PERCENT).minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(100))
        .direction(Direction.INCREASE).build();
    private static final DeclaredDimension MEMBERSHIP = DeclaredDimension.builder().id(EntityId.of("scheme-membership"))
        .name(LocalizedText.of("fr", "Régime")).addCategory(DeclaredCategory.of("contributory",
            LocalizedText.of("fr", "Régime contributif"))).build();
    private static final SubnationalArea ABIDJAN = SubnationalArea.builder().id(EntityId.of("ci-abidjan"))
        .country(CountryCode.of("CI")).level(AdministrativeLevel.of(1, LocalizedText.of("fr", "district autonome")))
        .name(LocalizedText.of("fr", "Abidjan")).build();
    private static final SubnationalArea COCODY = SubnationalArea.builder().id(EntityId.of("ci-cocody"))
        .country(CountryCode.of("CI")).level(AdministrativeLevel.of(2, LocalizedText.of("fr", "commune")))
        .name(LocalizedText.of("fr", "Cocody")).parent(ABIDJAN.id()).build();

    private static IndicatorObservation.Builder coverage(String area, int year, String value) {
        return IndicatorObservation.builder().indicator(SdgIndicators.SERVICE_COVERAGE)
            .series(SeriesCode.of("SH_ACS_UNHC")).area(Area.of(area)).period(ReferencePeriod.ofYear(year))
            .value(new BigDecimal(value));
    }

    private static IndicatorObservation.Builder enrolment(String value) {
        return IndicatorObservation.builder().indicator(CMU).area(Area.of("CI")).period(ReferencePeriod.ofYear(2023))
            .value(new BigDecimal(value));
    }

    private static Dataset.Builder declaring() {
        return Dataset.builder().addIndicator(CMU).addDimension(MEMBERSHIP).addArea(ABIDJAN).addArea(COCODY);
    }

    @Test
    void aDatasetHoldsObservationsOfBuiltInAndDeclaredIndicatorsForAnyArea() {
        Dataset dataset = declaring()
            .addObservation(coverage("CI", 2021, "42").build())
            .addObservation(coverage("WHO:AFR", 2021, "44").build())
            .addObservation(enrolment("50").subnationalArea(COCODY.id())
                .addDimension(Disaggregation.of("scheme-membership", "contributory")).build())
            .build();
        assertEquals(3, dataset.observations().size());
        assertEquals(Optional.of(CMU), dataset.findIndicator(IndicatorCode.of("CI-CMU-1")));
        assertEquals(Optional.of(SdgIndicators.SERVICE_COVERAGE), dataset.findIndicator(IndicatorCode.of("3.8.1")));
        assertEquals(Optional.empty(), dataset.findIndicator(IndicatorCode.of("3.8.9")));
        assertEquals(2, dataset.observationsOf(IndicatorCode.of("3.8.1")).size());
        assertEquals(4, dataset.size());
    }

    @Test
    void twoObservationsOfOneKeyAreRefusedWhetherTheirValuesDifferOrNot() {
        assertBrokenAll(() -> Dataset.builder()
                .addObservation(coverage("KZ", 2021, "76").build())
                .addObservation(coverage("KZ", 2021, "75").build())
                .addObservation(coverage("KZ", 2021, "76.0").build())
                .addObservation(coverage("KZ", 2021, "76").release("2025.Q1.G.01").build())
                .build(),
            "observations[1] dataset.duplicate-observation", "observations[2] dataset.duplicate-observation");
    }

    @Test
    void theDuplicateNamesTheObservationWhoseKeyItRepeats() {
        Violation violation = assertBroken(() -> Dataset.builder().addObservation(coverage("KZ", 2021, "76").build())
            .addObservation(coverage("KZ", 2021, "76").build()).build(), "observations[1]",
            "dataset.duplicate-observation").violations().get(0);
        assertTrue(violation.message().contains("observations[0]"), violation.message());
    }

    @Test
    void anIndicatorNeitherBuiltInNorDeclaredIsRefused() {
        assertBrokenAll(() -> Dataset.builder().addObservation(enrolment("50").build())
                .addTarget(IndicatorTarget.builder().id(EntityId.of("t")).indicator(CMU).area(Area.of("CI"))
                    .kind(TargetKind.LEVEL).targetValue(BigDecimal.TEN).targetYear(2030).build()).build(),
            "observations[0].indicator dataset.unknown-indicator", "targets[0].indicator dataset.unknown-indicator");
    }

    @Test
    void aDeclaredIndicatorHasACodeOfItsOwn() {
        Indicator again = Indicator.builder().from(CMU).id(EntityId.of("ci-cmu-again")).build();
        Indicator builtIn = Indicator.builder().from(CMU).id(EntityId.of("my-3-8-1")).code(IndicatorCode.of("3.8.1"))
            .build();
        assertBrokenAll(() -> declaring().addIndicator(again).addIndicator(builtIn).build(),
            "indicators[1].code dataset.indicator-code-taken", "indicators[2].code dataset.indicator-code-taken");
    }

    @Test
    void observationsAndTargetsOfADeclaredIndicatorFollowItsDefinition() {
        assertBroken(() -> declaring().addObservation(enrolment("120").build()).build(), "observations[0].value",
            "indicator-observation.value-range");
        assertBroken(() -> declaring().addTarget(IndicatorTarget.builder().id(EntityId.of("t")).indicator(CMU)
                .area(Area.of("CI")).kind(TargetKind.LEVEL).targetValue(new BigDecimal("101")).targetYear(2030)
                .build()).build(), "targets[0].targetValue", "indicator-target.value-range");
        Dataset dataset = declaring().addTarget(IndicatorTarget.builder().id(EntityId.of("t")).indicator(CMU)
            .area(Area.of("CI")).kind(TargetKind.CEILING).targetValue(new BigDecimal("90")).targetYear(2030).build())
            .build();
        assertEquals(List.of("targets[0].kind indicator-target.kind-against-direction"), describe(dataset.warnings()));
    }

    @Test
    void everyCategoryIsOfABuiltInOrDeclaredDimension() {
        assertBroken(() -> Dataset.builder().addObservation(coverage("CI", 2021, "42")
                .addDimension(Disaggregation.of("scheme-membership", "contributory")).build()).build(),
            "observations[0].dimensions[0].dimension", "dataset.unknown-dimension");
        assertBroken(() -> declaring().addObservation(coverage("CI", 2021, "42")
                .addDimension(Disaggregation.of("scheme-membership", "private")).build()).build(),
            "observations[0].dimensions[0].category", "disaggregation.category-unknown");
        DeclaredDimension sex = DeclaredDimension.builder().from(MEMBERSHIP).id(EntityId.of("sex")).build();
        assertBroken(() -> Dataset.builder().addDimension(sex).build(), "dimensions[0].id",
            "dataset.dimension-code-taken");
    }

    @Test
    void aSubnationalAreaLiesInTheCountryOfItsObservation() {
        assertBroken(() -> declaring().addObservation(coverage("DZ", 2021, "74").subnationalArea(COCODY.id())
            .build()).build(), "observations[0].subnationalArea", "dataset.subnational-area-country");
        assertBroken(() -> declaring().addObservation(coverage("CI", 2021, "42")
                .subnationalArea(EntityId.of("ci-bouake")).build()).build(), "observations[0].subnationalArea",
            "dataset.unresolved-reference");
        assertBroken(() -> declaring().addObservation(coverage("CI", 2021, "42").subnationalArea(CMU.id()).build())
            .build(), "observations[0].subnationalArea", "dataset.reference-type");
    }

    @Test
    void aSubnationalAreaLiesInALargerAreaOfItsCountry() {
        SubnationalArea oran = SubnationalArea.builder().id(EntityId.of("dz-oran")).country(CountryCode.of("DZ"))
            .level(AdministrativeLevel.of(1, LocalizedText.of("fr", "wilaya"))).name(LocalizedText.of("fr", "Oran"))
            .parent(ABIDJAN.id()).build();
        assertBrokenAll(() -> declaring().addArea(oran).build(), "areas[2].parent dataset.area-parent-country",
            "areas[2].parent dataset.area-parent-rank");
        SubnationalArea loop = SubnationalArea.builder().from(ABIDJAN).parent(COCODY.id()).build();
        assertBrokenAll(() -> Dataset.builder().addArea(loop).addArea(COCODY).build(),
            "areas[0].parent dataset.area-parent-cycle", "areas[0].parent dataset.area-parent-rank",
            "areas[1].parent dataset.area-parent-cycle");
    }

    @Test
    void aTargetIsSetByAProgrammeAndTaggedWithItsIndicatorsTarget() {
        Programme plan = Programme.builder().id(EntityId.of("ci-pnds")).name(LocalizedText.of("fr", "PNDS"))
            .kind(ProgrammeKind.NATIONAL_STRATEGY).build();
        Dataset dataset = Dataset.builder().addProgramme(plan).addTarget(IndicatorTarget.builder()
            .id(EntityId.of("ci-uhc-2030")).indicator(SdgIndicators.SERVICE_COVERAGE).area(Area.of("CI"))
            .kind(TargetKind.LEVEL).targetValue(new BigDecimal("60")).targetYear(2030).setBy(plan.id()).build())
            .build();
        assertEquals(List.of(EntityId.of("ci-uhc-2030")), dataset.taggedWith(SdgTarget.T3_8).stream()
            .map(e -> e.id()).collect(Collectors.toList()));
        assertBroken(() -> Dataset.builder().addTarget(IndicatorTarget.builder().from(dataset.targets().get(0))
            .build()).build(), "targets[0].setBy", "dataset.unresolved-reference");
    }

    @Test
    void aDeclaredIndicatorIsTaggedWithItsTarget() {
        Indicator tagged = Indicator.builder().from(CMU).sdgTarget(SdgTarget.T3_8).build();
        Dataset dataset = Dataset.builder().addIndicator(tagged).build();
        assertEquals(List.of(tagged), dataset.taggedWith(SdgTarget.T3_8));
        assertEquals(List.of(), dataset.taggedWith(SdgTarget.T3_1));
        assertEquals(List.of(), Dataset.builder().addIndicator(CMU).build().taggedWith(SdgTarget.T3_8));
    }

    private static List<String> describe(List<Violation> violations) {
        return violations.stream().map(v -> v.path() + " " + v.rule()).collect(Collectors.toList());
    }
}

package org.uhcmodel.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.uhcmodel.area.Area;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.EntityId;

/**
 * The UHC service coverage index computed by WHO's method, against the values WHO publishes.
 * <p>
 * No published set of the 14 tracer values of one country and year was found, so the published index is reproduced
 * from the four published category sub-indices (the last step of the method), and the within-category step from the
 * published inputs of the service capacity category, and from a worked example.
 */
class ServiceCoverageIndexTest {

    /** Values of a country in the middle of the range, with every tracer of every edition. */
    private static Map<Tracer, BigDecimal> middling() {
        Map<Tracer, BigDecimal> values = new EnumMap<>(Tracer.class);
        for (Tracer tracer : Tracer.values()) {
            values.put(tracer, new BigDecimal("70"));
        }
        values.put(Tracer.MEAN_FASTING_PLASMA_GLUCOSE, new BigDecimal("5.6"));
        values.put(Tracer.HOSPITAL_BEDS, new BigDecimal("9"));
        values.remove(Tracer.INSECTICIDE_TREATED_NETS);
        return values;
    }

    private static Map<Tracer, BigDecimal> of(ServiceCoverageEdition edition, Map<Tracer, BigDecimal> values) {
        Map<Tracer, BigDecimal> taken = new EnumMap<>(Tracer.class);
        for (Map.Entry<Tracer, BigDecimal> entry : values.entrySet()) {
            if (edition.tracers().contains(entry.getKey())) {
                taken.put(entry.getKey(), entry.getValue());
            }
        }
        return taken;
    }

    /** Every country-year of the 2019 GHO release in the test resource: its index from its published sub-indices. */
    @Test
    void thePublishedIndexIsTheGeometricMeanOfThePublishedSubIndicesRoundedToAWholeNumber() {
        List<String[]> rows = read("gho-2019-uhc-index.csv");
        assertEquals(22, rows.size());
        for (String[] row : rows) {
            Map<TracerCategory, BigDecimal> categories = new EnumMap<>(TracerCategory.class);
            TracerCategory[] order = TracerCategory.values();
            for (int i = 0; i < order.length; i++) {
                categories.put(order[i], new BigDecimal(row[2 + i]).movePointRight(2));
            }
            ServiceCoverageIndex index = ServiceCoverageIndex.fromCategoryIndices(ServiceCoverageEdition.E2019,
                categories);
            assertEquals(new BigDecimal(row[6]), index.rounded(), row[0] + " " + row[1] + " " + index.value());
        }
    }

    @Test
    void austriaIn2015ScoresSeventyNine() {
        Map<TracerCategory, BigDecimal> austria = new EnumMap<>(TracerCategory.class);
        austria.put(TracerCategory.REPRODUCTIVE_MATERNAL_NEWBORN_CHILD_HEALTH, new BigDecimal("91.623"));
        austria.put(TracerCategory.INFECTIOUS_DISEASES, new BigDecimal("75.952"));
        austria.put(TracerCategory.NONCOMMUNICABLE_DISEASES, new BigDecimal("59.870"));
        austria.put(TracerCategory.SERVICE_CAPACITY_AND_ACCESS, new BigDecimal("95.464"));
        ServiceCoverageIndex index = ServiceCoverageIndex.fromCategoryIndices(ServiceCoverageEdition.E2019, austria);
        assertEquals(new BigDecimal("79.414"), index.value().setScale(3, RoundingMode.HALF_UP));
        assertEquals(new BigDecimal("79"), index.rounded());
        assertEquals(ServiceCoverageEdition.E2019, index.edition());
        assertTrue(index.scores().isEmpty());
    }

    /**
     * The capacity sub-index from the published IHR tracer and bed density: beds of 18 per 10,000 or more score 100,
     * and the health workforce of these countries is taken to score 100 (each of their cadre densities is above its
     * threshold), so the sub-index is the cube root of 100 × 100 × IHR. Russia's 2015 sub-index uses the IHR score of
     * 2014: WHO carries a tracer's last value forward.
     */
    @ParameterizedTest
    @CsvSource({"AUT 2015, 75.4, 87, 0.95464", "DNK 2015, 25.3, 91, 0.96905", "SVN 2015, 45.1, 75, 0.90856",
        "RUS 2015, 83.5, 81, 0.93217"})
    void thePublishedCapacitySubIndexFollowsFromItsPublishedTracers(String countryYear, BigDecimal beds,
                                                                     BigDecimal ihr, BigDecimal published) {
        Map<Tracer, BigDecimal> tracers = of(ServiceCoverageEdition.E2019, middling());
        tracers.put(Tracer.HOSPITAL_BEDS, beds);
        tracers.put(Tracer.HEALTH_WORKFORCE, new BigDecimal("100"));
        tracers.put(Tracer.IHR_CORE_CAPACITY, ihr);
        ServiceCoverageIndex index = ServiceCoverageIndex.compute(ServiceCoverageEdition.E2019, tracers, Map.of());
        BigDecimal capacity = index.categoryIndex(TracerCategory.SERVICE_CAPACITY_AND_ACCESS);
        assertEquals(published, capacity.movePointLeft(2).setScale(5, RoundingMode.HALF_UP), countryYear);
        assertEquals(0, new BigDecimal("100").compareTo(index.scores().get(Tracer.HOSPITAL_BEDS)));
    }

    /**
     * A worked example of the non-communicable diseases category in the 2019 edition: non-raised blood pressure of
     * 70% scores (70 − 50) / 50 × 100 = 40, a mean fasting plasma glucose of 5.6 mmol/L scores
     * (7.1 − 5.6) / (7.1 − 5.1) × 100 = 75, non-smoking of 70% scores (70 − 50) / 50 × 100 = 40; the category is the
     * cube root of 40 × 75 × 40 = 120,000, 49.324.
     */
    @Test
    void aCategoryIsTheGeometricMeanOfItsRescaledTracers() {
        ServiceCoverageIndex index = ServiceCoverageIndex.compute(ServiceCoverageEdition.E2019,
            of(ServiceCoverageEdition.E2019, middling()), Map.of());
        assertEquals(0, new BigDecimal("40").compareTo(index.scores().get(Tracer.NON_RAISED_BLOOD_PRESSURE)));
        assertEquals(0, new BigDecimal("75").compareTo(index.scores().get(Tracer.MEAN_FASTING_PLASMA_GLUCOSE)));
        assertEquals(0, new BigDecimal("40").compareTo(index.scores().get(Tracer.TOBACCO_NON_SMOKING)));
        assertEquals(new BigDecimal("49.324"), index.categoryIndex(TracerCategory.NONCOMMUNICABLE_DISEASES)
            .setScale(3, RoundingMode.HALF_UP));
        assertEquals(new BigDecimal("70"), index.categoryIndex(TracerCategory.INFECTIOUS_DISEASES)
            .setScale(0, RoundingMode.HALF_UP));
    }

    @Test
    void theEditionsRescaleBloodPressureGlucoseAndTobaccoDifferently() {
        assertEquals(50.0, ServiceCoverageEdition.E2021.score(Tracer.NON_RAISED_BLOOD_PRESSURE, 70), 1e-9);
        assertEquals(40.0, ServiceCoverageEdition.E2019.score(Tracer.NON_RAISED_BLOOD_PRESSURE, 70), 1e-9);
        assertEquals(57.142857142857, ServiceCoverageEdition.E2021.score(Tracer.TOBACCO_NON_USE, 70), 1e-9);
        assertEquals(75.0, ServiceCoverageEdition.E2021.score(Tracer.MEAN_FASTING_PLASMA_GLUCOSE, 5.6), 1e-9);
        assertEquals(78.260869565217, ServiceCoverageEdition.E2023.score(Tracer.MEAN_FASTING_PLASMA_GLUCOSE, 5.6),
            1e-9);
        assertEquals(70.0, ServiceCoverageEdition.E2023.score(Tracer.HYPERTENSION_TREATMENT, 70), 1e-9);
        assertEquals(0.0, ServiceCoverageEdition.E2019.score(Tracer.NON_RAISED_BLOOD_PRESSURE, 45), 1e-9);
        assertEquals(100.0, ServiceCoverageEdition.E2023.score(Tracer.MEAN_FASTING_PLASMA_GLUCOSE, 4.9), 1e-9);
        assertTrue(ServiceCoverageEdition.E2021.score(Tracer.MEAN_FASTING_PLASMA_GLUCOSE, 4.9) > 100);
        assertEquals(50.0, ServiceCoverageEdition.E2017.score(Tracer.HOSPITAL_BEDS, 9), 1e-9);
        assertEquals(100.0, ServiceCoverageEdition.E2017.score(HealthWorkforceCadre.SURGEONS, 20), 1e-9);
        assertEquals(50.0, ServiceCoverageEdition.E2017.score(HealthWorkforceCadre.PHYSICIANS, 0.45), 1e-9);
        assertThrows(IllegalArgumentException.class,
            () -> ServiceCoverageEdition.E2019.score(Tracer.HYPERTENSION_TREATMENT, 70));
    }

    @Test
    void theWorkforceIsTheGeometricMeanOfItsCadresAgainstTheirThresholds() {
        Map<HealthWorkforceCadre, BigDecimal> cadres = new EnumMap<>(HealthWorkforceCadre.class);
        cadres.put(HealthWorkforceCadre.PHYSICIANS, new BigDecimal("0.45"));
        cadres.put(HealthWorkforceCadre.PSYCHIATRISTS, new BigDecimal("2"));
        cadres.put(HealthWorkforceCadre.SURGEONS, new BigDecimal("3.5"));
        Map<Tracer, BigDecimal> tracers = of(ServiceCoverageEdition.E2023, middling());
        tracers.remove(Tracer.HEALTH_WORKFORCE);
        ServiceCoverageIndex index = ServiceCoverageIndex.compute(ServiceCoverageEdition.E2023, tracers, cadres);
        // (50 × 100 × 25)^(1/3) = 125,000^(1/3) = 50
        assertEquals(0, new BigDecimal("50").compareTo(index.scores().get(Tracer.HEALTH_WORKFORCE)
            .setScale(6, RoundingMode.HALF_UP)));
    }

    @Test
    void aZeroCountsAsOneAndNetsCountOnlyWhereGiven() {
        Map<Tracer, BigDecimal> tracers = of(ServiceCoverageEdition.E2023, middling());
        tracers.put(Tracer.HIV_TREATMENT, BigDecimal.ZERO);
        ServiceCoverageIndex withoutNets = ServiceCoverageIndex.compute(ServiceCoverageEdition.E2023, tracers,
            Map.of());
        assertEquals(0, BigDecimal.ONE.compareTo(withoutNets.scores().get(Tracer.HIV_TREATMENT)));
        // (70 × 1 × 70)^(1/3)
        assertEquals(new BigDecimal("16.985"), withoutNets.categoryIndex(TracerCategory.INFECTIOUS_DISEASES)
            .setScale(3, RoundingMode.HALF_UP));
        tracers.put(Tracer.INSECTICIDE_TREATED_NETS, new BigDecimal("70"));
        ServiceCoverageIndex withNets = ServiceCoverageIndex.compute(ServiceCoverageEdition.E2023, tracers, Map.of());
        assertEquals(new BigDecimal("24.200"), withNets.categoryIndex(TracerCategory.INFECTIOUS_DISEASES)
            .setScale(3, RoundingMode.HALF_UP));
    }

    @ParameterizedTest
    @EnumSource(ServiceCoverageEdition.class)
    void everyTracerAtOneScoreGivesThatScore(ServiceCoverageEdition edition) {
        Map<Tracer, BigDecimal> tracers = new EnumMap<>(Tracer.class);
        for (Tracer tracer : edition.tracers()) {
            tracers.put(tracer, new BigDecimal("100"));
        }
        tracers.put(Tracer.MEAN_FASTING_PLASMA_GLUCOSE, new BigDecimal("5.1"));
        tracers.put(Tracer.HOSPITAL_BEDS, new BigDecimal("18"));
        ServiceCoverageIndex index = ServiceCoverageIndex.compute(edition, tracers, Map.of());
        assertEquals(0, new BigDecimal("100").compareTo(index.value()), index.toString());
    }

    /** The index stays from 1 to 100 and never falls when a tracer rises, over many random countries (2023). */
    @Test
    void theIndexIsBoundedAndMonotonic() {
        Random random = new Random(20230124L);
        ServiceCoverageEdition edition = ServiceCoverageEdition.E2023;
        for (int n = 0; n < 2000; n++) {
            Map<Tracer, BigDecimal> tracers = new EnumMap<>(Tracer.class);
            for (Tracer tracer : edition.tracers()) {
                if (tracer != Tracer.INSECTICIDE_TREATED_NETS || random.nextBoolean()) {
                    tracers.put(tracer, BigDecimal.valueOf(random.nextInt(10001), 2));
                }
            }
            tracers.put(Tracer.MEAN_FASTING_PLASMA_GLUCOSE, BigDecimal.valueOf(400 + random.nextInt(500), 2));
            tracers.put(Tracer.HOSPITAL_BEDS, BigDecimal.valueOf(random.nextInt(600), 1));
            ServiceCoverageIndex index = ServiceCoverageIndex.compute(edition, tracers, Map.of());
            assertTrue(index.value().compareTo(BigDecimal.ONE) >= 0
                && index.value().compareTo(BigDecimal.valueOf(100)) <= 0, index.toString());
            List<Tracer> given = new ArrayList<>(tracers.keySet());
            Tracer raised = given.get(random.nextInt(given.size()));
            Map<Tracer, BigDecimal> better = new EnumMap<>(tracers);
            BigDecimal step = BigDecimal.valueOf(random.nextInt(1000) + 1, 2);
            better.put(raised, raised.direction() == org.uhcmodel.value.Direction.DECREASE
                ? tracers.get(raised).subtract(step).max(BigDecimal.ZERO) : tracers.get(raised).add(step));
            ServiceCoverageIndex after = ServiceCoverageIndex.compute(edition, better, Map.of());
            assertTrue(after.value().compareTo(index.value()) >= 0, raised + ": " + index + " then " + after);
        }
    }

    @Test
    void theIndexIsComputedFromObservationsOfTheTracers() {
        Citation citation = Citation.of(EntityId.of("worked-example"), "tracers");
        List<IndicatorObservation> observations = new ArrayList<>();
        for (Map.Entry<Tracer, BigDecimal> entry : of(ServiceCoverageEdition.E2019, middling()).entrySet()) {
            observations.add(IndicatorObservation.builder().indicator(SdgIndicators.of(entry.getKey()))
                .area(Area.of("MR")).period(ReferencePeriod.ofYear(2019)).value(entry.getValue())
                .addCitation(citation).build());
        }
        ServiceCoverageIndex fromObservations = ServiceCoverageIndex.fromObservations(ServiceCoverageEdition.E2019,
            observations);
        ServiceCoverageIndex direct = ServiceCoverageIndex.compute(ServiceCoverageEdition.E2019,
            of(ServiceCoverageEdition.E2019, middling()), Map.of());
        assertEquals(direct.value(), fromObservations.value());
        observations.add(IndicatorObservation.builder().from(observations.get(0)).area(Area.of("DZ")).build());
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
            () -> ServiceCoverageIndex.fromObservations(ServiceCoverageEdition.E2019, observations));
        assertTrue(ex.getMessage().contains("is not of the area, period and breakdown"), ex.getMessage());
        assertTrue(ex.getMessage().contains("two observations of"), ex.getMessage());
    }

    @Test
    void anIndexKeepsItsInputsAndIsEqualByThem() {
        Map<Tracer, BigDecimal> tracers = of(ServiceCoverageEdition.E2019, middling());
        ServiceCoverageIndex index = ServiceCoverageIndex.compute(ServiceCoverageEdition.E2019, tracers, Map.of());
        assertEquals(tracers, index.tracerValues());
        assertEquals(Map.of(), index.cadreDensities());
        assertEquals(4, index.categoryIndices().size());
        Map<Tracer, BigDecimal> rescaled = new EnumMap<>(tracers);
        rescaled.put(Tracer.HIV_TREATMENT, new BigDecimal("70.00"));
        ServiceCoverageIndex same = ServiceCoverageIndex.compute(ServiceCoverageEdition.E2019, rescaled, Map.of());
        assertEquals(index, same);
        assertEquals(index.hashCode(), same.hashCode());
        assertTrue(!index.equals(ServiceCoverageIndex.compute(ServiceCoverageEdition.E2017, tracers, Map.of())));
        ServiceCoverageIndex fromCategories = ServiceCoverageIndex.fromCategoryIndices(ServiceCoverageEdition.E2019,
            index.categoryIndices());
        assertEquals(index.categoryIndices(), fromCategories.categoryIndices());
        assertEquals(fromCategories, ServiceCoverageIndex.fromCategoryIndices(ServiceCoverageEdition.E2019,
            fromCategories.categoryIndices()));
        assertTrue(!fromCategories.equals(index));
        assertThrows(UnsupportedOperationException.class, () -> index.tracerValues().clear());
    }

    @Test
    void everyProblemOfTheInputIsNamed() {
        Map<Tracer, BigDecimal> tracers = of(ServiceCoverageEdition.E2019, middling());
        tracers.remove(Tracer.ANTENATAL_CARE);
        tracers.put(Tracer.HYPERTENSION_TREATMENT, BigDecimal.TEN);
        tracers.put(Tracer.BASIC_SANITATION, new BigDecimal("-1"));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
            () -> ServiceCoverageIndex.compute(ServiceCoverageEdition.E2019, tracers,
                Map.of(HealthWorkforceCadre.SURGEONS, BigDecimal.ONE)));
        for (String problem : List.of("antenatal-care is missing", "hypertension-treatment is not a tracer of the 2019",
            "basic-sanitation is negative", "given both as a score", "physician-density is missing")) {
            assertTrue(ex.getMessage().contains(problem), ex.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> ServiceCoverageIndex.fromCategoryIndices(
            ServiceCoverageEdition.E2019, Map.of(TracerCategory.INFECTIOUS_DISEASES, BigDecimal.TEN)));
    }

    private static List<String[]> read(String name) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                ServiceCoverageIndexTest.class.getResourceAsStream(name), StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(line.split(","));
            }
            return rows;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}

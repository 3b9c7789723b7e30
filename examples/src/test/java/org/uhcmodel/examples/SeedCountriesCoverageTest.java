package org.uhcmodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.uhcmodel.area.Area;
import org.uhcmodel.sdg.IndicatorCode;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.csv.CsvReport;
import org.uhcmodel.csv.ObservationCsvReader;
import org.uhcmodel.value.Citation;

/** The SDG 3.8.1 series of the seed countries and the World, from the World Bank's file. */
class SeedCountriesCoverageTest {

    private static final SeedCountriesCoverage COVERAGE = SeedCountriesCoverage.read();

    @Test
    void theEightSeedCountriesAndTheWorldHaveTheirSeries() {
        for (Area area : SeedCountriesCoverage.AREAS) {
            List<IndicatorObservation> series = COVERAGE.dataset().observations().stream()
                .filter(o -> o.area().equals(area)).collect(Collectors.toList());
            assertEquals(7, series.size(), area.code());
            for (IndicatorObservation observation : series) {
                assertEquals(IndicatorCode.of("3.8.1"), observation.indicator());
                assertEquals(List.of(Citation.of(COVERAGE.dataset().sources().get(0).id(), "SH.UHC.SRVS.CV.XD")),
                    observation.citations());
            }
        }
        assertEquals(63, COVERAGE.dataset().observations().size());
    }

    @Test
    void theValuesAreThoseOfTheWorldBanksFile() {
        assertEquals(new BigDecimal("74"), COVERAGE.find(Area.of("DZ"), 2021).orElseThrow().value());
        assertEquals(new BigDecimal("43"), COVERAGE.find(Area.of("CI"), 2021).orElseThrow().value());
        assertEquals(new BigDecimal("40"), COVERAGE.find(Area.of("MR"), 2021).orElseThrow().value());
        assertTrue(COVERAGE.find(Area.WORLD, 2021).isPresent());
        assertTrue(COVERAGE.find(Area.of("DZ"), 1990).isEmpty());
    }

    @Test
    void theTidyTableReadsBackToTheSameObservations() {
        List<IndicatorObservation> read = new ArrayList<>();
        CsvReport report = ObservationCsvReader.create().read(new StringReader(COVERAGE.csv()), read::add);
        assertEquals(List.of(), report.refusals());
        assertEquals(COVERAGE.dataset().observations(), read);
    }

    @Test
    void theTableShowsOneRowPerAreaAndOneColumnPerYear() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        COVERAGE.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals("UHC service coverage index (SDG 3.8.1), World Bank, World Development Indicators of "
            + "2025-01-28:", lines[0]);
        assertEquals("  area            2000  2005  2010  2015  2017  2019  2021", lines[1]);
        assertEquals(11, lines.length);
        assertTrue(lines[2].startsWith("  Algeria       "), lines[2]);
        assertTrue(lines[10].startsWith("  World         "), lines[10]);
    }
}

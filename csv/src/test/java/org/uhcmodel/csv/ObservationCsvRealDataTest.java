package org.uhcmodel.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.uhcmodel.area.Area;
import org.uhcmodel.area.AreaKind;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.sdg.IndicatorCode;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.ReferencePeriod;
import org.uhcmodel.sdg.SeriesCode;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.source.SourceKind;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.EntityId;

/**
 * Every row of the three real files of the project's test resources is an observation, aggregates included, or a
 * reported refusal of a true defect: the one duplicate row of each Open SDG file. The rows of the World Bank file
 * without any value, Kosovo's and the Channel Islands' among them, give no observation and no refusal.
 */
class ObservationCsvRealDataTest {

    private static final String WDI = "wdi-uhc-service-coverage-index.csv";
    private static final String OPEN_SDG_381 = "opensdg-central-asia-indicator_3-8-1.csv";
    private static final String OPEN_SDG_382 = "opensdg-central-asia-indicator_3-8-2.csv";
    private static final Pattern FIELD = Pattern.compile("(?:^|,)(\"(?:[^\"]|\"\")*\"|[^,]*)");

    private static Reader open(String name) {
        return new InputStreamReader(ObservationCsvRealDataTest.class.getResourceAsStream(name),
            StandardCharsets.UTF_8);
    }

    private static List<IndicatorObservation> read(String name, List<IndicatorObservation> into, CsvReport[] report) {
        ObservationCsvReader reader = ObservationCsvReader.create()
            .citing(Citation.of(EntityId.of("real-data"), name));
        report[0] = reader.read(open(name), into::add);
        return into;
    }

    /** The lines of a file after its header, counted without the reader: the values it should read. */
    private static List<String> dataLines(String name) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(open(name))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        }
        return lines;
    }

    @Test
    void everyFilledCellOfTheWorldBankFileIsAnObservationAggregatesIncluded() throws IOException {
        List<String> lines = dataLines(WDI);
        int header = 4;
        assertTrue(lines.get(header).startsWith("\"Country Name\""), lines.get(header));
        int cells = 0;
        for (String line : lines.subList(header + 1, lines.size())) {
            Matcher fields = FIELD.matcher(line);
            int column = 0;
            while (fields.find()) {
                String field = fields.group(1);
                if (column++ >= 4 && !field.isEmpty() && !field.equals("\"\"")) {
                    cells++;
                }
            }
        }
        CsvReport[] report = new CsvReport[1];
        List<IndicatorObservation> observations = read(WDI, new ArrayList<>(), report);
        assertEquals(CsvLayout.WORLD_BANK_WIDE, report[0].layout());
        assertEquals(cells, report[0].read());
        assertEquals(cells, report[0].kept());
        assertEquals(List.of(), report[0].refusals());
        assertEquals(cells, observations.size());
        assertEquals(1428, cells);
        assertEquals(Optional.of("2025-01-28"), report[0].lastUpdated());
        List<Area> areas = observations.stream().map(IndicatorObservation::area).distinct()
            .collect(Collectors.toList());
        for (String code : List.of("DZ", "BY", "BE", "BI", "CI", "FR", "KZ", "MR", "M49:001", "WB:SSF",
            "WB:HIC", "WB:LIC", "WB:LMC", "WB:UMC", "WB:MEA", "WB:EAS", "WB:NAC")) {
            assertTrue(areas.contains(Area.of(code)), code);
        }
        assertEquals(12, areas.stream().filter(a -> a.kind() != AreaKind.COUNTRY
            && a.kind() != AreaKind.WORLD_BANK_ECONOMY).count());
        IndicatorObservation algeria = observations.stream()
            .filter(o -> o.area().equals(Area.of("DZ")) && o.period().equals(ReferencePeriod.ofYear(2021)))
            .findFirst().orElseThrow();
        assertEquals(IndicatorCode.of("3.8.1"), algeria.indicator());
        assertEquals(Optional.of(SeriesCode.of("SH.UHC.SRVS.CV.XD")), algeria.series());
        assertEquals(Optional.of("2025-01-28"), algeria.release());
    }

    /** The fields of a line of a CSV file, unquoted. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        Matcher matcher = FIELD.matcher(line);
        while (matcher.find()) {
            String field = matcher.group(1);
            if (field.startsWith("\"")) {
                field = field.substring(1, field.length() - 1).replace("\"\"", "\"");
            }
            fields.add(field);
        }
        return fields;
    }

    /**
     * Row by row: the area of every row of the World Bank file is one of the model's, found by the row's code (the
     * rows without any value, Kosovo's and the Channel Islands', included), and each filled cell of the row is an
     * observation of that area, of that year and of that value; no observation comes from elsewhere.
     */
    @Test
    void everyRowOfTheWorldBankFileIsTheObservationsOfItsArea() throws IOException {
        List<String> lines = dataLines(WDI);
        List<String> header = fields(lines.get(4));
        List<IndicatorObservation> observations = read(WDI, new ArrayList<>(), new CsvReport[1]);
        List<IndicatorObservation> matched = new ArrayList<>();
        int rows = 0;
        for (String line : lines.subList(5, lines.size())) {
            if (line.isEmpty()) {
                continue;
            }
            rows++;
            List<String> row = fields(line);
            Optional<Area> area = Area.fromWorldBankCode(row.get(1));
            assertTrue(area.isPresent(), row.get(0) + " " + row.get(1));
            for (int column = 4; column < row.size(); column++) {
                if (row.get(column).isEmpty()) {
                    continue;
                }
                ReferencePeriod year = ReferencePeriod.ofYear(Integer.parseInt(header.get(column)));
                BigDecimal value = new BigDecimal(row.get(column));
                List<IndicatorObservation> same = observations.stream()
                    .filter(o -> o.area().equals(area.get()) && o.period().equals(year))
                    .collect(Collectors.toList());
                assertEquals(1, same.size(), row.get(1) + " " + year);
                assertEquals(0, value.compareTo(same.get(0).value()), row.get(1) + " " + year);
                matched.add(same.get(0));
            }
        }
        assertEquals(266, rows);
        assertEquals(Area.of("XK"), Area.fromWorldBankCode("XKX").orElseThrow());
        assertEquals(observations.size(), matched.size());
        assertEquals(observations.size(), matched.stream().distinct().count());
    }

    /**
     * Row by row: every row of the two Open SDG files is an observation of the area its UN name names, of its year,
     * series and value, but for the one exact duplicate row of each file, which is refused.
     */
    @Test
    void everyRowOfTheOpenSdgFilesIsTheObservationItsCellsSay() throws IOException {
        for (String name : List.of(OPEN_SDG_381, OPEN_SDG_382)) {
            List<String> lines = dataLines(name);
            CsvReport[] report = new CsvReport[1];
            List<IndicatorObservation> observations = read(name, new ArrayList<>(), report);
            List<Integer> refusedLines = report[0].refusals().stream().map(RefusedRow::line)
                .collect(Collectors.toList());
            List<String> seen = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i);
                List<String> row = fields(line);
                Area area = Area.fromName(row.get(2)).orElseThrow(() -> new AssertionError(name + ": " + line));
                ReferencePeriod year = ReferencePeriod.ofYear(Integer.parseInt(row.get(0)));
                SeriesCode series = SeriesCode.of(row.get(1));
                List<IndicatorObservation> same = observations.stream()
                    .filter(o -> o.area().equals(area) && o.period().equals(year)
                        && o.series().equals(Optional.of(series)))
                    .collect(Collectors.toList());
                assertEquals(1, same.size(), name + ": " + line);
                assertEquals(0, new BigDecimal(row.get(3)).compareTo(same.get(0).value()), name + ": " + line);
                boolean duplicate = seen.contains(line);
                assertEquals(duplicate, refusedLines.contains(i + 1), name + " line " + (i + 1) + ": " + line);
                seen.add(line);
            }
            assertEquals(1, refusedLines.size(), name);
        }
    }

    @Test
    void everyRowOfTheOpenSdgFileOfThreeEightOneIsAnObservationButItsDuplicate() throws IOException {
        List<String> lines = dataLines(OPEN_SDG_381);
        CsvReport[] report = new CsvReport[1];
        List<IndicatorObservation> observations = read(OPEN_SDG_381, new ArrayList<>(), report);
        assertEquals(lines.size() - 1, report[0].read());
        assertEquals(435, report[0].read());
        assertEquals(434, report[0].kept());
        assertEquals(434, observations.size());
        RefusedRow duplicate = onlyRefusal(report[0]);
        assertEquals(List.of("dataset.duplicate-observation"), duplicate.rules());
        assertEquals("2021,\"SH_ACS_UNHC\",\"Uzbekistan\",75", lines.get(duplicate.line() - 1));
        assertTrue(duplicate.violations().get(0).message().contains("line "), duplicate.toString());
        assertTrue(observations.stream().anyMatch(o -> o.area().equals(Area.of("TR"))));
        assertTrue(observations.stream().anyMatch(o -> o.area().equals(Area.of("MD"))));
    }

    @Test
    void everyRowOfTheOpenSdgFileOfThreeEightTwoIsAnObservationButItsDuplicate() throws IOException {
        List<String> lines = dataLines(OPEN_SDG_382);
        CsvReport[] report = new CsvReport[1];
        List<IndicatorObservation> observations = read(OPEN_SDG_382, new ArrayList<>(), report);
        assertEquals(lines.size() - 1, report[0].read());
        assertEquals(973, report[0].read());
        assertEquals(972, report[0].kept());
        RefusedRow duplicate = onlyRefusal(report[0]);
        assertEquals(List.of("dataset.duplicate-observation"), duplicate.rules());
        assertEquals("2020,\"SH_XPD_EARN10\",\"Mexico\",4.44", lines.get(duplicate.line() - 1));
        IndicatorObservation albania2005 = observations.stream()
            .filter(o -> o.area().equals(Area.of("AL")) && o.period().equals(ReferencePeriod.ofYear(2005))
                && o.series().equals(Optional.of(SeriesCode.of("SH_XPD_EARN25"))))
            .findFirst().orElseThrow();
        assertEquals("4.50", albania2005.value().toPlainString());
        assertEquals(0, new BigDecimal("4.5").compareTo(albania2005.value()));
        assertEquals(IndicatorCode.of("3.8.2"), albania2005.indicator());
    }

    @Test
    void theObservationsOfTheThreeFilesMakeOneValidDataset() {
        List<IndicatorObservation> all = new ArrayList<>();
        CsvReport[] report = new CsvReport[1];
        for (String name : List.of(WDI, OPEN_SDG_381, OPEN_SDG_382)) {
            read(name, all, report);
        }
        SourceDocument exports = SourceDocument.builder().id(EntityId.of("real-data"))
            .title(LocalizedText.of("en", "Public exports of SDG 3.8 data"))
            .publisher("World Bank; UN SDG Global Database")
            .language("en").kind(SourceKind.DATASET).build();
        Dataset dataset = Dataset.builder().addSource(exports).observations(all).build();
        assertEquals(1428 + 434 + 972, dataset.observations().size());
        assertEquals(List.of(), dataset.warnings());
    }

    private static RefusedRow onlyRefusal(CsvReport report) {
        assertEquals(1, report.refusals().size(), report.refusals().toString());
        return report.refusals().get(0);
    }
}

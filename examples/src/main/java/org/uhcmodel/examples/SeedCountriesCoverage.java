package org.uhcmodel.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.uhcmodel.area.Area;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.ReferencePeriod;
import org.uhcmodel.csv.CsvReport;
import org.uhcmodel.csv.ObservationCsvReader;
import org.uhcmodel.csv.ObservationCsvWriter;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.source.SourceKind;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.PartialDate;

/**
 * The UHC service coverage index (SDG 3.8.1) of the eight countries of the seed texts and of the World, read from the
 * World Bank's World Development Indicators (the download of 2025-01-28 shipped with the examples), cited to that
 * source: a dataset of the source and its observations, a tidy table of them, and a small table to print.
 */
public final class SeedCountriesCoverage {

    /** The countries of the seed texts, in the order of the printed table, then the World. */
    static final List<Area> AREAS = List.of(Area.of("DZ"), Area.of("BY"), Area.of("BE"), Area.of("BI"),
        Area.of("CI"), Area.of("FR"), Area.of("KZ"), Area.of("MR"), Area.WORLD);

    private static final String FILE = "wdi-uhc-service-coverage-index.csv";
    private static final EntityId SOURCE = EntityId.of("wdi-uhc-service-coverage-index-2025-01-28");

    private final Dataset dataset;

    private SeedCountriesCoverage(Dataset dataset) {
        this.dataset = dataset;
    }

    /**
     * Reads the index of the seed countries and the World from the World Bank's file.
     *
     * @return the observations and their source, not null
     * @throws IllegalStateException if the file refuses a row, which it does not as shipped
     */
    public static SeedCountriesCoverage read() {
        List<IndicatorObservation> observations = new ArrayList<>();
        CsvReport report;
        try (InputStream in = SeedCountriesCoverage.class.getResourceAsStream(FILE);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            report = ObservationCsvReader.create().citing(Citation.of(SOURCE, "SH.UHC.SRVS.CV.XD"))
                .read(reader, observation -> {
                    if (AREAS.contains(observation.area())) {
                        observations.add(observation);
                    }
                });
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        if (!report.refusals().isEmpty()) {
            throw new IllegalStateException("The World Bank file refuses rows: " + report.refusals());
        }
        SourceDocument source = SourceDocument.builder()
            .id(SOURCE)
            .title(LocalizedText.of("en", "World Development Indicators: UHC service coverage index "
                + "(SH.UHC.SRVS.CV.XD)"))
            .publisher("World Bank")
            .published(PartialDate.parse(report.lastUpdated().orElseThrow()))
            .language("en")
            .kind(SourceKind.DATASET)
            .url(URI.create("https://data.worldbank.org/indicator/SH.UHC.SRVS.CV.XD"))
            .build();
        return new SeedCountriesCoverage(Dataset.builder().addSource(source).observations(observations).build());
    }

    /**
     * Gets the dataset: the World Bank's source and the observations of the seed countries and the World.
     *
     * @return the dataset, valid, not null
     */
    public Dataset dataset() {
        return dataset;
    }

    /**
     * Writes the observations as a tidy table.
     *
     * @return the table, in the shape of the UN SDG Global Database, not null
     */
    public String csv() {
        StringWriter out = new StringWriter();
        ObservationCsvWriter.to(out, List.of()).writeAll(dataset.observations());
        return out.toString();
    }

    /**
     * Finds the index of an area in a year.
     *
     * @param area  the area, not null
     * @param year  the year
     * @return the observation, empty if the World Bank gives none
     */
    public Optional<IndicatorObservation> find(Area area, int year) {
        ReferencePeriod period = ReferencePeriod.ofYear(year);
        return dataset.observations().stream().filter(o -> o.area().equals(area) && o.period().equals(period))
            .findFirst();
    }

    /**
     * Prints the index as a table: one row per area, one column per year with a value, "-" where there is none.
     *
     * @param out  where to print, not null
     */
    public void print(PrintStream out) {
        TreeSet<Integer> years = new TreeSet<>();
        Map<Area, Map<Integer, String>> values = new TreeMap<>();
        for (IndicatorObservation observation : dataset.observations()) {
            years.add(observation.period().startYear());
            values.computeIfAbsent(observation.area(), a -> new TreeMap<>())
                .put(observation.period().startYear(), observation.value().toPlainString());
        }
        SourceDocument source = dataset.sources().get(0);
        out.println("UHC service coverage index (SDG 3.8.1), " + source.publisher() + ", "
            + "World Development Indicators of " + source.published().orElseThrow() + ":");
        StringBuilder header = new StringBuilder(String.format("  %-14s", "area"));
        for (Integer year : years) {
            header.append(String.format(" %5d", year));
        }
        out.println(header);
        for (Area area : AREAS) {
            StringBuilder row = new StringBuilder(String.format("  %-14s", area.name()));
            Map<Integer, String> byYear = values.getOrDefault(area, Map.of());
            for (Integer year : years) {
                row.append(String.format(" %5s", byYear.getOrDefault(year, "-")));
            }
            out.println(row);
        }
    }
}

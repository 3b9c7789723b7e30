package org.uhcmodel.csv;

import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.uhcmodel.sdg.Disaggregation;
import org.uhcmodel.sdg.DisaggregationDimension;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.SocietalPovertyLine;

/**
 * Writes observations as a tidy table, one row per observation, in the shape of the UN SDG Global Database's
 * export, which {@link ObservationCsvReader} reads back to equal observations.
 * <p>
 * The columns: {@code Indicator, SeriesCode, Area, GeoAreaName, SubnationalArea, TimePeriod, Value, Units,
 * LowerBound, UpperBound, Nature, Reporting Type, Source, Release, FootNote, SocietalPovertyLine, PppYear, Citations},
 * then one column per dimension, headed by its code. {@code Area} holds the model's code of the area ({@code DZ},
 * {@code WHO:AFR}) and {@code GeoAreaName} its English name; a period is a year or a span ({@code 2014/2016}); a value
 * is written with the scale it was given ({@code 4.50}); codes are the model's ({@code percent}, {@code female}),
 * natures and reporting types the UN's ({@code E}, {@code G}); an empty cell is a value not stated, or, for a
 * dimension, every category. Citations are written {@code source} or {@code source#locator}, several joined by
 * {@code |}, a {@code |} or {@code \} of a locator preceded by {@code \}.
 * <p>
 * Streaming: the header is written when the writer is created, and each row as it is written. An observation with a
 * category of a dimension that has no column is refused, never written without it.
 * <p>
 * A writer is not thread-safe.
 */
public final class ObservationCsvWriter implements Flushable {

    /** The columns before those of the dimensions. */
    static final List<String> COLUMNS = List.of("Indicator", "SeriesCode", "Area", "GeoAreaName", "SubnationalArea",
        "TimePeriod", "Value", "Units", "LowerBound", "UpperBound", "Nature", "Reporting Type", "Source", "Release",
        "FootNote", "SocietalPovertyLine", "PppYear", "Citations");

    private final Writer out;
    private final List<String> dimensions;
    private int written;

    private ObservationCsvWriter(Writer out, List<String> dimensions) {
        this.out = out;
        this.dimensions = dimensions;
        List<String> header = new ArrayList<>(COLUMNS);
        header.addAll(dimensions);
        Cells.write(out, header);
    }

    /**
     * Creates a writer with a column for each built-in dimension, and writes the header.
     *
     * @param out  where the table goes, not closed by the writer, not null
     * @return the writer, not null
     * @throws UncheckedIOException if the header cannot be written
     */
    public static ObservationCsvWriter to(Writer out) {
        List<String> dimensions = new ArrayList<>();
        for (DisaggregationDimension dimension : DisaggregationDimension.values()) {
            dimensions.add(dimension.code());
        }
        return to(out, dimensions);
    }

    /**
     * Creates a writer with a column for each of the given dimensions, and writes the header.
     *
     * @param out  where the table goes, not closed by the writer, not null
     * @param dimensions  the codes of the dimensions, built in or declared, in the order of their columns, not null
     * @return the writer, not null
     * @throws IllegalArgumentException if a dimension is given twice or is the name of another column
     * @throws UncheckedIOException if the header cannot be written
     */
    public static ObservationCsvWriter to(Writer out, List<String> dimensions) {
        Objects.requireNonNull(out, "out");
        List<String> copy = List.copyOf(Objects.requireNonNull(dimensions, "dimensions"));
        for (int i = 0; i < copy.size(); i++) {
            if (copy.indexOf(copy.get(i)) != i || COLUMNS.contains(copy.get(i))) {
                throw new IllegalArgumentException("The dimension " + copy.get(i) + " cannot head a column twice");
            }
        }
        return new ObservationCsvWriter(out, copy);
    }

    /**
     * Writes an observation as a row.
     *
     * @param observation  the observation, not null
     * @throws IllegalArgumentException if the observation has a category of a dimension without a column; nothing is
     *  written then
     * @throws UncheckedIOException if the row cannot be written
     */
    public void write(IndicatorObservation observation) {
        Objects.requireNonNull(observation, "observation");
        for (Disaggregation category : observation.dimensions()) {
            if (!dimensions.contains(category.dimension())) {
                throw new IllegalArgumentException("The observation " + observation.key() + " has a category of "
                    + category.dimension() + ", which has no column");
            }
        }
        List<String> row = new ArrayList<>(COLUMNS.size() + dimensions.size());
        row.add(observation.indicator().toString());
        row.add(text(observation.series()));
        row.add(observation.area().code());
        row.add(observation.area().name());
        row.add(text(observation.subnationalArea()));
        row.add(observation.period().toString());
        row.add(observation.value().toPlainString());
        row.add(observation.unit().map(u -> u.code()).orElse(""));
        row.add(decimal(observation.lowerBound()));
        row.add(decimal(observation.upperBound()));
        row.add(observation.nature().map(n -> n.code()).orElse(""));
        row.add(observation.reportingType().map(r -> r.code()).orElse(""));
        row.add(observation.source().orElse(""));
        row.add(observation.release().orElse(""));
        row.add(observation.footnote().orElse(""));
        Optional<SocietalPovertyLine> line = observation.povertyLine();
        row.add(line.map(l -> l.dailyAmount().toPlainString()).orElse(""));
        row.add(line.map(l -> l.pppYear().toString()).orElse(""));
        row.add(Cells.citations(observation.citations()));
        for (String dimension : dimensions) {
            row.add(observation.category(dimension).orElse(""));
        }
        Cells.write(out, row);
        written++;
    }

    /**
     * Writes observations, in order.
     *
     * @param observations  the observations, not null
     * @throws IllegalArgumentException if an observation has a category of a dimension without a column; those
     *  before it are written
     * @throws UncheckedIOException if a row cannot be written
     */
    public void writeAll(Iterable<? extends IndicatorObservation> observations) {
        for (IndicatorObservation observation : Objects.requireNonNull(observations, "observations")) {
            write(observation);
        }
    }

    /**
     * Gets the number of rows written.
     *
     * @return the number, zero or more
     */
    public int written() {
        return written;
    }

    /**
     * Flushes the output.
     *
     * @throws UncheckedIOException if the output cannot be flushed
     */
    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String text(Optional<?> value) {
        return value.map(Object::toString).orElse("");
    }

    private static String decimal(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse("");
    }
}

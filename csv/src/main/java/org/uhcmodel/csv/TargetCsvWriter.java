package org.uhcmodel.csv;

import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.uhcmodel.sdg.DatedValue;
import org.uhcmodel.sdg.Disaggregation;
import org.uhcmodel.sdg.DisaggregationDimension;
import org.uhcmodel.sdg.IndicatorTarget;

/**
 * Writes indicator targets as a tidy table, one row per target, which {@link TargetCsvReader} reads back to equal
 * targets.
 * <p>
 * The columns: {@code Id, Indicator, SeriesCode, Area, SubnationalArea, Kind, TargetValue, TargetYear, BaselineYear,
 * BaselineValue, Milestones, SetBy, Citations}, then one column per dimension, headed by its code. Milestones are
 * written {@code year:value}, several joined by {@code |} ({@code 2025:77|2028:79}); citations as
 * {@link ObservationCsvWriter} writes them.
 * <p>
 * A writer is not thread-safe.
 */
public final class TargetCsvWriter implements Flushable {

    /** The columns before those of the dimensions. */
    static final List<String> COLUMNS = List.of("Id", "Indicator", "SeriesCode", "Area", "SubnationalArea", "Kind",
        "TargetValue", "TargetYear", "BaselineYear", "BaselineValue", "Milestones", "SetBy", "Citations");

    private final Writer out;
    private final List<String> dimensions;

    private TargetCsvWriter(Writer out, List<String> dimensions) {
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
    public static TargetCsvWriter to(Writer out) {
        List<String> dimensions = new ArrayList<>();
        for (DisaggregationDimension dimension : DisaggregationDimension.values()) {
            dimensions.add(dimension.code());
        }
        return new TargetCsvWriter(Objects.requireNonNull(out, "out"), List.copyOf(dimensions));
    }

    /**
     * Writes a target as a row.
     *
     * @param target  the target, not null
     * @throws IllegalArgumentException if the target has a category of a dimension that is not built in; nothing is
     *  written then
     * @throws UncheckedIOException if the row cannot be written
     */
    public void write(IndicatorTarget target) {
        Objects.requireNonNull(target, "target");
        for (Disaggregation category : target.dimensions()) {
            if (!dimensions.contains(category.dimension())) {
                throw new IllegalArgumentException("The target " + target.id() + " has a category of "
                    + category.dimension() + ", which has no column");
            }
        }
        List<String> row = new ArrayList<>(COLUMNS.size() + dimensions.size());
        row.add(target.id().toString());
        row.add(target.indicator().toString());
        row.add(text(target.series()));
        row.add(target.area().code());
        row.add(text(target.subnationalArea()));
        row.add(target.kind().code());
        row.add(target.targetValue().toPlainString());
        row.add(target.targetYear().toString());
        Optional<DatedValue> baseline = target.baseline();
        row.add(baseline.map(b -> b.year().toString()).orElse(""));
        row.add(baseline.map(b -> b.value().toPlainString()).orElse(""));
        StringBuilder milestones = new StringBuilder();
        for (DatedValue milestone : target.milestones()) {
            if (milestones.length() > 0) {
                milestones.append('|');
            }
            milestones.append(milestone.year()).append(':').append(milestone.value().toPlainString());
        }
        row.add(milestones.toString());
        row.add(text(target.setBy()));
        row.add(Cells.citations(target.citations()));
        for (String dimension : dimensions) {
            String category = "";
            for (Disaggregation one : target.dimensions()) {
                if (one.dimension().equals(dimension)) {
                    category = one.category();
                }
            }
            row.add(category);
        }
        Cells.write(out, row);
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
}

package org.uhcmodel.csv;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.uhcmodel.area.Area;
import org.uhcmodel.sdg.DatedValue;
import org.uhcmodel.sdg.Disaggregation;
import org.uhcmodel.sdg.DisaggregationDimension;
import org.uhcmodel.sdg.IndicatorCode;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.sdg.SeriesCode;
import org.uhcmodel.sdg.TargetKind;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Rules;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.EntityId;

/**
 * Reads indicator targets from the tables {@link TargetCsvWriter} writes, one row at a time, reporting every row it
 * refuses with its line and the model's rule codes. A row whose id an earlier row has is refused with
 * {@code dataset.duplicate-id}.
 * <p>
 * A reader is immutable and thread-safe, and reads from one source per call.
 */
public final class TargetCsvReader {

    private static final Rule DUPLICATE_ID = Rules.find("dataset.duplicate-id").orElseThrow();

    private TargetCsvReader() {
    }

    /**
     * Creates a reader.
     *
     * @return the reader, not null
     */
    public static TargetCsvReader create() {
        return new TargetCsvReader();
    }

    /**
     * Reads a table of targets, handing each to a consumer as it is read.
     *
     * @param in  the table, read to its end and not closed, not null
     * @param sink  receives each target kept, in the order of the table, not null
     * @return the report of the values read, kept and refused, not null
     * @throws CsvFormatException if the header is not that of a table of targets
     * @throws java.io.UncheckedIOException if the input cannot be read
     */
    public CsvReport read(Reader in, Consumer<? super IndicatorTarget> sink) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sink, "sink");
        CsvRecords records = new CsvRecords(in);
        List<String> header = records.next();
        if (header == null || header.size() < TargetCsvWriter.COLUMNS.size()
            || !header.subList(0, TargetCsvWriter.COLUMNS.size()).equals(TargetCsvWriter.COLUMNS)) {
            throw new CsvFormatException(1, "the header is not that of a table of targets: "
                + String.join(",", TargetCsvWriter.COLUMNS));
        }
        List<String> dimensions = header.subList(TargetCsvWriter.COLUMNS.size(), header.size());
        Map<EntityId, Integer> ids = new HashMap<>();
        List<RefusedRow> refusals = new ArrayList<>();
        int kept = 0;
        for (List<String> row = records.next(); row != null; row = records.next()) {
            if (row.size() == 1 && row.get(0).isEmpty()) {
                continue;
            }
            int line = records.line();
            if (row.size() != header.size()) {
                throw new CsvFormatException(line, "the row has " + row.size() + " fields, the header "
                    + header.size());
            }
            List<Violation> problems = new ArrayList<>();
            IndicatorTarget.Builder builder = IndicatorTarget.builder();
            set(row.get(0), EntityId::parse, "id", problems, builder::id);
            set(row.get(1), IndicatorCode::parse, "indicator", problems, builder::indicator);
            set(row.get(2), SeriesCode::parse, "series", problems, builder::series);
            set(row.get(3), Area::parse, "area", problems, builder::area);
            set(row.get(4), EntityId::parse, "subnationalArea", problems, builder::subnationalArea);
            set(row.get(5), TargetKind::fromCode, "kind", problems, builder::kind);
            if (!row.get(6).isEmpty()) {
                BigDecimal value = Cells.decimal(row.get(6), "targetValue", problems);
                if (value != null) {
                    builder.targetValue(value);
                }
            }
            Integer year = year(row.get(7), "targetYear", problems);
            if (year != null) {
                builder.targetYear(year);
            }
            if (!row.get(8).isEmpty() || !row.get(9).isEmpty()) {
                DatedValue baseline = dated(row.get(8), row.get(9), "baseline", problems);
                if (baseline != null) {
                    builder.baseline(baseline);
                }
            }
            if (!row.get(10).isEmpty()) {
                List<String> milestones = split(row.get(10));
                for (int i = 0; i < milestones.size(); i++) {
                    String one = milestones.get(i);
                    int colon = one.indexOf(':');
                    DatedValue milestone = dated(colon < 0 ? one : one.substring(0, colon),
                        colon < 0 ? "" : one.substring(colon + 1), "milestones[" + i + "]", problems);
                    if (milestone != null) {
                        builder.addMilestone(milestone);
                    }
                }
            }
            set(row.get(11), EntityId::parse, "setBy", problems, builder::setBy);
            builder.addAllCitations(Cells.citations(row.get(12), problems));
            for (int i = 0; i < dimensions.size(); i++) {
                String dimension = dimensions.get(i);
                String cell = row.get(TargetCsvWriter.COLUMNS.size() + i);
                String category = DisaggregationDimension.find(dimension)
                    .map(d -> Cells.category(d, cell)).orElse(cell.isEmpty() ? null : cell);
                if (category != null) {
                    set(category, c -> Disaggregation.of(dimension, c), "dimensions", problems, builder::addDimension);
                }
            }
            List<Violation> more = new ArrayList<>();
            IndicatorTarget target = builder.build(more);
            for (Violation violation : more) {
                if (!violation.rule().equals(Rule.REQUIRED.code()) || !reported(problems, violation.path())) {
                    problems.add(violation);
                }
            }
            if (target != null && problems.isEmpty()) {
                Integer first = ids.putIfAbsent(target.id(), line);
                if (first == null) {
                    kept++;
                    sink.accept(target);
                    continue;
                }
                problems.add(Violation.of("id", DUPLICATE_ID, target.id()));
            }
            refusals.add(new RefusedRow(line, null, problems));
        }
        return new CsvReport(CsvLayout.TIDY, kept, refusals, List.of(), null);
    }

    private static <T> void set(String text, Function<String, T> parser, String path,
                                List<Violation> problems, Consumer<T> setter) {
        if (!text.isEmpty()) {
            T value = Cells.parse(text, parser, path, problems);
            if (value != null) {
                setter.accept(value);
            }
        }
    }

    private static Integer year(String text, String path, List<Violation> problems) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > 4 || !Cells.isDecimal(text) || text.indexOf('.') >= 0 || text.charAt(0) == '-') {
            problems.add(Violation.of(path, Rules.find("reference-period.format").orElseThrow(), text));
            return null;
        }
        return Integer.parseInt(text);
    }

    private static DatedValue dated(String year, String value, String path, List<Violation> problems) {
        Integer y = year(year, path + ".year", problems);
        BigDecimal v = value.isEmpty() ? null : Cells.decimal(value, path + ".value", problems);
        if (y == null && year.isEmpty()) {
            problems.add(Violation.of(path + ".year", Rule.REQUIRED, null));
        }
        if (v == null && value.isEmpty()) {
            problems.add(Violation.of(path + ".value", Rule.REQUIRED, null));
        }
        if (y == null || v == null) {
            return null;
        }
        return Cells.parse(path, p -> DatedValue.of(y, v), path, problems);
    }

    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf('|'); i >= 0; i = text.indexOf('|', start)) {
            parts.add(text.substring(start, i));
            start = i + 1;
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static boolean reported(List<Violation> problems, String path) {
        for (Violation problem : problems) {
            if (problem.path().equals(path) || problem.path().startsWith(path + ".")) {
                return true;
            }
        }
        return false;
    }
}

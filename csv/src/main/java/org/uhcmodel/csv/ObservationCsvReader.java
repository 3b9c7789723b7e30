package org.uhcmodel.csv;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.uhcmodel.area.Area;
import org.uhcmodel.sdg.Disaggregation;
import org.uhcmodel.sdg.DisaggregationDimension;
import org.uhcmodel.sdg.Indicator;
import org.uhcmodel.sdg.IndicatorCode;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorUnit;
import org.uhcmodel.sdg.ObservationKey;
import org.uhcmodel.sdg.ObservationNature;
import org.uhcmodel.sdg.ReferencePeriod;
import org.uhcmodel.sdg.ReportingType;
import org.uhcmodel.sdg.SdgIndicators;
import org.uhcmodel.sdg.SeriesCode;
import org.uhcmodel.sdg.SocietalPovertyLine;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Rules;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.EntityId;

/**
 * Reads observations from a table, one row at a time, handing each to a consumer and reporting every row it refuses
 * with its line and the model's rule codes ({@link CsvReport}).
 * <p>
 * It reads the tidy tables of the UN SDG Global Database and of Open SDG, those {@link ObservationCsvWriter} writes,
 * and the wide tables of the World Bank's World Development Indicators; it tells them apart by their header
 * ({@link CsvLayout}). Columns are known by their headers, with or without the square brackets of UN exports:
 * <ul>
 * <li>what is observed: {@code Indicator} (the indicator's code; without it, the built-in indicator of the series, or
 *   the one given to {@link #indicator(IndicatorCode)}), {@code SeriesCode} (or {@code Series});</li>
 * <li>where: {@code Area} (the model's code, such as {@code WHO:AFR}), {@code GeoAreaCode} or Open SDG's
 *   {@code GeoCode} (an M49 code, as the UN writes it, or the model's code), {@code GeoAreaName} (an official name:
 *   the UN's, ISO's, WHO's or the World Bank's), {@code SubnationalArea} (the id of a sub-national area); when
 *   several are given they must name one area ({@link Area#identify(String, String, String)});</li>
 * <li>when: {@code TimePeriod} or {@code Year}, and {@code Time_Detail} where it gives a span of years
 *   ({@code 2014-2016});</li>
 * <li>the value: {@code Value}, {@code Units} (the UN's or the model's code), {@code LowerBound},
 *   {@code UpperBound};</li>
 * <li>attributes: {@code Nature} and {@code Reporting Type} (the UN's codes; {@code NA} is no nature),
 *   {@code Source}, {@code Release}, {@code FootNote}, {@code SocietalPovertyLine} with {@code PppYear},
 *   {@code Citations} (as the writer writes them);</li>
 * <li>dimensions: a column named by a built-in dimension's code ({@code sex}, {@code consumption-quintile}), the UN's
 *   {@code Sex}, {@code Age}, {@code Location} and {@code Type_of_household}, and any column mapped with
 *   {@link #dimensionColumn(String, String)}; an empty cell, and the UN's totals ({@code _T}, {@code BOTHSEX},
 *   {@code ALLAREA}, {@code ALLAGE}), mean the value covers every category; the UN's codes of categories are
 *   read as the model's ({@code FEMALE} as {@code female}, {@code Y_GE60} as {@code 60+}).</li>
 * </ul>
 * The columns that only describe others ({@code Goal}, {@code Target}, {@code SeriesDescription}, {@code GeoInfoUrl},
 * {@code TimeCoverage}, {@code BasePeriod}) are left aside and listed in the report; any other column is an error of
 * layout ({@link CsvFormatException}) until it is mapped to a dimension or ignored with
 * {@link #ignoringColumn(String)}. The UN's {@code Quantile} is such a column: its quintiles are of wealth for some
 * series and of consumption for others, so the reader is told which.
 * <p>
 * Nothing is dropped or kept silently: a row that cannot be an observation is refused with every rule it breaks, and a
 * row whose natural key an earlier row of the table has (an exact duplicate or a conflicting value) is refused with
 * {@code dataset.duplicate-observation}, naming the line of the first.
 * <p>
 * A reader is configured by methods that return a new reader; it is immutable and thread-safe, and reads from one
 * source per call.
 */
public final class ObservationCsvReader {

    /** Columns a UN export carries that only describe other columns. */
    private static final Set<String> DESCRIPTIVE = Set.of("Goal", "Target", "SeriesDescription", "GeoInfoUrl",
        "TimeCoverage", "BasePeriod");
    /** The UN's names of the dimension columns whose meaning does not depend on the series. */
    private static final Map<String, String> UN_DIMENSIONS = Map.of("Sex", "sex", "Age", "age",
        "Location", "location", "Type_of_household", "household-type", "Type of household", "household-type");
    private static final Map<String, Role> ROLES = roles();
    private static final Rule DUPLICATE = Rules.find("dataset.duplicate-observation").orElseThrow();
    private static final Rule AREA_UNKNOWN = Rules.find("area.unknown").orElseThrow();

    private final List<Citation> citations;
    private final String release;
    private final IndicatorCode indicator;
    private final Map<String, String> dimensionColumns;
    private final Set<String> ignored;

    private ObservationCsvReader(List<Citation> citations, String release, IndicatorCode indicator,
                                 Map<String, String> dimensionColumns, Set<String> ignored) {
        this.citations = citations;
        this.release = release;
        this.indicator = indicator;
        this.dimensionColumns = dimensionColumns;
        this.ignored = ignored;
    }

    /**
     * Creates a reader with no citation, release or indicator of its own.
     *
     * @return the reader, not null
     */
    public static ObservationCsvReader create() {
        return new ObservationCsvReader(List.of(), null, null, Map.of(), Set.of());
    }

    /**
     * Returns a reader that adds a citation to every observation read, before those of a {@code Citations} column:
     * the table's own provenance.
     *
     * @param citation  the citation, such as the download of the table, not null
     * @return a new reader, not null
     */
    public ObservationCsvReader citing(Citation citation) {
        List<Citation> more = new ArrayList<>(citations);
        more.add(Objects.requireNonNull(citation, "citation"));
        return new ObservationCsvReader(List.copyOf(more), release, indicator, dimensionColumns, ignored);
    }

    /**
     * Returns a reader that gives every observation without a {@code Release} cell this release, in place of the
     * date a World Bank file says it was last updated.
     *
     * @param release  the release, such as {@code 2025.Q4.G.01}, not blank, not null
     * @return a new reader, not null
     * @throws IllegalArgumentException if the release is blank
     */
    public ObservationCsvReader release(String release) {
        if (Objects.requireNonNull(release, "release").isBlank()) {
            throw new IllegalArgumentException("A release is not blank");
        }
        return new ObservationCsvReader(citations, release, indicator, dimensionColumns, ignored);
    }

    /**
     * Returns a reader that gives this indicator to rows that name none and whose series is not that of a built-in
     * indicator, such as the rows of an Open SDG file of a national indicator.
     *
     * @param indicator  the code of the indicator, not null
     * @return a new reader, not null
     */
    public ObservationCsvReader indicator(IndicatorCode indicator) {
        return new ObservationCsvReader(citations, release, Objects.requireNonNull(indicator, "indicator"),
            dimensionColumns, ignored);
    }

    /**
     * Returns a reader that reads a column as a dimension, such as the UN's {@code Quantile} as
     * {@code consumption-quintile} for the series of 3.8.2, or a column of a declared dimension.
     *
     * @param header  the header of the column, without square brackets, not null
     * @param dimension  the code of the dimension, built in or declared, not null
     * @return a new reader, not null
     */
    public ObservationCsvReader dimensionColumn(String header, String dimension) {
        Map<String, String> more = new LinkedHashMap<>(dimensionColumns);
        more.put(Objects.requireNonNull(header, "header"), Objects.requireNonNull(dimension, "dimension"));
        return new ObservationCsvReader(citations, release, indicator, Collections.unmodifiableMap(more), ignored);
    }

    /**
     * Returns a reader that leaves a column aside, listing it in the report.
     *
     * @param header  the header of the column, without square brackets, not null
     * @return a new reader, not null
     */
    public ObservationCsvReader ignoringColumn(String header) {
        Set<String> more = new LinkedHashSet<>(ignored);
        more.add(Objects.requireNonNull(header, "header"));
        return new ObservationCsvReader(citations, release, indicator, dimensionColumns,
            Collections.unmodifiableSet(more));
    }

    /**
     * Reads a table, handing each observation to a consumer as it is read.
     *
     * @param in  the table, read to its end and not closed, not null
     * @param sink  receives each observation kept, in the order of the table, not null
     * @return the report: the number of values read and kept, every refused row, not null
     * @throws CsvFormatException if the layout of the table cannot be read
     * @throws java.io.UncheckedIOException if the input cannot be read
     */
    public CsvReport read(Reader in, Consumer<? super IndicatorObservation> sink) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sink, "sink");
        CsvRecords records = new CsvRecords(in);
        String lastUpdated = null;
        List<String> header;
        while (true) {
            header = records.next();
            if (header == null) {
                throw new CsvFormatException(Math.max(records.line(), 1), "the table has no header");
            }
            String first = header.get(0);
            if (first.equals("Last Updated Date") && header.size() > 1) {
                lastUpdated = header.get(1);
            } else if (!isBlank(header) && !first.equals("Data Source")) {
                break;
            }
        }
        Run run = new Run(sink, release != null ? release : lastUpdated);
        if (header.size() >= 4 && header.get(0).equals("Country Name") && header.get(1).equals("Country Code")
            && header.get(3).equals("Indicator Code")) {
            readWide(records, header, run);
            return new CsvReport(CsvLayout.WORLD_BANK_WIDE, run.kept, run.refusals, List.of(), lastUpdated);
        }
        Columns columns = columns(header, records.line());
        for (List<String> row = records.next(); row != null; row = records.next()) {
            if (isBlank(row)) {
                continue;
            }
            if (row.size() > header.size()) {
                throw new CsvFormatException(records.line(), "the row has " + row.size() + " fields, the header "
                    + header.size());
            }
            readTidy(columns, row, records.line(), run);
        }
        return new CsvReport(CsvLayout.TIDY, run.kept, run.refusals, columns.ignored, lastUpdated);
    }

    private static boolean isBlank(List<String> record) {
        for (String field : record) {
            if (!field.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** What one read has kept so far. */
    private static final class Run {
        final Consumer<? super IndicatorObservation> sink;
        final String release;
        final Map<ObservationKey, Integer> keys = new HashMap<>();
        final List<RefusedRow> refusals = new ArrayList<>();
        int kept;

        Run(Consumer<? super IndicatorObservation> sink, String release) {
            this.sink = sink;
            this.release = release;
        }

        void finish(IndicatorObservation.Builder builder, List<Violation> problems, int line, String column) {
            IndicatorObservation observation = null;
            if (problems.isEmpty()) {
                observation = builder.build(problems);
            } else {
                List<Violation> more = new ArrayList<>();
                builder.build(more);
                for (Violation violation : more) {
                    if (!violation.rule().equals(Rule.REQUIRED.code()) || !reported(problems, violation.path())) {
                        problems.add(violation);
                    }
                }
            }
            if (observation != null) {
                Integer first = keys.putIfAbsent(observation.key(), line);
                if (first == null) {
                    kept++;
                    sink.accept(observation);
                    return;
                }
                problems.add(Violation.of("", DUPLICATE, observation.key().toString(),
                    Map.of("first", "line " + first)));
            }
            refusals.add(new RefusedRow(line, column, problems));
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

    // ---- The wide tables of the World Bank.

    private void readWide(CsvRecords records, List<String> header, Run run) {
        List<ReferencePeriod> years = new ArrayList<>();
        for (int i = 4; i < header.size(); i++) {
            String year = header.get(i);
            if (year.isEmpty()) {
                years.add(null);
            } else if (year.length() == 4 && Cells.isDecimal(year)) {
                years.add(ReferencePeriod.ofYear(Integer.parseInt(year)));
            } else {
                throw new CsvFormatException(records.line(), "the column " + year + " of a World Bank table is no "
                    + "year");
            }
        }
        for (List<String> row = records.next(); row != null; row = records.next()) {
            if (isBlank(row)) {
                continue;
            }
            int line = records.line();
            String areaCode = row.size() > 1 ? row.get(1) : "";
            String seriesCode = row.size() > 3 ? row.get(3) : "";
            for (int i = 4; i < row.size(); i++) {
                String cell = row.get(i);
                if (cell.isEmpty()) {
                    continue;
                }
                if (i - 4 >= years.size() || years.get(i - 4) == null) {
                    throw new CsvFormatException(line, "a value lies in a column without a year");
                }
                List<Violation> problems = new ArrayList<>();
                IndicatorObservation.Builder builder = IndicatorObservation.builder();
                Optional<Area> area = Area.fromWorldBankCode(areaCode);
                if (area.isPresent()) {
                    builder.area(area.get());
                } else {
                    problems.add(Violation.of("area", AREA_UNKNOWN, areaCode));
                }
                SeriesCode series = Cells.parse(seriesCode, SeriesCode::parse, "series", problems);
                what(builder, null, series, problems);
                builder.period(years.get(i - 4));
                BigDecimal value = Cells.decimal(cell, "value", problems);
                if (value != null) {
                    builder.value(value);
                }
                attributes(builder, run.release, citations);
                run.finish(builder, problems, line, header.get(i));
            }
        }
    }

    // ---- Tidy tables.

    /** What a column of a tidy table holds. */
    private enum Role {
        INDICATOR, SERIES, AREA, GEO_CODE, GEO_NAME, SUBNATIONAL, PERIOD, TIME_DETAIL, VALUE, UNIT, LOWER, UPPER,
        NATURE, REPORTING, SOURCE, RELEASE, FOOTNOTE, POVERTY_LINE, PPP_YEAR, CITATIONS
    }

    private static Map<String, Role> roles() {
        Map<String, Role> roles = new HashMap<>();
        roles.put("Indicator", Role.INDICATOR);
        roles.put("SeriesCode", Role.SERIES);
        roles.put("Series", Role.SERIES);
        roles.put("Area", Role.AREA);
        roles.put("GeoAreaCode", Role.GEO_CODE);
        roles.put("GeoCode", Role.GEO_CODE);
        roles.put("GeoAreaName", Role.GEO_NAME);
        roles.put("SubnationalArea", Role.SUBNATIONAL);
        roles.put("TimePeriod", Role.PERIOD);
        roles.put("Year", Role.PERIOD);
        roles.put("Time_Detail", Role.TIME_DETAIL);
        roles.put("Value", Role.VALUE);
        roles.put("Units", Role.UNIT);
        roles.put("LowerBound", Role.LOWER);
        roles.put("UpperBound", Role.UPPER);
        roles.put("Nature", Role.NATURE);
        roles.put("Reporting Type", Role.REPORTING);
        roles.put("Reporting_Type", Role.REPORTING);
        roles.put("Source", Role.SOURCE);
        roles.put("Release", Role.RELEASE);
        roles.put("FootNote", Role.FOOTNOTE);
        roles.put("Footnote", Role.FOOTNOTE);
        roles.put("SocietalPovertyLine", Role.POVERTY_LINE);
        roles.put("PppYear", Role.PPP_YEAR);
        roles.put("Citations", Role.CITATIONS);
        return Collections.unmodifiableMap(roles);
    }

    /** The columns of a tidy table, by role and by dimension. */
    private static final class Columns {
        final Map<Role, Integer> roles = new HashMap<>();
        final Map<Integer, String> dimensions = new LinkedHashMap<>();
        final List<String> ignored = new ArrayList<>();

        String cell(List<String> row, Role role) {
            Integer index = roles.get(role);
            return index == null || index >= row.size() ? "" : row.get(index);
        }
    }

    private Columns columns(List<String> header, int line) {
        Columns columns = new Columns();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String raw = header.get(i);
            String name = raw.length() > 1 && raw.charAt(0) == '[' && raw.charAt(raw.length() - 1) == ']'
                ? raw.substring(1, raw.length() - 1) : raw;
            if (!seen.add(name)) {
                throw new CsvFormatException(line, "the column " + name + " appears twice");
            }
            String dimension = dimensionColumns.get(name);
            Role role = ROLES.get(name);
            if (dimension != null) {
                columns.dimensions.put(i, dimension);
            } else if (ignored.contains(name) || DESCRIPTIVE.contains(name) || name.isEmpty()) {
                columns.ignored.add(raw);
            } else if (role != null) {
                columns.roles.put(role, i);
            } else if (UN_DIMENSIONS.containsKey(name)) {
                columns.dimensions.put(i, UN_DIMENSIONS.get(name));
            } else if (DisaggregationDimension.find(name).isPresent()) {
                columns.dimensions.put(i, name);
            } else {
                throw new CsvFormatException(line, "the column " + name + " is neither a column the reader knows nor "
                    + "one it was told to read as a dimension (dimensionColumn) or to ignore (ignoringColumn)");
            }
        }
        if (!columns.roles.containsKey(Role.VALUE)) {
            throw new CsvFormatException(line, "the table has no column Value");
        }
        if (!columns.roles.containsKey(Role.PERIOD) && !columns.roles.containsKey(Role.TIME_DETAIL)) {
            throw new CsvFormatException(line, "the table has no column TimePeriod or Year");
        }
        if (!columns.roles.containsKey(Role.AREA) && !columns.roles.containsKey(Role.GEO_CODE)
            && !columns.roles.containsKey(Role.GEO_NAME)) {
            throw new CsvFormatException(line, "the table has no column Area, GeoAreaCode or GeoAreaName");
        }
        return columns;
    }

    private void readTidy(Columns columns, List<String> row, int line, Run run) {
        List<Violation> problems = new ArrayList<>();
        IndicatorObservation.Builder builder = IndicatorObservation.builder();
        String seriesText = columns.cell(row, Role.SERIES);
        SeriesCode series = seriesText.isEmpty() ? null
            : Cells.parse(seriesText, SeriesCode::parse, "series", problems);
        String indicatorText = columns.cell(row, Role.INDICATOR);
        IndicatorCode named = indicatorText.isEmpty() ? null
            : Cells.parse(indicatorText, IndicatorCode::parse, "indicator", problems);
        what(builder, named, series, problems);
        area(builder, columns, row, problems);
        String subnational = columns.cell(row, Role.SUBNATIONAL);
        if (!subnational.isEmpty()) {
            EntityId id = Cells.parse(subnational, EntityId::parse, "subnationalArea", problems);
            if (id != null) {
                builder.subnationalArea(id);
            }
        }
        period(builder, columns, row, problems);
        decimal(columns.cell(row, Role.VALUE), "value", problems, builder::value);
        decimal(columns.cell(row, Role.LOWER), "lowerBound", problems, builder::lowerBound);
        decimal(columns.cell(row, Role.UPPER), "upperBound", problems, builder::upperBound);
        String unit = columns.cell(row, Role.UNIT);
        if (!unit.isEmpty()) {
            Optional<IndicatorUnit> un = IndicatorUnit.fromUnCode(unit);
            IndicatorUnit found = un.isPresent() ? un.get() : Cells.parse(unit, IndicatorUnit::fromCode, "unit",
                problems);
            if (found != null) {
                builder.unit(found);
            }
        }
        String nature = columns.cell(row, Role.NATURE);
        if (!nature.isEmpty() && !nature.equals("NA") && !nature.equals("_X")) {
            ObservationNature found = Cells.parse(nature, ObservationNature::fromCode, "nature", problems);
            if (found != null) {
                builder.nature(found);
            }
        }
        String reporting = columns.cell(row, Role.REPORTING);
        if (!reporting.isEmpty()) {
            ReportingType found = Cells.parse(reporting, ReportingType::fromCode, "reportingType", problems);
            if (found != null) {
                builder.reportingType(found);
            }
        }
        text(columns.cell(row, Role.SOURCE), builder::source);
        text(columns.cell(row, Role.FOOTNOTE), builder::footnote);
        povertyLine(builder, columns, row, problems);
        for (Map.Entry<Integer, String> entry : columns.dimensions.entrySet()) {
            String cell = entry.getKey() < row.size() ? row.get(entry.getKey()) : "";
            Optional<DisaggregationDimension> builtIn = DisaggregationDimension.find(entry.getValue());
            String category = builtIn.isPresent() ? Cells.category(builtIn.get(), cell) : cell.isEmpty() ? null : cell;
            if (category != null) {
                Disaggregation disaggregation = Cells.parse(category, c -> Disaggregation.of(entry.getValue(), c),
                    "dimensions", problems);
                if (disaggregation != null) {
                    builder.addDimension(disaggregation);
                }
            }
        }
        String releaseCell = columns.cell(row, Role.RELEASE);
        List<Citation> cited = new ArrayList<>(citations);
        cited.addAll(Cells.citations(columns.cell(row, Role.CITATIONS), problems));
        attributes(builder, releaseCell.isEmpty() ? run.release : releaseCell, cited);
        run.finish(builder, problems, line, null);
    }

    /** Sets the indicator and series: the indicator named, else that of a built-in series, else the reader's. */
    private void what(IndicatorObservation.Builder builder, IndicatorCode named, SeriesCode series,
                      List<Violation> problems) {
        if (series != null) {
            builder.series(series);
        }
        if (named != null) {
            builder.indicator(named);
            return;
        }
        Optional<Indicator> builtIn = series == null ? Optional.empty() : SdgIndicators.findBySeries(series);
        if (builtIn.isPresent()) {
            builder.indicator(builtIn.get());
        } else if (indicator != null) {
            builder.indicator(indicator);
        }
    }

    private static void area(IndicatorObservation.Builder builder, Columns columns, List<String> row,
                             List<Violation> problems) {
        Optional<Area> area = Cells.parse(columns.cell(row, Role.AREA), code -> Area.identify(code,
            columns.cell(row, Role.GEO_CODE), columns.cell(row, Role.GEO_NAME)), "area", problems);
        if (area != null && area.isPresent()) {
            builder.area(area.get());
        }
    }

    private static void period(IndicatorObservation.Builder builder, Columns columns, List<String> row,
                               List<Violation> problems) {
        String year = columns.cell(row, Role.PERIOD);
        String detail = columns.cell(row, Role.TIME_DETAIL);
        ReferencePeriod period = year.isEmpty() ? null
            : Cells.parse(year, ReferencePeriod::parse, "period", problems);
        if (detail.length() == 9 && detail.charAt(4) == '-') {
            ReferencePeriod span = Cells.parse(detail.replace('-', '/'), ReferencePeriod::parse, "period", problems);
            if (span != null && period != null && !span.contains(period.startYear())) {
                problems.add(Violation.of("period", Rules.find("reference-period.format").orElseThrow(),
                    year + " " + detail));
            }
            period = span != null ? span : period;
        } else if (!detail.isEmpty() && period == null) {
            period = Cells.parse(detail, ReferencePeriod::parse, "period", problems);
        }
        if (period != null) {
            builder.period(period);
        }
    }

    private static void povertyLine(IndicatorObservation.Builder builder, Columns columns, List<String> row,
                                    List<Violation> problems) {
        String amount = columns.cell(row, Role.POVERTY_LINE);
        String year = columns.cell(row, Role.PPP_YEAR);
        if (amount.isEmpty() && year.isEmpty()) {
            return;
        }
        if (amount.isEmpty() || year.isEmpty()) {
            problems.add(Violation.of(amount.isEmpty() ? "povertyLine.dailyAmount" : "povertyLine.pppYear",
                Rule.REQUIRED, null));
            return;
        }
        BigDecimal daily = Cells.decimal(amount, "povertyLine.dailyAmount", problems);
        if (daily == null) {
            return;
        }
        if (year.length() != 4 || !Cells.isDecimal(year)) {
            problems.add(Violation.of("povertyLine.pppYear", Rules.find("societal-poverty-line.ppp-year-range")
                .orElseThrow(), year));
            return;
        }
        SocietalPovertyLine line = Cells.parse(year, y -> SocietalPovertyLine.of(daily, Integer.parseInt(y)),
            "povertyLine", problems);
        if (line != null) {
            builder.povertyLine(line);
        }
    }

    private static void decimal(String text, String path, List<Violation> problems, Consumer<BigDecimal> set) {
        if (!text.isEmpty()) {
            BigDecimal value = Cells.decimal(text, path, problems);
            if (value != null) {
                set.accept(value);
            }
        }
    }

    private static void text(String text, Consumer<String> set) {
        if (!text.isEmpty()) {
            set.accept(text);
        }
    }

    private static void attributes(IndicatorObservation.Builder builder, String release, List<Citation> cited) {
        if (release != null) {
            builder.release(release);
        }
        builder.addAllCitations(cited);
    }
}

package org.uhcmodel.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.uhcmodel.area.Area;
import org.uhcmodel.sdg.Disaggregation;
import org.uhcmodel.sdg.DisaggregationDimension;
import org.uhcmodel.sdg.HouseholdType;
import org.uhcmodel.sdg.IndicatorCode;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorUnit;
import org.uhcmodel.sdg.ObservationNature;
import org.uhcmodel.sdg.Quintile;
import org.uhcmodel.sdg.ReferencePeriod;
import org.uhcmodel.sdg.ReportingType;
import org.uhcmodel.sdg.SdgIndicators;
import org.uhcmodel.sdg.SeriesCode;
import org.uhcmodel.sdg.Sex;
import org.uhcmodel.sdg.SocietalPovertyLine;
import org.uhcmodel.sdg.Tracer;
import org.uhcmodel.sdg.UrbanRural;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.EntityId;

/** Observations written as a tidy table and read back; tables of the UN's shape read; rows refused with reasons. */
class ObservationCsvTest {

    private static final Citation UN_SDG = Citation.of(EntityId.of("un-sdg-global-database"),
        "release 2025.Q4.G.01 | series, p. 3 \\ note");

    /** Financial hardship (3.8.2, 2025) in rural Afghanistan in 2016, with every attribute. */
    static IndicatorObservation revisedThreeEightTwo() {
        return IndicatorObservation.builder()
            .indicator(SdgIndicators.FINANCIAL_PROTECTION)
            .series(SeriesCode.of("SH_OOP_XPD_EARNNET40"))
            .area(Area.of("AF"))
            .period(ReferencePeriod.ofYear(2016))
            .value(new BigDecimal("37.59"))
            .unit(IndicatorUnit.PERCENT)
            .addDimension(Disaggregation.of(DisaggregationDimension.LOCATION, UrbanRural.RURAL))
            .lowerBound(new BigDecimal("35.10"))
            .upperBound(new BigDecimal("40.00"))
            .nature(ObservationNature.COUNTRY_ADJUSTED)
            .reportingType(ReportingType.GLOBAL)
            .povertyLine(SocietalPovertyLine.of(new BigDecimal("2.15"), 2017))
            .source("Household survey, \"NRVA\" 2016")
            .release("2025.Q4.G.01")
            .footnote("Survey-based estimate, using household total consumption expenditure in the denominator")
            .addCitation(UN_SDG)
            .build();
    }

    /** Hospital beds of Mauritania, a tracer of 3.8.1. */
    static IndicatorObservation tracer() {
        return IndicatorObservation.builder().indicator(SdgIndicators.of(Tracer.HOSPITAL_BEDS)).area(Area.of("MR"))
            .period(ReferencePeriod.ofYear(2017)).value(new BigDecimal("4.0")).unit(IndicatorUnit.PER_10000_POPULATION)
            .addCitation(UN_SDG).build();
    }

    /** The service coverage index of WHO's African Region. */
    static IndicatorObservation whoRegion() {
        return IndicatorObservation.builder().indicator(SdgIndicators.SERVICE_COVERAGE)
            .series(SeriesCode.of("UHC_INDEX_REPORTED")).area(Area.of("WHO:AFR")).period(ReferencePeriod.ofYear(2021))
            .value(new BigDecimal("44")).addCitation(Citation.of(EntityId.of("who-gho"))).build();
    }

    /** Financial hardship of the poorest fifth of rural households headed by a woman, pooled over three years. */
    static IndicatorObservation threeDimensions() {
        return IndicatorObservation.builder().from(revisedThreeEightTwo())
            .period(ReferencePeriod.of(2014, 2016))
            .addDimension(Disaggregation.of(DisaggregationDimension.CONSUMPTION_QUINTILE, Quintile.Q1))
            .addDimension(Disaggregation.of(DisaggregationDimension.HOUSEHOLD_HEAD_SEX, Sex.FEMALE))
            .build();
    }

    private static List<IndicatorObservation> roundTrip(List<IndicatorObservation> observations) {
        StringWriter out = new StringWriter();
        ObservationCsvWriter writer = ObservationCsvWriter.to(out);
        writer.writeAll(observations);
        writer.flush();
        assertEquals(observations.size(), writer.written());
        List<IndicatorObservation> read = new ArrayList<>();
        CsvReport report = ObservationCsvReader.create().read(new StringReader(out.toString()), read::add);
        assertEquals(List.of(), report.refusals(), out.toString());
        assertEquals(CsvLayout.TIDY, report.layout());
        return read;
    }

    @Test
    void theObservationsOfTheIssueRoundTripThroughATidyTable() {
        List<IndicatorObservation> observations = List.of(revisedThreeEightTwo(), tracer(), whoRegion(),
            threeDimensions());
        List<IndicatorObservation> read = roundTrip(observations);
        assertEquals(observations, read);
        assertEquals("37.59", read.get(0).value().toPlainString());
        assertEquals("4.0", read.get(1).value().toPlainString());
        assertEquals(3, read.get(3).dimensions().size());
        assertEquals(UN_SDG, read.get(0).citations().get(0));
    }

    @Test
    void theWriterWritesTheUnShapeWithTheModelsCodes() {
        StringWriter out = new StringWriter();
        ObservationCsvWriter.to(out, List.of("location", "consumption-quintile", "household-head-sex"))
            .write(threeDimensions());
        String[] lines = out.toString().split("\n");
        assertEquals("Indicator,SeriesCode,Area,GeoAreaName,SubnationalArea,TimePeriod,Value,Units,LowerBound,"
            + "UpperBound,Nature,Reporting Type,Source,Release,FootNote,SocietalPovertyLine,PppYear,Citations,"
            + "location,consumption-quintile,household-head-sex", lines[0]);
        assertTrue(lines[1].startsWith("3.8.2,SH_OOP_XPD_EARNNET40,AF,Afghanistan,,2014/2016,37.59,percent,35.10,"
            + "40.00,CA,G,\"Household survey, \"\"NRVA\"\" 2016\",2025.Q4.G.01,"), lines[1]);
        assertTrue(lines[1].contains(",2.15,2017,\"un-sdg-global-database#release 2025.Q4.G.01 \\| series, p. 3 "
            + "\\\\ note\","), lines[1]);
        assertTrue(lines[1].endsWith(",rural,q1,female"), lines[1]);
    }

    @Test
    void anObservationOfADimensionWithoutAColumnIsNotWritten() {
        StringWriter out = new StringWriter();
        ObservationCsvWriter writer = ObservationCsvWriter.to(out, List.of("sex"));
        assertThrows(IllegalArgumentException.class, () -> writer.write(revisedThreeEightTwo()));
        assertEquals(0, writer.written());
        assertEquals(1, out.toString().split("\n").length);
        assertThrows(IllegalArgumentException.class, () -> ObservationCsvWriter.to(out, List.of("sex", "sex")));
        assertThrows(IllegalArgumentException.class, () -> ObservationCsvWriter.to(out, List.of("Value")));
    }

    @Test
    void aUnExportIsReadWithItsBracketedColumnsAndCodes() {
        String export = "Goal,Target,Indicator,SeriesCode,SeriesDescription,GeoAreaCode,GeoAreaName,TimePeriod,Value,"
            + "Time_Detail,TimeCoverage,UpperBound,LowerBound,BasePeriod,Source,GeoInfoUrl,FootNote,[Age],[Location],"
            + "[Nature],[Quantile],[Reporting Type],[Sex],[Type_of_household],[Units]\n"
            + "3,3.8,3.8.2,SH_OOP_XPD_EARNNET40,\"Proportion ...\",4,Afghanistan,2016,37.59,2016,,,,,,,"
            + "\"Survey-based estimate\",ALLAGE,RURAL,CA,_T,G,BOTHSEX,_T,PERCENT\n"
            + "3,3.8,3.8.2,SH_OOP_XPD_EARNNET40,\"Proportion ...\",4,Afghanistan,2016,46.24,2016,,,,,,,,"
            + "ALLAGE,ALLAREA,CA,Q1,G,BOTHSEX,_T,PERCENT\n"
            + "3,3.8,3.8.2,SH_OOP_XPD_EARNNET40,\"Proportion ...\",4,Afghanistan,2016,35.88,2016,,,,,,,,"
            + "Y_GE60,ALLAREA,CA,_T,G,FEMALE,HH_MULTIGEN,PERCENT\n";
        List<IndicatorObservation> read = new ArrayList<>();
        CsvReport report = ObservationCsvReader.create().release("2025.Q4.G.01")
            .dimensionColumn("Quantile", "consumption-quintile")
            .read(new StringReader(export), read::add);
        assertEquals(List.of(), report.refusals());
        assertEquals(List.of("Goal", "Target", "SeriesDescription", "TimeCoverage", "BasePeriod", "GeoInfoUrl"),
            report.ignoredColumns());
        IndicatorObservation rural = read.get(0);
        assertEquals(Area.of("AF"), rural.area());
        assertEquals(IndicatorCode.of("3.8.2"), rural.indicator());
        assertEquals(Set.of(Disaggregation.of(DisaggregationDimension.LOCATION, UrbanRural.RURAL)), rural.dimensions());
        assertEquals(Optional.of(ObservationNature.COUNTRY_ADJUSTED), rural.nature());
        assertEquals(Optional.of(IndicatorUnit.PERCENT), rural.unit());
        assertEquals(Optional.of("Survey-based estimate"), rural.footnote());
        assertEquals(Optional.of("q1"), read.get(1).category("consumption-quintile"));
        assertEquals(Optional.of("60+"), read.get(2).category("age"));
        assertEquals(Optional.of("female"), read.get(2).category("sex"));
        assertEquals(Optional.of(HouseholdType.MULTIGENERATIONAL.code()), read.get(2).category("household-type"));
    }

    @Test
    void aColumnTheReaderDoesNotKnowIsAnErrorOfLayoutUntilMappedOrIgnored() {
        String table = "TimePeriod,SeriesCode,GeoAreaCode,Value,[Quantile]\n2016,SH_OOP_XPD_EARNNET40,4,46.24,Q1\n";
        CsvFormatException ex = assertThrows(CsvFormatException.class,
            () -> ObservationCsvReader.create().read(new StringReader(table), o -> { }));
        assertEquals(1, ex.line());
        assertTrue(ex.getMessage().contains("Quantile"), ex.getMessage());
        List<IndicatorObservation> read = new ArrayList<>();
        CsvReport report = ObservationCsvReader.create().ignoringColumn("Quantile")
            .read(new StringReader(table), read::add);
        assertEquals(List.of("[Quantile]"), report.ignoredColumns());
        assertEquals(1, report.kept());
    }

    @Test
    void aTableWithoutValuesPeriodsOrAreasIsAnErrorOfLayout() {
        for (String header : List.of("Year,SeriesCode,GeoAreaName\n", "SeriesCode,GeoAreaName,Value\n",
            "Year,SeriesCode,Value\n", "Year,Year,GeoAreaName,Value\n", "")) {
            assertThrows(CsvFormatException.class, () -> ObservationCsvReader.create()
                .read(new StringReader(header + "2021,SH_ACS_UNHC,Algeria,74\n"), o -> { }), header);
        }
        assertThrows(CsvFormatException.class, () -> ObservationCsvReader.create()
            .read(new StringReader("Year,GeoAreaName,Value\n2021,\"Algeria,74\n"), o -> { }));
        assertThrows(CsvFormatException.class, () -> ObservationCsvReader.create()
            .read(new StringReader("Year,GeoAreaName,Value\n2021,Algeria,74,75\n"), o -> { }));
    }

    @Test
    void everyRefusedRowIsReportedWithItsLineAndEveryRuleItBreaks() {
        String table = "Year,SeriesCode,GeoAreaName,Value,Nature\n"
            + "2021,SH_ACS_UNHC,Algeria,74,E\n"
            + "2021,SH_ACS_UNHC,Atlantis,<5,E\n"
            + "\n"
            + "1850,SH_ACS_UNHC,Algeria,101,X\n"
            + "2021,SH_XPD_EARN77,Algeria,5,E\n"
            + "2021,SH_ACS_UNHC,Algeria,74.0,E\n"
            + "2021,SH_ACS_UNHC,Mauritania,,E\n";
        List<IndicatorObservation> read = new ArrayList<>();
        CsvReport report = ObservationCsvReader.create().read(new StringReader(table), read::add);
        assertEquals(6, report.read());
        assertEquals(1, report.kept());
        assertEquals(List.of(3, 5, 6, 7, 8), report.refusals().stream().map(RefusedRow::line)
            .collect(Collectors.toList()));
        assertEquals(List.of(List.of("area.unknown", "indicator-observation.value-format"),
                List.of("reference-period.year-range", "unknown-code", "indicator-observation.value-range"),
                List.of("required"),
                List.of("dataset.duplicate-observation"),
                List.of("required")),
            report.refusals().stream().map(RefusedRow::rules).collect(Collectors.toList()));
        assertEquals("indicator", report.refusals().get(2).violations().get(0).path());
        assertEquals("value", report.refusals().get(4).violations().get(0).path());
    }

    @Test
    void anIndicatorTheReaderIsGivenNamesRowsOfAnUnknownSeries() {
        String table = "Year,SeriesCode,GeoAreaName,Value\n2023,CNAM_ENROLMENT,Côte d'Ivoire,52.5\n";
        List<IndicatorObservation> read = new ArrayList<>();
        ObservationCsvReader.create().indicator(IndicatorCode.of("CI-CMU-1")).read(new StringReader(table),
            read::add);
        assertEquals(IndicatorCode.of("CI-CMU-1"), read.get(0).indicator());
        assertEquals(Area.of("CI"), read.get(0).area());
    }

    @Test
    void theCodesAndNamesOfAnAreaMustAgree() {
        String table = "Year,SeriesCode,Area,GeoAreaCode,GeoAreaName,Value\n"
            + "2021,SH_ACS_UNHC,DZ,012,Algeria,74\n"
            + "2021,SH_ACS_UNHC,DZ,478,Algeria,74\n"
            + "2021,SH_ACS_UNHC,DZ,,Mauritania,74\n"
            + "2021,SH_ACS_UNHC,,001,World,68\n"
            + "2021,SH_ACS_UNHC,,999,,68\n";
        List<IndicatorObservation> read = new ArrayList<>();
        CsvReport report = ObservationCsvReader.create().read(new StringReader(table), read::add);
        assertEquals(List.of(Area.of("DZ"), Area.WORLD), read.stream().map(IndicatorObservation::area)
            .collect(Collectors.toList()));
        assertEquals(List.of(List.of("area.conflict"), List.of("area.conflict"), List.of("area.unknown")),
            report.refusals().stream().map(RefusedRow::rules).collect(Collectors.toList()));
    }

    @Test
    void aSpanOfTimeDetailIsThePeriod() {
        String table = "TimePeriod,Time_Detail,SeriesCode,GeoAreaCode,Value\n2015,2014-2016,SH_XPD_EARN10,4,12.5\n"
            + "2018,2014-2016,SH_XPD_EARN10,8,12.5\n";
        List<IndicatorObservation> read = new ArrayList<>();
        CsvReport report = ObservationCsvReader.create().read(new StringReader(table), read::add);
        assertEquals(ReferencePeriod.of(2014, 2016), read.get(0).period());
        assertEquals(List.of("reference-period.format"), report.refusals().get(0).rules());
    }

    @Test
    void theReadersCitationComesBeforeThoseOfTheTable() {
        Citation file = Citation.of(EntityId.of("my-download"));
        String table = "Year,SeriesCode,GeoAreaName,Value,Citations\n2021,SH_ACS_UNHC,Algeria,74,who-gho|un-sdg#p. 2\n"
            + "2021,SH_ACS_UNHC,Mauritania,40,Not A Slug\n";
        List<IndicatorObservation> read = new ArrayList<>();
        CsvReport report = ObservationCsvReader.create().citing(file).read(new StringReader(table), read::add);
        assertEquals(List.of(file, Citation.of(EntityId.of("who-gho")), Citation.of(EntityId.of("un-sdg"), "p. 2")),
            read.get(0).citations());
        assertEquals("citations[0].source", report.refusals().get(0).violations().get(0).path());
    }

    @Test
    void aWorldBankTableOfAnotherIndicatorIsRefusedCellByCell() {
        String table = "\uFEFF\"Data Source\",\"World Development Indicators\",\n\n"
            + "\"Last Updated Date\",\"2025-01-28\",\n\n"
            + "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2020\",\"2021\",\n"
            + "\"Algeria\",\"DZA\",\"Something\",\"SP.POP.TOTL\",\"1\",\"2\",\n"
            + "\"Atlantis\",\"ATL\",\"UHC service coverage index\",\"SH.UHC.SRVS.CV.XD\",\"\",\"50\",\n";
        CsvReport report = ObservationCsvReader.create().release("WDI 2025-01-28").read(new StringReader(table),
            o -> { });
        assertEquals(3, report.read());
        assertEquals(0, report.kept());
        assertEquals(List.of(Optional.of("2020"), Optional.of("2021"), Optional.of("2021")),
            report.refusals().stream().map(RefusedRow::column).collect(Collectors.toList()));
        assertEquals(List.of(6, 6, 7), report.refusals().stream().map(RefusedRow::line).collect(Collectors.toList()));
        assertEquals(List.of("required"), report.refusals().get(0).rules());
        assertEquals(List.of("area.unknown"), report.refusals().get(2).rules());
    }

    private static void assertNullRefused(Executable call, String name) {
        assertEquals(name, assertThrows(NullPointerException.class, call).getMessage());
    }

    @Test
    void nullsAreRefused() {
        assertNullRefused(() -> ObservationCsvReader.create().citing(null), "citation");
        assertNullRefused(() -> ObservationCsvReader.create().read(null, o -> { }), "in");
        assertNullRefused(() -> ObservationCsvReader.create().read(new StringReader(""), null), "sink");
        assertNullRefused(() -> ObservationCsvWriter.to(null), "out");
        assertThrows(IllegalArgumentException.class, () -> ObservationCsvReader.create().release(" "));
    }
}

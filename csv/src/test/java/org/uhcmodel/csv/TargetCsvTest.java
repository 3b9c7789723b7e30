package org.uhcmodel.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.uhcmodel.area.Area;
import org.uhcmodel.sdg.DatedValue;
import org.uhcmodel.sdg.Disaggregation;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.sdg.SdgIndicators;
import org.uhcmodel.sdg.SeriesCode;
import org.uhcmodel.sdg.TargetKind;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.EntityId;

class TargetCsvTest {

    /** At most 5% of Ivorians facing financial hardship by 2030, from 12.30% in 2019, through 8 in 2025. */
    static IndicatorTarget ceiling() {
        return IndicatorTarget.builder()
            .id(EntityId.of("ci-financial-hardship-ceiling-2030"))
            .indicator(SdgIndicators.FINANCIAL_PROTECTION)
            .series(SeriesCode.of("SH_OOP_XPD_EARNNET40"))
            .area(Area.of("CI"))
            .subnationalArea(EntityId.of("ci-abidjan"))
            .addDimension(Disaggregation.of("location", "urban"))
            .kind(TargetKind.CEILING)
            .targetValue(new BigDecimal("5.0"))
            .targetYear(2030)
            .baseline(DatedValue.of(2019, new BigDecimal("12.30")))
            .addMilestone(DatedValue.of(2025, new BigDecimal("8")))
            .addMilestone(DatedValue.of(2028, new BigDecimal("6.5")))
            .setBy(EntityId.of("ci-pnds-2021-2025"))
            .addCitation(Citation.of(EntityId.of("ci-pnds-document"), "axe 2"))
            .build();
    }

    @Test
    void aCeilingTargetRoundTripsThroughATidyTable() {
        StringWriter out = new StringWriter();
        TargetCsvWriter writer = TargetCsvWriter.to(out);
        writer.write(ceiling());
        writer.flush();
        List<IndicatorTarget> read = new ArrayList<>();
        CsvReport report = TargetCsvReader.create().read(new StringReader(out.toString()), read::add);
        assertEquals(List.of(), report.refusals(), out.toString());
        assertEquals(List.of(ceiling()), read);
        assertEquals("5.0", read.get(0).targetValue().toPlainString());
        String row = out.toString().split("\n")[1];
        assertEquals("ci-financial-hardship-ceiling-2030,3.8.2,SH_OOP_XPD_EARNNET40,CI,ci-abidjan,ceiling,5.0,2030,"
            + "2019,12.30,2025:8|2028:6.5,ci-pnds-2021-2025,ci-pnds-document#axe 2,,,,urban,,,", row);
    }

    @Test
    void refusedTargetsAreReportedWithTheirRules() {
        String header = String.join(",", TargetCsvWriter.COLUMNS) + ",sex\n";
        String table = header
            + "t1,3.8.1,,DZ,,level,80,2030,2021,74,,,,\n"
            + "t1,3.8.1,,DZ,,level,80,2030,2021,74,,,,\n"
            + "t2,3.8.1,,DZ,,roof,101,20x0,2021,,2025:x,,,female\n";
        List<IndicatorTarget> read = new ArrayList<>();
        CsvReport report = TargetCsvReader.create().read(new StringReader(table), read::add);
        assertEquals(1, report.kept());
        assertEquals(List.of(List.of("dataset.duplicate-id"), List.of("unknown-code", "reference-period.format",
                "required", "indicator-observation.value-format")),
            report.refusals().stream().map(RefusedRow::rules).collect(Collectors.toList()));
        assertThrows(CsvFormatException.class, () -> TargetCsvReader.create().read(new StringReader("Id\n"), t -> { }));
    }

    @Test
    void aTargetOfADimensionWithoutAColumnIsNotWritten() {
        IndicatorTarget declared = IndicatorTarget.builder().from(ceiling()).dimensions(List.of(
            Disaggregation.of("scheme-membership", "cmu"))).build();
        assertThrows(IllegalArgumentException.class, () -> TargetCsvWriter.to(new StringWriter()).write(declared));
    }
}

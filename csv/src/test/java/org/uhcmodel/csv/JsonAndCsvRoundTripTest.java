package org.uhcmodel.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uhcmodel.json.UhcJson;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.sdg.TargetKind;

/**
 * The values named by the acceptance of the monitoring model: an observation of SDG 3.8.2 as revised in 2025, an
 * observation of a tracer of 3.8.1, one of a WHO region, one broken down by three dimensions, and a ceiling target,
 * each written to JSON and to a tidy CSV table and read back equal, in the same text when written again.
 */
class JsonAndCsvRoundTripTest {

    private static final List<IndicatorObservation> OBSERVATIONS = List.of(ObservationCsvTest.revisedThreeEightTwo(),
        ObservationCsvTest.tracer(), ObservationCsvTest.whoRegion(), ObservationCsvTest.threeDimensions());

    private static <T> T throughJson(T value, Class<T> type) {
        String json = UhcJson.writer().write(value);
        T read = UhcJson.reader().read(json, type);
        assertEquals(json, UhcJson.writer().write(read));
        return read;
    }

    private static List<IndicatorObservation> throughCsv(List<IndicatorObservation> observations) {
        StringWriter out = new StringWriter();
        ObservationCsvWriter writer = ObservationCsvWriter.to(out);
        writer.writeAll(observations);
        writer.flush();
        List<IndicatorObservation> read = new ArrayList<>();
        CsvReport report = ObservationCsvReader.create().read(new StringReader(out.toString()), read::add);
        assertEquals(List.of(), report.refusals(), out.toString());
        StringWriter again = new StringWriter();
        ObservationCsvWriter rewriter = ObservationCsvWriter.to(again);
        rewriter.writeAll(read);
        rewriter.flush();
        assertEquals(out.toString(), again.toString());
        return read;
    }

    private static IndicatorTarget throughCsv(IndicatorTarget target) {
        StringWriter out = new StringWriter();
        TargetCsvWriter writer = TargetCsvWriter.to(out);
        writer.write(target);
        writer.flush();
        List<IndicatorTarget> read = new ArrayList<>();
        CsvReport report = TargetCsvReader.create().read(new StringReader(out.toString()), read::add);
        assertEquals(List.of(), report.refusals(), out.toString());
        assertEquals(1, read.size());
        return read.get(0);
    }

    @Test
    void eachObservationRoundTripsThroughJsonAndThroughCsv() {
        for (IndicatorObservation observation : OBSERVATIONS) {
            assertEquals(observation, throughJson(observation, IndicatorObservation.class));
            assertEquals(List.of(observation), throughCsv(List.of(observation)));
        }
        assertEquals(OBSERVATIONS, throughCsv(OBSERVATIONS));
    }

    @Test
    void theCeilingTargetRoundTripsThroughJsonAndThroughCsv() {
        IndicatorTarget ceiling = TargetCsvTest.ceiling();
        assertEquals(TargetKind.CEILING, ceiling.kind());
        assertEquals(ceiling, throughJson(ceiling, IndicatorTarget.class));
        assertEquals(ceiling, throughCsv(ceiling));
    }
}

package org.uhcmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.sdg.IndicatorObservation;

/** NDJSON streams one value per line, reports problems with the stream's line numbers, and lets the caller stop. */
class NdjsonTest {

    private static final List<Organization> ORGANIZATIONS =
        List.of(Fixtures.CNAS_ORG, Fixtures.CHU_ORG, Fixtures.MINISTRY_ORG);

    private static String write(List<Organization> values) {
        StringWriter out = new StringWriter();
        try (NdjsonWriter<Organization> w = NdjsonWriter.of(Organization.class, out)) {
            values.forEach(w::write);
            assertEquals(values.size(), w.lines());
        }
        return out.toString();
    }

    @Test
    void eachValueIsOneCompactLineAsTheWriterWritesIt() {
        String text = write(ORGANIZATIONS);
        List<String> lines = text.lines().collect(java.util.stream.Collectors.toList());
        assertEquals(3, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(UhcJson.writer().write(ORGANIZATIONS.get(i)), lines.get(i));
            assertEquals(List.of(), SchemaTest.validate(lines.get(i), "Organization"), lines.get(i));
        }
        assertTrue(text.endsWith("\n"));
    }

    @Test
    void linesReadBackEqualInOrder() {
        List<Organization> read = new ArrayList<>();
        NdjsonReader.Result result = NdjsonReader.of(Organization.class)
            .read(new StringReader(write(ORGANIZATIONS)), read::add, NdjsonReader.throwAtFirstProblem());
        assertEquals(ORGANIZATIONS, read);
        assertEquals(3, result.values());
        assertEquals(0, result.refused());
        assertFalse(result.stopped());
    }

    @Test
    void bytesInUtf8ReadBackEqual() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (NdjsonWriter<IndicatorObservation> w = NdjsonWriter.of(IndicatorObservation.class, bytes)) {
            w.write(Fixtures.OBSERVATION);
            w.write(Fixtures.OBSERVATION);
        }
        List<IndicatorObservation> read = new ArrayList<>();
        NdjsonReader.of(IndicatorObservation.class).read(new ByteArrayInputStream(bytes.toByteArray()), read::add,
            NdjsonReader.throwAtFirstProblem());
        assertEquals(List.of(Fixtures.OBSERVATION, Fixtures.OBSERVATION), read);
    }

    private static final String WITH_PROBLEMS = UhcJson.writer().write(Fixtures.CNAS_ORG) + "\r\n"
        + "{\"id\": \"x\", \"name\": {\"fr\": \"X\"}, \"kind\": \"fund\"}\n"
        + "\n"
        + "{\"id\": \"y\"\n"
        + UhcJson.writer().write(Fixtures.CHU_ORG) + "\n";

    @Test
    void theCallerMayGoOnAfterABadLineAndProblemsCarryTheStreamsLineNumbers() {
        List<Organization> read = new ArrayList<>();
        List<JsonProblem> problems = new ArrayList<>();
        List<Long> badLines = new ArrayList<>();
        NdjsonReader.Result result = NdjsonReader.of(Organization.class).read(new StringReader(WITH_PROBLEMS),
            read::add, (line, ex) -> {
                badLines.add(line);
                problems.addAll(ex.problems());
                return NdjsonReader.Decision.CONTINUE;
            });
        assertEquals(List.of(Fixtures.CNAS_ORG, Fixtures.CHU_ORG), read);
        assertEquals(List.of(2L, 4L), badLines);
        assertEquals("unknown-code", problems.get(0).rule());
        assertEquals("/kind", problems.get(0).pointer());
        assertEquals(2, problems.get(0).line());
        assertEquals("json.syntax", problems.get(1).rule());
        assertEquals(4, problems.get(1).line());
        assertEquals(5, result.lines());
        assertEquals(2, result.values());
        assertEquals(2, result.refused());
        assertFalse(result.stopped());
    }

    @Test
    void theCallerMayStopAtTheFirstBadLine() {
        List<Organization> read = new ArrayList<>();
        NdjsonReader.Result result = NdjsonReader.of(Organization.class)
            .read(new StringReader(WITH_PROBLEMS), read::add, NdjsonReader.stopAtFirstProblem());
        assertEquals(List.of(Fixtures.CNAS_ORG), read);
        assertTrue(result.stopped());
        assertEquals(2, result.lines());
    }

    @Test
    void theCallerMayThrowTheFirstBadLinesProblems() {
        JsonReadException ex = assertThrows(JsonReadException.class, () -> NdjsonReader.of(Organization.class)
            .read(new StringReader(WITH_PROBLEMS), o -> { }, NdjsonReader.throwAtFirstProblem()));
        assertEquals(List.of("unknown-code"), ex.rules());
        assertEquals(2, ex.problems().get(0).line());
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedWithoutHoldingIt() {
        String line = UhcJson.writer().write(Fixtures.CNAS_ORG);
        List<JsonProblem> problems = new ArrayList<>();
        List<Organization> read = new ArrayList<>();
        NdjsonReader.of(Organization.class).withMaxLineLength(line.length() - 1)
            .read(new StringReader(line + "\n" + line), read::add, (n, ex) -> {
                problems.addAll(ex.problems());
                return NdjsonReader.Decision.CONTINUE;
            });
        assertEquals(List.of(), read);
        assertEquals(List.of("json.limit", "json.limit"),
            problems.stream().map(JsonProblem::rule).collect(java.util.stream.Collectors.toList()));
        assertEquals(2, problems.get(1).line());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static List<String> readBytes(byte[] stream, List<Organization> read) {
        List<String> problems = new ArrayList<>();
        NdjsonReader.of(Organization.class).read(new ByteArrayInputStream(stream), read::add, (line, ex) -> {
            ex.problems().forEach(p -> problems.add(line + " " + p.pointer() + " " + p.line() + ":" + p.column() + " "
                + p.rule()));
            return NdjsonReader.Decision.CONTINUE;
        });
        return problems;
    }

    @Test
    void bytesThatAreNotUtf8RefuseTheirLineAtTheirColumnAndReadingGoesOn() {
        String first = UhcJson.writer().write(Fixtures.CNAS_ORG) + "\n";
        String head = "{\"id\": \"dz-cnas\", \"name\": {\"ar\": \"الصندوق ";
        String last = "\n" + UhcJson.writer().write(Fixtures.CHU_ORG) + "\n";
        List<Organization> read = new ArrayList<>();
        // Two malformed sequences on line 2, and one cut short by the line end on line 3: one problem per line.
        byte[] stream = concat(Fixtures.bytes(first + head, new int[] {0xC0, 0x80}, "\"}, \"kind\": \"ngo\""),
            new byte[] {(byte) 0xFF, '}', '\n', '{', (byte) 0xE2, (byte) 0x82});
        stream = concat(stream, last.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("2 /name/ar 2:" + (head.length() + 1) + " json.encoding", "3  3:2 json.encoding"),
            readBytes(stream, read));
        assertEquals(List.of(Fixtures.CNAS_ORG, Fixtures.CHU_ORG), read);
    }

    @Test
    void aByteOrderMarkIsSkippedAtTheStartOfTheStreamOnly() {
        String line = UhcJson.writer().write(Fixtures.CNAS_ORG);
        List<Organization> read = new ArrayList<>();
        assertEquals(List.of("2  2:1 json.syntax"),
            readBytes(Fixtures.bytes("", new int[] {0xEF, 0xBB, 0xBF}, line + "\n\uFEFF" + line + "\n"), read));
        assertEquals(List.of(Fixtures.CNAS_ORG), read);
        List<Organization> fromText = new ArrayList<>();
        NdjsonReader.of(Organization.class).read(new StringReader("\uFEFF" + line + "\n"), fromText::add,
            NdjsonReader.throwAtFirstProblem());
        assertEquals(List.of(Fixtures.CNAS_ORG), fromText);
    }

    @Test
    void aStreamInUtf16IsRefusedAtItsFirstLineAndReadNoFurther() {
        String text = UhcJson.writer().write(Fixtures.CNAS_ORG) + "\n" + UhcJson.writer().write(Fixtures.CHU_ORG) + "\n";
        List<Organization> read = new ArrayList<>();
        List<JsonProblem> problems = new ArrayList<>();
        NdjsonReader.Result result = NdjsonReader.of(Organization.class).read(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_16)), read::add, (line, ex) -> {
                problems.addAll(ex.problems());
                return NdjsonReader.Decision.CONTINUE;
            });
        assertEquals(List.of("json.encoding"), problems.stream().map(JsonProblem::rule).collect(
            java.util.stream.Collectors.toList()));
        assertEquals(1, result.lines());
        assertEquals(List.of(), read);
    }

    /**
     * NDJSON lines made on demand, never held whole, with a record of how far they have been read: in characters,
     * or in UTF-8 bytes.
     */
    private static final class LazyLines {
        private final int[] units;
        private final long count;
        private long position;

        LazyLines(String line, long count, boolean bytes) {
            this.units = bytes ? toInts((line + "\n").getBytes(StandardCharsets.UTF_8)) : (line + "\n").chars().toArray();
            this.count = count;
        }

        private static int[] toInts(byte[] bytes) {
            int[] ints = new int[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                ints[i] = bytes[i] & 0xFF;
            }
            return ints;
        }

        /** @return the offset just after line {@code k}, counted from 1 */
        long endOf(long k) {
            return k * units.length;
        }

        private int next() {
            return position >= endOf(count) ? -1 : units[(int) (position++ % units.length)];
        }

        Reader chars() {
            return new Reader() {
                @Override
                public int read(char[] cbuf, int off, int len) {
                    int n = 0;
                    for (int c; n < len && (c = next()) >= 0; n++) {
                        cbuf[off + n] = (char) c;
                    }
                    return n == 0 && len > 0 ? -1 : n;
                }

                @Override
                public void close() {
                }
            };
        }

        java.io.InputStream bytes() {
            return new java.io.InputStream() {
                @Override
                public int read() {
                    return next();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    int n = 0;
                    for (int c; n < len && (c = next()) >= 0; n++) {
                        b[off + n] = (byte) c;
                    }
                    return n == 0 && len > 0 ? -1 : n;
                }
            };
        }
    }

    private static final int LINES = 20_000;

    /** Reads lazily made lines, checking at each value handed over how far the source was read. */
    private static void readsNoFurtherThanABufferAhead(LazyLines source, boolean bytes, long readAhead) {
        long[] delivered = {0};
        java.util.function.Consumer<Organization> check = o -> {
            delivered[0]++;
            assertEquals(Fixtures.MINISTRY_ORG, o);
            long end = source.endOf(delivered[0]);
            assertTrue(source.position >= end && source.position <= end + readAhead,
                () -> "line " + delivered[0] + " ends at " + end + ", the source was read to " + source.position);
        };
        NdjsonReader<Organization> reader = NdjsonReader.of(Organization.class);
        NdjsonReader.Result result = bytes
            ? reader.read(source.bytes(), check, NdjsonReader.throwAtFirstProblem())
            : reader.read(source.chars(), check, NdjsonReader.throwAtFirstProblem());
        assertEquals(LINES, delivered[0]);
        assertEquals(LINES, result.values());
        assertFalse(result.stopped());
    }

    @Test
    void aCharacterStreamIsReadNoFurtherThanOneBufferAheadOfTheLineHandedOver() {
        LazyLines source = new LazyLines(UhcJson.writer().write(Fixtures.MINISTRY_ORG), LINES, false);
        readsNoFurtherThanABufferAhead(source, false, 1 << 16);
    }

    @Test
    void aByteStreamIsReadNoFurtherThanItsBuffersAheadOfTheLineHandedOver() {
        LazyLines source = new LazyLines(UhcJson.writer().write(Fixtures.MINISTRY_ORG), LINES, true);
        readsNoFurtherThanABufferAhead(source, true, 1 << 16);
    }

    @Test
    void aStreamStoppedAtABadLineIsReadNoFurtherThanOneBufferAhead() {
        LazyLines source = new LazyLines("{\"id\": \"dz\"}", LINES, true);
        long[] stoppedAt = {0};
        NdjsonReader.Result result = NdjsonReader.of(Organization.class).read(source.bytes(), o -> { },
            (line, ex) -> {
                stoppedAt[0] = line;
                return NdjsonReader.Decision.STOP;
            });
        assertEquals(1, stoppedAt[0]);
        assertTrue(result.stopped());
        assertTrue(source.position <= source.endOf(1) + (1 << 16), () -> "read to " + source.position);
    }

    /** A stream that records what reached it and how often it was flushed. */
    private static final class RecordingStream extends ByteArrayOutputStream {
        int flushes;

        @Override
        public void flush() {
            flushes++;
        }
    }

    @Test
    void eachLineReachesTheByteStreamWholeAndFlushedWhenWritten() {
        RecordingStream stream = new RecordingStream();
        StringBuilder expected = new StringBuilder();
        try (NdjsonWriter<Organization> w = NdjsonWriter.of(Organization.class, stream)) {
            for (int i = 0; i < 2000; i++) {
                Organization value = i % 2 == 0 ? Fixtures.CNAS_ORG : Fixtures.MINISTRY_ORG;
                w.write(value);
                expected.append(UhcJson.writer().write(value)).append('\n');
                assertEquals(expected.toString(), stream.toString(StandardCharsets.UTF_8), () -> "after " + w.lines());
                assertEquals(i + 1, stream.flushes);
            }
        }
    }

    @Test
    void eachLineReachesTheCharacterStreamWholeAndFlushedWhenWritten() {
        int[] flushes = {0};
        StringWriter chars = new StringWriter() {
            @Override
            public void flush() {
                flushes[0]++;
            }
        };
        NdjsonWriter<Organization> w = NdjsonWriter.of(Organization.class, chars);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            w.write(Fixtures.CNAS_ORG);
            expected.append(UhcJson.writer().write(Fixtures.CNAS_ORG)).append('\n');
            assertEquals(expected.length(), chars.getBuffer().length());
            assertEquals(i + 1, flushes[0]);
        }
        assertEquals(expected.toString(), chars.toString());
    }
}

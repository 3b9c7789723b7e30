package org.uhcmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the strict reader of bytes and the NDJSON reader: whatever the input, reading ends in a value or in the
 * library's documented exception, and the same input gives the same result as bytes and as text. A value read is
 * written back, reads back equal, and is written again the same.
 * <p>
 * In the build these run over the committed corpus ({@code ReaderFuzzTestInputs}, regression mode); with
 * {@code JAZZER_FUZZ=1} they fuzz (see {@code docs/reliability.md}).
 */
class ReaderFuzzTest {

    /** The types a document may be read as, picked by the input's first byte. */
    static final List<Class<?>> TYPES = List.copyOf(Codecs.get().all().keySet());

    @FuzzTest(maxDuration = "10m")
    void bytes(byte[] data) {
        readBytes(data);
        readAsStreams(data);
    }

    @FuzzTest(maxDuration = "10m")
    void ndjson(byte[] data) {
        readNdjson(data);
    }

    /**
     * Reads a document of bytes as the type its first byte picks, as bytes, a stream, a string and a reader.
     *
     * @param data  the type's byte, then the document
     */
    static void readBytes(byte[] data) {
        if (data.length == 0) {
            return;
        }
        Class<?> type = TYPES.get((data[0] & 0xFF) % TYPES.size());
        byte[] document = Arrays.copyOfRange(data, 1, data.length);
        Outcome asBytes = Outcome.of(() -> UhcJson.reader().read(document, type));
        String text = utf8(document);
        if (text != null && !notUtf8AtAll(document)) {
            Outcome asString = Outcome.of(() -> UhcJson.reader().read(text, type));
            assertEquals(asBytes, asString, () -> "bytes and text differ: " + text);
        }
        if (asBytes.value != null) {
            String written = UhcJson.writer().write(asBytes.value);
            Object again = UhcJson.reader().read(written, type);
            assertEquals(asBytes.value, again);
            assertEquals(written, UhcJson.writer().write(again));
        }
    }

    /**
     * Reads a document as a byte stream and as a character stream, which give what bytes and a string give.
     *
     * @param data  the type's byte, then the document
     */
    static void readAsStreams(byte[] data) {
        if (data.length == 0) {
            return;
        }
        Class<?> type = TYPES.get((data[0] & 0xFF) % TYPES.size());
        byte[] document = Arrays.copyOfRange(data, 1, data.length);
        Outcome asBytes = Outcome.of(() -> UhcJson.reader().read(document, type));
        assertEquals(asBytes, Outcome.of(() -> UhcJson.reader().read(new ByteArrayInputStream(document), type)));
        String text = utf8(document);
        if (text != null && !notUtf8AtAll(document)) {
            assertEquals(asBytes, Outcome.of(() -> UhcJson.reader().read(new StringReader(text), type)));
        }
    }

    /**
     * Reads an NDJSON stream of bytes of the type its first byte picks, as bytes and as text.
     *
     * @param data  the type's byte, then the stream
     */
    static void readNdjson(byte[] data) {
        if (data.length == 0) {
            return;
        }
        Class<?> type = TYPES.get((data[0] & 0xFF) % TYPES.size());
        byte[] stream = Arrays.copyOfRange(data, 1, data.length);
        List<Object> values = new ArrayList<>();
        List<Long> refused = new ArrayList<>();
        NdjsonReader.Result result = NdjsonReader.of(type).withMaxLineLength(4096)
            .read(new ByteArrayInputStream(stream), values::add, (line, problems) -> {
                assertFalse(problems.problems().isEmpty());
                assertTrue(problems.problems().stream().allMatch(p -> p.line() == 0 || p.line() == line),
                    problems::getMessage);
                refused.add(line);
                return NdjsonReader.Decision.CONTINUE;
            });
        assertEquals(values.size(), result.values());
        assertEquals(refused.size(), result.refused());
        assertTrue(result.lines() >= result.values() + result.refused());
        String text = utf8(stream);
        if (text != null && !notUtf8AtAll(stream)) {
            List<Object> fromText = new ArrayList<>();
            NdjsonReader.Result textResult = NdjsonReader.of(type).withMaxLineLength(4096)
                .read(new StringReader(text), fromText::add, (line, problems) -> NdjsonReader.Decision.CONTINUE);
            if (stream.length == text.length()) {
                assertEquals(values, fromText);
                assertEquals(result.toString(), textResult.toString());
            }
        }
    }

    /** @return true if the bytes, after a byte-order mark, start like UTF-16 or UTF-32 */
    static boolean notUtf8AtAll(byte[] bytes) {
        int from = Utf8.startsWithByteOrderMark(bytes, 0, bytes.length) ? 3 : 0;
        return Utf8.startsLikeUtf16Or32(bytes, from, bytes.length);
    }

    /** @return the text the bytes encode in UTF-8, or null if they are not UTF-8 */
    static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException ex) {
            return null;
        }
    }

    /** What reading gave: a value, or the problems of the documented exception. */
    static final class Outcome {
        final Object value;
        final List<JsonProblem> problems;

        private Outcome(Object value, List<JsonProblem> problems) {
            this.value = value;
            this.problems = problems;
        }

        static Outcome of(java.util.function.Supplier<Object> read) {
            try {
                Object value = read.get();
                assertTrue(value != null);
                return new Outcome(value, List.of());
            } catch (JsonReadException ex) {
                assertFalse(ex.problems().isEmpty());
                return new Outcome(null, ex.problems());
            }
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Outcome && java.util.Objects.equals(value, ((Outcome) obj).value)
                && problems.equals(((Outcome) obj).problems);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(value, problems);
        }

        @Override
        public String toString() {
            return value != null ? "value " + value : problems.toString();
        }
    }
}

package org.uhcmodel.json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads a stream of model values written as NDJSON, one JSON document per line, in constant memory: each line is
 * read, checked strictly like a document given to {@link UhcJson#reader()}, handed over and forgotten. The stream is
 * read no further ahead of the line handed over than a buffer: 8,192 characters, or for a byte stream 8,192 bytes
 * not yet decoded and 8,192 characters decoded.
 * <p>
 * A line that cannot be read is handed to a {@link ProblemHandler} with every problem of the line; the problems'
 * line numbers are those of the stream. The handler decides whether reading goes on with the next line or stops.
 * Empty lines (and a final line end) are skipped; a {@code \r} before the {@code \n} is ignored. A line longer than
 * {@link #maxLineLength()} characters is refused with {@code json.limit} without being held in memory.
 * <pre>
 * NdjsonReader.Result result = NdjsonReader.of(IndicatorObservation.class)
 *     .read(in, observations::add, (line, problems) -&gt; NdjsonReader.Decision.CONTINUE);
 * </pre>
 * <p>
 * This class is immutable and thread-safe; each call to {@code read} reads one stream.
 *
 * @param <T>  the model type of every line
 */
public final class NdjsonReader<T> {

    /** The default longest line, in characters: 1 MiB. */
    public static final int DEFAULT_MAX_LINE_LENGTH = 1 << 20;

    /** Stands for bytes that are not UTF-8 among the characters of a line. */
    private static final int MALFORMED = -2;

    /** What to do after a line that could not be read. */
    public enum Decision {
        /** Go on with the next line. */
        CONTINUE,
        /** Stop reading; {@link Result#stopped()} is then true. */
        STOP
    }

    /** Decides what happens after a line that could not be read. */
    @FunctionalInterface
    public interface ProblemHandler {
        /**
         * Handles a line that could not be read.
         *
         * @param line  the line number in the stream, starting at 1
         * @param problems  every problem of the line, with line numbers of the stream, not null
         * @return whether to go on, not null
         */
        Decision onProblem(long line, JsonReadException problems);
    }

    /** What a call to {@code read} did. */
    public static final class Result {
        private final long lines;
        private final long values;
        private final long refused;
        private final boolean stopped;

        Result(long lines, long values, long refused, boolean stopped) {
            this.lines = lines;
            this.values = values;
            this.refused = refused;
            this.stopped = stopped;
        }

        /**
         * Gets the number of lines read, empty ones included.
         *
         * @return the number of lines
         */
        public long lines() {
            return lines;
        }

        /**
         * Gets the number of values handed over.
         *
         * @return the number of values
         */
        public long values() {
            return values;
        }

        /**
         * Gets the number of lines refused.
         *
         * @return the number of refused lines
         */
        public long refused() {
            return refused;
        }

        /**
         * Checks whether the handler stopped the reading before the end of the stream.
         *
         * @return true if stopped
         */
        public boolean stopped() {
            return stopped;
        }

        /**
         * Gets the result as text.
         *
         * @return the text, not null
         */
        @Override
        public String toString() {
            return lines + " lines, " + values + " values, " + refused + " refused" + (stopped ? ", stopped" : "");
        }
    }

    private final Class<T> type;
    private final int maxLineLength;

    private NdjsonReader(Class<T> type, int maxLineLength) {
        this.type = type;
        this.maxLineLength = maxLineLength;
    }

    /**
     * Creates a reader of lines of one model type, with the default line length limit.
     *
     * @param type  the model type, not null
     * @param <T>  the model type
     * @return the reader, not null
     * @throws IllegalArgumentException if the type has no wire form
     */
    public static <T> NdjsonReader<T> of(Class<T> type) {
        Objects.requireNonNull(type, "type");
        Model.codec(type);
        return new NdjsonReader<>(type, DEFAULT_MAX_LINE_LENGTH);
    }

    /**
     * Returns a reader with another limit on the length of a line.
     *
     * @param maxLineLength  the longest line in characters, positive
     * @return the reader, not null
     * @throws IllegalArgumentException if the limit is not positive
     */
    public NdjsonReader<T> withMaxLineLength(int maxLineLength) {
        if (maxLineLength <= 0) {
            throw new IllegalArgumentException("maxLineLength must be positive: " + maxLineLength);
        }
        return new NdjsonReader<>(type, maxLineLength);
    }

    /**
     * Gets the longest line accepted.
     *
     * @return the length in characters
     */
    public int maxLineLength() {
        return maxLineLength;
    }

    /**
     * A handler that stops at the first line that cannot be read.
     *
     * @return the handler, not null
     */
    public static ProblemHandler stopAtFirstProblem() {
        return (line, problems) -> Decision.STOP;
    }

    /**
     * A handler that throws the problems of the first line that cannot be read.
     *
     * @return the handler, not null
     */
    public static ProblemHandler throwAtFirstProblem() {
        return (line, problems) -> {
            throw problems;
        };
    }

    /**
     * Reads a UTF-8 byte stream to its end (or until the handler stops); the stream is not closed.
     * <p>
     * Bytes that are not well-formed UTF-8 are never replaced: the line holding them is refused with a
     * {@code json.encoding} problem at their column, and reading goes on with the next line. A UTF-8 byte-order mark
     * at the very start of the stream is skipped; a stream that starts like UTF-16 or UTF-32 is refused at its first
     * line, and read no further.
     *
     * @param in  the stream, not null
     * @param onValue  receives each value read, in order, not null
     * @param onProblem  decides what happens after a line that cannot be read, not null
     * @return what was read, not null
     * @throws UncheckedIOException if reading the stream fails
     */
    public Result read(InputStream in, Consumer<? super T> onValue, ProblemHandler onProblem) {
        Objects.requireNonNull(in, "in");
        return read(new Utf8Reader(in), false, onValue, onProblem);
    }

    /**
     * Reads a character stream to its end (or until the handler stops); the stream is not closed.
     * <p>
     * A byte-order mark (U+FEFF) as the very first character is skipped, as in a byte stream. The characters are
     * decoded by the caller's reader: an {@code InputStreamReader} replaces bytes that are not UTF-8 with U+FFFD,
     * so give bytes to {@link #read(InputStream, Consumer, ProblemHandler)} to have them checked.
     *
     * @param in  the stream, not null
     * @param onValue  receives each value read, in order, not null
     * @param onProblem  decides what happens after a line that cannot be read, not null
     * @return what was read, not null
     * @throws UncheckedIOException if reading the stream fails
     */
    public Result read(Reader in, Consumer<? super T> onValue, ProblemHandler onProblem) {
        Objects.requireNonNull(in, "in");
        return read(in instanceof BufferedReader ? in : new BufferedReader(in), true, onValue, onProblem);
    }

    private Result read(Reader reader, boolean skipByteOrderMark, Consumer<? super T> onValue,
                        ProblemHandler onProblem) {
        Objects.requireNonNull(onValue, "onValue");
        Objects.requireNonNull(onProblem, "onProblem");
        Codec<T> codec = Model.codec(type);
        UhcJsonReader json = UhcJson.reader();
        StringBuilder buf = new StringBuilder();
        String[] malformed = new String[1];
        boolean atStart = true;
        long line = 0;
        long values = 0;
        long refused = 0;
        try {
            while (true) {
                buf.setLength(0);
                boolean tooLong = false;
                JsonProblem encoding = null;
                int c = next(reader, malformed);
                if (atStart) {
                    atStart = false;
                    if (skipByteOrderMark && c == '\uFEFF') {
                        c = next(reader, malformed);
                    }
                }
                if (c == -1) {
                    break;
                }
                line++;
                int lineNumber = (int) Math.min(Integer.MAX_VALUE, line);
                while (c != -1 && c != '\n') {
                    if (c == MALFORMED) {
                        // Only the first: like a syntax error, bytes that are not UTF-8 end the reading of the line.
                        if (encoding == null && !tooLong) {
                            encoding = JsonProblem.of("", lineNumber, buf.length() + 1, "json.encoding", malformed[0]);
                        }
                    } else if (buf.length() < maxLineLength + 1) {
                        buf.append((char) c);
                    } else {
                        tooLong = true;
                    }
                    c = next(reader, malformed);
                }
                if (buf.length() > 0 && buf.charAt(buf.length() - 1) == '\r') {
                    buf.setLength(buf.length() - 1);
                }
                if (buf.length() > maxLineLength) {
                    tooLong = true;
                }
                if (!tooLong && encoding == null && buf.length() == 0) {
                    continue;
                }
                JsonReadException problems;
                if (encoding != null) {
                    problems = new JsonReadException(List.of(encoding));
                } else if (tooLong) {
                    problems = new JsonReadException(List.of(JsonProblem.of("", lineNumber, 1, "json.limit",
                        "the line is longer than " + maxLineLength + " characters")));
                } else {
                    try {
                        T value = json.read(buf.toString(), codec);
                        values++;
                        onValue.accept(value);
                        continue;
                    } catch (JsonReadException ex) {
                        problems = shifted(ex, line);
                    }
                }
                refused++;
                if (onProblem.onProblem(line, problems) == Decision.STOP) {
                    return new Result(line, values, refused, true);
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new Result(line, values, refused, false);
    }

    /** Reads a character, or {@link #MALFORMED} for bytes that are not UTF-8 (and what is wrong with them). */
    private static int next(Reader reader, String[] malformed) throws IOException {
        try {
            return reader.read();
        } catch (Utf8Reader.Malformed ex) {
            malformed[0] = ex.problem();
            return MALFORMED;
        }
    }

    private static JsonReadException shifted(JsonReadException ex, long line) {
        int offset = (int) Math.min(Integer.MAX_VALUE, line - 1);
        List<JsonProblem> moved = new java.util.ArrayList<>(ex.problems().size());
        for (JsonProblem p : ex.problems()) {
            moved.add(p.shifted(offset));
        }
        return new JsonReadException(moved);
    }
}

package org.uhcmodel.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * Reads a stream of model values written as NDJSON, one JSON document per line, in constant memory: each line is
 * read, checked strictly like a document given to {@link UhcJson#reader()}, handed over and forgotten. The stream is
 * read through a buffer of 64 KiB, which grows only to hold a line longer than it, up to the limit on a line's length.
 * <p>
 * A line that cannot be read is handed to a {@link ProblemHandler} with every problem of the line; the problems' line
 * numbers are those of the stream, and their columns count from the start of their line (a {@code \r} inside a line
 * is a character of it, as only {@code \n} ends a line). The handler decides whether reading goes on with the next
 * line or stops. Lines that are empty or hold only spaces, tabs and carriage returns (and a final line end) hold no
 * value and are skipped; a {@code \r} before the {@code \n} is ignored. A line longer than {@link #maxLineLength()}
 * is refused with {@code json.limit} without being held in memory.
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

    /** The size of the buffer a stream is read through, and the most it is read ahead of the line handed over. */
    private static final int BUFFER = 1 << 16;

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
        Codecs.codec(type);
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
     * line, and read no further. The limit on a line's length counts its bytes.
     *
     * @param in  the stream, not null
     * @param onValue  receives each value read, in order, not null
     * @param onProblem  decides what happens after a line that cannot be read, not null
     * @return what was read, not null
     * @throws UncheckedIOException if reading the stream fails
     */
    public Result read(InputStream in, Consumer<? super T> onValue, ProblemHandler onProblem) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(onValue, "onValue");
        Objects.requireNonNull(onProblem, "onProblem");
        Lines lines = new Lines(onValue, onProblem);
        byte[] buf = new byte[BUFFER];
        int len = 0;
        int pos = 0;
        int scan = 0;
        boolean eof = false;
        boolean tooLong = false;
        try {
            while (true) {
                int nl = Utf8.indexOfLineFeed(buf, scan, len);
                if (nl < 0) {
                    if (eof) {
                        if (pos < len || tooLong) {
                            lines.limit(len);
                            lines.bytes(buf, pos, len, tooLong);
                        }
                        break;
                    }
                    lines.release();
                    if (len - pos > maxLineLength) {
                        tooLong = true;
                        pos = len;
                    }
                    if (pos > 0) {
                        System.arraycopy(buf, pos, buf, 0, len - pos);
                        len -= pos;
                        pos = 0;
                    }
                    if (len == buf.length) {
                        buf = Arrays.copyOf(buf, (int) Math.min(Math.max(buf.length * 2L, BUFFER),
                            (long) maxLineLength + 2));
                    }
                    scan = len;
                    int r = in.read(buf, len, buf.length - len);
                    if (r < 0) {
                        eof = true;
                    } else {
                        len += r;
                    }
                    continue;
                }
                int end = nl > pos && buf[nl - 1] == '\r' ? nl - 1 : nl;
                lines.limit(len);
                boolean go = lines.bytes(buf, pos, end, tooLong || end - pos > maxLineLength);
                tooLong = false;
                pos = nl + 1;
                scan = pos;
                if (!go) {
                    break;
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } finally {
            lines.release();
        }
        return lines.result();
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
        Objects.requireNonNull(onValue, "onValue");
        Objects.requireNonNull(onProblem, "onProblem");
        Lines lines = new Lines(onValue, onProblem);
        char[] buf = new char[BUFFER];
        int len = 0;
        int pos = 0;
        int scan = 0;
        boolean eof = false;
        boolean tooLong = false;
        try {
            while (true) {
                int nl = -1;
                for (int i = scan; i < len; i++) {
                    if (buf[i] == '\n') {
                        nl = i;
                        break;
                    }
                }
                if (nl < 0) {
                    if (eof) {
                        if (pos < len || tooLong) {
                            lines.chars(buf, pos, len, tooLong);
                        }
                        break;
                    }
                    if (len - pos > maxLineLength) {
                        tooLong = true;
                        pos = len;
                    }
                    if (pos > 0) {
                        System.arraycopy(buf, pos, buf, 0, len - pos);
                        len -= pos;
                        pos = 0;
                    }
                    if (len == buf.length) {
                        buf = Arrays.copyOf(buf, (int) Math.min(Math.max(buf.length * 2L, BUFFER),
                            (long) maxLineLength + 2));
                    }
                    scan = len;
                    int r = in.read(buf, len, buf.length - len);
                    if (r < 0) {
                        eof = true;
                    } else {
                        len += r;
                    }
                    continue;
                }
                int end = nl > pos && buf[nl - 1] == '\r' ? nl - 1 : nl;
                boolean go = lines.chars(buf, pos, end, tooLong || end - pos > maxLineLength);
                tooLong = false;
                pos = nl + 1;
                scan = pos;
                if (!go) {
                    break;
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return lines.result();
    }

    /** The lines of one stream, each read as a document and handed over. */
    private final class Lines {
        private final Consumer<? super T> onValue;
        private final ProblemHandler onProblem;
        private final Codec<T> codec = Codecs.codec(type);
        private long line;
        private long values;
        private long refused;
        private boolean stopped;

        Lines(Consumer<? super T> onValue, ProblemHandler onProblem) {
            this.onValue = onValue;
            this.onProblem = onProblem;
        }

        /** @return true to go on with the next line */
        boolean bytes(byte[] b, int from, int to, boolean tooLong) {
            line++;
            if (tooLong) {
                return refuse(tooLong());
            }
            boolean first = line == 1;
            if (first && Utf8.startsWithByteOrderMark(b, from, to)) {
                from += 3;
            }
            if (first && Utf8.startsLikeUtf16Or32(b, from, to)) {
                refuse(new JsonReadException(List.of(JsonProblem.of("", 1, 1, "json.encoding",
                    Utf8.NOT_UTF8_AT_ALL))));
                return false;
            }
            if (blank(b, from, to)) {
                return true;
            }
            if (!Utf8.startsWithByteOrderMark(b, from, to) && !Utf8.startsLikeUtf16Or32(b, from, to)
                && Utf8.firstMalformed(b, from, to) < 0) {
                T value = fast(b, from, to);
                if (value != null) {
                    values++;
                    onValue.accept(value);
                    return true;
                }
            }
            return decode(Source.ofBytes(b, from, to, lineNumber(), false));
        }

        /** A parser over the lines of the buffer, which reads their values one after the other, or null. */
        private JsonParser shared;
        /** The buffer and the offset in it that the shared parser starts at. */
        private byte[] sharedBuffer;
        private int sharedStart;

        /**
         * Reads a line's value with the parser shared by the lines of the buffer, so that a stream of valid lines costs
         * no parser per line.
         *
         * @return the value, or null if the line is not read whole and clean this way (it is then read alone, and
         *  its problems placed exactly)
         */
        private T fast(byte[] b, int from, int to) {
            try {
                if (shared == null) {
                    // The rest of the buffer: lines past this one are read only while each value ends on its line.
                    sharedBuffer = b;
                    sharedStart = from;
                    shared = UhcJson.readFactory().createParser(ObjectReadContext.empty(), b, from, limit - from);
                }
                JsonParser p = shared;
                JsonToken t = p.nextToken();
                if (t == null || t == JsonToken.VALUE_NULL) {
                    release();
                    return null;
                }
                long start = sharedStart + p.currentTokenLocation().getByteOffset();
                if (start < from || start >= to) {
                    release();
                    return null;
                }
                Problems problems = new Problems();
                T value = codec.read(Decoder.ofSource(p, problems, true));
                p.finishToken();
                long end = sharedStart + p.currentLocation().getByteOffset();
                if (value == null || !problems.isEmpty() || end > to || !blank(b, (int) end, to)) {
                    release();
                    return null;
                }
                return value;
            } catch (JacksonException | Problems.Stop ex) {
                release();
                return null;
            }
        }

        /** The end of the bytes of the buffer that hold whole lines or more. */
        private int limit;

        /** Notes the end of the bytes in the buffer, which the shared parser may read up to. */
        void limit(int end) {
            this.limit = end;
        }

        /** Lets the shared parser go, as the buffer is about to change or a line was not read by it. */
        void release() {
            if (shared != null) {
                shared.close();
                shared = null;
                sharedBuffer = null;
            }
        }

        /** @return true to go on with the next line */
        boolean chars(char[] c, int from, int to, boolean tooLong) {
            line++;
            if (tooLong) {
                return refuse(tooLong());
            }
            if (line == 1 && from < to && c[from] == '\uFEFF') {
                from++;
            }
            for (int i = from; i < to; i++) {
                char ch = c[i];
                if (ch != ' ' && ch != '\t' && ch != '\r') {
                    return decode(Source.ofChars(c, from, to, lineNumber(), false));
                }
            }
            return true;
        }

        private boolean blank(byte[] b, int from, int to) {
            for (int i = from; i < to; i++) {
                byte ch = b[i];
                if (ch != ' ' && ch != '\t' && ch != '\r') {
                    return false;
                }
            }
            return true;
        }

        private int lineNumber() {
            return (int) Math.min(Integer.MAX_VALUE, line);
        }

        private JsonReadException tooLong() {
            return new JsonReadException(List.of(JsonProblem.of("", lineNumber(), 1, "json.limit",
                "the line is longer than " + maxLineLength + " characters")));
        }

        private boolean decode(Source source) {
            T value;
            try {
                value = UhcJsonReader.read(source, codec, type, false).value();
            } catch (JsonReadException ex) {
                return refuse(ex);
            }
            values++;
            onValue.accept(value);
            return true;
        }

        private boolean refuse(JsonReadException problems) {
            refused++;
            if (onProblem.onProblem(line, problems) == Decision.STOP) {
                stopped = true;
                return false;
            }
            return true;
        }

        Result result() {
            return new Result(line, values, refused, stopped);
        }
    }
}

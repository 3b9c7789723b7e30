package org.uhcmodel.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the records of comma-separated text one at a time, as RFC 4180 writes them: fields quoted with {@code "} where
 * they hold a comma, a quote (doubled) or a line break; lines ended by LF or CRLF; a byte order mark at the start
 * skipped. Knows the line each record starts on.
 */
final class CsvRecords {

    private static final int BUFFER = 8192;

    private final Reader in;
    private final char[] buffer = new char[BUFFER];
    private int length;
    private int position;
    private int line = 1;
    private int recordLine;
    private boolean started;

    CsvRecords(Reader in) {
        this.in = in;
    }

    /**
     * Reads the next record.
     *
     * @return the fields, at least one, or null at the end of the input
     * @throws CsvFormatException if a quoted field is not closed
     */
    List<String> next() {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c < 0) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c < 0) {
                    throw new CsvFormatException(recordLine,
                        "a quoted field is not closed before the end of the input");
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c < 0) {
                if (c == '\n') {
                    line++;
                }
                fields.add(field.toString());
                return fields;
            } else if (c == '\r') {
                int after = read();
                if (after != '\n') {
                    field.append('\r');
                    c = after;
                    continue;
                }
                line++;
                fields.add(field.toString());
                return fields;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    /**
     * Gets the line the last record read starts on.
     *
     * @return the line, from 1
     */
    int line() {
        return recordLine;
    }

    private int read() {
        if (position == length) {
            try {
                length = in.read(buffer, 0, BUFFER);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            position = 0;
            if (length <= 0) {
                length = 0;
                return -1;
            }
        }
        return buffer[position++];
    }
}

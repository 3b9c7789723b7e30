package org.uhcmodel.csv;

/**
 * A table whose layout cannot be read: a quoted field left open, a header without a column of values, a column the
 * reader neither knows nor was told how to read. Rows that cannot be observations are not exceptions: the reader
 * reports them and reads on.
 */
public final class CsvFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The line of the problem, from 1. */
    private final int line;

    /**
     * Creates an exception.
     *
     * @param line  the line of the problem, from 1
     * @param problem  what is wrong, not null
     */
    public CsvFormatException(int line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
    }

    /**
     * Gets the line of the problem.
     *
     * @return the line, from 1
     */
    public int line() {
        return line;
    }
}

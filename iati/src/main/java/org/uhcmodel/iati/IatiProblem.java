package org.uhcmodel.iati;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A problem found while writing or reading IATI XML: where it lies, a stable code and a message.
 * <p>
 * The writer gives paths in the dataset, such as {@code programmes[2].reportingOrganization}; the reader gives paths in
 * the document, such as {@code /iati-activities/iati-activity[2]/transaction[1]/value}, with the line and column of
 * the element. Codes start with {@code iati.}; docs/iati.md lists them.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class IatiProblem {

    private final String path;
    private final String code;
    private final String message;
    private final int line;
    private final int column;

    private IatiProblem(String path, String code, String message, int line, int column) {
        this.path = Objects.requireNonNull(path, "path");
        this.code = Objects.requireNonNull(code, "code");
        this.message = Objects.requireNonNull(message, "message");
        this.line = line;
        this.column = column;
    }

    /**
     * Obtains a problem at a path of the dataset.
     *
     * @param path  the path, such as {@code programmes[0].status}, not null
     * @param code  the stable code, such as {@code iati.status-missing}, not null
     * @param message  what is wrong, not null
     * @return the problem, not null
     * @throws NullPointerException if an argument is null
     */
    public static IatiProblem of(String path, String code, String message) {
        return new IatiProblem(path, code, message, -1, -1);
    }

    /**
     * Obtains a problem at a place of a document.
     *
     * @param path  the path of the element or attribute, not null
     * @param code  the stable code, not null
     * @param message  what is wrong, not null
     * @param line  the line of the element, from 1
     * @param column  the column of the element, from 1
     * @return the problem, not null
     * @throws NullPointerException if an argument is null
     */
    public static IatiProblem at(String path, String code, String message, int line, int column) {
        return new IatiProblem(path, code, message, line, column);
    }

    /**
     * Gets where the problem lies.
     *
     * @return the path, not null
     */
    public String path() {
        return path;
    }

    /**
     * Gets the stable code of the problem.
     *
     * @return the code, such as {@code iati.status-missing}, not null
     */
    public String code() {
        return code;
    }

    /**
     * Gets what is wrong.
     *
     * @return the message, not null
     */
    public String message() {
        return message;
    }

    /**
     * Gets the line of the document the problem lies on.
     *
     * @return the line, from 1, empty for a problem of a dataset
     */
    public OptionalInt line() {
        return line < 0 ? OptionalInt.empty() : OptionalInt.of(line);
    }

    /**
     * Gets the column of the document the problem lies at.
     *
     * @return the column, from 1, empty for a problem of a dataset
     */
    public OptionalInt column() {
        return column < 0 ? OptionalInt.empty() : OptionalInt.of(column);
    }

    /**
     * Checks if this equals another problem.
     *
     * @param obj  the other object, null returns false
     * @return true if path, code, message, line and column are equal
     */
    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof IatiProblem)) {
            return false;
        }
        IatiProblem other = (IatiProblem) obj;
        return path.equals(other.path) && code.equals(other.code) && message.equals(other.message)
            && line == other.line && column == other.column;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(path, code, message, line, column);
    }

    /**
     * Outputs the path, the place in the document if known, the code and the message, such as
     * {@code programmes[0].status [iati.status-missing]: IATI requires an activity status}.
     *
     * @return the readable form, not null
     */
    @Override
    public String toString() {
        String place = line < 0 ? "" : " (line " + line + ", column " + column + ")";
        return path + place + " [" + code + "]: " + message;
    }
}

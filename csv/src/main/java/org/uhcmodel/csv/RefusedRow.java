package org.uhcmodel.csv;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.uhcmodel.validation.Violation;

/**
 * A row of a table, or a cell of a wide table, that could not be an observation or a target, with every reason: the
 * model's rules it breaks, each at the property it concerns ({@code area}, {@code value}), or
 * {@code dataset.duplicate-observation} for a row whose key an earlier row has.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class RefusedRow {

    private final int line;
    private final String column;
    private final List<Violation> violations;

    RefusedRow(int line, String column, List<Violation> violations) {
        this.line = line;
        this.column = column;
        this.violations = List.copyOf(violations);
    }

    /**
     * Gets the line the row starts on.
     *
     * @return the line, from 1, counting every line of the file
     */
    public int line() {
        return line;
    }

    /**
     * Gets the column of the cell, for a wide table with one column per year.
     *
     * @return the header of the column, such as {@code 2021}, empty for a row of a tidy table
     */
    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    /**
     * Gets the reasons the row was refused.
     *
     * @return the unmodifiable violations, at least one
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Gets the codes of the rules the row breaks.
     *
     * @return the codes, in the order of the violations, not null
     */
    public List<String> rules() {
        String[] codes = new String[violations.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = violations.get(i).rule();
        }
        return List.of(codes);
    }

    /**
     * Checks if this equals another refused row.
     *
     * @param obj  the other object, null returns false
     * @return true if the line, column and violations are equal
     */
    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof RefusedRow)) {
            return false;
        }
        RefusedRow other = (RefusedRow) obj;
        return line == other.line && Objects.equals(column, other.column) && violations.equals(other.violations);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(line, column, violations);
    }

    /**
     * Outputs the line, column and reasons, such as {@code line 42: [dataset.duplicate-observation] ...}.
     *
     * @return the readable form, not null
     */
    @Override
    public String toString() {
        StringBuilder buf = new StringBuilder("line ").append(line);
        if (column != null) {
            buf.append(", column ").append(column);
        }
        buf.append(':');
        for (Violation violation : violations) {
            buf.append(' ').append(violation);
        }
        return buf.toString();
    }
}

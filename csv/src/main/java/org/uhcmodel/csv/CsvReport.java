package org.uhcmodel.csv;

import java.util.List;
import java.util.Optional;

/**
 * What reading a table gave: how many values were read and kept, every refused row with its reasons, the columns the
 * reader left aside because they only describe other columns, and what the file says of itself.
 * <p>
 * Every row of the table is either kept or refused: {@code kept() + refusals().size()} is the number of values read,
 * a row of a tidy table or a filled cell of a wide one.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class CsvReport {

    private final CsvLayout layout;
    private final int kept;
    private final List<RefusedRow> refusals;
    private final List<String> ignoredColumns;
    private final String lastUpdated;

    CsvReport(CsvLayout layout, int kept, List<RefusedRow> refusals, List<String> ignoredColumns,
              String lastUpdated) {
        this.layout = layout;
        this.kept = kept;
        this.refusals = List.copyOf(refusals);
        this.ignoredColumns = List.copyOf(ignoredColumns);
        this.lastUpdated = lastUpdated;
    }

    /**
     * Gets the layout of the table read.
     *
     * @return the layout, not null
     */
    public CsvLayout layout() {
        return layout;
    }

    /**
     * Gets the number of values read: rows of a tidy table, filled cells of a wide one.
     *
     * @return the number, kept and refused together
     */
    public int read() {
        return kept + refusals.size();
    }

    /**
     * Gets the number of values kept, each given to the reader's consumer.
     *
     * @return the number, zero or more
     */
    public int kept() {
        return kept;
    }

    /**
     * Gets the refused rows, in the order of the file.
     *
     * @return the unmodifiable rows, empty if every row was kept
     */
    public List<RefusedRow> refusals() {
        return refusals;
    }

    /**
     * Gets the columns left aside: those that only describe others, such as {@code Goal}, {@code Target} and
     * {@code SeriesDescription} of a UN export, or that the reader was told to ignore.
     *
     * @return the unmodifiable headers, in the order of the file, empty if every column was read
     */
    public List<String> ignoredColumns() {
        return ignoredColumns;
    }

    /**
     * Gets the date the file says it was last updated, as World Bank downloads state it above their header.
     *
     * @return the date as written, such as {@code 2025-01-28}, empty if the file does not say
     */
    public Optional<String> lastUpdated() {
        return Optional.ofNullable(lastUpdated);
    }

    /**
     * Outputs the counts, such as {@code CsvReport{TIDY, read 434, kept 433, refused 1}}.
     *
     * @return the readable form, not null
     */
    @Override
    public String toString() {
        return "CsvReport{" + layout + ", read " + read() + ", kept " + kept + ", refused " + refusals.size() + "}";
    }
}

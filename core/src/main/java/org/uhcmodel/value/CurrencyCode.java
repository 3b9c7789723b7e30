package org.uhcmodel.value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.RuleBook;
import org.uhcmodel.internal.Tables;
import org.uhcmodel.meta.TextType;
import org.uhcmodel.validation.Rule;

/**
 * A currency, as its ISO 4217 code: {@code EUR}, {@code DZD}, {@code XOF}.
 * <p>
 * The model pins its own table of ISO 4217 (see {@link #EDITION}), with the number of minor units of each currency,
 * so that an amount means the same on every Java version.
 * <p>
 * Rules: {@code money.currency} (not a code of the table).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class CurrencyCode implements Comparable<CurrencyCode> {

    private static final TextType<CurrencyCode> TEXT = TextType.of(CurrencyCode.class, CurrencyCode::parse, CurrencyCode::toString,
        "An ISO 4217 currency code such as EUR.",
        "^[A-Z]{3}$");

    /** The edition of ISO 4217 the table follows. */
    public static final String EDITION = "ISO 4217 list one of 2026-01-01";

    private static final Rule UNKNOWN = RuleBook.error(CurrencyCode.class, "money.currency",
        "is not an ISO 4217 currency code");

    private final String code;
    private final String numeric;
    private final int minorUnits;
    private final String englishName;

    private CurrencyCode(String[] row) {
        this.code = row[0];
        this.numeric = row[1];
        this.minorUnits = row[2].isEmpty() ? -1 : Integer.parseInt(row[2]);
        this.englishName = row[3];
    }

    /**
     * Obtains a currency from its code.
     *
     * @param code  the upper-case code, such as {@code EUR}, not null
     * @return the currency, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is not in the table
     */
    public static CurrencyCode of(String code) {
        CurrencyCode found = Table.BY_CODE.get(Objects.requireNonNull(code, "code"));
        if (found == null) {
            throw Checker.refusal(CurrencyCode.class, UNKNOWN, "", code);
        }
        return found;
    }

    /**
     * Parses a currency code; the same as {@link #of(String)}.
     *
     * @param text  the text, not null
     * @return the currency, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is not in the table
     */
    public static CurrencyCode parse(CharSequence text) {
        return of(Objects.requireNonNull(text, "text").toString());
    }

    /**
     * Gets every currency of the table.
     *
     * @return the unmodifiable currencies, in alphabetical order of code, not null
     */
    public static List<CurrencyCode> all() {
        return Table.ALL;
    }

    /**
     * Gets the code.
     *
     * @return the three upper-case letters, not null
     */
    public String code() {
        return code;
    }

    /**
     * Gets the numeric code.
     *
     * @return the three digits, such as {@code 978}, not null
     */
    public String numeric() {
        return numeric;
    }

    /**
     * Gets the number of digits after the decimal point of an amount in this currency.
     *
     * @return the minor units, such as 2 for EUR and 0 for XOF, empty where ISO 4217 states none (gold, SDR)
     */
    public OptionalInt minorUnits() {
        return minorUnits < 0 ? OptionalInt.empty() : OptionalInt.of(minorUnits);
    }

    /**
     * Gets the English name.
     *
     * @return the name, such as {@code Euro}, not null
     */
    public String englishName() {
        return englishName;
    }

    /**
     * Compares by code.
     *
     * @param other  the other currency, not null
     * @return the comparator value
     */
    @Override
    public int compareTo(CurrencyCode other) {
        return code.compareTo(other.code);
    }

    /**
     * Checks if this equals another currency.
     *
     * @param obj  the other object, null returns false
     * @return true if the codes are equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof CurrencyCode && code.equals(((CurrencyCode) obj).code);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * Outputs the code.
     *
     * @return the code, which {@link #parse(CharSequence)} reads back, not null
     */
    @Override
    public String toString() {
        return code;
    }

    /** The pinned table, read once. */
    private static final class Table {
        static final List<CurrencyCode> ALL;
        static final Map<String, CurrencyCode> BY_CODE = new HashMap<>();

        static {
            List<CurrencyCode> all = new ArrayList<>();
            for (String[] row : Tables.read(CurrencyCode.class, "currencies.csv")) {
                CurrencyCode currency = new CurrencyCode(row);
                all.add(currency);
                BY_CODE.put(currency.code, currency);
            }
            ALL = Collections.unmodifiableList(all);
        }
    }
}

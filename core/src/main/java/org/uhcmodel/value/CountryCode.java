package org.uhcmodel.value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.RuleBook;
import org.uhcmodel.internal.Tables;
import org.uhcmodel.meta.TextType;
import org.uhcmodel.validation.Rule;

/**
 * A country, as its ISO 3166-1 alpha-2 code: {@code DZ}, {@code MR}, {@code CI}.
 * <p>
 * The model pins its own table of ISO 3166-1 (see {@link #EDITION}), so that a code means the same on every Java
 * version: the officially assigned codes, with their alpha-3 and numeric codes and English and French names, and
 * {@code XK}, Kosovo, a user-assigned code that the World Bank, the European Union and IATI use. Organisations such
 * as the EU are not countries. A country is found by its alpha-2, alpha-3 or numeric code, or by its ISO English or
 * French name or its UN M49 name.
 * <p>
 * Rules: {@code country-code.format} (not two upper-case letters), {@code country-code.unassigned}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class CountryCode implements Comparable<CountryCode> {

    private static final TextType<CountryCode> TEXT = TextType.of(CountryCode.class, CountryCode::parse, CountryCode::toString,
        "An ISO 3166-1 alpha-2 country code such as DZ, or XK for Kosovo.",
        "^[A-Z]{2}$");

    /** The edition of ISO 3166-1 the table follows. */
    public static final String EDITION = "ISO 3166-1 as of 2024-07-17, with XK";

    private static final Rule FORMAT = RuleBook.error(CountryCode.class, "country-code.format",
        "must be an ISO 3166-1 alpha-2 code: two upper-case letters");
    private static final Rule UNASSIGNED = RuleBook.error(CountryCode.class, "country-code.unassigned",
        "is not an assigned ISO 3166-1 alpha-2 code");

    private final String code;
    private final String alpha3;
    private final String numeric;
    private final String englishName;
    private final String frenchName;
    private final String unName;

    private CountryCode(String[] row) {
        this.code = row[0];
        this.alpha3 = row[1];
        this.numeric = row[2];
        this.englishName = row[3];
        this.frenchName = row[4];
        this.unName = row.length > 5 ? row[5] : "";
    }

    /**
     * Obtains a country from its alpha-2 code.
     *
     * @param code  the upper-case code, such as {@code DZ}, not null
     * @return the country code, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is malformed or not assigned
     */
    public static CountryCode of(String code) {
        CountryCode found = Table.BY_ALPHA2.get(Objects.requireNonNull(code, "code"));
        if (found == null) {
            boolean twoLetters = code.length() == 2 && isUpper(code.charAt(0)) && isUpper(code.charAt(1));
            throw Checker.refusal(CountryCode.class, twoLetters ? UNASSIGNED : FORMAT, "", code);
        }
        return found;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * Parses a country code; the same as {@link #of(String)}.
     *
     * @param text  the text, not null
     * @return the country code, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is malformed or not assigned
     */
    public static CountryCode parse(CharSequence text) {
        return of(Objects.requireNonNull(text, "text").toString());
    }

    /**
     * Finds a country by its alpha-3 code.
     *
     * @param alpha3  the upper-case code, such as {@code DZA}, not null
     * @return the country, empty if the table has no such code
     */
    public static Optional<CountryCode> fromAlpha3(String alpha3) {
        return Optional.ofNullable(Table.BY_ALPHA3.get(Objects.requireNonNull(alpha3, "alpha3")));
    }

    /**
     * Finds a country by its numeric code, which for every country listed in UN M49 is also its M49 code.
     *
     * @param numeric  the three digits, such as {@code 012}, not null
     * @return the country, empty if the table has no such code
     */
    public static Optional<CountryCode> fromNumeric(String numeric) {
        return Optional.ofNullable(Table.BY_NUMERIC.get(Objects.requireNonNull(numeric, "numeric")));
    }

    /**
     * Finds a country by one of its official names, written exactly as the source writes it: the ISO 3166-1 English
     * short name ({@code Türkiye}, {@code Netherlands (Kingdom of the)}), the ISO French short name
     * ({@code Côte d'Ivoire}, {@code Algérie}) or the UN M49 English name ({@code Viet Nam},
     * {@code Republic of Moldova}, {@code Côte d’Ivoire} with its typographic apostrophe).
     *
     * @param name  the name, not null
     * @return the country, empty if no country of the table has that name
     */
    public static Optional<CountryCode> fromName(String name) {
        return Optional.ofNullable(Table.BY_NAME.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * Gets every code of the table, the assigned ones and {@code XK}.
     *
     * @return the unmodifiable set of alpha-2 codes, in alphabetical order, not null
     */
    public static Set<String> assignedCodes() {
        return Table.CODES;
    }

    /**
     * Gets every country of the table.
     *
     * @return the unmodifiable countries, in alphabetical order of code, not null
     */
    public static List<CountryCode> all() {
        return Table.ALL;
    }

    /**
     * Gets the alpha-2 code.
     *
     * @return the code, two upper-case letters, not null
     */
    public String code() {
        return code;
    }

    /**
     * Gets the alpha-3 code.
     *
     * @return the code, three upper-case letters, such as {@code DZA}, not null
     */
    public String alpha3() {
        return alpha3;
    }

    /**
     * Gets the numeric code.
     *
     * @return the three digits, such as {@code 012}, empty for {@code XK}, which has none
     */
    public Optional<String> numeric() {
        return numeric.isEmpty() ? Optional.empty() : Optional.of(numeric);
    }

    /**
     * Gets the country's English name.
     *
     * @return the name, such as {@code Algeria}, not null
     */
    public String englishName() {
        return englishName;
    }

    /**
     * Gets the country's French name.
     *
     * @return the name, such as {@code Algérie}, not null
     */
    public String frenchName() {
        return frenchName;
    }

    /**
     * Gets the country's English name in UN M49, the name the UN SDG Global Database uses.
     *
     * @return the name, such as {@code Viet Nam} or {@code Republic of Korea}, empty for {@code TW} and {@code XK},
     *  which M49 does not list
     */
    public Optional<String> unName() {
        return unName.isEmpty() ? Optional.empty() : Optional.of(unName);
    }

    /**
     * Checks whether the code is user-assigned rather than officially assigned by ISO 3166-1.
     *
     * @return true for {@code XK}
     */
    public boolean isUserAssigned() {
        return code.charAt(0) == 'X';
    }

    /**
     * Compares by code.
     *
     * @param other  the other country, not null
     * @return the comparator value
     */
    @Override
    public int compareTo(CountryCode other) {
        return code.compareTo(other.code);
    }

    /**
     * Checks if this equals another country code.
     *
     * @param obj  the other object, null returns false
     * @return true if the codes are equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof CountryCode && code.equals(((CountryCode) obj).code);
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
     * Outputs the alpha-2 code.
     *
     * @return the code, which {@link #parse(CharSequence)} reads back, not null
     */
    @Override
    public String toString() {
        return code;
    }

    /** The pinned table, read once. */
    private static final class Table {
        static final List<CountryCode> ALL;
        static final Set<String> CODES;
        static final Map<String, CountryCode> BY_ALPHA2 = new HashMap<>();
        static final Map<String, CountryCode> BY_ALPHA3 = new HashMap<>();
        static final Map<String, CountryCode> BY_NUMERIC = new HashMap<>();
        static final Map<String, CountryCode> BY_NAME = new HashMap<>();

        static {
            List<CountryCode> all = new ArrayList<>();
            Set<String> codes = new LinkedHashSet<>();
            for (String[] row : Tables.read(CountryCode.class, "countries.csv")) {
                CountryCode country = new CountryCode(row);
                all.add(country);
                codes.add(country.code);
                BY_ALPHA2.put(country.code, country);
                BY_ALPHA3.put(country.alpha3, country);
                if (!country.numeric.isEmpty()) {
                    BY_NUMERIC.put(country.numeric, country);
                }
                for (String name : new String[] {country.englishName, country.frenchName, country.unName}) {
                    if (!name.isEmpty()) {
                        CountryCode other = BY_NAME.putIfAbsent(name, country);
                        if (other != null && other != country) {
                            throw new IllegalStateException(name + " names both " + other + " and " + country);
                        }
                    }
                }
            }
            ALL = Collections.unmodifiableList(all);
            CODES = Collections.unmodifiableSet(codes);
        }
    }
}

package org.uhcmodel.value;

import java.util.Locale;
import java.util.Set;
import org.uhcmodel.internal.Rules;

/**
 * A country, as its ISO 3166-1 alpha-2 code: {@code DZ}, {@code MR}, {@code CI}.
 * <p>
 * Only officially assigned codes are accepted, as the JDK lists them; user-assigned codes such as
 * {@code XK} and organisations such as the EU are not countries.
 * <p>
 * Rules: {@code country-code.format} (not two upper-case letters), {@code country-code.unassigned}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class CountryCode implements Comparable<CountryCode> {

    private static final Set<String> ASSIGNED = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private final String code;

    private CountryCode(String code) {
        this.code = code;
    }

    /**
     * Obtains a country from its alpha-2 code.
     *
     * @param code  the upper-case code, such as {@code DZ}, not null
     * @return the country code, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is malformed or not assigned
     */
    public static CountryCode of(String code) {
        if (code == null || !code.matches("[A-Z]{2}")) {
            throw Rules.failure(CountryCode.class, "", "country-code.format", code);
        }
        if (!ASSIGNED.contains(code)) {
            throw Rules.failure(CountryCode.class, "", "country-code.unassigned", code);
        }
        return new CountryCode(code);
    }

    /**
     * Parses a country code; the same as {@link #of(String)}.
     *
     * @param text  the text, not null
     * @return the country code, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is malformed or not assigned
     */
    public static CountryCode parse(CharSequence text) {
        return of(text == null ? null : text.toString());
    }

    /**
     * Gets every assigned code, as this JDK knows them.
     *
     * @return the unmodifiable set of codes, not null
     */
    public static Set<String> assignedCodes() {
        return ASSIGNED;
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
     * Gets the country's English name.
     *
     * @return the name, such as {@code Algeria}, not null
     */
    public String englishName() {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
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
}

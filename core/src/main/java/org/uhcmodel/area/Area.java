package org.uhcmodel.area;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.RuleBook;
import org.uhcmodel.internal.Tables;
import org.uhcmodel.meta.TextType;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Severity;
import org.uhcmodel.value.CountryCode;

/**
 * An area that monitoring data are reported for, built into the model: a country, the World, a UN M49 region, a WHO
 * region or a group of the World Bank.
 * <p>
 * An area is written as a code that says which list it comes from:
 * <ul>
 * <li>a country as its ISO 3166-1 alpha-2 code, as {@link CountryCode} writes it: {@code DZ}, {@code CI},
 *   {@code XK} for Kosovo;</li>
 * <li>the World and the regions of UN M49 as {@code M49:} and their three digits: {@code M49:001} for the World,
 *   {@code M49:202} for sub-Saharan Africa, {@code M49:143} for Central Asia;</li>
 * <li>a WHO region as {@code WHO:} and its code in the Global Health Observatory: {@code WHO:AFR},
 *   {@code WHO:EUR};</li>
 * <li>a region or group of the World Bank as {@code WB:} and its code in the World Development Indicators:
 *   {@code WB:SSF} (Sub-Saharan Africa), {@code WB:HIC} (High income), {@code WB:IDA}, and {@code WB:CHI}, the
 *   Channel Islands, an economy of the World Bank without an ISO code.</li>
 * </ul>
 * Each area has one code: a country is not written by its M49 or World Bank code, and the World Bank's World
 * ({@code WLD}) is the World, {@code M49:001}. The other codes and the official names find an area: {@link #fromM49},
 * {@link #fromAlpha3}, {@link #fromWhoCode}, {@link #fromWorldBankCode} and {@link #fromName}.
 * <p>
 * The model pins its tables (see {@link #EDITION}); where they come from is said in the model's documentation of
 * areas. Sub-national areas are not built in: a dataset declares them as {@link SubnationalArea}s.
 * <p>
 * Rules: {@code area.format} (text of none of the four forms), {@code area.unknown} (a code of the right form that
 * names no area, or a name no area has), {@code area.not-canonical} (another code of an area that has a code of its
 * own, such as {@code M49:012} for Algeria, {@code DZ}), {@code area.conflict} (codes and a name given together that
 * name different areas, see {@link #identify(String, String, String)}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Area implements Comparable<Area> {

    private static final TextType<Area> TEXT = TextType.of(Area.class, Area::parse, Area::toString,
        "A country as its ISO 3166-1 alpha-2 code (DZ, XK), a UN M49 area as M49: and three digits (M49:001 for the "
            + "World), a WHO region as WHO: and its code (WHO:AFR), or a World Bank region or group as WB: and its "
            + "code (WB:SSF, WB:HIC).",
        "^([A-Z]{2}|M49:[0-9]{3}|WHO:[A-Z]{3,4}|WB:[A-Z0-9]{3})$");

    /** The editions of the tables the built-in areas follow. */
    public static final String EDITION = "ISO 3166-1 as of 2024-07-17 with XK; UN M49 as of 2026-02-23; "
        + "WHO regions and Member States as of 2022 with Indonesia in WPR (2025); "
        + "World Bank aggregates as of 2026-04-30";

    private static final Rule FORMAT = RuleBook.error(Area.class, "area.format",
        "must be a country code such as DZ, or M49:, WHO: or WB: followed by a code, such as M49:001 or WHO:AFR");
    private static final Rule UNKNOWN = RuleBook.error(Area.class, "area.unknown",
        "names no area of the model's tables");
    private static final Rule NOT_CANONICAL = RuleBook.error(Area.class, "area.not-canonical",
        "is another code of an area the model writes {canonical}");
    private static final Rule CONFLICT = RuleBook.error(Area.class, "area.conflict",
        "the code, M49 code and name given name different areas: {areas}");

    private static final String M49 = "M49:";
    private static final String WHO = "WHO:";
    private static final String WB = "WB:";

    /** The World, UN M49 area 001, which the World Bank codes {@code WLD}. */
    public static final Area WORLD;

    private final String code;
    private final AreaKind kind;
    private final String name;
    private final CountryCode country;
    private final String m49;
    private final String whoCode;
    private final String worldBankCode;
    private String parent;
    private Area whoRegion;
    private List<Area> m49Regions = List.of();

    private Area(String code, AreaKind kind, String name, CountryCode country, String m49, String whoCode,
                 String worldBankCode) {
        this.code = code;
        this.kind = kind;
        this.name = name;
        this.country = country;
        this.m49 = m49;
        this.whoCode = whoCode;
        this.worldBankCode = worldBankCode;
    }

    static {
        WORLD = Table.BY_CODE.get(M49 + "001");
    }

    /**
     * Obtains an area from its code.
     *
     * @param code  the code, such as {@code DZ}, {@code M49:001}, {@code WHO:AFR} or {@code WB:HIC}, not null
     * @return the area, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the code is malformed ({@code area.format}), names
     *  no area ({@code area.unknown}) or is another code of an area with a code of its own ({@code area.not-canonical})
     */
    public static Area of(String code) {
        Area found = Table.BY_CODE.get(Objects.requireNonNull(code, "code"));
        return found != null ? found : refuse(code);
    }

    /**
     * Parses an area; the same as {@link #of(String)}.
     *
     * @param text  the text, not null
     * @return the area, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the text is not the code of an area
     */
    public static Area parse(CharSequence text) {
        return of(Objects.requireNonNull(text, "text").toString());
    }

    /**
     * Obtains the area of a country.
     *
     * @param country  the country, not null
     * @return the area, of kind {@link AreaKind#COUNTRY}, not null
     */
    public static Area of(CountryCode country) {
        return Table.BY_CODE.get(Objects.requireNonNull(country, "country").code());
    }

    private static Area refuse(String code) {
        Rule rule;
        Area other = null;
        if (code.startsWith(M49)) {
            other = Table.BY_M49.get(code.substring(M49.length()));
            rule = other != null ? NOT_CANONICAL : isDigits(code, M49.length(), 3) ? UNKNOWN : FORMAT;
        } else if (code.startsWith(WB)) {
            other = Table.BY_WORLD_BANK.get(code.substring(WB.length()));
            rule = other != null ? NOT_CANONICAL : isUpperOrDigits(code, WB.length(), 3) ? UNKNOWN : FORMAT;
        } else if (code.startsWith(WHO)) {
            int length = code.length() - WHO.length();
            rule = (length == 3 || length == 4) && isUpperOrDigits(code, WHO.length(), length) ? UNKNOWN : FORMAT;
        } else {
            rule = isUpperOrDigits(code, 0, 2) && code.charAt(0) > '9' && code.charAt(1) > '9' ? UNKNOWN : FORMAT;
        }
        Checker checker = new Checker(Severity.ERROR);
        if (other != null) {
            checker.report(rule, "", code, Map.of("canonical", other.code));
        } else {
            checker.report(rule, "", code);
        }
        checker.throwIfAny(Area.class);
        throw new IllegalStateException(code);
    }

    private static boolean isDigits(String text, int from, int length) {
        if (text.length() != from + length) {
            return false;
        }
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isUpperOrDigits(String text, int from, int length) {
        if (text.length() != from + length) {
            return false;
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Finds an area by its UN M49 code: a country (whose ISO numeric code is its M49 code), a region or the World.
     *
     * @param m49  one to three digits, with or without leading zeros, as the UN SDG Global Database writes them
     *  ({@code 4} for Afghanistan, {@code 001} for the World), not null
     * @return the area, empty if M49 has no such code in the model's tables
     */
    public static Optional<Area> fromM49(String m49) {
        Objects.requireNonNull(m49, "m49");
        if (m49.isEmpty() || m49.length() > 3) {
            return Optional.empty();
        }
        String padded = m49.length() == 3 ? m49 : "000".substring(m49.length()) + m49;
        return Optional.ofNullable(Table.BY_M49.get(padded));
    }

    /**
     * Finds a country by its ISO 3166-1 alpha-3 code.
     *
     * @param alpha3  the code, such as {@code DZA}, or {@code XKX} for Kosovo, not null
     * @return the area of the country, empty if there is none with that code
     */
    public static Optional<Area> fromAlpha3(String alpha3) {
        return CountryCode.fromAlpha3(Objects.requireNonNull(alpha3, "alpha3")).map(Area::of);
    }

    /**
     * Finds a WHO region by its code in the Global Health Observatory.
     *
     * @param code  the code, such as {@code AFR} or {@code SEAR}, not null
     * @return the region, empty if WHO has no region of that code
     */
    public static Optional<Area> fromWhoCode(String code) {
        return Optional.ofNullable(Table.BY_CODE.get(WHO + Objects.requireNonNull(code, "code")));
    }

    /**
     * Finds an area by its code in the World Bank's World Development Indicators: an economy by its ISO alpha-3
     * code ({@code XKX} for Kosovo, {@code CHI} for the Channel Islands), an aggregate by its own code
     * ({@code SSF}, {@code HIC}), and the World by {@code WLD}.
     *
     * @param code  the code, not null
     * @return the area, empty if the World Bank has no area of that code in the model's tables
     */
    public static Optional<Area> fromWorldBankCode(String code) {
        return Optional.ofNullable(Table.BY_WORLD_BANK.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * Finds an area by an official name, written exactly as its list writes it. The UN's names come first: a country
     * by its ISO English or French name or its UN M49 name ({@code Türkiye}, {@code Viet Nam}, {@code Algérie}), an
     * M49 region or the World by its M49 name; then a WHO region ({@code African Region}); then a World Bank group
     * ({@code High income}). Two names are shared: {@code Africa} and {@code Sub-Saharan Africa} are the M49 regions;
     * the World Bank's aggregates of those names are found by their codes ({@code AFR}, {@code SSF}).
     *
     * @param name  the name, not null
     * @return the area, empty if no area has that name
     */
    public static Optional<Area> fromName(String name) {
        List<Area> found = Table.BY_NAME.get(Objects.requireNonNull(name, "name"));
        return found == null ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * Finds every area an official name is given to, in the order of {@link #fromName(String)}.
     *
     * @param name  the name, not null
     * @return the unmodifiable areas, empty if none has that name
     */
    public static List<Area> allNamed(String name) {
        return Table.BY_NAME.getOrDefault(Objects.requireNonNull(name, "name"), List.of());
    }

    /**
     * Identifies the area a table gives by up to three columns, as the UN SDG Global Database and Open SDG write them:
     * the model's code, an M49 code (digits, as the UN writes it, such as {@code 4}, or else the model's code) and an
     * official name; each may be empty, and those given must name one area.
     *
     * @param code  the model's code, such as {@code WHO:AFR}, or empty, not null
     * @param m49  an M49 code such as {@code 012}, or the model's code, or empty, not null
     * @param name  an official name, such as {@code Türkiye}, or empty, not null
     * @return the area, empty if all three are empty
     * @throws org.uhcmodel.validation.ModelViolationException listing every problem at the empty path: a malformed
     *  code ({@code area.format}), a code or name of no area ({@code area.unknown}), a code of an area with another
     *  ({@code area.not-canonical}), codes and name of different areas ({@code area.conflict})
     */
    public static Optional<Area> identify(String code, String m49, String name) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(m49, "m49");
        Objects.requireNonNull(name, "name");
        Checker checker = new Checker(Severity.ERROR);
        Area byCode = code.isEmpty() ? null : checked(code, checker);
        Area byM49 = null;
        if (!m49.isEmpty()) {
            boolean digits = isDigits(m49, 0, m49.length()) && m49.length() <= 3;
            byM49 = digits ? fromM49(m49).orElse(null) : checked(m49, checker);
            if (digits && byM49 == null) {
                checker.report(UNKNOWN, "", m49);
            }
        }
        List<Area> named = name.isEmpty() ? List.of() : allNamed(name);
        if (!name.isEmpty() && named.isEmpty()) {
            checker.report(UNKNOWN, "", name);
        }
        Area found = byCode != null ? byCode : byM49 != null ? byM49 : named.isEmpty() ? null : named.get(0);
        boolean agree = (byM49 == null || byM49.equals(found)) && (named.isEmpty() || named.contains(found));
        if (found != null && !agree) {
            StringBuilder areas = new StringBuilder();
            for (String given : new String[] {code, m49, name}) {
                if (!given.isEmpty()) {
                    areas.append(areas.length() == 0 ? "" : ", ").append(given);
                }
            }
            checker.report(CONFLICT, "", areas.toString(), Map.of("areas", areas.toString()));
        }
        checker.throwIfAny(Area.class);
        return Optional.ofNullable(found);
    }

    private static Area checked(String code, Checker checker) {
        try {
            return of(code);
        } catch (ModelViolationException ex) {
            checker.addAll(ex.violations(), "");
            return null;
        }
    }

    /**
     * Gets every built-in area: the countries, then the World and the M49 regions, the WHO regions and the World
     * Bank's areas.
     *
     * @return the unmodifiable areas, not null
     */
    public static List<Area> all() {
        return Table.ALL;
    }

    /**
     * Gets the kind of area.
     *
     * @return the kind, not null
     */
    public AreaKind kind() {
        return kind;
    }

    /**
     * Checks whether the area is a group of countries, such as a region or an income group.
     *
     * @return true for every area but a country and the Channel Islands
     */
    public boolean isAggregate() {
        return kind.isAggregate();
    }

    /**
     * Gets the code, in the form {@link #of(String)} reads.
     *
     * @return the code, such as {@code DZ} or {@code WHO:AFR}, not null
     */
    public String code() {
        return code;
    }

    /**
     * Gets the English name, as the area's list writes it: the UN M49 name of a country where it has one (else its
     * ISO name), the M49, WHO or World Bank name of a group.
     *
     * @return the name, such as {@code Viet Nam}, {@code African Region} or {@code High income}, not null
     */
    public String name() {
        return name;
    }

    /**
     * Gets the country, for an area that is one.
     *
     * @return the country, empty for a group of countries and for the Channel Islands
     */
    public Optional<CountryCode> country() {
        return Optional.ofNullable(country);
    }

    /**
     * Gets the UN M49 code.
     *
     * @return the three digits, such as {@code 012} for Algeria or {@code 001} for the World, empty for an area M49
     *  does not list (WHO regions, World Bank groups, Taiwan, Kosovo)
     */
    public Optional<String> m49Code() {
        return Optional.ofNullable(m49);
    }

    /**
     * Gets the code of a WHO region in the Global Health Observatory.
     *
     * @return the code, such as {@code AFR}, empty for an area that is not a WHO region
     */
    public Optional<String> whoCode() {
        return Optional.ofNullable(whoCode);
    }

    /**
     * Gets the World Bank's code of an area the World Bank defines: an aggregate, the Channel Islands, or the World
     * ({@code WLD}).
     *
     * @return the code, such as {@code SSF}, empty for other areas (a country's World Bank code is its alpha-3 code)
     */
    public Optional<String> worldBankCode() {
        return Optional.ofNullable(worldBankCode);
    }

    /**
     * Gets the M49 area that directly contains an M49 region, such as Africa for sub-Saharan Africa.
     *
     * @return the area, empty for the World and for areas that are not M49 regions
     */
    public Optional<Area> parent() {
        return parent == null ? Optional.empty() : Optional.of(Table.BY_M49.get(parent));
    }

    /**
     * Gets the WHO region of a WHO Member State.
     *
     * @return the region, such as {@code WHO:AFR} for Algeria, empty for areas that are not Member States
     */
    public Optional<Area> whoRegion() {
        return Optional.ofNullable(whoRegion);
    }

    /**
     * Gets the UN M49 areas a country or an M49 region lies in, from the smallest to the World.
     *
     * @return the unmodifiable areas, such as Western Africa, sub-Saharan Africa, Africa and the World for
     *  Côte d'Ivoire; empty for the World and for areas M49 does not list
     */
    public List<Area> m49Regions() {
        return m49Regions;
    }

    /**
     * Compares by code.
     *
     * @param other  the other area, not null
     * @return the comparator value
     */
    @Override
    public int compareTo(Area other) {
        return code.compareTo(other.code);
    }

    /**
     * Checks if this is the same area as another.
     *
     * @param obj  the other object, null returns false
     * @return true if the codes are equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Area && code.equals(((Area) obj).code);
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

    /** The pinned tables, read once. */
    private static final class Table {
        static final List<Area> ALL;
        static final Map<String, Area> BY_CODE = new HashMap<>();
        static final Map<String, Area> BY_M49 = new HashMap<>();
        static final Map<String, Area> BY_WORLD_BANK = new HashMap<>();
        static final Map<String, List<Area>> BY_NAME;

        static {
            List<Area> all = new ArrayList<>();
            Map<String, Area> byAlpha3 = new HashMap<>();
            for (CountryCode country : CountryCode.all()) {
                // The numeric code is the M49 code of every country M49 lists; Taiwan's is not an M49 code.
                String numeric = country.unName().isPresent() ? country.numeric().orElse(null) : null;
                Area area = new Area(country.code(), AreaKind.COUNTRY, country.unName().orElse(country.englishName()),
                    country, numeric, null, null);
                all.add(area);
                BY_CODE.put(area.code, area);
                BY_WORLD_BANK.put(country.alpha3(), area);
                byAlpha3.put(country.alpha3(), area);
            }
            for (String[] row : Tables.read(Area.class, "m49-regions.csv")) {
                boolean world = row[2].isEmpty();
                Area area = new Area(M49 + row[0], world ? AreaKind.WORLD : AreaKind.M49_REGION, row[1], null, row[0],
                    null, world ? "WLD" : null);
                area.parent = world ? null : row[2];
                all.add(area);
                BY_CODE.put(area.code, area);
                BY_M49.put(row[0], area);
                if (world) {
                    BY_WORLD_BANK.put("WLD", area);
                }
            }
            for (Area country : all) {
                if (country.kind == AreaKind.COUNTRY && country.m49 != null) {
                    BY_M49.put(country.m49, country);
                }
            }
            for (String[] row : Tables.read(Area.class, "who-regions.csv")) {
                Area area = new Area(WHO + row[0], AreaKind.WHO_REGION, row[1], null, null, row[0], null);
                all.add(area);
                BY_CODE.put(area.code, area);
            }
            for (String[] row : Tables.read(Area.class, "worldbank-areas.csv")) {
                if (BY_WORLD_BANK.containsKey(row[0])) {
                    continue;
                }
                Area area = new Area(WB + row[0], worldBankKind(row[2]), row[1], null, null, null, row[0]);
                all.add(area);
                BY_CODE.put(area.code, area);
                BY_WORLD_BANK.put(row[0], area);
            }
            for (String[] row : Tables.read(Area.class, "who-membership.csv")) {
                byAlpha3.get(row[0]).whoRegion = BY_CODE.get(WHO + row[1]);
            }
            Map<String, List<Area>> regions = new HashMap<>();
            for (String[] row : Tables.read(Area.class, "m49-membership.csv")) {
                regions.computeIfAbsent(row[0], k -> new ArrayList<>()).add(BY_M49.get(row[1]));
            }
            for (Area area : all) {
                if (area.kind == AreaKind.COUNTRY && regions.containsKey(area.m49)) {
                    area.m49Regions = ancestors(regions.get(area.m49));
                } else if (area.kind == AreaKind.COUNTRY && area.m49 != null) {
                    area.m49Regions = List.of(BY_M49.get("001"));
                } else if (area.kind == AreaKind.M49_REGION) {
                    area.m49Regions = ancestors(List.of(BY_M49.get(area.parent)));
                }
            }
            ALL = Collections.unmodifiableList(all);
            BY_NAME = names(all);
        }

        private static AreaKind worldBankKind(String kind) {
            switch (kind) {
                case "region":
                    return AreaKind.WORLD_BANK_REGION;
                case "income":
                    return AreaKind.WORLD_BANK_INCOME_GROUP;
                case "lending":
                    return AreaKind.WORLD_BANK_LENDING_GROUP;
                case "other":
                    return AreaKind.WORLD_BANK_OTHER_GROUP;
                case "economy":
                    return AreaKind.WORLD_BANK_ECONOMY;
                default:
                    throw new IllegalStateException("Unknown kind of World Bank area: " + kind);
            }
        }

        /** The given M49 areas and every area above them, smallest first, the World last. */
        private static List<Area> ancestors(List<Area> direct) {
            List<Area> found = new ArrayList<>(direct);
            found.sort((a, b) -> Integer.compare(depth(b), depth(a)));
            Area top = found.get(found.size() - 1);
            for (Area up = top.parent == null ? null : BY_M49.get(top.parent); up != null;
                 up = up.parent == null ? null : BY_M49.get(up.parent)) {
                found.add(up);
            }
            if (found.get(found.size() - 1) != BY_M49.get("001")) {
                found.add(BY_M49.get("001"));
            }
            return List.copyOf(found);
        }

        private static int depth(Area area) {
            int depth = 0;
            for (Area up = area; up.parent != null; up = BY_M49.get(up.parent)) {
                depth++;
            }
            return depth;
        }

        private static Map<String, List<Area>> names(List<Area> all) {
            Map<String, List<Area>> names = new LinkedHashMap<>();
            for (Area area : all) {
                if (area.country != null) {
                    addName(names, area.country.englishName(), area);
                    addName(names, area.country.frenchName(), area);
                    area.country.unName().ifPresent(name -> addName(names, name, area));
                } else {
                    addName(names, area.name, area);
                }
            }
            Map<String, List<Area>> frozen = new HashMap<>();
            for (Map.Entry<String, List<Area>> entry : names.entrySet()) {
                frozen.put(entry.getKey(), List.copyOf(entry.getValue()));
            }
            return frozen;
        }

        private static void addName(Map<String, List<Area>> names, String name, Area area) {
            List<Area> areas = names.computeIfAbsent(name, k -> new ArrayList<>(1));
            if (!areas.contains(area)) {
                areas.add(area);
            }
        }
    }
}

package org.uhcmodel.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.uhcmodel.sdg.DisaggregationDimension;
import org.uhcmodel.sdg.HouseholdType;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.Quintile;
import org.uhcmodel.sdg.Sex;
import org.uhcmodel.sdg.UrbanRural;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.EntityId;

/** How the tables write and read the cells they share: decimals, citations, categories, quoted fields. */
final class Cells {

    /** The separator of citations in a cell. */
    private static final char CITATIONS = '|';
    /** The separator of a citation's source and locator. */
    private static final char LOCATOR = '#';

    private Cells() {
    }

    /**
     * Parses text with a parser of the model, adding its violations under a path.
     *
     * @return the value, or null if the parser refused the text
     */
    static <T> T parse(String text, Function<String, T> parser, String path, List<Violation> problems) {
        try {
            return parser.apply(text);
        } catch (ModelViolationException ex) {
            for (Violation violation : ex.violations()) {
                problems.add(violation.under(path));
            }
            return null;
        }
    }

    /** Whether text is a decimal in plain notation: an optional minus, digits, and digits after one point. */
    static boolean isDecimal(String text) {
        int n = text.length();
        int i = n > 0 && text.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        boolean point = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point && digits > 0 && i + 1 < n) {
                point = true;
            } else {
                return false;
            }
        }
        return digits > 0;
    }

    /** The decimal a cell holds, or null if it holds none, with the violations of its text under a path. */
    static BigDecimal decimal(String text, String path, List<Violation> problems) {
        return parse(text, IndicatorObservation::parseValue, path, problems);
    }

    /** Writes citations in a cell: each {@code source} or {@code source#locator}, joined by {@code |}. */
    static String citations(List<Citation> citations) {
        StringBuilder buf = new StringBuilder();
        for (Citation citation : citations) {
            if (buf.length() > 0) {
                buf.append(CITATIONS);
            }
            buf.append(citation.source());
            Optional<String> locator = citation.locator();
            if (locator.isPresent()) {
                buf.append(LOCATOR);
                for (int i = 0; i < locator.get().length(); i++) {
                    char c = locator.get().charAt(i);
                    if (c == CITATIONS || c == '\\') {
                        buf.append('\\');
                    }
                    buf.append(c);
                }
            }
        }
        return buf.toString();
    }

    /** Reads the citations of a cell, adding the violations of each under {@code citations[i]}. */
    static List<Citation> citations(String text, List<Violation> problems) {
        List<Citation> citations = new ArrayList<>();
        if (text.isEmpty()) {
            return citations;
        }
        StringBuilder item = new StringBuilder();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                item.append(c).append(text.charAt(++i));
            } else if (c == CITATIONS) {
                items.add(item.toString());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        items.add(item.toString());
        for (int i = 0; i < items.size(); i++) {
            String one = items.get(i);
            int hash = one.indexOf(LOCATOR);
            String path = "citations[" + i + "]";
            EntityId source = parse(hash < 0 ? one : one.substring(0, hash), EntityId::parse, path + ".source",
                problems);
            if (source == null) {
                continue;
            }
            if (hash < 0) {
                citations.add(Citation.of(source));
            } else {
                StringBuilder locator = new StringBuilder();
                for (int j = hash + 1; j < one.length(); j++) {
                    char c = one.charAt(j);
                    if (c == '\\' && j + 1 < one.length()) {
                        c = one.charAt(++j);
                    }
                    locator.append(c);
                }
                Citation citation = parse(locator.toString(), l -> Citation.of(source, l), path, problems);
                if (citation != null) {
                    citations.add(citation);
                }
            }
        }
        return citations;
    }

    /**
     * The model's code of a category of a built-in dimension as a table writes it: the model's code itself, the UN's
     * code or its SDMX form; null for the UN's totals ({@code _T}, {@code BOTHSEX}, {@code ALLAREA},
     * {@code ALLAGE}) and an empty cell. A code the model does not know is returned as it is, for the model to refuse.
     */
    static String category(DisaggregationDimension dimension, String text) {
        if (text.isEmpty() || text.equals("_T") || text.equals("BOTHSEX") || text.equals("ALLAREA")
            || text.equals("ALLAGE")) {
            return null;
        }
        switch (dimension) {
            case SEX:
            case HOUSEHOLD_HEAD_SEX:
                return Sex.fromUnCode(text).map(Sex::code).orElse(text);
            case LOCATION:
                return UrbanRural.fromUnCode(text).map(UrbanRural::code).orElse(text);
            case WEALTH_QUINTILE:
            case CONSUMPTION_QUINTILE:
                return Quintile.fromUnCode(text).map(Quintile::code).orElse(text);
            case HOUSEHOLD_TYPE:
                return HouseholdType.fromUnCode(text).map(HouseholdType::code).orElse(text);
            default:
                return age(text);
        }
    }

    /** An age group written the SDMX way ({@code Y0T59}, {@code Y_GE60}) in the model's form; else as it is. */
    private static String age(String text) {
        if (text.startsWith("Y_GE") && text.length() > 4) {
            return text.substring(4) + "+";
        }
        int t = text.indexOf('T');
        if (text.startsWith("Y") && t > 1 && t < text.length() - 1) {
            return text.substring(1, t) + "-" + text.substring(t + 1);
        }
        return text;
    }

    /** Writes one record, quoting the fields that need it, and a line break. */
    static void write(Writer out, List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                String field = fields.get(i);
                if (needsQuotes(field)) {
                    out.write('"');
                    out.write(field.replace("\"", "\"\""));
                    out.write('"');
                } else {
                    out.write(field);
                }
            }
            out.write('\n');
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static boolean needsQuotes(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}

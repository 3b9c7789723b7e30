package org.uhcmodel.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.Coded;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Percentage;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The codecs of values written as one JSON scalar, and of {@link LocalizedText}. */
final class Scalars {

    /** The longest decimal string accepted, in characters. */
    static final int MAX_DECIMAL_LENGTH = 64;
    /**
     * The most digits a decimal of the model has before its decimal point, counted on the value as given, leading
     * zeros left out (the model's rule {@code decimal.digits}).
     */
    static final int MAX_INTEGER_DIGITS = 30;
    /**
     * The most digits a decimal of the model has after its decimal point, trailing zeros included: its scale (the
     * model's rule {@code decimal.digits}).
     */
    static final int MAX_FRACTION_DIGITS = 18;
    /**
     * The longest plain notation of a decimal of the model, in characters: a minus sign, {@value #MAX_INTEGER_DIGITS}
     * digits, a point and {@value #MAX_FRACTION_DIGITS} digits. It is within {@value #MAX_DECIMAL_LENGTH}, so that
     * every decimal of the model is written and read back.
     */
    static final int MAX_PLAIN_LENGTH = 1 + MAX_INTEGER_DIGITS + 1 + MAX_FRACTION_DIGITS;
    /**
     * A plain decimal within the model's bound: optional minus, at most {@value #MAX_INTEGER_DIGITS} digits before
     * the point once leading zeros are left out, at most {@value #MAX_FRACTION_DIGITS} after it; no exponent, no
     * plus, no spaces.
     */
    static final String DECIMAL_PATTERN = "^-?(0+|0*[1-9][0-9]{0," + (MAX_INTEGER_DIGITS - 1) + "})(\\.[0-9]{1,"
        + MAX_FRACTION_DIGITS + "})?$";
    /** Plain notation, whatever the number of digits: what the reader reads before the model counts the digits. */
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private Scalars() {
    }

    /**
     * Describes the first unpaired surrogate of a string, which a JSON escape can write but no UTF-8 can carry.
     *
     * @param text  the text
     * @param what  what the text is, such as {@code string} or {@code property name}
     * @return the description, or null if the text is Unicode text
     */
    static String unpairedSurrogate(String text, String what) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "the " + what + " holds an unpaired surrogate (U+"
                    + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + ") at index " + i
                    + ": it is not Unicode text, and no UTF-8 can carry it";
            }
        }
        return null;
    }

    /**
     * The characters that are invisible as the model judges them, as ranges from first to last: white space
     * ({@link Character#isWhitespace(int)}), space separators ({@link Character#isSpaceChar(int)}) and format
     * characters ({@link Character#FORMAT}), as Java 17 classifies them (Unicode 13.0). Text made only of them is
     * blank (rule {@code not-blank}), and an identifier neither starts nor ends with one ({@code identifier.format}).
     * <p>
     * The model reads these classes from the Java it runs on; the schema states them once, so that it is the same
     * whatever Java writes it. A later Java counts more format characters (Java 25: U+0890, U+0891 and U+13439 to
     * U+1343F), and so does the model running on it; {@code docs/wire-format.md} names them among the rules beyond
     * the schema.
     */
    private static final int[] INVISIBLE = {
        0x0009, 0x000D, 0x001C, 0x0020, 0x00A0, 0x00A0, 0x00AD, 0x00AD, 0x0600, 0x0605, 0x061C, 0x061C,
        0x06DD, 0x06DD, 0x070F, 0x070F, 0x08E2, 0x08E2, 0x1680, 0x1680, 0x180E, 0x180E, 0x2000, 0x200F,
        0x2028, 0x202F, 0x205F, 0x2064, 0x2066, 0x206F, 0x3000, 0x3000, 0xFEFF, 0xFEFF, 0xFFF9, 0xFFFB,
        0x110BD, 0x110BD, 0x110CD, 0x110CD, 0x13430, 0x13438, 0x1BCA0, 0x1BCA3, 0x1D173, 0x1D17A,
        0xE0001, 0xE0001, 0xE0020, 0xE007F,
    };

    /**
     * Checks whether a character is invisible as the schema states it (see {@link #INVISIBLE}).
     *
     * @param codePoint  the character
     * @return true for white space, space separators and format characters of Unicode 13.0
     */
    static boolean isInvisible(int codePoint) {
        for (int i = 0; i < INVISIBLE.length; i += 2) {
            if (codePoint >= INVISIBLE[i] && codePoint <= INVISIBLE[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gets a class of regular expression matching one visible character: any character but the invisible ones and
     * those given. A character of the Basic Multilingual Plane is written as an escape (<code>&#92;u00A0</code>); a
     * character beyond it as itself, which the schema's JSON writes as the escapes of its surrogate pair, so that
     * the class means the same in Java's regular expressions and in ECMAScript's with Unicode support (the
     * {@code u} flag, which JSON Schema 2020-12 asks of validators), and to any engine that matches characters.
     *
     * @param alsoExcluded  characters excluded too, written as they go in a class of characters
     * @return the class, such as <code>[^&#92;u0009-&#92;u000D ...]</code>
     */
    static String visibleClass(String alsoExcluded) {
        StringBuilder cls = new StringBuilder("[^");
        for (int i = 0; i < INVISIBLE.length; i += 2) {
            appendClassChar(cls, INVISIBLE[i]);
            if (INVISIBLE[i + 1] > INVISIBLE[i]) {
                appendClassChar(cls.append('-'), INVISIBLE[i + 1]);
            }
        }
        return cls.append(alsoExcluded).append(']').toString();
    }

    private static void appendClassChar(StringBuilder cls, int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            cls.append(String.format(java.util.Locale.ROOT, "\\u%04X", codePoint));
        } else {
            cls.appendCodePoint(codePoint);
        }
    }

    /**
     * The pattern of text that is not blank as the model judges it: it holds a character that is not
     * {@linkplain #isInvisible(int) invisible}. Written as an explicit class of characters: {@code \S} leaves out
     * another set in Java's regular expressions, and another again in ECMAScript's, which JSON Schema uses.
     */
    static final String NOT_BLANK_PATTERN = visibleClass("");

    /** A JSON string of any text (blank text is left to the model's rules); its schema says it is not blank. */
    static final Codec<String> TEXT = text(schemas -> schemas.ref("Text", () -> {
        ObjectNode s = Codec.NODES.objectNode();
        s.put("type", "string");
        s.put("description", "Text that is not blank: it holds a character that is not invisible (white space, a "
            + "space separator or a format character).");
        s.put("pattern", NOT_BLANK_PATTERN);
        return s;
    }));

    /** A JSON string of any text, whose form the model checks with other properties (see {@code Identifier}). */
    static final Codec<String> STRING = text(schemas -> {
        ObjectNode s = Codec.NODES.objectNode();
        s.put("type", "string");
        return s;
    });

    private static Codec<String> text(Function<Schemas, ObjectNode> schema) {
        return new Codec<>() {
            @Override
            void write(JsonGenerator g, String value) {
                g.writeString(value);
            }

            @Override
            void check(String value, WriteCheck check) {
                check.text(value);
            }

            @Override
            String read(Node node, Problems problems) {
                if (node.kind != Node.Kind.STRING) {
                    wrongType(node, "a string", problems);
                    return null;
                }
                return node.text;
            }

            @Override
            ObjectNode schema(Schemas schemas) {
                return schema.apply(schemas);
            }
        };
    }

    /**
     * A value written as a JSON string in its canonical text form.
     *
     * @param defName  the name of its schema definition
     * @param parse  parses the text, throwing {@link ModelViolationException} (its rule is kept) or
     *               {@link IllegalArgumentException} (reported as {@code formatRule})
     * @param format  writes the text
     * @param formatRule  the rule code when parsing fails with {@link IllegalArgumentException}
     * @param schema  the schema of the string
     */
    static <T> Codec<T> textual(String defName, Function<String, T> parse, Function<T, String> format,
                                String formatRule, String expected, java.util.function.Consumer<ObjectNode> schema) {
        return new Codec<>() {
            @Override
            void write(JsonGenerator g, T value) {
                g.writeString(format.apply(value));
            }

            @Override
            void check(T value, WriteCheck check) {
                check.text(format.apply(value));
            }

            @Override
            T read(Node node, Problems problems) {
                if (node.kind != Node.Kind.STRING) {
                    wrongType(node, "a string (" + expected + ")", problems);
                    return null;
                }
                try {
                    return parse.apply(node.text);
                } catch (ModelViolationException ex) {
                    reportAt(node, ex, problems);
                } catch (IllegalArgumentException | DateTimeParseException ex) {
                    problems.add(node, formatRule, "expected " + expected);
                }
                return null;
            }

            @Override
            ObjectNode schema(Schemas schemas) {
                return schemas.ref(defName, () -> {
                    ObjectNode s = NODES.objectNode();
                    s.put("type", "string");
                    schema.accept(s);
                    return s;
                });
            }

            @Override
            String sortKey(T value) {
                return format.apply(value);
            }
        };
    }

    static final Codec<EntityId> ENTITY_ID = textual("EntityId", EntityId::of, EntityId::value, "entity-id.format",
        "an id in lower-case letters, digits and single hyphens", s -> {
            s.put("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$");
            s.put("maxLength", 100);
        });

    static final Codec<CountryCode> COUNTRY = textual("CountryCode", CountryCode::of, CountryCode::code, "country-code.format",
        "an ISO 3166-1 alpha-2 code such as \"DZ\"", s -> s.put("pattern", "^[A-Z]{2}$"));

    /**
     * The pattern of a partial date: a year from 0001 to 9999, a month from 01 to 12, a day from 01 to 31. That the
     * day exists in its month and year is a fact of the calendar, left to the model ({@code partial-date.invalid-day}).
     */
    static final String PARTIAL_DATE_PATTERN =
        "^(?!0000)[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";

    static final Codec<PartialDate> PARTIAL_DATE = textual("PartialDate", PartialDate::parse, PartialDate::toString,
        "partial-date.format", "a date as \"2024\", \"2024-07\" or \"2024-07-15\"",
        s -> s.put("pattern", PARTIAL_DATE_PATTERN));

    static final Codec<URI> URL = textual("Url", Scalars::uri, URI::toString, "json.uri",
        "an absolute URI such as \"https://example.org/page\"", s -> s.put("format", "uri"));

    /**
     * The pattern of a period: {@code P}, then years, months, weeks and days in that order, at least one of them, each
     * a number without sign of at most 9 digits (8 for weeks, so that weeks and days add up to an {@code int} of
     * days). Exactly what the reader reads, the writer writes and the schema states.
     */
    static final String PERIOD_PATTERN =
        "^P(?=[0-9])([0-9]{1,9}Y)?([0-9]{1,9}M)?([0-9]{1,8}W)?([0-9]{1,9}D)?$";
    private static final Pattern PERIOD = Pattern.compile(PERIOD_PATTERN);
    private static final String PERIOD_FORM = "an ISO 8601 period such as \"P3M\" or \"P1Y6M\": P, then years (Y), "
        + "months (M), weeks (W) and days (D) in that order, each a number without sign of at most 9 digits "
        + "(8 for weeks)";

    /** A period, such as a waiting period, in the ISO 8601 form of {@link #PERIOD_PATTERN}. */
    static final Codec<java.time.Period> DURATION = new Codec<>() {
        @Override
        void write(JsonGenerator g, java.time.Period value) {
            g.writeString(value.toString());
        }

        @Override
        void check(java.time.Period value, WriteCheck check) {
            if (!PERIOD.matcher(value.toString()).matches()) {
                check.add("json.period", "the period " + value + " cannot be written as " + PERIOD_FORM);
            }
        }

        @Override
        java.time.Period read(Node node, Problems problems) {
            if (node.kind != Node.Kind.STRING) {
                wrongType(node, "a string (an ISO 8601 period such as \"P3M\")", problems);
                return null;
            }
            if (!PERIOD.matcher(node.text).matches()) {
                problems.add(node, "json.period", "expected " + PERIOD_FORM);
                return null;
            }
            // Within the pattern, every number fits: parsing cannot fail.
            return java.time.Period.parse(node.text);
        }

        @Override
        ObjectNode schema(Schemas schemas) {
            return schemas.ref("IsoPeriod", () -> {
                ObjectNode s = NODES.objectNode();
                s.put("type", "string");
                s.put("description", "An ISO 8601 period: P, then years, months, weeks and days in that order, at "
                    + "least one, each a number without sign of at most 9 digits (8 for weeks).");
                s.put("pattern", PERIOD_PATTERN);
                return s;
            });
        }
    };

    private static URI uri(String text) {
        try {
            URI uri = new URI(text);
            if (!uri.isAbsolute()) {
                throw new IllegalArgumentException("not absolute");
            }
            return uri;
        } catch (URISyntaxException ex) {
            throw new IllegalArgumentException(ex);
        }
    }

    /** A decimal written as a JSON string in plain notation, such as {@code "1500000.5"}. */
    static final Codec<BigDecimal> DECIMAL_TEXT = new Codec<>() {
        @Override
        void write(JsonGenerator g, BigDecimal value) {
            g.writeString(value.toPlainString());
        }

        @Override
        void check(BigDecimal value, WriteCheck check) {
            // Within the model's bound, at most MAX_PLAIN_LENGTH characters: always read back.
        }

        @Override
        BigDecimal read(Node node, Problems problems) {
            String text = decimalText(node, problems);
            return text == null ? null : new BigDecimal(text);
        }

        @Override
        ObjectNode schema(Schemas schemas) {
            return schemas.ref("Decimal", Scalars::decimalSchema);
        }
    };

    static ObjectNode decimalSchema() {
        ObjectNode s = Codec.NODES.objectNode();
        s.put("type", "string");
        s.put("description", "A decimal number in plain notation, written as a string so that no precision is lost: "
            + "at most " + MAX_INTEGER_DIGITS + " digits before the decimal point, leading zeros aside, and "
            + MAX_FRACTION_DIGITS + " after it.");
        s.put("pattern", DECIMAL_PATTERN);
        s.put("maxLength", MAX_DECIMAL_LENGTH);
        return s;
    }

    /**
     * Checks that a node is a decimal string in plain notation.
     *
     * @return the text, or null if a problem was reported
     */
    static String decimalText(Node node, Problems problems) {
        if (node.kind == Node.Kind.NUMBER) {
            problems.add(node, "json.wrong-type", "a decimal is written as a JSON string in plain notation, such as \""
                + (node.text.length() <= MAX_DECIMAL_LENGTH ? node.text : "12.5")
                + "\", so that no precision is lost");
            return null;
        }
        if (node.kind != Node.Kind.STRING) {
            Codec.wrongType(node, "a decimal string such as \"12.5\"", problems);
            return null;
        }
        if (node.text.length() > MAX_DECIMAL_LENGTH || !DECIMAL.matcher(node.text).matches()) {
            problems.add(node, "json.decimal", "expected a decimal in plain notation of at most " + MAX_DECIMAL_LENGTH
                + " characters, such as \"12.5\" (no exponent, no plus sign, no spaces)");
            return null;
        }
        return node.text;
    }

    static final Codec<Percentage> PERCENTAGE = new Codec<>() {
        @Override
        void write(JsonGenerator g, Percentage value) {
            g.writeString(value.value().toPlainString());
        }

        @Override
        void check(Percentage value, WriteCheck check) {
            // A decimal within the model's bound: always read back.
        }

        @Override
        Percentage read(Node node, Problems problems) {
            String text = decimalText(node, problems);
            if (text == null) {
                return null;
            }
            try {
                return Percentage.of(new BigDecimal(text));
            } catch (ModelViolationException ex) {
                reportAt(node, ex, problems);
                return null;
            }
        }

        @Override
        ObjectNode schema(Schemas schemas) {
            return schemas.ref("Percentage", () -> {
                ObjectNode s = decimalSchema();
                s.put("description", "A percentage from 0 to 100 inclusive, as a plain decimal string.");
                return s;
            });
        }
    };

    /** An integer written as a JSON number, within the range of {@code Integer}. */
    static final Codec<Integer> INT = integer(BigInteger.valueOf(Integer.MIN_VALUE),
        BigInteger.valueOf(Integer.MAX_VALUE), BigInteger::intValueExact);

    /** An integer written as a JSON number, within the range of {@code Long}. */
    static final Codec<Long> LONG = integer(BigInteger.valueOf(Long.MIN_VALUE),
        BigInteger.valueOf(Long.MAX_VALUE), BigInteger::longValueExact);

    /**
     * An integer codec whose schema also states the model's range; the reader leaves the range to the model, so that
     * a value out of it is reported with the model's rule code.
     *
     * @param base  the integer codec
     * @param min  the smallest value the model accepts
     * @param max  the largest value the model accepts, or null for the type's largest
     * @return the codec
     */
    static <N extends Number> Codec<N> ranged(Codec<N> base, long min, Long max) {
        return new Codec<>() {
            @Override
            void write(JsonGenerator g, N value) {
                base.write(g, value);
            }

            @Override
            void check(N value, WriteCheck check) {
                base.check(value, check);
            }

            @Override
            N read(Node node, Problems problems) {
                return base.read(node, problems);
            }

            @Override
            ObjectNode schema(Schemas schemas) {
                ObjectNode s = base.schema(schemas);
                s.put("minimum", min);
                if (max != null) {
                    s.put("maximum", max);
                }
                return s;
            }
        };
    }

    private static <N extends Number> Codec<N> integer(BigInteger min, BigInteger max, Function<BigInteger, N> exact) {
        return new Codec<>() {
            @Override
            void write(JsonGenerator g, N value) {
                g.writeNumber(value.longValue());
            }

            @Override
            void check(N value, WriteCheck check) {
                // At most 20 characters: always within the reader's limit of UhcJson.MAX_NUMBER_LENGTH.
            }

            @Override
            N read(Node node, Problems problems) {
                if (node.kind != Node.Kind.NUMBER) {
                    wrongType(node, "an integer", problems);
                    return null;
                }
                if (!node.integral) {
                    problems.add(node, "json.not-integer",
                        "expected an integer written without fraction or exponent, found " + node.text);
                    return null;
                }
                BigInteger v = new BigInteger(node.text);
                if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
                    problems.add(node, "json.number-overflow", "the integer is outside " + min + " to " + max);
                    return null;
                }
                return exact.apply(v);
            }

            @Override
            ObjectNode schema(Schemas schemas) {
                ObjectNode s = NODES.objectNode();
                s.put("type", "integer");
                s.put("minimum", min);
                s.put("maximum", max);
                return s;
            }
        };
    }

    /**
     * A closed vocabulary written as its stable code.
     *
     * @param type  the enum
     * @param fromCode  the enum's own {@code fromCode}, whose refusal ({@code unknown-code}) is reported as is
     */
    static <E extends Enum<E> & Coded> Codec<E> coded(Class<E> type, Function<String, E> fromCode) {
        return new Codec<>() {
            @Override
            void write(JsonGenerator g, E value) {
                g.writeString(value.code());
            }

            @Override
            void check(E value, WriteCheck check) {
                // A code of the vocabulary: always read back.
            }

            @Override
            E read(Node node, Problems problems) {
                if (node.kind != Node.Kind.STRING) {
                    wrongType(node, "a " + type.getSimpleName() + " code (a string)", problems);
                    return null;
                }
                try {
                    return fromCode.apply(node.text);
                } catch (ModelViolationException ex) {
                    reportAt(node, ex, problems);
                    return null;
                }
            }

            @Override
            ObjectNode schema(Schemas schemas) {
                return schemas.ref(type.getSimpleName(), () -> {
                    ObjectNode s = NODES.objectNode();
                    s.put("type", "string");
                    ArrayNode codes = s.putArray("enum");
                    Arrays.stream(type.getEnumConstants()).map(Coded::code).forEach(codes::add);
                    return s;
                });
            }

            @Override
            String sortKey(E value) {
                return value.code();
            }
        };
    }

    /** Multilingual text written as an object from language tag to text, in insertion order. */
    static final Codec<LocalizedText> LOCALIZED_TEXT = new Codec<>() {
        @Override
        void write(JsonGenerator g, LocalizedText value) {
            g.writeStartObject();
            for (Map.Entry<String, String> e : value.entries().entrySet()) {
                g.writeName(e.getKey());
                g.writeString(e.getValue());
            }
            g.writeEndObject();
        }

        @Override
        void check(LocalizedText value, WriteCheck check) {
            if (!check.enter()) {
                return;
            }
            for (Map.Entry<String, String> e : value.entries().entrySet()) {
                check.push(e.getKey());
                check.name(e.getKey());
                check.text(e.getValue());
                check.pop();
            }
            check.exit();
        }

        @Override
        LocalizedText read(Node node, Problems problems) {
            if (node.kind != Node.Kind.OBJECT) {
                wrongType(node, "an object from language tag to text, such as {\"fr\": \"…\"}", problems);
                return null;
            }
            LocalizedText.Builder builder = LocalizedText.builder();
            boolean ok = true;
            java.util.Set<String> failed = new java.util.HashSet<>();
            for (Map.Entry<String, Node> e : node.fields.entrySet()) {
                String text;
                if (e.getValue().kind == Node.Kind.NULL) {
                    problems.add(e.getValue(), "json.null", "null is not allowed; leave the language out");
                    text = null;
                } else {
                    text = TEXT.read(e.getValue(), problems);
                }
                if (text == null) {
                    failed.add(e.getKey());
                    ok = false;
                } else {
                    builder.putEntry(e.getKey(), text);
                }
            }
            try {
                LocalizedText built = builder.build();
                return ok ? built : null;
            } catch (ModelViolationException ex) {
                for (Violation v : ex.violations()) {
                    // Paths are "entries" (none given) or "entries[tag]"; on the wire the tags are the keys.
                    java.util.List<String> segments = segments(v.path());
                    java.util.List<String> below = segments.isEmpty() ? segments : segments.subList(1, segments.size());
                    if (ok || !below.isEmpty() && !failed.contains(below.get(0))) {
                        reportBelow(node, below.isEmpty() ? below : below.subList(0, 1), v, problems);
                    }
                }
                return null;
            }
        }

        @Override
        ObjectNode schema(Schemas schemas) {
            return schemas.ref("LocalizedText", () -> {
                ObjectNode s = NODES.objectNode();
                s.put("type", "object");
                s.put("description", "Text in one or more languages, keyed by BCP 47 language tag.");
                s.put("minProperties", 1);
                s.set("additionalProperties", TEXT.schema(schemas));
                return s;
            });
        }
    };
}

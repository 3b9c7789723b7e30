package org.uhcmodel.json;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.uhcmodel.internal.Decimals;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.meta.TextType;
import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.validation.Blank;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Rules;
import org.uhcmodel.value.Coded;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.CurrencyCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Percentage;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The codecs of values written as one JSON scalar, of vocabularies, and of {@link LocalizedText}. */
final class Scalars {

    private Scalars() {
    }

    /**
     * Reports a string that is not Unicode text, if it is not.
     *
     * @return true if reported
     */
    static boolean notUnicode(Decoder d, String text, String what) {
        String problem = Text.surrogateProblem(text, what);
        if (problem == null) {
            return false;
        }
        d.report("json.encoding", problem);
        return true;
    }

    /**
     * Gets a class of regular expression matching one visible character: any character but the invisible ones of
     * {@link Blank} and those given. A character of the Basic Multilingual Plane is written as an escape
     * (<code>&#92;u00A0</code>); a character beyond it as itself, which the schema's JSON writes as the escapes of its
     * surrogate pair, so that the class means the same in Java's regular expressions and in ECMAScript's with
     * Unicode support (the {@code u} flag, which JSON Schema 2020-12 asks of validators).
     *
     * @param alsoExcluded  characters excluded too, written as they go in a class of characters
     * @return the class, such as <code>[^&#92;u0009-&#92;u000D ...]</code>
     */
    static String visibleClass(String alsoExcluded) {
        StringBuilder cls = new StringBuilder("[^");
        int cp = 0;
        while (cp <= Character.MAX_CODE_POINT) {
            if (!Blank.isBlankChar(cp)) {
                cp++;
                continue;
            }
            int last = cp;
            while (last < Character.MAX_CODE_POINT && Blank.isBlankChar(last + 1)) {
                last++;
            }
            appendClassChar(cls, cp);
            if (last > cp) {
                appendClassChar(cls.append('-'), last);
            }
            cp = last + 1;
        }
        return cls.append(alsoExcluded).append(']').toString();
    }

    private static void appendClassChar(StringBuilder cls, int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            cls.append(String.format(Locale.ROOT, "\\u%04X", codePoint));
        } else {
            cls.appendCodePoint(codePoint);
        }
    }

    /** The pattern of text that is not blank as the model judges it: it holds a visible character. */
    static final String NOT_BLANK_PATTERN = visibleClass("");

    /** A JSON string of any text that the model requires not to be blank; its schema says so. */
    static final Codec<String> TEXT = text(true);

    /** A JSON string of any text, whose form the model checks (see {@code Identifier}). */
    static final Codec<String> STRING = text(false);

    private static Codec<String> text(boolean notBlank) {
        return new Codec<>() {
            @Override
            void write(Encoder e, String value) {
                e.text(value);
            }

            @Override
            void check(String value, WriteCheck check) {
                check.text(value);
            }

            @Override
            String read(Decoder d) {
                if (d.p.currentToken() != JsonToken.VALUE_STRING) {
                    d.wrongType("a string");
                    return null;
                }
                String text = d.p.getString();
                return notUnicode(d, text, "string") ? null : text;
            }

            @Override
            ObjectNode schema(Schemas schemas) {
                if (!notBlank) {
                    ObjectNode s = JsonNodeFactory.instance.objectNode();
                    s.put("type", "string");
                    return s;
                }
                return schemas.ref("Text", () -> {
                    ObjectNode s = JsonNodeFactory.instance.objectNode();
                    s.put("type", "string");
                    s.put("description", "Text that is not blank: it holds a character that is not invisible (white "
                        + "space, a separator or a format character).");
                    s.put("pattern", NOT_BLANK_PATTERN);
                    return s;
                });
            }
        };
    }

    /**
     * A value written as a JSON string in its canonical text form, read by the model's own parser, whose refusal is
     * reported with the model's rule codes.
     *
     * @param defName  the name of its schema definition
     * @param parse  parses the text, throwing {@link ModelViolationException}
     * @param format  writes the text
     * @param expected  what the string holds, for the message of a value of the wrong kind
     * @param schema  adds to the schema of the string
     * @param <T>  the type
     * @return the codec
     */
    static <T> Codec<T> textual(String defName, Function<String, T> parse, Function<T, String> format,
                                String expected, java.util.function.Consumer<ObjectNode> schema) {
        return new Codec<>() {
            @Override
            void write(Encoder e, T value) {
                e.g.writeString(format.apply(value));
            }

            @Override
            void check(T value, WriteCheck check) {
                // The canonical form of a value of the model: always read back.
            }

            @Override
            T read(Decoder d) {
                if (d.p.currentToken() != JsonToken.VALUE_STRING) {
                    d.wrongType("a string (" + expected + ")");
                    return null;
                }
                String text = d.p.getString();
                try {
                    return parse.apply(text);
                } catch (ModelViolationException ex) {
                    if (!notUnicode(d, text, "string")) {
                        d.violations(ex);
                    }
                    return null;
                }
            }

            @Override
            ObjectNode schema(Schemas schemas) {
                return schemas.ref(defName, () -> {
                    ObjectNode s = JsonNodeFactory.instance.objectNode();
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

    /**
     * A type of the model written as text that has no codec of its own here ({@code Area}, {@code IndicatorCode},
     * {@code ReferencePeriod}, …): read by its parser, written in its canonical form, described in the schema by its
     * pattern where it has one.
     *
     * @param type  the description of the type
     * @param <T>  the type
     * @return the codec
     */
    static <T> Codec<T> textType(TextType<T> type) {
        return textual(type.name(), type::parse, type::format, type.description(),
            s -> type.pattern().ifPresent(p -> s.put("pattern", p)));
    }

    static final Codec<EntityId> ENTITY_ID = textual("EntityId", EntityId::of, EntityId::value,
        "an id in lower-case letters, digits and single hyphens", s -> {
            s.put("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$");
            s.put("maxLength", 100);
        });

    static final Codec<CountryCode> COUNTRY = textual("CountryCode", CountryCode::of, CountryCode::code,
        "an ISO 3166-1 alpha-2 code such as \"DZ\"", s -> s.put("pattern", "^[A-Z]{2}$"));

    static final Codec<CurrencyCode> CURRENCY = textual("CurrencyCode", CurrencyCode::of, CurrencyCode::code,
        "an ISO 4217 currency code such as \"EUR\"", s -> s.put("pattern", "^[A-Z]{3}$"));

    /**
     * The pattern of a partial date: a year from 0001 to 9999, a month from 01 to 12, a day from 01 to 31. That the
     * day exists in its month and year is a fact of the calendar, left to the model ({@code partial-date.invalid-day}).
     */
    static final String PARTIAL_DATE_PATTERN =
        "^(?!0000)[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";

    static final Codec<PartialDate> PARTIAL_DATE = textual("PartialDate", PartialDate::parse, PartialDate::toString,
        "a date as \"2024\", \"2024-07\" or \"2024-07-15\"", s -> s.put("pattern", PARTIAL_DATE_PATTERN));

    private static final String URI_FORM = "expected an absolute URI such as \"https://example.org/page\", whose "
        + "authority, when it has one, names a host";

    /** An absolute URI; one with an authority names a host in it. */
    static final Codec<URI> URL = new Codec<>() {
        @Override
        void write(Encoder e, URI value) {
            e.text(value.toString());
        }

        @Override
        void check(URI value, WriteCheck check) {
            check.text(value.toString());
        }

        @Override
        URI read(Decoder d) {
            if (d.p.currentToken() != JsonToken.VALUE_STRING) {
                d.wrongType("a string (an absolute URI such as \"https://example.org/page\")");
                return null;
            }
            String text = d.p.getString();
            if (notUnicode(d, text, "string")) {
                return null;
            }
            URI uri = uri(text);
            if (uri == null) {
                d.report("json.uri", URI_FORM);
            }
            return uri;
        }

        @Override
        ObjectNode schema(Schemas schemas) {
            return schemas.ref("Url", () -> {
                ObjectNode s = JsonNodeFactory.instance.objectNode();
                s.put("type", "string");
                s.put("description", "An absolute URI, such as https://example.org/page, whose authority, when it "
                    + "has one, names a host.");
                s.put("format", "uri");
                return s;
            });
        }
    };

    /** @return the absolute URI the text writes, with a host if it has an authority, or null */
    private static URI uri(String text) {
        try {
            URI uri = new URI(text);
            if (!uri.isAbsolute()) {
                return null;
            }
            if (uri.getRawAuthority() != null) {
                URI server = uri.parseServerAuthority();
                if (server.getHost() == null || server.getHost().isEmpty()) {
                    return null;
                }
            }
            return uri;
        } catch (URISyntaxException ex) {
            return null;
        }
    }

    /**
     * The pattern of a period in the one form written: {@code P}, then years, months and days in that order, each a
     * number of 1 to 9 digits not starting with zero, at least one; or {@code P0D}. Exactly what the reader reads,
     * the writer writes and the schema states.
     */
    static final String PERIOD_PATTERN = "^P(0D|(?=[1-9])([1-9][0-9]{0,8}Y)?([1-9][0-9]{0,8}M)?([1-9][0-9]{0,8}D)?)$";
    private static final String PERIOD_FORM = "an ISO 8601 period such as \"P3M\", \"P1Y6M\" or \"P14D\" in the form "
        + "the writer writes: P, then years (Y), months (M) and days (D) in that order, each a number of 1 to 9 digits "
        + "without sign or leading zero, parts of zero left out (weeks are written as days: \"P14D\", not \"P2W\"); "
        + "or \"P0D\"";

    /** A period, such as a waiting period, in the form of {@link #PERIOD_PATTERN}. */
    static final Codec<java.time.Period> PERIOD = new Codec<>() {
        @Override
        void write(Encoder e, java.time.Period value) {
            String text = value.toString();
            if (!Text.isCanonicalPeriod(text)) {
                e.refused = true;
            }
            e.g.writeString(text);
        }

        @Override
        void check(java.time.Period value, WriteCheck check) {
            if (!Text.isCanonicalPeriod(value.toString())) {
                check.add("json.period", "the period " + value + " cannot be written as " + PERIOD_FORM);
            }
        }

        @Override
        java.time.Period read(Decoder d) {
            if (d.p.currentToken() != JsonToken.VALUE_STRING) {
                d.wrongType("a string (an ISO 8601 period such as \"P3M\")");
                return null;
            }
            String text = d.p.getString();
            if (!Text.isCanonicalPeriod(text)) {
                if (!notUnicode(d, text, "string")) {
                    d.report("json.period", "expected " + PERIOD_FORM);
                }
                return null;
            }
            // In that form, every number fits an int: parsing cannot fail.
            return java.time.Period.parse(text);
        }

        @Override
        ObjectNode schema(Schemas schemas) {
            return schemas.ref("IsoPeriod", () -> {
                ObjectNode s = JsonNodeFactory.instance.objectNode();
                s.put("type", "string");
                s.put("description", "An ISO 8601 period as written: P, then years, months and days in that order, "
                    + "each of 1 to 9 digits without leading zero, parts of zero left out; or P0D.");
                s.put("pattern", PERIOD_PATTERN);
                return s;
            });
        }
    };

    /**
     * A plain decimal within the model's bound, in the one notation written: an optional minus sign (not before a
     * zero), at most 30 digits before the point with no leading zero, at most 18 after it; no exponent, no plus.
     */
    static final String DECIMAL_PATTERN = "^(-(?=0*\\.?0*[1-9]))?(0|[1-9][0-9]{0," + (Decimals.MAX_INTEGER_DIGITS - 1)
        + "})(\\.[0-9]{1," + Decimals.MAX_FRACTION_DIGITS + "})?$";

    private static final String DECIMAL_FORM = "expected a decimal in plain notation of at most "
        + Text.MAX_DECIMAL_LENGTH + " characters, such as \"12.5\": digits with no leading zero, an optional "
        + "fraction, no exponent, no plus sign, no minus sign before zero";

    /**
     * Reads a decimal string in the one plain notation written, within the model's bound.
     *
     * @return the decimal, or null if a problem was reported
     */
    static BigDecimal decimal(Decoder d) {
        JsonParser p = d.p;
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            String number = p.getString();
            d.report("json.wrong-type", "a decimal is written as a JSON string in plain notation, such as \""
                + (number.length() <= Text.MAX_DECIMAL_LENGTH ? number : "12.5") + "\", so that no precision is lost");
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            d.wrongType("a decimal string such as \"12.5\"");
            return null;
        }
        String text = p.getString();
        if (text.length() > Text.MAX_DECIMAL_LENGTH || !Text.isCanonicalDecimal(text)) {
            if (!notUnicode(d, text, "string")) {
                d.report("json.decimal", DECIMAL_FORM);
            }
            return null;
        }
        if (!Decimals.plainFits(text)) {
            d.report(Rule.DECIMAL_DIGITS.code(), Rule.DECIMAL_DIGITS.message());
            return null;
        }
        return new BigDecimal(text);
    }

    static ObjectNode decimalSchema() {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        s.put("type", "string");
        s.put("description", "A decimal number in plain notation, written as a string so that no precision is lost: "
            + "at most " + Decimals.MAX_INTEGER_DIGITS + " digits before the decimal point, with no leading zero, and "
            + Decimals.MAX_FRACTION_DIGITS + " after it.");
        s.put("pattern", DECIMAL_PATTERN);
        s.put("maxLength", Text.MAX_DECIMAL_LENGTH);
        return s;
    }

    /** A decimal written as a JSON string in plain notation, keeping its scale. */
    static final Codec<BigDecimal> DECIMAL = new Codec<>() {
        @Override
        void write(Encoder e, BigDecimal value) {
            e.g.writeString(value.toPlainString());
        }

        @Override
        void check(BigDecimal value, WriteCheck check) {
            // Within the model's bound, at most 50 characters: always read back.
        }

        @Override
        BigDecimal read(Decoder d) {
            return decimal(d);
        }

        @Override
        ObjectNode schema(Schemas schemas) {
            return schemas.ref("Decimal", Scalars::decimalSchema);
        }
    };

    static final Codec<Percentage> PERCENTAGE = new Codec<>() {
        @Override
        void write(Encoder e, Percentage value) {
            e.g.writeString(value.value().toPlainString());
        }

        @Override
        void check(Percentage value, WriteCheck check) {
            // A decimal within the model's bound: always read back.
        }

        @Override
        Percentage read(Decoder d) {
            BigDecimal value = decimal(d);
            if (value == null) {
                return null;
            }
            try {
                return Percentage.of(value);
            } catch (ModelViolationException ex) {
                d.violations(ex);
                return null;
            }
        }

        @Override
        ObjectNode schema(Schemas schemas) {
            return schemas.ref("Percentage", Scalars::decimalSchema);
        }
    };

    /**
     * A whole number written as a JSON integer, within the range of its Java type; the schema states the range the
     * model allows too, and the reader leaves that range to the model, so that a value out of it is reported with
     * the model's rule code.
     *
     * @param type  {@code Integer.class} or {@code Long.class}
     * @param minimum  the least value the model allows, or null for the type's
     * @param maximum  the greatest value the model allows, or null for the type's
     * @return the codec
     */
    static Codec<Object> integer(Class<?> type, BigDecimal minimum, BigDecimal maximum) {
        boolean isLong = type == Long.class;
        long typeMin = isLong ? Long.MIN_VALUE : Integer.MIN_VALUE;
        long typeMax = isLong ? Long.MAX_VALUE : Integer.MAX_VALUE;
        return new Codec<>() {
            @Override
            void write(Encoder e, Object value) {
                e.g.writeNumber(((Number) value).longValue());
            }

            @Override
            void check(Object value, WriteCheck check) {
                // At most 20 characters: always within the reader's limit of UhcJson.MAX_NUMBER_LENGTH.
            }

            @Override
            Object read(Decoder d) {
                JsonParser p = d.p;
                JsonToken t = p.currentToken();
                if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                    d.report("json.not-integer", "expected an integer written without fraction or exponent, found "
                        + p.getString());
                    return null;
                }
                if (t != JsonToken.VALUE_NUMBER_INT) {
                    d.wrongType("an integer");
                    return null;
                }
                JsonParser.NumberType kind = p.getNumberType();
                if (kind == JsonParser.NumberType.INT) {
                    int v = p.getIntValue();
                    return isLong ? (Object) (long) v : (Object) v;
                }
                if (isLong && kind == JsonParser.NumberType.LONG) {
                    return p.getLongValue();
                }
                d.report("json.number-overflow", "the integer is outside " + typeMin + " to " + typeMax);
                return null;
            }

            @Override
            ObjectNode schema(Schemas schemas) {
                ObjectNode s = JsonNodeFactory.instance.objectNode();
                s.put("type", "integer");
                if (minimum != null) {
                    s.put("minimum", minimum.longValueExact());
                } else {
                    s.put("minimum", typeMin);
                }
                if (maximum != null) {
                    s.put("maximum", maximum.longValueExact());
                } else {
                    s.put("maximum", typeMax);
                }
                return s;
            }
        };
    }

    /**
     * A closed vocabulary written as its stable code.
     *
     * @param vocabulary  the vocabulary
     * @param <E>  the enum
     * @return the codec
     */
    static <E extends Enum<E> & Coded> Codec<E> vocabulary(Vocabulary<E> vocabulary) {
        List<E> terms = vocabulary.terms();
        char[][] codes = new char[terms.size()][];
        tools.jackson.core.SerializableString[] written = new tools.jackson.core.SerializableString[codes.length];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = terms.get(i).code().toCharArray();
            written[i] = new tools.jackson.core.io.SerializedString(terms.get(i).code());
        }
        String unknown = Rule.UNKNOWN_CODE.message(Map.of("allowed", String.join(", ", vocabulary.codes())));
        String expected = "a " + vocabulary.name() + " code (a string)";
        return new Codec<>() {
            @Override
            void write(Encoder e, E value) {
                e.g.writeString(written[value.ordinal()]);
            }

            @Override
            void check(E value, WriteCheck check) {
                // A code of the vocabulary: always read back.
            }

            @Override
            E read(Decoder d) {
                if (d.p.currentToken() != JsonToken.VALUE_STRING) {
                    d.wrongType(expected);
                    return null;
                }
                // Compared in the parser's own buffer: a code known is read without making a string of it.
                JsonParser p = d.p;
                char[] text = p.getStringCharacters();
                int offset = p.getStringOffset();
                int length = p.getStringLength();
                for (int i = 0; i < codes.length; i++) {
                    if (codes[i].length == length
                        && Arrays.equals(codes[i], 0, length, text, offset, offset + length)) {
                        return terms.get(i);
                    }
                }
                if (!notUnicode(d, p.getString(), "string")) {
                    d.report(Rule.UNKNOWN_CODE.code(), unknown);
                }
                return null;
            }

            @Override
            ObjectNode schema(Schemas schemas) {
                return schemas.ref(vocabulary.name(), () -> {
                    ObjectNode s = JsonNodeFactory.instance.objectNode();
                    s.put("type", "string");
                    ArrayNode codes = s.putArray("enum");
                    vocabulary.codes().forEach(codes::add);
                    return s;
                });
            }

            @Override
            String sortKey(E value) {
                return value.code();
            }
        };
    }

    /** The message of a rule a type declares; the type is initialised first, so that its rules are declared. */
    private static String message(Class<?> owner, String code) {
        ModelTypes.findText(owner);
        return Rules.find(code).map(Rule::message).orElse(code);
    }

    private static final String NOT_BLANK = Rule.NOT_BLANK.message();
    private static final String LANGUAGE_TAG = message(LocalizedText.class, "language-tag.format");
    private static final String EMPTY_TEXT = message(LocalizedText.class, "localized-text.empty");

    /** Multilingual text written as an object from language tag to text, in insertion order. */
    static final Codec<LocalizedText> LOCALIZED_TEXT = new Codec<>() {
        @Override
        void write(Encoder e, LocalizedText value) {
            e.g.writeStartObject();
            value.entries().forEach((tag, text) -> {
                e.name(tag);
                e.text(text);
            });
            e.g.writeEndObject();
        }

        @Override
        void check(LocalizedText value, WriteCheck check) {
            if (!check.enter()) {
                return;
            }
            for (Map.Entry<String, String> entry : value.entries().entrySet()) {
                check.push(entry.getKey());
                check.name(entry.getKey());
                check.text(entry.getValue());
                check.pop();
            }
            check.exit();
        }

        @Override
        LocalizedText read(Decoder d) {
            JsonParser p = d.p;
            if (p.currentToken() != JsonToken.START_OBJECT) {
                d.wrongType("an object from language tag to text, such as {\"fr\": \"…\"}");
                return null;
            }
            TokenStreamLocation start = d.mark();
            LocalizedText.Builder entries = LocalizedText.builder();
            String[] seen = new String[4];
            int count = 0;
            java.util.Set<String> many = null;
            boolean ok = true;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String tag = p.currentName();
                boolean tagOk = true;
                boolean repeated = false;
                if (many != null) {
                    repeated = !many.add(tag);
                } else {
                    for (int i = 0; i < count && !repeated; i++) {
                        repeated = seen[i].equals(tag);
                    }
                    if (!repeated && count == seen.length) {
                        // A text in many languages is looked up by hash: time stays linear in the languages.
                        many = new java.util.HashSet<>(Arrays.asList(seen));
                        many.add(tag);
                    } else if (!repeated) {
                        seen[count++] = tag;
                    }
                }
                if (repeated) {
                    d.report("json.duplicate-key", "the key \"" + tag
                        + "\" appears more than once in this object; the first one is kept");
                    p.nextToken();
                    p.skipChildren();
                    continue;
                }
                if (!LocalizedText.isLanguageTag(tag)) {
                    if (!notUnicode(d, tag, "property name")) {
                        d.report(Blank.isBlank(tag) ? Rule.NOT_BLANK.code() : "language-tag.format",
                            Blank.isBlank(tag) ? NOT_BLANK : LANGUAGE_TAG);
                    }
                    tagOk = false;
                }
                JsonToken t = p.nextToken();
                boolean textOk = false;
                String text = null;
                if (t == JsonToken.VALUE_NULL) {
                    d.report("json.null", "null is not allowed; leave the language out");
                } else if (t != JsonToken.VALUE_STRING) {
                    d.wrongType("a string");
                } else {
                    text = p.getString();
                    if (!notUnicode(d, text, "string")) {
                        if (Blank.isBlank(text)) {
                            d.report(Rule.NOT_BLANK.code(), NOT_BLANK);
                        } else {
                            textOk = true;
                        }
                    }
                }
                if (tagOk && textOk) {
                    entries.putEntry(tag, text);
                } else {
                    ok = false;
                }
            }
            if (!ok) {
                return null;
            }
            if (count == 0 && many == null) {
                d.reportBelow(d.pointer(), start, "localized-text.empty", EMPTY_TEXT);
                return null;
            }
            return entries.build();
        }

        @Override
        ObjectNode schema(Schemas schemas) {
            return schemas.ref("LocalizedText", () -> {
                ObjectNode s = JsonNodeFactory.instance.objectNode();
                s.put("type", "object");
                s.put("minProperties", 1);
                s.set("additionalProperties", TEXT.schema(schemas));
                return s;
            });
        }
    };
}

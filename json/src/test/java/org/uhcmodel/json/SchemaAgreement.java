package org.uhcmodel.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;
import org.uhcmodel.actor.Person;
import org.uhcmodel.scheme.Benefit;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.Identifier;
import org.uhcmodel.value.IdentifierScheme;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.Objective;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Percentage;

/**
 * Compares, for one string at a time, the verdict of the JSON Schema (as an independent validator judges it) on a
 * scalar definition with the verdict of the reader on a document holding that string: the schema refuses nothing
 * the reader reads, and accepts nothing the reader refuses, except for the rules the wire format documents as beyond
 * the schema. One of them depends on the running Java: text holding a character that a Unicode version later than
 * the schema's counts as invisible (see {@link Invisible#beyondTheSchema(String)}) may be refused by the model
 * ({@code not-blank}, {@code identifier.format}) and accepted by the schema.
 */
enum SchemaAgreement {

    /** A waiting period: exactly the same strings. */
    ISO_PERIOD("IsoPeriod", Benefit.class, s -> "{\"category\": \"outpatient\", \"waitingPeriod\": " + s + "}"),
    /** A decimal: exactly the same strings. */
    DECIMAL("Decimal", Objective.class,
        s -> "{\"description\": {\"fr\": \"Réduire\"}, \"metric\": {\"fr\": \"cas\"}, \"baseline\": " + s + "}"),
    /** A percentage: the same strings, but for the range, which a string's pattern does not state. */
    PERCENTAGE("Percentage", Percentage.class, s -> s, "percentage.range"),
    /** An id: exactly the same strings. */
    ENTITY_ID("EntityId", Citation.class, s -> "{\"source\": " + s + "}"),
    /** A country code: the same strings, but for codes that are not assigned. */
    COUNTRY_CODE("CountryCode", CountryCode.class, s -> s, "country-code.unassigned"),
    /** A partial date: the same strings, but for days that the month does not have (2023-02-29). */
    PARTIAL_DATE("PartialDate", PartialDate.class, s -> s, "partial-date.invalid-day"),
    /** A currency code: the same strings, but for codes that ISO 4217 does not assign. */
    CURRENCY_CODE("CurrencyCode", Money.class, s -> "{\"amount\": \"1\", \"currency\": " + s + "}", "money.currency"),
    /** Text: exactly the same strings, on Java 17. */
    TEXT("Text", Person.class, s -> "{\"id\": \"dz-minister\", \"name\": " + s + "}");

    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private final String def;
    private final Class<?> type;
    private final Function<String, String> document;
    private final Set<String> beyondTheSchema;

    SchemaAgreement(String def, Class<?> type, Function<String, String> document, String... beyondTheSchema) {
        this.def = def;
        this.type = type;
        this.document = document;
        this.beyondTheSchema = Set.of(beyondTheSchema);
    }

    /**
     * Asserts that the schema and the reader agree on one string.
     *
     * @param value  the string, not yet quoted
     */
    void agreeOn(String value) {
        String quoted = PLAIN.writeValueAsString(value);
        boolean schemaAccepts = SchemaTest.validate(quoted, def).isEmpty();
        List<String> rules = rulesOf(document.apply(quoted), type);
        Set<String> beyond = this == TEXT && Invisible.beyondTheSchema(value) ? Set.of("not-blank") : beyondTheSchema;
        if (schemaAccepts) {
            assertTrue(beyond.containsAll(rules), () -> def + " accepts " + quoted + ", the reader refuses it: "
                + rules);
        } else {
            assertFalse(rules.isEmpty(), () -> def + " refuses " + quoted + ", the reader reads it");
        }
    }

    /**
     * Asserts that the schema of an identifier and the reader agree on a value in a scheme, exactly (on Java 17).
     *
     * @param scheme  the scheme
     * @param value  the value, not yet quoted
     */
    static void agreeOnIdentifier(IdentifierScheme scheme, String value) {
        String json = "{\"scheme\": \"" + scheme.code() + "\", \"value\": " + PLAIN.writeValueAsString(value) + "}";
        boolean schemaAccepts = SchemaTest.validate(json, "Identifier").isEmpty();
        List<String> rules = rulesOf(json, Identifier.class);
        if (schemaAccepts && Invisible.beyondTheSchema(value)) {
            assertTrue(List.of("identifier.format").containsAll(rules), () -> "Identifier accepts " + json
                + ", the reader refuses it: " + rules);
            return;
        }
        assertTrue(schemaAccepts == rules.isEmpty(), () -> "Identifier " + (schemaAccepts ? "accepts " : "refuses ")
            + json + ", the reader " + (rules.isEmpty() ? "reads it" : "refuses it: " + rules));
    }

    private static List<String> rulesOf(String json, Class<?> type) {
        try {
            UhcJson.reader().read(json, type);
            return List.of();
        } catch (JsonReadException ex) {
            return ex.rules();
        }
    }
}

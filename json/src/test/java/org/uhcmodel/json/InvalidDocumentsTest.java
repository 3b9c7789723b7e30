package org.uhcmodel.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.uhcmodel.validation.Rules;
import org.uhcmodel.validation.Severity;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of invalid documents under {@code src/test/resources/invalid}: each is refused with exactly the one
 * problem its line of {@code index.tsv} names (pointer and rule code), at a real position; and the JSON Schema gives
 * the verdict that line states (a rule of severity warning is reported beside the value read): it refuses the document, or accepts it where the rule is of a kind that
 * {@code docs/wire-format.md} lists as beyond the schema.
 */
class InvalidDocumentsTest {

    private static final Map<String, Class<?>> TYPES = Codecs.get().all().keySet().stream()
        .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));

    static List<String[]> index() throws IOException {
        try (InputStream in = InvalidDocumentsTest.class.getResourceAsStream("/invalid/index.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .collect(Collectors.toList());
        }
    }

    static Stream<Arguments> documents() throws IOException {
        return index().stream().map(row -> Arguments.of(Named.of(row[0], row[0]), row[1],
            row[2].equals("-") ? "" : row[2], row[3]));
    }

    static Stream<Arguments> schemaVerdicts() throws IOException {
        return index().stream().filter(row -> !row[4].equals("-"))
            .map(row -> Arguments.of(Named.of(row[0], row[0]), row[1], row[3], row[4]));
    }

    private static String read(String file) throws IOException {
        try (InputStream in = InvalidDocumentsTest.class.getResourceAsStream("/invalid/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyDocumentHasASchemaVerdict() throws IOException {
        for (String[] row : index()) {
            assertTrue(row.length == 5 && List.of("refuses", "accepts", "-").contains(row[4]), String.join(" ", row));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaVerdicts")
    void theSchemaRefusesTheDocumentUnlessItsRuleIsBeyondTheSchema(String file, String type, String rule,
                                                                   String verdict) throws IOException {
        List<com.networknt.schema.Error> errors = SchemaTest.validate(read(file), type);
        assertEquals(verdict.equals("refuses"), !errors.isEmpty(), () -> rule + ": " + errors);
    }

    @Test
    void theCorpusHoldsAtLeastFortyDocuments() throws IOException {
        assertTrue(index().size() >= 40, "only " + index().size() + " invalid documents");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void eachInvalidDocumentIsRefusedWithItsPointerAndRule(String file, String type, String pointer, String rule)
        throws IOException {
        String json = read(file);
        Class<?> modelType = TYPES.get(type);
        if (Rules.find(rule).map(r -> r.severity() == Severity.WARNING).orElse(false)) {
            // A rule of severity warning: the value is read, and the warning reported beside it.
            JsonRead<?> read = UhcJson.reader().readWithWarnings(json, modelType);
            assertEquals(1, read.warnings().size(), read::toString);
            JsonProblem warning = read.warnings().get(0);
            assertAll(
                () -> assertEquals(pointer, warning.pointer()),
                () -> assertEquals(rule, warning.rule()),
                () -> assertEquals(Severity.WARNING, warning.severity()),
                () -> assertTrue(warning.line() >= 1 && warning.column() >= 1, warning::toString));
            return;
        }
        JsonReadException ex = assertThrows(JsonReadException.class, () -> UhcJson.reader().read(json, modelType));
        assertEquals(1, ex.problems().size(), ex::getMessage);
        JsonProblem problem = ex.problems().get(0);
        assertAll(
            () -> assertEquals(pointer, problem.pointer(), ex::getMessage),
            () -> assertEquals(rule, problem.rule(), ex::getMessage),
            () -> assertTrue(problem.line() >= 1 && problem.column() >= 1, ex::getMessage),
            () -> assertTrue(!problem.message().isBlank(), ex::getMessage));
    }
}

package org.uhcmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link JsonProblem}, {@link JsonReadException} and {@link JsonWriteException}: value semantics and the text they show. */
class JsonProblemTest {

    private static final JsonProblem KIND = JsonProblem.of("/kind", 3, 11, "unknown-code", "unknown code");
    private static final JsonProblem ROOT = JsonProblem.of("", 1, 1, "json.trailing-content", "unexpected content");

    @Test
    void aProblemIsAValue() {
        assertEquals(KIND, JsonProblem.of("/kind", 3, 11, "unknown-code", "unknown code"));
        assertEquals(KIND.hashCode(), JsonProblem.of("/kind", 3, 11, "unknown-code", "unknown code").hashCode());
        assertNotEquals(KIND, JsonProblem.of("/kind", 3, 12, "unknown-code", "unknown code"));
    }

    @Test
    void aProblemShowsWhereWhatAndWhy() {
        assertEquals("/kind (line 3, column 11) [unknown-code]: unknown code", KIND.toString());
        assertEquals("(document) (line 1, column 1) [json.trailing-content]: unexpected content", ROOT.toString());
    }

    @Test
    void theExceptionListsEveryProblemAndTheirRules() {
        JsonReadException ex = new JsonReadException(List.of(ROOT, KIND));
        assertEquals(List.of(ROOT, KIND), ex.problems());
        assertEquals(List.of("json.trailing-content", "unknown-code"), ex.rules());
        assertEquals("Invalid JSON document: 2 problems\n  " + ROOT + "\n  " + KIND, ex.getMessage());
    }

    @Test
    void theWriteExceptionListsEveryProblemWithoutAPosition() {
        JsonProblem value = JsonProblem.of("/results/0/unit", 0, 0, "json.encoding", "unpaired surrogate");
        JsonProblem whole = JsonProblem.of("", 0, 0, "json.encoding", "unpaired surrogate");
        JsonWriteException ex = new JsonWriteException(List.of(value, whole));
        assertEquals(List.of(value, whole), ex.problems());
        assertEquals(List.of("json.encoding", "json.encoding"), ex.rules());
        assertEquals("Cannot write the value as JSON: 2 problems\n  /results/0/unit [json.encoding]: unpaired surrogate"
            + "\n  (value) [json.encoding]: unpaired surrogate", ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new JsonWriteException(List.of()));
    }

    @Test
    void theExceptionNeedsAProblem() {
        assertThrows(IllegalArgumentException.class, () -> new JsonReadException(List.of()));
        assertThrows(NullPointerException.class, () -> JsonProblem.of(null, 1, 1, "r", "m"));
    }
}

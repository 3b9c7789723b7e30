package org.uhcmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.uhcmodel.actor.Organization;

/** The documented limits of the reader are enforced, each as one {@code json.limit} problem. */
class LimitsTest {

    private static JsonReadException refused(UhcJsonReader reader, String json) {
        return assertThrows(JsonReadException.class, () -> reader.read(json, Organization.class));
    }

    @Test
    void aStringLongerThanTheLimitIsRefused() {
        String json = "{\"id\": \"dz-cnas\", \"acronym\": \"" + "A".repeat(UhcJson.MAX_STRING_LENGTH + 1) + "\"}";
        JsonReadException ex = refused(UhcJson.reader(), json);
        assertEquals(List.of("json.limit"), ex.rules());
        assertEquals("/acronym", ex.problems().get(0).pointer());
    }

    @Test
    void aPropertyNameLongerThanTheLimitIsRefused() {
        String json = "{\"" + "n".repeat(UhcJson.MAX_NAME_LENGTH + 1) + "\": 1}";
        assertEquals(List.of("json.limit"), refused(UhcJson.reader(), json).rules());
    }

    @Test
    void aDocumentLongerThanTheLimitIsRefused() {
        String json = UhcJson.writer().pretty().write(Fixtures.CNAS_ORG);
        UhcJsonReader small = UhcJson.reader().withMaxDocumentLength(json.length() / 2);
        assertEquals(List.of("json.limit"), refused(small, json).rules());
        assertEquals(Fixtures.CNAS_ORG, UhcJson.reader().withMaxDocumentLength(json.length() * 4L)
            .read(json, Organization.class));
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedAndNestingWithinItIsRead() {
        String tooDeep = "[".repeat(UhcJson.MAX_NESTING_DEPTH + 1) + "]".repeat(UhcJson.MAX_NESTING_DEPTH + 1);
        assertEquals(List.of("json.limit"), refused(UhcJson.reader(), "{\"name\": " + tooDeep + "}").rules());
        String deepButAllowed = "[".repeat(UhcJson.MAX_NESTING_DEPTH - 1) + "]".repeat(UhcJson.MAX_NESTING_DEPTH - 1);
        assertEquals(List.of("required", "required", "json.wrong-type"),
            refused(UhcJson.reader(), "{\"name\": " + deepButAllowed + "}").rules());
    }

    @Test
    void aDocumentWithThousandsOfProblemsReportsAThousandAndSaysSo() {
        StringBuilder json = new StringBuilder("{\"id\": \"dz-cnas\", \"name\": {\"fr\": \"CNAS\"}, \"kind\": \"ngo\"");
        for (int i = 0; i < 3000; i++) {
            json.append(", \"p").append(i).append("\": 0");
        }
        JsonReadException ex = refused(UhcJson.reader(), json.append('}').toString());
        assertEquals(Problems.MAX_PROBLEMS + 1, ex.problems().size());
        // The first problems in document order are kept, and the reading stops at the next one.
        assertEquals("/p0", ex.problems().get(0).pointer());
        assertEquals("/p" + (Problems.MAX_PROBLEMS - 1), ex.problems().get(Problems.MAX_PROBLEMS - 1).pointer());
        assertEquals("json.too-many-problems", ex.problems().get(Problems.MAX_PROBLEMS).rule());
    }

    @Test
    void aNonPositiveDocumentLimitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> UhcJson.reader().withMaxDocumentLength(0));
        assertThrows(IllegalArgumentException.class, () -> NdjsonReader.of(Organization.class).withMaxLineLength(0));
    }
}

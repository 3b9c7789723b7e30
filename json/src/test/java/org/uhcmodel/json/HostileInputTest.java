package org.uhcmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.dataset.Dataset;

/**
 * Hostile shapes of input are refused in bounded time and memory: deep, wide, long arrays, many empty objects, many
 * unknown codes, problems past the cap, ids written to share one hash code; and a large valid document is read. The
 * build runs this class in a JVM of 256 MB of heap ({@code -Xmx256m}, a surefire execution of its own); each refusal
 * takes well under 2 seconds.
 */
class HostileInputTest {

    /** What each hostile document may take, at most. */
    private static final Duration BOUND = Duration.ofSeconds(2);

    private static final String ORG_HEAD = "{\"id\": \"dz-cnas\", \"name\": {\"fr\": \"CNAS\"}, \"kind\": \"ngo\", ";

    /** Loads the reader's classes and codecs, so that the bound measures the reading alone. */
    @org.junit.jupiter.api.BeforeAll
    static void loadTheReader() {
        for (int i = 0; i < 3; i++) {
            assertThrows(JsonReadException.class, () -> UhcJson.reader().read(utf8(ORG_HEAD + "\"x\": [1, {}]}"),
                Dataset.class));
            assertEquals(1, UhcJson.reader().read(utf8("{\"schemaVersion\":\"1.0\",\"organizations\":[" + ORG_HEAD
                + "\"country\": \"DZ\"}]}"), Dataset.class).organizations().size());
        }
    }

    /** Reads bytes, which must be refused within the bound, and gives the problems. */
    private static JsonReadException refusedInTime(byte[] json, Class<?> type) {
        long start = System.nanoTime();
        JsonReadException ex = assertThrows(JsonReadException.class, () -> UhcJson.reader().read(json, type));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(BOUND) < 0, () -> "took " + took);
        return ex;
    }

    private static byte[] utf8(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] repeated(String head, String item, String separator, int count, String tail) {
        StringBuilder json = new StringBuilder(head.length() + count * (item.length() + separator.length()) + 16);
        json.append(head);
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : separator).append(item);
        }
        return utf8(json.append(tail));
    }

    @Test
    void nestingTenThousandLevelsDeepIsOneLimitProblem() {
        byte[] json = repeated(ORG_HEAD + "\"x\": ", "[", "", 10_000, "");
        JsonReadException ex = refusedInTime(json, Organization.class);
        assertEquals(List.of("json.limit"), ex.rules());
        assertEquals("/x" + "/0".repeat(UhcJson.MAX_NESTING_DEPTH - 1), ex.problems().get(0).pointer());
    }

    @Test
    void twoMillionNumbersInAnUnknownPropertyAreOneProblemAndAreNotHeld() {
        byte[] json = repeated(ORG_HEAD + "\"x\": [", "1", ",", 2_000_000, "]}");
        JsonReadException ex = refusedInTime(json, Organization.class);
        assertEquals(List.of("json.unknown-property"), ex.rules());
        assertEquals("/x", ex.problems().get(0).pointer());
    }

    @Test
    void twoMillionNumbersWhereRecordsBelongStopAtTheCap() {
        byte[] json = repeated("{\"schemaVersion\": \"1.0\", \"organizations\": [", "1", ",", 2_000_000, "]}");
        JsonReadException ex = refusedInTime(json, Dataset.class);
        assertEquals(Problems.MAX_PROBLEMS + 1, ex.problems().size());
        assertEquals("/organizations/0", ex.problems().get(0).pointer());
        assertEquals("json.too-many-problems", ex.rules().get(Problems.MAX_PROBLEMS));
    }

    @Test
    void aMillionEmptyObjectsStopAtTheCapKeepingTheFirstInDocumentOrder() {
        byte[] json = repeated("{\"schemaVersion\": \"1.0\", \"organizations\": [", "{}", ",", 1_000_000, "]}");
        JsonReadException ex = refusedInTime(json, Dataset.class);
        assertEquals(Problems.MAX_PROBLEMS + 1, ex.problems().size());
        // Three required properties each: the first 333 objects, in document order, and one of the next.
        for (int i = 0; i < 99; i++) {
            assertEquals("/organizations/" + i + "/id", ex.problems().get(3 * i).pointer());
        }
        assertEquals("json.too-many-problems", ex.rules().get(Problems.MAX_PROBLEMS));
    }

    @Test
    void aMillionEmptyObjectsInAnUnknownPropertyAreOneProblem() {
        byte[] json = repeated("{\"schemaVersion\": \"1.0\", \"x\": [", "{}", ",", 1_000_000, "]}");
        assertEquals(List.of("json.unknown-property"), refusedInTime(json, Dataset.class).rules());
    }

    @Test
    void aHundredThousandEmptyObjectsAreRefusedQuickly() {
        byte[] json = repeated("[", "{}", ",", 100_000, "]");
        assertEquals(List.of("json.wrong-type"), refusedInTime(json, Organization.class).rules());
        byte[] asRecords = repeated("{\"schemaVersion\": \"1.0\", \"persons\": [", "{}", ",", 100_000, "]}");
        assertEquals("json.too-many-problems", refusedInTime(asRecords, Dataset.class).rules().get(1000));
    }

    @Test
    void aMillionUnknownCodesStopAtTheCap() {
        byte[] json = repeated("{\"id\": \"a\", \"kind\": \"charter\", \"title\": {\"fr\": \"T\"}, \"status\": \"signed\", "
            + "\"cooperationAreas\": [", "\"x\"", ",", 1_000_000, "]}");
        JsonReadException ex = refusedInTime(json, Agreement.class);
        assertEquals(Problems.MAX_PROBLEMS + 1, ex.problems().size());
        assertEquals("/cooperationAreas/0", ex.problems().get(0).pointer());
        assertEquals("unknown-code", ex.rules().get(0));
    }

    @Test
    void aMillionUnknownPropertiesStopAtTheCap() {
        StringBuilder json = new StringBuilder(ORG_HEAD.substring(0, ORG_HEAD.length() - 2));
        for (int i = 0; i < 1_000_000; i++) {
            json.append(", \"p").append(i).append("\": 0");
        }
        JsonReadException ex = refusedInTime(utf8(json.append('}')), Organization.class);
        assertEquals(Problems.MAX_PROBLEMS + 1, ex.problems().size());
        assertEquals("/p0", ex.problems().get(0).pointer());
        assertEquals("/p999", ex.problems().get(999).pointer());
    }

    @Test
    void aMillionDuplicateKeysStopAtTheCap() {
        byte[] json = repeated(ORG_HEAD + "\"acronym\": \"A\", ", "\"acronym\": \"A\"", ", ", 1_000_000, "}");
        JsonReadException ex = refusedInTime(json, Organization.class);
        assertEquals(Problems.MAX_PROBLEMS + 1, ex.problems().size());
        assertEquals("json.duplicate-key", ex.rules().get(0));
    }

    @Test
    void aLongStringOfLanguagesIsReadInLinearTime() {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 100_000; i++) {
            json.append(i == 0 ? "" : ",").append("\"0q").append(i).append("\": \"t\"");
        }
        // Not canonical tags: one problem each, up to the cap.
        JsonReadException ex = refusedInTime(utf8(json.append('}')), org.uhcmodel.value.LocalizedText.class);
        assertEquals("json.too-many-problems", ex.rules().get(Problems.MAX_PROBLEMS));
    }

    @Test
    void idsWrittenToShareOneStringHashAreIndexedInLinearTime() {
        // Blocks of "an" or "c0" add the same to String.hashCode: 2^15 ids of 15 blocks all share one hash code.
        int blocks = 15;
        StringBuilder json = new StringBuilder("{\"schemaVersion\":\"1.0\",\"organizations\":[");
        for (int bits = 0; bits <= 1 << blocks; bits++) {
            StringBuilder id = new StringBuilder("org-");
            for (int b = 0; b < blocks; b++) {
                // The last organisation repeats the first one's id.
                id.append(((bits & ((1 << blocks) - 1)) >>> b & 1) == 0 ? "an" : "c0");
            }
            json.append(bits == 0 ? "" : ",").append("{\"id\":\"").append(id)
                .append("\",\"name\":{\"fr\":\"O\"},\"kind\":\"ngo\",\"country\":\"DZ\"}");
        }
        JsonReadException ex = refusedInTime(utf8(json.append("]}")), Dataset.class);
        assertEquals(List.of("dataset.duplicate-id"), ex.rules());
        assertEquals("/organizations/" + (1 << blocks) + "/id", ex.problems().get(0).pointer());
    }

    @Test
    void aDatasetOfAHundredAndFiftyThousandOrganisationsIsReadWithin256Megabytes() {
        Supplier<byte[]> document = () -> {
            StringBuilder json = new StringBuilder("{\"schemaVersion\":\"1.0\",\"organizations\":[");
            for (int i = 0; i < 150_000; i++) {
                json.append(i == 0 ? "" : ",").append("{\"id\":\"org-").append(i)
                    .append("\",\"name\":{\"fr\":\"Organisation ").append(i)
                    .append("\"},\"kind\":\"health-facility\",\"country\":\"DZ\"}");
            }
            return utf8(json.append("]}"));
        };
        Dataset dataset = UhcJson.reader().read(document.get(), Dataset.class);
        assertEquals(150_000, dataset.organizations().size());
    }
}

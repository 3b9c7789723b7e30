package org.uhcmodel.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitationTest {

    private static final EntityId SEED_000 = EntityId.of("seed-000");

    @Test
    void citationOfAWholeSource() {
        Citation citation = Citation.of(SEED_000);
        assertEquals(SEED_000, citation.source());
        assertEquals(Optional.empty(), citation.locator());
        assertEquals(citation, Citation.builder().source(SEED_000).build());
    }

    @Test
    void citationOfAParagraph() {
        Citation citation = Citation.of(SEED_000, "paragraphe 3");
        assertEquals(Optional.of("paragraphe 3"), citation.locator());
        assertTrue(citation.toString().contains("seed-000") && citation.toString().contains("paragraphe 3"),
            citation.toString());
    }

    @Test
    void citationsAreEqualByValue() {
        assertEquals(Citation.of(SEED_000, "\u00a7 2"), Citation.of(EntityId.of("seed-000"), "\u00a7 2"));
        assertEquals(Citation.of(SEED_000, "\u00a7 2").hashCode(), Citation.of(SEED_000, "\u00a7 2").hashCode());
        assertNotEquals(Citation.of(SEED_000), Citation.of(SEED_000, "\u00a7 2"));
        assertNotEquals(Citation.of(SEED_000), Citation.of(EntityId.of("seed-001")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n", "\u00A0", "\u200B", "\u3000"})
    void blankLocatorIsRefused(String locator) {
        assertBroken(() -> Citation.of(SEED_000, locator), "locator", "not-blank");
    }

    @Test
    void missingSourceIsRefused() {
        assertBroken(() -> Citation.builder().locator("paragraphe 1").build(), "source", "required");
    }

    @Test
    void nullArgumentsAreRefusedAtOnce() {
        assertNullRefused(() -> Citation.of(SEED_000, null), "locator");
        assertNullRefused(() -> Citation.of(null, "paragraphe 1"), "source");
        assertNullRefused(() -> Citation.of(null), "source");
        assertNullRefused(() -> Citation.builder().locator(null), "locator");
    }

    @Test
    void everyProblemIsReportedAtOnceByTheBuilder() {
        assertBrokenAll(() -> Citation.builder().locator(" ").build(), "locator not-blank", "source required");
    }

    @Test
    void theSourceIsAReferenceToASourceDocument() {
        assertEquals(java.util.Set.of(EntityKind.SOURCE), org.uhcmodel.meta.ModelTypes.of(Citation.class)
            .property("source").orElseThrow().references());
    }

    @Test
    void aBuilderCanBeReusedAndBuildsOnlyValidValues() {
        Citation.Builder builder = Citation.builder().source(SEED_000);
        Citation whole = builder.build();
        Citation paragraph = builder.locator("paragraphe 2").build();
        assertEquals(Optional.empty(), whole.locator());
        assertEquals(Optional.of("paragraphe 2"), paragraph.locator());
        assertNullRefused(() -> builder.source(null), "source");
        assertEquals(paragraph, builder.build());
    }
}

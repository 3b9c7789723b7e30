package org.uhcmodel.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.internal.Javadoc;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.value.Identifier;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Period;

/**
 * The model describes its types and properties by the first sentence of their Javadoc, written among core's classes
 * by the build, as plain text.
 */
class DescriptionsTest {

    /** What a description made of Javadoc must not hold: markup of Javadoc or HTML. */
    private static void assertPlainSentence(String where, String description) {
        assertFalse(description.isBlank(), where);
        assertTrue(description.endsWith(".") || description.endsWith(".)"), where + ": " + description);
        for (String markup : List.of("{@", "<", "&amp;", "  ", "\n")) {
            assertFalse(description.contains(markup), where + ": " + description);
        }
    }

    @Test
    void everyTypeAndPropertyIsDescribedInPlainText() {
        int properties = 0;
        for (ModelType<?> type : ModelTypes.all()) {
            assertPlainSentence(type.name(), type.description());
            for (Property<?> property : type.properties()) {
                assertPlainSentence(type.name() + "." + property.name(), property.description());
                assertFalse(property.description().startsWith("Gets "), property.description());
                properties++;
            }
        }
        assertTrue(properties > 100, "only " + properties + " properties");
        for (TextType<?> type : ModelTypes.textTypes()) {
            assertPlainSentence(type.name(), Javadoc.summary(type.javaType()));
        }
        for (Vocabulary<?> vocabulary : Vocabularies.all()) {
            assertPlainSentence(vocabulary.name(), Javadoc.summary(vocabulary.type()));
        }
    }

    @Test
    void aDescriptionIsTheFirstSentenceOfTheJavadocWithItsInlineTagsAsText() {
        Map<String, String> expected = Map.of(
            ModelTypes.of(Organization.class).description(), "An organisation that takes part in health coverage: a "
                + "ministry, a fund, a mutual, a hospital, a development agency, a multilateral body, a network, a news "
                + "agency.",
            ModelTypes.of(Period.class).description(), "A span of time with a start, an end, or both, each a "
                + "PartialDate.",
            ModelTypes.of(Identifier.class).description(), "An identifier of an organisation in an external "
                + "registry: a scheme and a value.",
            ModelTypes.of(Organization.class).property("name").orElseThrow().description(), "The name, in the "
                + "languages the sources give it.",
            ModelTypes.of(IndicatorTarget.class).property("targetValue").orElseThrow().description(), "The value aimed at, "
                + "in the indicator's unit.",
            Javadoc.summary(PartialDate.class), "A calendar date stated to the year, the month or the day, as ISO 8601 "
                + "reduced precision writes it: 2024, 2024-04 or 2024-11-04.");
        List<String> differences = new ArrayList<>();
        expected.forEach((actual, wanted) -> {
            if (!actual.equals(wanted)) {
                differences.add(actual + " <> " + wanted);
            }
        });
        assertEquals(List.of(), differences);
    }
}

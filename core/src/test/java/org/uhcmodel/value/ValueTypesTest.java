package org.uhcmodel.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uhcmodel.actor.FacilityProfile;
import org.uhcmodel.actor.Person;
import org.uhcmodel.actor.Position;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.meta.Property;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Rules;
import org.uhcmodel.validation.Severity;

/**
 * The description of the shared values, the sources and the people as data: their properties in wire order and the
 * rules they enforce, with their severities.
 */
class ValueTypesTest {

    private static final Map<Class<?>, List<String>> PROPERTIES = Map.ofEntries(
        Map.entry(Citation.class, List.of("source", "locator")),
        Map.entry(Identifier.class, List.of("scheme", "value")),
        Map.entry(Money.class, List.of("amount", "currency")),
        Map.entry(ReportedDate.class, List.of("date", "basis")),
        Map.entry(Period.class, List.of("start", "end")),
        Map.entry(Place.class, List.of("name", "country", "level", "parent")),
        Map.entry(Objective.class, List.of("description", "direction", "metric", "baseline", "target", "targetDate")),
        Map.entry(Statistic.class, List.of("measure", "value", "unit", "asOf", "period", "citations")),
        Map.entry(SourceDocument.class, List.of("id", "title", "publisher", "publisherOrganization", "published",
            "language", "kind", "url", "citations")),
        Map.entry(FacilityProfile.class, List.of("type", "level", "ownership")),
        Map.entry(Position.class, List.of("role", "title", "organization", "period")),
        Map.entry(Person.class, List.of("id", "name", "honorific", "positions", "citations")));

    @Test
    void everyTypeListsItsPropertiesInWireOrder() {
        for (Map.Entry<Class<?>, List<String>> entry : PROPERTIES.entrySet()) {
            ModelType<?> type = ModelTypes.of(entry.getKey());
            assertEquals(entry.getValue(), type.properties().stream().map(Property::name).collect(Collectors.toList()),
                type.name());
            assertTrue(!type.description().isBlank(), type.name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"identifier.format", "money.negative", "money.scale", "money.amount-format",
        "period.empty", "period.end-before-start", "place.parent-country", "objective.target-without-metric",
        "statistic.as-of-and-period", "source-document.url", "person.duplicate-position", "language-tag.format",
        "localized-text.empty", "partial-date.format", "partial-date.year-range", "partial-date.month-range",
        "partial-date.invalid-day", "percentage.range", "percentage.format", "money.currency"})
    void everyRuleIsAnErrorOfTheRegistry(String code) {
        Rule rule = Rules.find(code).orElseThrow(() -> new AssertionError(code));
        assertEquals(Severity.ERROR, rule.severity(), code);
        assertTrue(!rule.message().isBlank(), code);
    }

    @Test
    void aTargetAgainstTheDirectionIsAWarning() {
        assertEquals(Severity.WARNING, Rules.find("objective.target-against-direction").orElseThrow().severity());
    }

    @Test
    void rulesNameThePropertiesTheyReadBesideTheOneTheyAreReportedAt() {
        assertEquals(List.of("metric"), Rules.find("objective.target-without-metric").orElseThrow().reads());
        assertEquals(List.of("baseline", "direction"),
            Rules.find("objective.target-against-direction").orElseThrow().reads());
        assertEquals(List.of("start", "end"), Rules.find("period.empty").orElseThrow().reads());
        assertEquals(List.of("start"), Rules.find("period.end-before-start").orElseThrow().reads());
        assertEquals(List.of("country"), Rules.find("place.parent-country").orElseThrow().reads());
        assertEquals(List.of("asOf"), Rules.find("statistic.as-of-and-period").orElseThrow().reads());
        assertEquals(List.of("scheme"), Rules.find("identifier.format").orElseThrow().reads());
        assertEquals(List.of("currency"), Rules.find("money.scale").orElseThrow().reads());
    }

    @Test
    void theAmountOfMoneyHasNoMinimumOfItsOwn() {
        Property<?> amount = ModelTypes.of(Money.class).property("amount").orElseThrow();
        assertEquals(Optional.empty(), amount.minimum());
        assertFalse(amount.rules().contains(Rules.find("money.negative").orElseThrow()));
    }
}

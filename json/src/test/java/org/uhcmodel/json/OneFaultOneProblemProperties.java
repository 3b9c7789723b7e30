package org.uhcmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.Person;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.Event;
import org.uhcmodel.agreement.GoverningBody;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.scheme.CoverageSnapshot;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.value.Objective;
import org.uhcmodel.value.Period;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One fault gives exactly one problem: a valid document with one value replaced by {@code true} (a JSON type the
 * wire format never uses) or by {@code null} is refused with exactly one problem at that value's pointer, and no
 * rule of an enclosing object (or of the dataset) repeats it, whichever value of whichever record is replaced.
 */
class OneFaultOneProblemProperties {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    /** Lists the pointer of every value below the root, in document order. */
    private static void pointers(JsonNode node, String pointer, List<String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String child = pointer + "/" + Pointers.escape(e.getKey());
                out.add(child);
                pointers(e.getValue(), child, out);
            }
        } else if (node.isArray()) {
            int i = 0;
            for (Iterator<JsonNode> it = node.values().iterator(); it.hasNext(); i++) {
                String child = pointer + "/" + i;
                out.add(child);
                pointers(it.next(), child, out);
            }
        }
    }

    /** Replaces the value at a pointer below the root. */
    private static void replace(JsonNode root, String pointer, JsonNode with) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String token = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent.isObject()) {
            ((ObjectNode) parent).set(token, with);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(token), with);
        }
    }

    private static void oneFaultOneProblem(Object value, Class<?> type, int pick) {
        JsonNode root = PLAIN.readTree(UhcJson.writer().write(value));
        List<String> pointers = new ArrayList<>();
        pointers(root, "", pointers);
        if (pointers.isEmpty()) {
            return;
        }
        String pointer = pointers.get(pick % pointers.size());
        for (JsonNode with : List.<JsonNode>of(BooleanNode.TRUE, NullNode.getInstance())) {
            JsonNode copy = root.deepCopy();
            replace(copy, pointer, with);
            String json = PLAIN.writeValueAsString(copy);
            JsonReadException ex = assertThrows(JsonReadException.class, () -> UhcJson.reader().read(json, type),
                json);
            String expected = with.isNull() ? "json.null" : "json.wrong-type";
            assertEquals(List.of(pointer + " " + expected), ex.problems().stream()
                .map(p -> p.pointer() + " " + p.rule()).collect(Collectors.toList()), ex::getMessage);
        }
    }

    @Property(tries = 1000)
    void datasets(@ForAll Dataset value, @ForAll @IntRange(min = 0, max = 1_000_000) int pick) {
        oneFaultOneProblem(value, Dataset.class, pick);
    }

    @Property(tries = 1000)
    void sourceDocuments(@ForAll SourceDocument value, @ForAll @IntRange(min = 0, max = 1_000_000) int pick) {
        oneFaultOneProblem(value, SourceDocument.class, pick);
    }

    @Property(tries = 1000)
    void organizations(@ForAll Organization value, @ForAll @IntRange(min = 0, max = 1_000_000) int pick) {
        oneFaultOneProblem(value, Organization.class, pick);
    }

    @Property(tries = 1000)
    void persons(@ForAll Person value, @ForAll @IntRange(min = 0, max = 1_000_000) int pick) {
        oneFaultOneProblem(value, Person.class, pick);
    }

    @Property(tries = 1000)
    void agreements(@ForAll Agreement value, @ForAll @IntRange(min = 0, max = 1_000_000) int pick) {
        oneFaultOneProblem(value, Agreement.class, pick);
    }

    @Property(tries = 1000)
    void governingBodies(@ForAll GoverningBody value, @ForAll @IntRange(min = 0, max = 1_000_000) int pick) {
        oneFaultOneProblem(value, GoverningBody.class, pick);
    }

    @Property(tries = 1000)
    void events(@ForAll Event value, @ForAll @IntRange(min = 0, max = 1_000_000) int pick) {
        oneFaultOneProblem(value, Event.class, pick);
    }

    @Property(tries = 1000)
    void programmes(@ForAll Programme value, @ForAll @IntRange(min = 0, max = 1_000_000) int pick) {
        oneFaultOneProblem(value, Programme.class, pick);
    }

    @Property(tries = 1000)
    void coverageSchemes(@ForAll CoverageScheme value, @ForAll @IntRange(min = 0, max = 1_000_000) int pick) {
        oneFaultOneProblem(value, CoverageScheme.class, pick);
    }

    @Property(tries = 1000)
    void coverageSnapshots(@ForAll CoverageSnapshot value, @ForAll @IntRange(min = 0, max = 1_000_000) int pick) {
        oneFaultOneProblem(value, CoverageSnapshot.class, pick);
    }

    @Property(tries = 1000)
    void indicatorObservations(@ForAll IndicatorObservation value,
                               @ForAll @IntRange(min = 0, max = 1_000_000) int pick) {
        oneFaultOneProblem(value, IndicatorObservation.class, pick);
    }

    @Property(tries = 1000)
    void indicatorTargets(@ForAll IndicatorTarget value, @ForAll @IntRange(min = 0, max = 1_000_000) int pick) {
        oneFaultOneProblem(value, IndicatorTarget.class, pick);
    }

    @Property(tries = 1000)
    void objectives(@ForAll Objective value, @ForAll @IntRange(min = 0, max = 1_000_000) int pick) {
        oneFaultOneProblem(value, Objective.class, pick);
    }

    @Property(tries = 1000)
    void periods(@ForAll Period value, @ForAll @IntRange(min = 0, max = 1_000_000) int pick) {
        oneFaultOneProblem(value, Period.class, pick);
    }
}

package org.uhcmodel.examples;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.AgreementStatus;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.value.EntityId;

/**
 * Draws who agreed with whom in a dataset as a Mermaid flowchart ({@code graph LR}).
 * <p>
 * Each organisation that is a party to an agreement is a node, labelled with its acronym or else its name
 * (followed by its country where another organisation has the same name).
 * Each agreement draws edges from its first party to each other party, labelled with the agreement's kind code;
 * an agreement with a single (collective) party, such as a charter, draws a loop on that party.
 * A proposed agreement is drawn dotted. The output depends only on the dataset and its order, so it is deterministic.
 */
public final class NetworkDiagram {

    private NetworkDiagram() {
    }

    /**
     * Renders the diagram.
     *
     * @param dataset  the dataset, not null
     * @return the Mermaid text, lines ending with {@code \n}, not null
     */
    public static String mermaid(Dataset dataset) {
        Set<EntityId> nodes = new LinkedHashSet<>();
        List<String> edges = new ArrayList<>();
        for (Agreement agreement : dataset.agreements()) {
            List<EntityId> actors = agreement.actors();
            nodes.addAll(actors);
            String arrow = agreement.status() == AgreementStatus.PROPOSED ? "-.->" : "-->";
            EntityId first = actors.get(0);
            List<EntityId> others = actors.size() == 1 ? actors : actors.subList(1, actors.size());
            for (EntityId other : others) {
                edges.add("  " + node(first) + " " + arrow + "|" + agreement.kind().code() + "| " + node(other));
            }
        }
        StringBuilder out = new StringBuilder("graph LR\n");
        for (EntityId id : nodes) {
            out.append("  ").append(node(id)).append("[\"").append(escape(label(dataset, id))).append("\"]\n");
        }
        for (String edge : edges) {
            out.append(edge).append('\n');
        }
        return out.toString();
    }

    /** The Mermaid node id of an entity: its id with hyphens made underscores. */
    private static String node(EntityId id) {
        return id.value().replace('-', '_');
    }

    /** The display name of an organisation. */
    private static String label(Dataset dataset, EntityId id) {
        return Labels.of(dataset, id);
    }

    /** Escapes the characters a quoted Mermaid label cannot hold. */
    private static String escape(String text) {
        return text.replace("\"", "#quot;");
    }
}

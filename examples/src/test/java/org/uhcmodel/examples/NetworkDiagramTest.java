package org.uhcmodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.dataset.Dataset;

/**
 * The Mermaid diagram of who agreed with whom.
 */
class NetworkDiagramTest {

    private static final Dataset DATASET = SeedDataset.build();

    @Test
    void theDiagramIsDeterministic() {
        assertEquals(NetworkDiagram.mermaid(DATASET), NetworkDiagram.mermaid(SeedDataset.build()));
    }

    @Test
    void everyAgreementDrawsOneLabelledEdge() {
        String diagram = NetworkDiagram.mermaid(DATASET);
        assertTrue(diagram.startsWith("graph LR\n"));
        List<String> edges = Arrays.stream(diagram.split("\n")).filter(l -> l.contains("->|"))
            .collect(Collectors.toList());
        List<String> kinds = DATASET.agreements().stream().map(a -> a.kind().code()).collect(Collectors.toList());
        assertEquals(kinds, edges.stream().map(e -> e.substring(e.indexOf('|') + 1, e.lastIndexOf('|')))
            .collect(Collectors.toList()));
        for (Agreement agreement : DATASET.agreements()) {
            String from = agreement.actors().get(0).value().replace('-', '_');
            assertTrue(edges.stream().anyMatch(e -> e.startsWith("  " + from + " ")
                && e.contains("|" + agreement.kind().code() + "|")), agreement.id().value());
        }
    }

    @Test
    void edgesAndNodesReadAsTheAgreementsSay() {
        String diagram = NetworkDiagram.mermaid(DATASET);
        assertTrue(diagram.contains("  dz_cnas[\"CNAS\"]\n"));
        assertTrue(diagram.contains("  dz_cnas -->|partnership-convention| be_chu_bruxelles\n"));
        assertTrue(diagram.contains("  dz_ministry_health -.->|cooperation-agreement| by_ministry_health\n"),
            "a proposed agreement is dotted");
        assertTrue(diagram.contains("  reseau_francophone_centres_sante_mutualistes -->|charter| "
            + "reseau_francophone_centres_sante_mutualistes\n"), "a charter of a network loops on it");
        assertTrue(diagram.contains("  fr_republic -->|declaration-of-intent| kz_republic\n"));
        assertTrue(diagram.contains("  dz_ministry_health[\"Ministère de la Santé (DZ)\"]\n"),
            "a name two organisations share carries the country");
    }
}

package org.uhcmodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

/**
 * README embeds the diagram of who agreed with whom; it must be the one the examples program writes.
 */
class ReadmeDiagramTest {

    private static Path readme() {
        Path fromModule = Paths.get("..", "README.md");
        return Files.isRegularFile(fromModule) ? fromModule : Paths.get("README.md");
    }

    @Test
    void readmeEmbedsTheCurrentDiagram() throws IOException {
        String text = Files.readString(readme(), StandardCharsets.UTF_8);
        int start = text.indexOf("```mermaid\n");
        assertTrue(start >= 0, "README has no mermaid block");
        int end = text.indexOf("```", start + 11);
        String embedded = text.substring(start + "```mermaid\n".length(), end);
        assertEquals(NetworkDiagram.mermaid(SeedDataset.build()).strip(), embedded.strip(),
            "README's mermaid block differs from examples/target/seed-network.mmd written by the examples program");
    }
}

package org.uhcmodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The printed summary and the files the examples program writes.
 */
class SummaryTest {

    private static String summary() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Summary(SeedDataset.build()).print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theSummaryListsCountsAgreementsSchemesAndSdgTags() {
        String text = summary();
        assertTrue(text.startsWith("uhc-model seed dataset: 90 entities, valid\n"), text);
        assertTrue(text.contains("  organisations      35\n"), text);
        assertTrue(text.contains("partnership-convention      | CNAS + CHU de Bruxelles"), text);
        assertTrue(text.contains("| date not given"), text);
        assertTrue(text.contains("| 2024-11-04 (inferred)"), text);
        assertTrue(text.contains("CMU                          | CNAM     | CI      | HF.1.2    | compulsory"), text);
        assertTrue(text.contains("Tagged with SDG 3.8:\n"), text);
        assertTrue(text.contains("programme  AI-PASS2 – "), text);
    }

    @Test
    void theSummaryIsDeterministic() {
        assertEquals(summary(), summary());
    }

    @Test
    void theProgramWritesTheDiagramUnderTheModuleTarget() throws Exception {
        Path file = SeedExamples.targetDirectory().resolve("seed-network.mmd");
        Files.deleteIfExists(file);
        PrintStream out = System.out;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            SeedExamples.main(new String[0]);
        } finally {
            System.setOut(out);
        }
        assertTrue(file.toAbsolutePath().getParent().getParent().resolve("pom.xml").toFile().isFile(), file.toString());
        assertEquals(NetworkDiagram.mermaid(SeedDataset.build()), Files.readString(file, StandardCharsets.UTF_8));
    }
}

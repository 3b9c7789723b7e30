package org.uhcmodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;

/**
 * The printed summary and the files the examples program writes.
 */
class SummaryTest {

    private static String summary() {
        return summary(SeedDataset.build());
    }

    private static String summary(Dataset dataset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Summary(dataset).print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theSummaryListsCountsAgreementsSchemesAndSdgTags() {
        String text = summary();
        assertTrue(text.startsWith("uhc-model seed dataset: 92 entities, valid\n"), text);
        assertTrue(text.contains("  organisations      35\n"), text);
        assertTrue(text.contains("partnership-convention      | CNAS + CHU de Bruxelles"), text);
        assertTrue(text.contains("| date not given"), text);
        assertTrue(text.contains("| 2024-11-04 (inferred)"), text);
        assertTrue(text.contains("CMU                          | CNAM     | CI      | HF.1.2    | compulsory"), text);
        assertTrue(text.contains("Tagged with SDG 3.8:\n"), text);
        assertTrue(text.contains("programme  AI-PASS2 – "), text);
    }

    @Test
    void theSeedDatasetHasNoWarningsAndTheSummarySaysSo() {
        assertEquals(List.of(), SeedDataset.build().warnings());
        String text = summary();
        assertTrue(text.endsWith("\n\nWarnings: none\n"), text);
    }

    @Test
    void theSummaryListsEachWarningOnOneLineWithItsPathRuleMessageAndValue() {
        Dataset dataset = Dataset.builder()
            .addOrganization(Organization.builder()
                .id(EntityId.of("who-afro"))
                .name(LocalizedText.of("en", "WHO Regional Office for Africa"))
                .kind(OrganizationKind.MULTILATERAL)
                .country(CountryCode.of("CG"))
                .build())
            .build();
        assertEquals(1, dataset.warnings().size(), dataset.warnings().toString());
        String text = summary(dataset);
        assertTrue(text.endsWith("\n\nWarnings:\n  organizations[0].country [organization.multilateral-country]: "
            + dataset.warnings().get(0).message() + " (value: CG)\n"), text);
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

package org.uhcmodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples program run as a program of its own: what it prints on standard output and on standard error.
 */
class SeedExamplesTest {

    @Test
    void theProgramBuildsTheSeedDataset() {
        assertEquals(SeedDataset.build(), SeedExamples.seedDataset());
        assertEquals(8, SeedExamples.seedDataset().agreements().size());
    }

    @Test
    void theProgramPrintsTheSummaryAndItsWarningsAndNothingOnStandardError(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dbasedir=" + dir,
                SeedExamples.class.getName())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the program did not end within two minutes");
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), printed);
        assertEquals("", Files.readString(err, StandardCharsets.UTF_8));
        assertTrue(printed.startsWith("uhc-model seed dataset: 92 entities, valid\n"), printed);
        assertTrue(printed.contains("\nWarnings: none\n"), printed);
        assertFalse(printed.contains("HV000001"), printed);
        assertTrue(Files.isRegularFile(dir.resolve("target").resolve("seed-dataset.json")));
        assertTrue(Files.isRegularFile(dir.resolve("target").resolve("seed-network.mmd")));
        for (String series : new String[] {
            "  Algeria           56    61    67    74    74    74    74",
            "  Belarus           53    59    70    76    78    81    79",
            "  Belgium           77    81    83    86    87    87    86",
            "  Burundi           19    24    33    40    40    42    41",
            "Ivoire     22    25    33    43    44    41    43",
            "  France            79    81    82    84    85    84    85",
            "  Kazakhstan        56    64    70    77    79    82    80",
            "  Mauritania        21    25    32    33    39    36    40",
            "  World             45    50    58    65    67    68    68"}) {
            assertTrue(printed.contains(series + "\n"), series + "\n" + printed);
        }
        assertTrue(printed.contains("UHC service coverage index (SDG 3.8.1), World Bank, World Development "
            + "Indicators of 2025-01-28:"), printed);
        String csv = Files.readString(dir.resolve("target").resolve("seed-countries-uhc-index.csv"),
            StandardCharsets.UTF_8);
        assertEquals(1 + 9 * 7, csv.split("\n").length);
        assertTrue(Files.isRegularFile(dir.resolve("target").resolve("seed-countries-uhc-index.json")));
    }

    @Test
    void hibernateValidatorIsNotOnTheClassPath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.hibernate.validator.HibernateValidator"));
    }
}

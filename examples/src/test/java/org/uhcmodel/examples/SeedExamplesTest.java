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
    }

    @Test
    void hibernateValidatorIsNotOnTheClassPath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.hibernate.validator.HibernateValidator"));
    }
}

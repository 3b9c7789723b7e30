package org.uhcmodel.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.json.UhcJson;

/**
 * The examples program: builds and validates the dataset of the five seed texts, writes it in the JSON wire format
 * to {@code target/seed-dataset.json} and the diagram of who agreed with whom to {@code target/seed-network.mmd}
 * of the examples module, and prints a summary with the dataset's warnings. It writes nothing on standard error.
 */
public final class SeedExamples {

    private SeedExamples() {
    }

    /**
     * Runs the examples.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        Dataset dataset = seedDataset();
        Path json = write(targetDirectory().resolve("seed-dataset.json"), json(dataset));
        Path diagram = write(targetDirectory().resolve("seed-network.mmd"), NetworkDiagram.mermaid(dataset));
        PrintStream out = System.out;
        new Summary(dataset).print(out);
        out.println();
        out.println("Dataset in the JSON wire format: " + json);
        out.println("Diagram of who agreed with whom: " + diagram);
    }

    /**
     * Builds the dataset of the seed texts.
     *
     * @return the dataset, not null
     */
    public static Dataset seedDataset() {
        return SeedDataset.build();
    }

    /**
     * Writes a dataset in the pretty JSON wire format, ending with a line break.
     *
     * @param dataset  the dataset, not null
     * @return the JSON document, not null
     */
    public static String json(Dataset dataset) {
        return UhcJson.writer().pretty().write(dataset) + "\n";
    }

    /**
     * Gets the build directory of the examples module: {@code target} under the {@code basedir} system property
     * when set (Maven sets it to the module directory), else {@code examples/target} when run from the repository
     * root, else {@code target} of the working directory.
     *
     * @return the directory, not null
     */
    static Path targetDirectory() {
        String basedir = System.getProperty("basedir");
        if (basedir != null && !basedir.isBlank()) {
            return Paths.get(basedir, "target");
        }
        Path module = Paths.get("examples");
        if (Files.isRegularFile(module.resolve("pom.xml"))) {
            return module.resolve("target");
        }
        return Paths.get("target");
    }

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write " + file, ex);
        }
    }
}

package org.uhcmodel.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.iati.IatiProblem;
import org.uhcmodel.iati.IatiWriter;
import org.uhcmodel.json.UhcJson;
import org.uhcmodel.programme.Programme;

/**
 * The examples program: builds and validates the dataset of the five seed texts, writes it in the JSON wire format
 * to {@code target/seed-dataset.json}, the diagram of who agreed with whom to {@code target/seed-network.mmd}, the
 * programmes that have what IATI requires of an activity as IATI 2.03 XML to {@code target/seed-activities.iati.xml}
 * and the organisations that IATI identifies to {@code target/seed-organisations.iati.xml}, all in the examples
 * module, and prints a summary with the dataset's warnings and what keeps the other programmes from IATI; then reads
 * the UHC service coverage index (SDG 3.8.1) of the eight seed countries and the World from the World Bank's file,
 * writes it to {@code target/seed-countries-uhc-index.csv} and {@code target/seed-countries-uhc-index.json}, and
 * prints it as a table. It writes nothing on standard error.
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
        Path activities = write(targetDirectory().resolve("seed-activities.iati.xml"), iatiActivities(dataset));
        Path organisations = write(targetDirectory().resolve("seed-organisations.iati.xml"),
            iatiOrganisations(dataset));
        PrintStream out = System.out;
        new Summary(dataset).print(out);
        out.println();
        out.println("Programmes not written as IATI activities, with what IATI requires that they lack:");
        for (Programme programme : dataset.programmes()) {
            List<IatiProblem> problems = IatiWriter.create().check(dataset, programme);
            if (!problems.isEmpty()) {
                out.println("  " + programme.id() + ": " + problems.stream().map(IatiProblem::code)
                    .map(code -> code.substring("iati.".length())).collect(Collectors.joining(", ")));
            }
        }
        out.println();
        out.println("Dataset in the JSON wire format: " + json);
        out.println("Diagram of who agreed with whom: " + diagram);
        out.println("Programmes as IATI 2.03 activities: " + activities);
        out.println("Organisations as IATI 2.03 organisations: " + organisations);
        SeedCountriesCoverage coverage = SeedCountriesCoverage.read();
        Path table = write(targetDirectory().resolve("seed-countries-uhc-index.csv"), coverage.csv());
        Path coverageJson = write(targetDirectory().resolve("seed-countries-uhc-index.json"),
            json(coverage.dataset()));
        out.println();
        coverage.print(out);
        out.println();
        out.println("Observations as a tidy table: " + table);
        out.println("Observations in the JSON wire format: " + coverageJson);
    }

    /**
     * Writes the programmes of a dataset that have what IATI requires of an activity as an IATI 2.03 activity file.
     *
     * @param dataset  the dataset, not null
     * @return the document, not null
     * @throws org.uhcmodel.iati.IatiWriteException if no programme can be written
     */
    public static String iatiActivities(Dataset dataset) {
        List<Programme> writable = new ArrayList<>();
        for (Programme programme : dataset.programmes()) {
            if (IatiWriter.create().check(dataset, programme).isEmpty()) {
                writable.add(programme);
            }
        }
        return IatiWriter.create().writeActivities(dataset, writable);
    }

    /**
     * Writes the organisations of a dataset that IATI identifies, with their type known, as an IATI 2.03
     * organisation file.
     *
     * @param dataset  the dataset, not null
     * @return the document, not null
     * @throws org.uhcmodel.iati.IatiWriteException if no organisation can be written
     */
    public static String iatiOrganisations(Dataset dataset) {
        List<Organization> writable = new ArrayList<>();
        for (Organization organization : dataset.organizations()) {
            if (IatiWriter.create().check(dataset, organization).isEmpty()) {
                writable.add(organization);
            }
        }
        return IatiWriter.create().writeOrganisations(dataset, writable);
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

package org.uhcmodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.json.UhcJson;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.meta.Property;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema serves other languages: ajv compiles it in strict mode and finds the seed dataset valid, and the
 * TypeScript types quicktype generates from it, named by the schema's titles, compile under {@code tsc --strict} and
 * read the seed dataset.
 * <p>
 * It runs where Node.js is installed and the environment variable {@value #TOOLS} names a directory whose
 * {@code node_modules} holds ajv, ajv-formats, quicktype and typescript: {@code .ci/run} installs them there, and
 * fails when Node.js is present and this test did not run. Elsewhere it is skipped, so that the build needs no
 * Node.js.
 */
class SchemaInOtherLanguagesTest {

    /** The environment variable naming the directory of the Node.js tools. */
    static final String TOOLS = "UHC_NODE_TOOLS";

    private static Path tools;

    @BeforeAll
    static void findTools() {
        String dir = System.getenv(TOOLS);
        assumeTrue(dir != null && !dir.isEmpty(), "Skipped: " + TOOLS + " is not set. Set it to a directory where "
            + "`npm install ajv ajv-formats quicktype typescript` ran, with Node.js on the PATH, as .ci/run does.");
        tools = Path.of(dir).toAbsolutePath();
        assertTrue(Files.isDirectory(tools.resolve("node_modules")), TOOLS + "=" + tools + " holds no node_modules");
    }

    /** What a command printed, and how it ended. */
    private static final class Run {
        final int status;
        final String output;

        Run(int status, String output) {
            this.status = status;
            this.output = output;
        }
    }

    /** Runs Node.js in a directory, with the tools' modules on its module path. */
    private static Run node(Path dir, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("NODE_PATH", tools.resolve("node_modules").toString());
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output;
        try (InputStream in = process.getInputStream()) {
            output = in.readAllBytes();
        }
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "node " + String.join(" ", arguments) + " did not end");
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static Run succeeds(Path dir, String... arguments) throws IOException, InterruptedException {
        Run run = node(dir, arguments);
        assertEquals(0, run.status, "node " + String.join(" ", arguments) + ":\n" + run.output);
        return run;
    }

    /** Copies a resource of this test, a file of the typescript directory or the seed dataset, into a directory. */
    private static Path copy(String resource, Path dir) throws IOException {
        Path target = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = SchemaInOtherLanguagesTest.class.getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
        return target;
    }

    private static Path schema(Path dir) throws IOException {
        return Files.writeString(dir.resolve("uhc-model.schema.json"), UhcJson.schema(), StandardCharsets.UTF_8);
    }

    @Test
    void ajvCompilesTheSchemaInStrictModeAndFindsTheSeedDatasetValid(@TempDir Path dir) throws Exception {
        copy("typescript/ajv-strict.cjs", dir);
        schema(dir);
        copy("seed-dataset.json", dir);
        Run run = succeeds(dir, "ajv-strict.cjs", "uhc-model.schema.json", "seed-dataset.json");
        assertEquals("ajv strict: schema compiled, 1 documents valid", run.output.strip());

        // The same check refuses what breaks the schema, and a schema that strict mode refuses.
        Files.writeString(dir.resolve("invalid.json"), "{\"schemaVersion\": \"1.0\", \"organizations\": [{}]}");
        Run invalid = node(dir, "ajv-strict.cjs", "uhc-model.schema.json", "invalid.json");
        assertEquals(1, invalid.status, invalid.output);
        assertTrue(invalid.output.contains("must have required property 'id'"), invalid.output);
        Files.writeString(dir.resolve("loose.json"), "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
            + " \"pattern\": \"^a$\"}");
        Run loose = node(dir, "ajv-strict.cjs", "loose.json");
        assertEquals(1, loose.status, loose.output);
        assertTrue(loose.output.contains("strictTypes"), loose.output);
    }

    @Test
    void typeScriptTypesGeneratedFromTheSchemaCompileStrictlyAndReadTheSeedDataset(@TempDir Path dir)
            throws Exception {
        schema(dir);
        copy("typescript/read-dataset.ts", dir);
        copy("typescript/run.cjs", dir);
        Path seed = copy("seed-dataset.json", dir);
        String modules = tools.resolve("node_modules") + File.separator;
        succeeds(dir, modules + "quicktype/dist/index.js", "--src-lang", "schema", "--lang", "typescript",
            "--top-level", "Dataset", "--out", "Dataset.ts", "uhc-model.schema.json");
        String types = Files.readString(dir.resolve("Dataset.ts"), StandardCharsets.UTF_8);
        for (String named : List.of("interface Dataset ", "interface Organization ", "interface Money ",
                "interface Agreement ", "interface Budget ", "interface IndicatorObservation ",
                "type OrganizationKind ")) {
            assertTrue(types.contains("export " + named), "Dataset.ts has no " + named);
        }
        // Every type is named after a definition of the schema, none guessed from a property name (such as
        // OrganizationElement for an item of organizations); quicktype writes acronyms in capitals (DACSector), and
        // names the type of a document's version constant after its property.
        Set<String> defined = new HashSet<>();
        JsonMapper.shared().readTree(UhcJson.schema()).get("$defs").propertyNames()
            .forEach(name -> defined.add(name.toLowerCase(Locale.ROOT)));
        Matcher exported = Pattern.compile("export (?:interface|type|enum) (\\w+)").matcher(types);
        int count = 0;
        while (exported.find()) {
            String name = exported.group(1);
            count++;
            assertTrue(name.equals("SchemaVersion") || defined.contains(name.toLowerCase(Locale.ROOT)),
                "Dataset.ts names a type " + name + " that the schema does not define");
        }
        assertTrue(count > 50, "Dataset.ts exports " + count + " types");
        assertTrue(types.contains(ModelTypes.of(Organization.class).description().substring(0, 40)),
            "Dataset.ts does not carry the schema's descriptions");

        succeeds(dir, modules + "typescript/bin/tsc", "--strict", "--noEmitOnError", "--target", "es2020",
            "--module", "commonjs", "--outDir", "out", "Dataset.ts", "read-dataset.ts");
        Run run = succeeds(dir, "run.cjs", "out/read-dataset.js", seed.getFileName().toString());
        assertEquals(summary(UhcJson.reader().read(Files.readString(seed, StandardCharsets.UTF_8), Dataset.class)),
            run.output.strip());
    }

    /** What read-dataset.ts tells of a dataset, told from the Java model. */
    private static String summary(Dataset dataset) {
        List<String> counts = new ArrayList<>();
        for (Property<?> property : ModelTypes.of(Dataset.class).properties()) {
            Object value = property.get(dataset);
            if (value instanceof Collection && !((Collection<?>) value).isEmpty()) {
                counts.add(property.name() + "=" + ((Collection<?>) value).size());
            }
        }
        counts.sort(null);
        List<String> lines = new ArrayList<>(List.of(String.join(" ", counts)));
        for (Organization organization : dataset.organizations()) {
            lines.add(organization.id().value() + " " + organization.kind().code() + " " + organization.name().first());
        }
        return String.join("\n", lines);
    }
}

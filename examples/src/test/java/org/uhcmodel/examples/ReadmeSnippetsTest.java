package org.uhcmodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.meta.Property;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;

/**
 * The Java code README shows compiles against the public API and does what README says it does.
 * <p>
 * A snippet is a {@code java} block of README that starts with its imports; its other lines are statements. Every
 * snippet is compiled with {@code javac -Werror}, as written, with no import added, against the class path of this
 * test without the classes of the examples module, in a class of the unnamed package, so that it reaches only the
 * public API; then it is run. A snippet ending with the comment {@code // ModelViolationException: message} throws
 * that exception with that message, each comment line a line of it, a line ending in {@code ...} its beginning;
 * any other snippet throws nothing. The entities the snippets of "The seed documents" build agree with the seed
 * dataset. The {@code java} blocks of the sections README's examples own ({@link #SECTIONS}) are all snippets. The
 * snippets of the sections of other modules ({@link #ELSEWHERE}) are compiled by those modules' tests.
 */
class ReadmeSnippetsTest {

    /** The sections of README whose every {@code java} block must be a complete snippet. */
    private static final List<String> SECTIONS = List.of("A taste", "JSON", "The seed documents");

    /** The sections whose snippets need what this module lacks, compiled by the tests of the module they show. */
    private static final List<String> ELSEWHERE = List.of("Web services");

    /** The section whose entities must agree with the seed dataset. */
    private static final String SEED_SECTION = "The seed documents";

    /** A statement at the start of a line declaring a local variable: its type, then its name. */
    private static final Pattern DECLARATION = Pattern.compile("^[A-Z][\\w.]*(<[^=]*>)?\\s+([a-z]\\w*)\\s*=");

    /** The comment that announces the exception a snippet throws, followed by the exception's message. */
    private static final String THROWS = "// ModelViolationException: ";

    /** The name of the map in which a compiled snippet records its local variables. */
    private static final String VALUES = "readmeSnippetValues";

    /** A {@code java} block of README. */
    private static final class Block {
        /** The title of the README section holding the block. */
        final String section;
        /** The README line of the block's first line, from 1. */
        final int line;
        /** The lines between the fences. */
        final List<String> lines;

        Block(String section, int line, List<String> lines) {
            this.section = section;
            this.line = line;
            this.lines = lines;
        }

        /** Whether the block starts with its imports. */
        boolean isSnippet() {
            return !lines.isEmpty() && lines.get(0).startsWith("import ");
        }

        /** The import lines. */
        List<String> imports() {
            return lines.stream().filter(l -> l.startsWith("import ")).collect(Collectors.toList());
        }

        /** The lines that are not imports: statements, comments and blank lines. */
        List<String> statements() {
            return lines.stream().filter(l -> !l.startsWith("import ")).collect(Collectors.toList());
        }

        /** Where the block is, for messages. */
        String name() {
            return "README.md line " + line + " (" + section + ")";
        }
    }

    /** README, found from the module directory or from the repository root. */
    private static Path readme() {
        Path fromModule = Paths.get("..", "README.md");
        return Files.isRegularFile(fromModule) ? fromModule : Paths.get("README.md");
    }

    /** Every {@code java} block of README, in order. */
    private static List<Block> blocks() throws IOException {
        List<String> text = Files.readAllLines(readme(), StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        String section = "";
        for (int i = 0; i < text.size(); i++) {
            if (text.get(i).startsWith("## ")) {
                section = text.get(i).substring(3).strip();
            } else if (text.get(i).equals("```java")) {
                int start = i + 1;
                while (!text.get(++i).equals("```")) {
                    // The block ends at the closing fence.
                }
                blocks.add(new Block(section, start + 1, text.subList(start, i)));
            }
        }
        return blocks;
    }

    /** The blocks that are snippets, in order, but those of the sections of other modules. */
    private static List<Block> snippets() throws IOException {
        return blocks().stream().filter(b -> b.isSnippet() && !ELSEWHERE.contains(b.section))
            .collect(Collectors.toList());
    }

    /**
     * The source of the class that runs a snippet: its imports, then its statements in a method that records the
     * value of each local variable the snippet declares at the start of a line, once its statement has run.
     */
    private static String source(String className, Block block) {
        StringBuilder source = new StringBuilder();
        block.imports().forEach(l -> source.append(l).append('\n'));
        source.append("\npublic final class ").append(className).append(" {\n")
            .append("    public static void run(java.util.Map<String, Object> ").append(VALUES)
            .append(") throws Exception {\n");
        String declared = null;
        int depth = 0;
        for (String line : block.statements()) {
            Matcher declaration = DECLARATION.matcher(line);
            if (depth == 0 && declaration.find()) {
                declared = declaration.group(2);
            }
            source.append("        ").append(line).append('\n');
            depth += depth(line);
            if (declared != null && depth == 0 && code(line).endsWith(";")) {
                source.append("        ").append(VALUES).append(".put(\"").append(declared).append("\", ")
                    .append(declared).append(");\n");
                declared = null;
            }
        }
        return source.append("    }\n}\n").toString();
    }

    /** The line without a trailing comment or white space; string and character literals are kept whole. */
    private static String code(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0 && c == '\\') {
                i++;
            } else if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (line.startsWith("//", i)) {
                return line.substring(0, i).strip();
            }
        }
        return line.strip();
    }

    /** The brackets a line opens and does not close, outside literals and comments. */
    private static int depth(String line) {
        String code = code(line);
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quote != 0 && c == '\\') {
                i++;
            } else if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '{') {
                depth++;
            } else if (c == ')' || c == '}') {
                depth--;
            }
        }
        return depth;
    }

    /** The class path of this test without the classes of the examples module, main and test. */
    private static String apiClassPath() throws Exception {
        List<Path> examples = List.of(
            Paths.get(SeedDataset.class.getProtectionDomain().getCodeSource().getLocation().toURI()),
            Paths.get(ReadmeSnippetsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !entry.isEmpty() && examples.stream().noneMatch(p -> p.equals(Paths.get(entry))))
            .collect(Collectors.joining(File.pathSeparator));
    }

    /** Compiles the snippets into a directory, each as class {@code ReadmeSnippet} followed by its index. */
    private static void compile(List<Block> snippets, Path classes) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path sources = Files.createDirectories(classes.resolve("sources"));
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8", "-proc:none",
            "-Xlint:all,-path", "-Werror", "-classpath", apiClassPath(), "-d", classes.toString()));
        for (int i = 0; i < snippets.size(); i++) {
            Path file = sources.resolve("ReadmeSnippet" + i + ".java");
            Files.writeString(file, source("ReadmeSnippet" + i, snippets.get(i)), StandardCharsets.UTF_8);
            arguments.add(file.toString());
        }
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        if (javac.run(null, diagnostics, diagnostics, arguments.toArray(new String[0])) != 0) {
            StringBuilder message = new StringBuilder("README's snippets do not compile:\n")
                .append(diagnostics.toString(StandardCharsets.UTF_8));
            for (int i = 0; i < snippets.size(); i++) {
                message.append("ReadmeSnippet").append(i).append(".java is ").append(snippets.get(i).name())
                    .append('\n');
            }
            fail(message.toString());
        }
    }

    /** What a snippet did when run. */
    private static final class Run {
        /** The values of the local variables it declared, in order, as far as it ran. */
        final Map<String, Object> values = new LinkedHashMap<>();
        /** What it threw, null if nothing. */
        Throwable thrown;
    }

    /** Runs the compiled snippet of an index. */
    private static Run run(ClassLoader loader, int index) throws ReflectiveOperationException {
        Run run = new Run();
        Method method = loader.loadClass("ReadmeSnippet" + index).getMethod("run", Map.class);
        try {
            method.invoke(null, run.values);
        } catch (InvocationTargetException ex) {
            run.thrown = ex.getCause();
        }
        return run;
    }

    /** The message a snippet's comment shows, one line per comment line, without the comment marks. */
    private static List<String> announcedMessage(Block block) {
        List<String> message = new ArrayList<>();
        List<String> lines = block.statements();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(THROWS)) {
                message.add(lines.get(i).substring(THROWS.length()));
                while (++i < lines.size() && lines.get(i).startsWith("//   ")) {
                    message.add(lines.get(i).substring(3));
                }
            }
        }
        return message;
    }

    @Test
    void theSectionsOfTheExamplesShowOnlyCompleteSnippets() throws IOException {
        for (String section : SECTIONS) {
            List<Block> blocks = blocks().stream().filter(b -> b.section.equals(section)).collect(Collectors.toList());
            assertFalse(blocks.isEmpty(), "README has no java block in section " + section);
            for (Block block : blocks) {
                assertTrue(block.isSnippet(), block.name() + " does not start with its imports");
            }
        }
    }

    @Test
    void everySnippetCompilesAndRunsAsItsCommentsSay(@TempDir Path classes) throws Exception {
        List<Block> snippets = snippets();
        compile(snippets, classes);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ReadmeSnippetsTest.class.getClassLoader())) {
            for (int i = 0; i < snippets.size(); i++) {
                Block block = snippets.get(i);
                Throwable thrown = run(loader, i).thrown;
                List<String> announced = announcedMessage(block);
                if (announced.isEmpty()) {
                    if (thrown != null) {
                        throw new AssertionError(block.name() + " throws", thrown);
                    }
                    continue;
                }
                assertTrue(thrown instanceof ModelViolationException,
                    block.name() + (thrown == null ? " throws nothing" : " throws " + thrown));
                List<String> message = List.of(thrown.getMessage().split("\\R"));
                assertEquals(announced.size(), message.size(), block.name() + ": " + thrown.getMessage());
                for (int l = 0; l < announced.size(); l++) {
                    String shown = announced.get(l);
                    String elided = shown.endsWith("...") ? shown.substring(0, shown.length() - 3) : shown;
                    assertTrue(shown.endsWith("...") ? message.get(l).startsWith(elided) : message.get(l).equals(shown),
                        block.name() + " shows \"" + shown + "\" where the exception says \"" + message.get(l) + "\"");
                }
            }
        }
    }

    @Test
    void theEntitiesOfTheSeedSnippetAgreeWithTheSeedDataset(@TempDir Path classes) throws Exception {
        List<Block> snippets = snippets();
        compile(snippets, classes);
        Dataset seeds = SeedDataset.build();
        int compared = 0;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ReadmeSnippetsTest.class.getClassLoader())) {
            for (int i = 0; i < snippets.size(); i++) {
                if (!snippets.get(i).section.equals(SEED_SECTION)) {
                    continue;
                }
                for (Object value : run(loader, i).values.values()) {
                    if (value instanceof Entity) {
                        assertAgrees(seeds, (Entity) value);
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared > 0, "README's section " + SEED_SECTION + " builds no entity");
    }

    /** Every property the entity sets, a value or a non-empty collection, equals that of the seed entity. */
    private static void assertAgrees(Dataset seeds, Entity entity) {
        Entity seed = seeds.find(entity.id())
            .orElseThrow(() -> new AssertionError("README's " + entity.id() + " is not in the seed dataset"));
        assertEquals(seed.getClass(), entity.getClass(), entity.id().value());
        for (Property<?> property : ModelTypes.of(entity.getClass()).properties()) {
            Object shown = property.get(entity);
            if (shown != null && !(shown instanceof Collection && ((Collection<?>) shown).isEmpty())) {
                assertEquals(property.get(seed), shown, entity.id() + "." + property.name());
            }
        }
    }

    @Test
    void aMultilateralOrganisationWithACountryIsBuiltWithAWarning() {
        Organization body = Organization.builder()
            .id(EntityId.of("who-afro"))
            .name(LocalizedText.of("en", "WHO Regional Office for Africa"))
            .kind(OrganizationKind.MULTILATERAL)
            .country(CountryCode.of("CG"))
            .build();
        assertEquals(List.of("organization.multilateral-country"), rules(
            ModelTypes.of(Organization.class).warnings(body)));
        assertEquals(List.of("organization.multilateral-country"), rules(
            Dataset.builder().addOrganization(body).build().warnings()));
    }

    /** The rule codes of violations, in order. */
    private static List<String> rules(List<Violation> violations) {
        return violations.stream().map(Violation::rule).collect(Collectors.toList());
    }
}

package org.uhcmodel.testing.usage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.testing.AtLeastThousandTries;

/**
 * The code of README's "Testing with uhc-model" section, verbatim, runs as a property; and README still shows exactly
 * this code, and the dependency on this module's artifact at the project's version.
 */
@AtLeastThousandTries
class ReadmeTestingExampleTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path SOURCE = Path.of("src", "test", "java", "org", "uhcmodel", "testing", "usage",
        "ReadmeTestingExampleTest.java");

    // README, "Testing with uhc-model": from here
    @Property(tries = 1000)
    void everyAgreementOfADatasetIsFoundById(@ForAll Dataset dataset) {
        for (Agreement a : dataset.agreements())
            assertEquals(Optional.of(a), dataset.find(a.id()));
    }
    // to here.

    /** As JUnit's, which README's reader has at hand. */
    private static void assertEquals(Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            throw new AssertionError("expected " + expected + " but was " + actual);
        }
    }

    private static String section() throws IOException {
        String text = Files.readString(README, StandardCharsets.UTF_8);
        int start = text.indexOf("\n## Testing with uhc-model\n");
        check(start >= 0, "README has no section \"Testing with uhc-model\"");
        int end = text.indexOf("\n## ", start + 1);
        return end < 0 ? text.substring(start) : text.substring(start, end);
    }

    private static List<String> blocks(String section, String language) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(section);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    @Example
    void readmeShowsTheCodeOfThisTest() throws IOException {
        List<String> java = blocks(section(), "java");
        check(!java.isEmpty(), "README's testing section shows no Java code");
        String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
        for (String block : java) {
            StringBuilder indented = new StringBuilder();
            for (String line : block.split("\n", -1)) {
                indented.append(line.isEmpty() ? "" : "    " + line).append('\n');
            }
            String code = indented.toString().stripTrailing();
            check(source.contains("// README, \"Testing with uhc-model\": from here\n" + code + "\n    // to here."),
                "README's testing section shows code this test does not run verbatim:\n" + block);
        }
    }

    @Example
    void readmeShowsTheDependencyOnThisModule() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        Matcher parent = Pattern.compile("<parent>.*?<version>(.*?)</version>.*?</parent>",
                Pattern.DOTALL).matcher(pom);
        check(parent.find(), "no parent version in pom.xml");
        Matcher artifact = Pattern.compile("</parent>.*?<artifactId>(.*?)</artifactId>", Pattern.DOTALL).matcher(pom);
        check(artifact.find(), "no artifactId in pom.xml");
        String expected = "<dependency>\n  <groupId>org.uhcmodel</groupId>\n  <artifactId>" + artifact.group(1)
            + "</artifactId>\n  <version>" + parent.group(1) + "</version>\n  <scope>test</scope>\n</dependency>\n";
        check(blocks(section(), "xml").contains(expected), "README's testing section does not show the dependency\n"
            + expected);
    }
}

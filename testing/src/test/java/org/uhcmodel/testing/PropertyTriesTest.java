package org.uhcmodel.testing;

import static org.uhcmodel.testing.Refusals.check;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.uhcmodel.value.CountryCode;

/** Every property of this module runs at least 1,000 tries, and the check of it fails a property that runs fewer. */
@AtLeastThousandTries
class PropertyTriesTest {

    /**
     * A property over the 249 assigned country codes, which jqwik generates exhaustively: 249 tries. Not run on its
     * own (Surefire skips nested classes); launched by {@link #aPropertyOverAFiniteSpaceFailsTheCheck()}.
     */
    @AtLeastThousandTries
    static class FiniteSpace {
        @Property(tries = 1000)
        void everyCountryHasACode(@ForAll CountryCode country) {
            check(!country.code().isEmpty(), "no code");
        }
    }

    private static List<Class<?>> testClasses() throws IOException {
        Path root = Path.of(URI.create(
            PropertyTriesTest.class.getProtectionDomain().getCodeSource().getLocation().toString()));
        check(Files.isDirectory(root), "test classes not found at " + root);
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                try {
                    classes.add(Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        PropertyTriesTest.class.getClassLoader()));
                } catch (ClassNotFoundException ex) {
                    throw new AssertionError(ex);
                }
            }
        }
        return classes;
    }

    @Example
    void everyPropertyAsksForAThousandTriesAndIsChecked() throws IOException {
        Set<String> wrong = new TreeSet<>();
        int properties = 0;
        for (Class<?> type : testClasses()) {
            for (Method m : type.getDeclaredMethods()) {
                Property p = m.getAnnotation(Property.class);
                if (p == null) {
                    continue;
                }
                properties++;
                String name = type.getName() + "." + m.getName();
                if (p.tries() < AtLeastThousandTries.TRIES) {
                    wrong.add(name + " asks for " + p.tries() + " tries");
                }
                if (p.generation() == GenerationMode.EXHAUSTIVE) {
                    wrong.add(name + " is generated exhaustively");
                }
                if (!type.isAnnotationPresent(AtLeastThousandTries.class)) {
                    wrong.add(name + ": " + type.getSimpleName() + " is not annotated @AtLeastThousandTries");
                }
            }
        }
        check(properties > 100, "found only " + properties + " properties");
        check(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Example
    void aPropertyOverAFiniteSpaceFailsTheCheck() throws InterruptedException {
        List<Throwable> failures = JqwikLauncher.failures(DiscoverySelectors.selectClass(FiniteSpace.class));
        check(failures.size() == 1, "expected the finite property to fail once, got " + failures);
        String message = String.valueOf(failures.get(0).getMessage());
        check(message.contains("ran " + CountryCode.assignedCodes().size() + " tries"), "unexpected failure: "
                + message);
    }
}

package org.uhcmodel.testing;

import static org.uhcmodel.testing.Refusals.assertRefusedWith;
import static org.uhcmodel.testing.Refusals.check;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.uhcmodel.value.EntityId;

/** The catalogue of invalid variants covers every rule code of core. */
@AtLeastThousandTries
class InvalidVariantCatalogueTest {

    private static final Path CORE_SOURCES = Path.of("..", "core", "src", "main", "java", "org", "uhcmodel");

    /** Rule codes of built-in constraints, by annotation, as core's Rules derives them. */
    private static final Map<String, String> BUILT_IN = Map.of("NotNull", "required", "NotBlank", "not-blank",
        "NotEmpty", "not-empty", "PositiveOrZero", "positive-or-zero", "Size", "size", "Min", "min", "Max", "max",
        "Pattern", "pattern", "Positive", "positive");

    @Example
    void everyRuleOfTheMessageCatalogueHasInvalidVariants() throws IOException {
        Set<String> missing = new TreeSet<>(catalogueCodes());
        missing.removeAll(InvalidVariants.rules());
        check(missing.isEmpty(), "rules of rules.properties without invalid variants: " + missing);
    }

    @Example
    void everyRuleReportedInCoreSourcesHasInvalidVariants() throws IOException {
        check(Files.isDirectory(CORE_SOURCES), "core sources not found at " + CORE_SOURCES.toAbsolutePath());
        Set<String> missing = new TreeSet<>(sourceCodes());
        missing.removeAll(InvalidVariants.rules());
        check(missing.isEmpty(), "rules found in core sources without invalid variants: " + missing);
    }

    @Example
    void everyInvalidVariantIsOfAKnownRule() throws IOException {
        Set<String> known = new TreeSet<>(catalogueCodes());
        known.addAll(sourceCodes());
        Set<String> unknown = new TreeSet<>(InvalidVariants.rules());
        unknown.removeAll(known);
        check(unknown.isEmpty(), "invalid variants of rules core does not have: " + unknown);
    }

    /** The facades whose {@code with...} methods name the invalid variants of each rule. */
    private static final List<Class<?>> FACADES = List.of(Values.class, Sources.class, Actors.class, Agreements.class,
        Programmes.class, CoverageSchemes.class, Sdg.class, Datasets.class);

    @Example
    void everyRuleHasANamedArbitraryOnAFacade() throws ReflectiveOperationException {
        Set<String> named = new TreeSet<>();
        for (Class<?> facade : FACADES) {
            for (Method m : facade.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getName().startsWith("with")
                    && m.getGenericReturnType().getTypeName().equals("net.jqwik.api.Arbitrary<" + InvalidVariant.class.getName() + ">")) {
                    Arbitrary<?> variants = (Arbitrary<?>) m.invoke(null);
                    named.add(((InvalidVariant) variants.sample()).rule());
                }
            }
        }
        Set<String> unnamed = new TreeSet<>(InvalidVariants.rules());
        unnamed.removeAll(named);
        check(unnamed.isEmpty(), "rules without a with... method on a facade: " + unnamed);
    }

    @Example
    void everyRuleHasAPropertyAssertingItsCode() {
        Set<String> asserted = new TreeSet<>();
        for (Class<?> container : List.of(ValuesRefusalProperties.class, SourcesRefusalProperties.class,
                ActorsRefusalProperties.class, AgreementsRefusalProperties.class, ProgrammesRefusalProperties.class,
                CoverageSchemesRefusalProperties.class, SdgRefusalProperties.class, DatasetsRefusalProperties.class)) {
            for (Method m : container.getDeclaredMethods()) {
                int at = m.getName().indexOf("IsRefusedAs_");
                if (m.isAnnotationPresent(Property.class) && at >= 0) {
                    asserted.add(m.getName().substring(at + "IsRefusedAs_".length()));
                }
            }
        }
        Set<String> missing = new TreeSet<>();
        for (String rule : InvalidVariants.rules()) {
            if (!asserted.contains(rule.replace('.', '_').replace('-', '_'))) {
                missing.add(rule);
            }
        }
        check(missing.isEmpty(), "rules without a property ...IsRefusedAs_<rule>: " + missing);
    }

    @Property(tries = 1000)
    void anyInvalidVariantIsRefusedWithExactlyItsRule(@ForAll InvalidVariant variant) {
        Statistics.label("rule").collect(variant.rule());
        assertRefusedWith(variant, variant.rule());
    }

    private static Set<String> catalogueCodes() throws IOException {
        // Read from core's jar (or classes directory) itself: on the module path the package is not open to us.
        Properties rules = new Properties();
        Path core = Path.of(URI.create(EntityId.class.getProtectionDomain().getCodeSource().getLocation().toString()));
        String name = "org/uhcmodel/internal/rules.properties";
        if (Files.isDirectory(core)) {
            try (InputStream in = Files.newInputStream(core.resolve(name))) {
                rules.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } else {
            try (ZipFile jar = new ZipFile(core.toFile())) {
                ZipEntry entry = jar.getEntry(name);
                check(entry != null, name + " not in " + core);
                try (InputStream in = jar.getInputStream(entry)) {
                    rules.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        }
        check(rules.size() > 60, "too few rules in " + core + ": " + rules.keySet());
        return rules.stringPropertyNames();
    }

    /** Codes given to sink.report, Rules.failure and constraint messages, and built-in constraints in use. */
    private static Set<String> sourceCodes() throws IOException {
        Pattern literal = Pattern.compile("(?:sink\\.report|Rules\\.failure\\([A-Za-z.]+, \"[^\"]*\",)\\s*\\(?\"([a-z0-9.-]+)\"");
        Pattern message = Pattern.compile("message = \"\\{([a-z0-9.-]+)}\"");
        Pattern annotation = Pattern.compile("@(NotNull|NotBlank|NotEmpty|PositiveOrZero|Size|Min|Max|Pattern|Positive)\\b(\\([^)]*\\))?");
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CORE_SOURCES)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String text = Files.readString(file);
                Matcher m = literal.matcher(text);
                while (m.find()) {
                    codes.add(m.group(1));
                }
                m = message.matcher(text);
                while (m.find()) {
                    codes.add(m.group(1));
                }
                m = annotation.matcher(text);
                while (m.find()) {
                    if (m.group(2) == null || !m.group(2).contains("message")) {
                        codes.add(BUILT_IN.get(m.group(1)));
                    }
                }
                if (text.contains("Codes.fromCode")) {
                    codes.add("unknown-code");
                }
            }
        }
        check(codes.size() > 60 && codes.contains("agreement.signatory-not-party") && codes.contains("required"),
            "the scan of core sources found too few rules: " + codes);
        return codes;
    }
}

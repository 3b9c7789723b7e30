package org.uhcmodel.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.Coded;

/**
 * Checks every closed vocabulary of the model, as {@link Vocabularies#all()} lists them, against the table of codes
 * and labels in {@code vocabularies.csv} beside this class.
 * <p>
 * The table is the specification of the codes: the wire format writes them, so a code changed, added or removed in an
 * enum fails {@link #theCodesAndLabelsAreThoseOfTheTable} until the table says so too. Each line is
 * {@code vocabulary,code,label}, in the enum's declaration order; a field holding a comma or a quote is quoted, a
 * quote in it doubled.
 */
class VocabulariesTest {

    /** Codes that no vocabulary has, or not written so: codes are matched exactly. */
    private static final List<String> UNKNOWN_CODES = List.of("", " ", "no-such-code", "unknown code");

    private static final Map<String, List<List<String>>> TABLE = readTable("vocabularies.csv");

    static Stream<Vocabulary<?>> vocabularies() {
        return Vocabularies.all().stream();
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void codesAreUnique(Vocabulary<?> vocabulary) {
        Set<String> seen = new HashSet<>();
        for (String code : vocabulary.codes()) {
            assertTrue(seen.add(code), vocabulary + " repeats the code " + code);
        }
        assertEquals(vocabulary.terms().size(), vocabulary.codes().size());
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void theTermsAreTheEnumsConstantsInOrder(Vocabulary<?> vocabulary) {
        assertEquals(List.of(vocabulary.type().getEnumConstants()), vocabulary.terms());
        List<String> codes = new ArrayList<>();
        for (Coded term : vocabulary.terms()) {
            codes.add(term.code());
        }
        assertEquals(codes, vocabulary.codes());
        assertEquals(vocabulary.type().getSimpleName(), vocabulary.name());
        assertEquals(vocabulary.name(), vocabulary.toString());
        assertThrows(UnsupportedOperationException.class, () -> vocabulary.codes().clear());
        assertThrows(UnsupportedOperationException.class, () -> vocabulary.terms().clear());
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void everyTermIsReadBackFromItsCode(Vocabulary<?> vocabulary) throws ReflectiveOperationException {
        for (Coded term : vocabulary.terms()) {
            assertSame(term, vocabulary.fromCode(term.code()), term.code());
            assertSame(term, enumFromCode(vocabulary, term.code()), term.code());
        }
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void eachEnumDeclaresItsVocabulary(Vocabulary<?> vocabulary) throws ReflectiveOperationException {
        assertSame(vocabulary, vocabulary.type().getField("VOCABULARY").get(null));
        assertEquals(Optional.of(vocabulary), findIn(vocabulary.type()));
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void anUnknownCodeIsRefusedNamingEveryAllowedCode(Vocabulary<?> vocabulary) {
        List<String> unknown = new ArrayList<>(UNKNOWN_CODES);
        String first = vocabulary.codes().get(0);
        unknown.add(" " + first);
        unknown.add(first + " ");
        for (String code : unknown) {
            ModelViolationException ex = assertThrows(ModelViolationException.class, () -> vocabulary.fromCode(code));
            assertEquals(vocabulary.name(), ex.typeName());
            assertEquals(List.of(Rule.UNKNOWN_CODE.code()), ex.rules());
            Violation violation = ex.violations().get(0);
            assertEquals("", violation.path());
            assertEquals(Optional.of(code), violation.invalidValue());
            assertEquals(Rule.UNKNOWN_CODE.message(Map.of("allowed", String.join(", ", vocabulary.codes()))),
                violation.message());
            for (String allowed : vocabulary.codes()) {
                assertTrue(violation.message().contains(allowed), violation.message());
            }
            ModelViolationException viaEnum = assertThrows(ModelViolationException.class,
                () -> enumFromCode(vocabulary, code));
            assertEquals(ex.violations(), viaEnum.violations());
        }
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void aNullCodeIsANullPointerException(Vocabulary<?> vocabulary) {
        assertEquals("code", assertThrows(NullPointerException.class, () -> vocabulary.fromCode(null)).getMessage());
        assertEquals("code", assertThrows(NullPointerException.class, () -> vocabulary.find(null)).getMessage());
        assertEquals("code", assertThrows(NullPointerException.class, () -> enumFromCode(vocabulary, null))
            .getMessage());
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void findFindsEveryTermAndNoUnknownCode(Vocabulary<?> vocabulary) {
        for (Coded term : vocabulary.terms()) {
            assertEquals(Optional.of(term), vocabulary.find(term.code()), term.code());
        }
        for (String code : UNKNOWN_CODES) {
            assertEquals(Optional.empty(), vocabulary.find(code), code);
        }
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void everyTermHasACodeAndALabel(Vocabulary<?> vocabulary) {
        for (Coded term : vocabulary.terms()) {
            assertFalse(term.code().isBlank(), term::toString);
            assertFalse(term.label().isBlank(), term::code);
        }
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void everyVocabularyNamesTheListItFollows(Vocabulary<?> vocabulary) {
        assertFalse(vocabulary.source().isBlank(), vocabulary::name);
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void theCodesAndLabelsAreThoseOfTheTable(Vocabulary<?> vocabulary) {
        List<List<String>> actual = new ArrayList<>();
        for (Coded term : vocabulary.terms()) {
            actual.add(List.of(term.code(), term.label()));
        }
        assertEquals(TABLE.get(vocabulary.name()), actual, vocabulary.name());
    }

    @Test
    void theTableListsEveryVocabularyAndNoOther() {
        assertEquals(new TreeSet<>(TABLE.keySet()),
            Vocabularies.all().stream().map(Vocabulary::name).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(Vocabularies.all().size(), TABLE.size(), "each vocabulary has one name");
    }

    @Test
    void everyCodedEnumOfCoreIsAVocabulary() {
        List<Class<?>> coded = codedEnumsOfCore();
        assertFalse(coded.isEmpty(), "no coded enum found beside " + Vocabularies.class.getName());
        Set<Class<?>> listed = Vocabularies.all().stream().map(Vocabulary::type).collect(Collectors.toSet());
        List<String> missing = coded.stream().filter(type -> !listed.contains(type)).map(Class::getName)
            .sorted().collect(Collectors.toList());
        assertEquals(List.of(), missing, "coded enums that Vocabularies does not list");
        assertEquals(coded.size(), listed.size(), "Vocabularies lists only the coded enums of core, each once");
    }

    @Test
    void theCatalogueCannotBeModified() {
        assertThrows(UnsupportedOperationException.class, () -> Vocabularies.all().clear());
        assertSame(Vocabularies.all(), Vocabularies.all());
        assertEquals("type", assertThrows(NullPointerException.class, () -> Vocabularies.find(null)).getMessage());
    }

    /** Calls the enum's own {@code fromCode}, throwing what it throws. */
    private static Object enumFromCode(Vocabulary<?> vocabulary, String code) throws ReflectiveOperationException {
        Method fromCode = vocabulary.type().getMethod("fromCode", String.class);
        assertTrue(Modifier.isStatic(fromCode.getModifiers()), fromCode::toString);
        try {
            return fromCode.invoke(null, code);
        } catch (InvocationTargetException ex) {
            if (ex.getCause() instanceof RuntimeException) {
                throw (RuntimeException) ex.getCause();
            }
            throw ex;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<Vocabulary<?>> findIn(Class<?> type) {
        return (Optional) Vocabularies.find((Class) type);
    }

    /** Every enum implementing {@link Coded} among the compiled classes of core: the directory or jar of the model. */
    private static List<Class<?>> codedEnumsOfCore() {
        Path location;
        try {
            location = Path.of(Vocabularies.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
        List<String> names = new ArrayList<>();
        try {
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    files.filter(f -> f.toString().endsWith(".class"))
                        .forEach(f -> names.add(location.relativize(f).toString().replace('\\', '/')));
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
                        String name = entries.nextElement().getName();
                        if (name.endsWith(".class")) {
                            names.add(name);
                        }
                    }
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        List<Class<?>> found = new ArrayList<>();
        for (String file : names) {
            if (file.endsWith("module-info.class") || file.endsWith("package-info.class")) {
                continue;
            }
            String className = file.substring(0, file.length() - ".class".length()).replace('/', '.');
            Class<?> type;
            try {
                type = Class.forName(className, false, Vocabularies.class.getClassLoader());
            } catch (ClassNotFoundException ex) {
                throw new IllegalStateException(ex);
            }
            if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
                found.add(type);
            }
        }
        if (found.isEmpty()) {
            fail("no coded enum in " + location);
        }
        return found;
    }

    /** Reads the table: for each vocabulary, in order, its terms as {@code [code, label]}. */
    private static Map<String, List<List<String>>> readTable(String resource) {
        Map<String, List<List<String>>> table = new LinkedHashMap<>();
        try (InputStream in = VocabulariesTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (!"vocabulary,code,label".equals(header)) {
                throw new IllegalStateException(resource + " must start with vocabulary,code,label: " + header);
            }
            int number = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isEmpty()) {
                    continue;
                }
                List<String> fields = splitCsv(line);
                if (fields.size() != 3) {
                    throw new IllegalStateException(resource + " line " + number + " has not 3 fields: " + line);
                }
                table.computeIfAbsent(fields.get(0), k -> new ArrayList<>()).add(List.of(fields.get(1), fields.get(2)));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return table;
    }

    /** Splits a line of CSV: fields separated by commas, a field in quotes may hold commas and doubled quotes. */
    private static List<String> splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalStateException("unclosed quote: " + line);
        }
        fields.add(field.toString());
        return fields;
    }
}

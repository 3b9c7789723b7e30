package org.uhcmodel.scheme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.meta.Vocabularies;
import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Rules;

/**
 * Checks that the page for users on coverage schemes, {@code docs/schemes.md}, names every type, rule and vocabulary
 * of the package, so that it cannot fall behind the code.
 */
class SchemeDocumentationTest {

    private static String page;

    @BeforeAll
    static void readThePage() throws IOException {
        Path fromModule = Paths.get("..", "docs", "schemes.md");
        Path page = Files.isRegularFile(fromModule) ? fromModule : Paths.get("docs", "schemes.md");
        SchemeDocumentationTest.page = Files.readString(page, StandardCharsets.UTF_8);
    }

    @Test
    void namesEveryTypeOfThePackage() {
        List<String> missing = new ArrayList<>();
        for (ModelType<?> type : ModelTypes.all()) {
            if (type.javaType().getPackage() == CoverageScheme.class.getPackage()
                && !page.contains("`" + type.name() + "`")) {
                missing.add(type.name());
            }
        }
        assertTrue(missing.isEmpty(), "docs/schemes.md does not name " + missing);
    }

    @Test
    void namesEveryRuleOfThePackageAndOfItsDatasetRules() {
        List<String> missing = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            boolean ofScheme = rule.type().map(t -> t.getPackage() == CoverageScheme.class.getPackage()).orElse(false);
            if ((ofScheme || rule.code().equals("dataset.legal-basis-kind"))
                && !page.contains("`" + rule.code() + "`")) {
                missing.add(rule.code());
            }
        }
        assertTrue(missing.isEmpty(), "docs/schemes.md does not name " + missing);
    }

    @Test
    void namesEveryVocabularyOfThePackage() {
        List<String> missing = new ArrayList<>();
        for (Vocabulary<?> vocabulary : Vocabularies.all()) {
            if (vocabulary.type().getPackage() == CoverageScheme.class.getPackage()
                && !page.contains("`" + vocabulary.type().getSimpleName() + "`")) {
                missing.add(vocabulary.type().getSimpleName());
            }
        }
        assertTrue(missing.isEmpty(), "docs/schemes.md does not name " + missing);
    }
}

package org.uhcmodel.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.only;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.uhcmodel.validation.ModelViolationException;

class SourceKindTest {

    private static final List<String> CODES = List.of("news-article", "press-release", "official-communique", "project-page", "report", "dataset");

    @Test
    void codesAreTheDocumentedOnesInOrder() {
        assertEquals(CODES, Arrays.stream(SourceKind.values()).map(SourceKind::code).collect(Collectors.toList()));
    }

    @ParameterizedTest
    @EnumSource(SourceKind.class)
    void everyTermIsFoundByItsCode(SourceKind kind) {
        assertSame(kind, SourceKind.fromCode(kind.code()));
    }

    @ParameterizedTest
    @EnumSource(SourceKind.class)
    void everyTermHasALabel(SourceKind kind) {
        assertTrue(!kind.label().isBlank(), kind::name);
    }

    @Test
    void labelIsEnglish() {
        assertEquals("Official communiqué", SourceKind.OFFICIAL_COMMUNIQUE.label());
    }

    @Test
    void unknownCodeIsRefusedNamingTheAllowedCodes() {
        ModelViolationException ex = assertBroken(() -> SourceKind.fromCode("unknown"), "", "unknown-code");
        assertTrue(only(ex).message().contains(String.join(", ", CODES)), ex::getMessage);
    }

    @Test
    void codeIsMatchedExactly() {
        assertBroken(() -> SourceKind.fromCode(" " + CODES.get(0)), "", "unknown-code");
        assertBroken(() -> SourceKind.fromCode(CODES.get(0) + " "), "", "unknown-code");
    }

    @Test
    void nullCodeIsRefusedAtOnce() {
        assertNullRefused(() -> SourceKind.fromCode(null), "code");
    }
}

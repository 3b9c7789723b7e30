package org.uhcmodel.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Violation;

/**
 * Assertions every closed vocabulary must pass.
 */
final class VocabularyAssertions {

    private VocabularyAssertions() {
    }

    /**
     * Asserts that every term has a distinct, non-blank code that {@code fromCode} reads back to the same term.
     */
    static <E extends Enum<E> & Coded> void assertEveryCodeRoundTrips(Class<E> type, Function<String, E> fromCode) {
        E[] terms = type.getEnumConstants();
        Set<String> codes = Arrays.stream(terms).map(Coded::code).collect(Collectors.toSet());
        assertEquals(terms.length, codes.size(), "codes of " + type.getSimpleName() + " must be distinct");
        for (E term : terms) {
            assertFalse(term.code().isBlank(), term.name());
            assertSame(term, fromCode.apply(term.code()), term.name());
        }
    }

    /**
     * Asserts that an unknown code is refused with rule {@code unknown-code}, whose message lists every allowed code.
     */
    static <E extends Enum<E> & Coded> void assertUnknownCodeRefused(Class<E> type, Function<String, E> fromCode,
            String unknown) {
        ModelViolationException ex = assertThrows(ModelViolationException.class, () -> fromCode.apply(unknown));
        assertEquals(List.of("unknown-code"), ex.rules());
        assertEquals(type.getSimpleName(), ex.typeName());
        Violation violation = ex.violations().get(0);
        assertEquals("", violation.path());
        assertEquals(Optional.ofNullable(unknown), violation.invalidValue());
        for (E term : type.getEnumConstants()) {
            assertTrue(violation.message().contains(term.code()), "message must list " + term.code() + ": " + violation.message());
            assertTrue(ex.getMessage().contains(term.code()), ex.getMessage());
        }
    }
}

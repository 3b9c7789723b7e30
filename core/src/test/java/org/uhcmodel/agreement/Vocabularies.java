package org.uhcmodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.uhcmodel.RuleAssertions;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.Coded;

/** Assertions shared by the tests of this package's vocabularies. */
final class Vocabularies {

    private static final Pattern KEBAB = Pattern.compile("[a-z]+(?:-[a-z]+)*");

    private Vocabularies() {
    }

    /** Asserts every constant reads back from its code, and codes are unique lower-kebab words. */
    static <E extends Enum<E> & Coded> void assertRoundTrips(E[] values, Function<String, E> fromCode) {
        Set<String> codes = new HashSet<>();
        for (E value : values) {
            assertSame(value, fromCode.apply(value.code()), value.name());
            assertTrue(KEBAB.matcher(value.code()).matches(), value.code());
            assertTrue(codes.add(value.code()), "duplicate code " + value.code());
        }
    }

    /**
     * Asserts an unknown code is refused with rule unknown-code and a message listing every allowed code, and a null
     * code at once with a {@code NullPointerException} naming it.
     */
    static <E extends Enum<E> & Coded> void assertUnknownRefused(E[] values, Function<String, E> fromCode) {
        RuleAssertions.assertNullRefused(() -> fromCode.apply(null), "code");
        for (String unknown : List.of("no-such-code", "", values[0].code().toUpperCase())) {
            ModelViolationException ex = assertThrows(ModelViolationException.class, () -> fromCode.apply(unknown));
            assertEquals(List.of("unknown-code"), ex.rules());
            Violation violation = ex.violations().get(0);
            assertEquals(Optional.of(unknown), violation.invalidValue());
            for (E value : values) {
                assertTrue(violation.message().contains(value.code()), violation.message());
            }
        }
    }

    /** Asserts every label is present and capitalised. */
    static <E extends Enum<E>> void assertLabelled(E[] values, Function<E, String> label) {
        for (E value : values) {
            String text = label.apply(value);
            assertFalse(text.isBlank(), value.name());
            assertTrue(Character.isUpperCase(text.charAt(0)), text);
        }
    }
}

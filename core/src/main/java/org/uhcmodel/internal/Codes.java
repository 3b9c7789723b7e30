package org.uhcmodel.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.Coded;

/**
 * Looks up vocabulary terms by their external code.
 */
public final class Codes {

    private static final ClassValue<Map<String, Object>> BY_CODE = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Object constant : type.getEnumConstants()) {
                Object previous = map.put(((Coded) constant).code(), constant);
                if (previous != null) {
                    throw new IllegalStateException("Duplicate code in " + type.getName() + ": " + ((Coded) constant).code());
                }
            }
            return Map.copyOf(map);
        }
    };

    private Codes() {
    }

    /**
     * Finds the term of a vocabulary with the given code.
     *
     * @param <E>  the vocabulary
     * @param type  the vocabulary's enum class, not null
     * @param code  the code to look up, exact match
     * @return the term, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code}, naming the allowed codes
     */
    public static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        Object found = code == null ? null : BY_CODE.get(type).get(code);
        if (found == null) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Coded::code)
                .collect(Collectors.joining(", "));
            throw Rules.failure(type, List.of(Violation.of("", "unknown-code",
                "unknown " + type.getSimpleName() + " code; allowed codes: " + allowed, code)));
        }
        return type.cast(found);
    }
}

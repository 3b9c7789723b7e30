package org.uhcmodel.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.Coded;

/**
 * A closed vocabulary of the model: an enum of {@link Coded} terms, the official list it follows and its edition.
 * {@link Vocabularies} lists them all.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param <E>  the enum of terms
 */
public final class Vocabulary<E extends Enum<E> & Coded> {

    private static final Map<Class<?>, Vocabulary<?>> REGISTERED = new ConcurrentHashMap<>();

    private final Class<E> type;
    private final String source;
    private final List<E> terms;
    private final List<String> codes;
    private final Map<String, E> byCode;

    private Vocabulary(Class<E> type, String source) {
        this.type = type;
        this.source = source;
        this.terms = List.of(type.getEnumConstants());
        List<String> codeList = new ArrayList<>(terms.size());
        Map<String, E> map = new HashMap<>();
        for (E term : terms) {
            codeList.add(term.code());
            if (map.put(term.code(), term) != null) {
                throw new IllegalStateException("Duplicate code in " + type.getName() + ": " + term.code());
            }
        }
        this.codes = List.copyOf(codeList);
        this.byCode = map;
    }

    /**
     * Describes an enum as a vocabulary; called once, by the enum itself.
     *
     * @param <E>  the enum
     * @param type  the enum class, not null
     * @param source  the official list the codes follow, with its edition, such as
     *  {@code IATI Standard 2.03 codelist OrganisationType}, or {@code uhc-model} for the model's own, not null
     * @return the vocabulary, not null
     * @throws IllegalStateException if two terms share a code
     */
    public static <E extends Enum<E> & Coded> Vocabulary<E> of(Class<E> type, String source) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Vocabulary<E> vocabulary = new Vocabulary<>(type, source);
        REGISTERED.put(type, vocabulary);
        return vocabulary;
    }

    /** The vocabulary an enum registered, if its class is initialised. */
    static Vocabulary<?> registered(Class<?> type) {
        return REGISTERED.get(type);
    }

    /**
     * Gets the enum class.
     *
     * @return the class, not null
     */
    public Class<E> type() {
        return type;
    }

    /**
     * Gets the name, the simple name of the enum.
     *
     * @return the name, such as {@code OrganizationKind}, not null
     */
    public String name() {
        return type.getSimpleName();
    }

    /**
     * Gets the official list the codes follow, with its edition.
     *
     * @return the source, such as {@code IATI Standard 2.03 codelist ActivityStatus}, or {@code uhc-model}, not null
     */
    public String source() {
        return source;
    }

    /**
     * Gets the terms, in declaration order.
     *
     * @return the unmodifiable terms, not null
     */
    public List<E> terms() {
        return terms;
    }

    /**
     * Gets the codes, in declaration order.
     *
     * @return the unmodifiable codes, not null
     */
    public List<String> codes() {
        return codes;
    }

    /**
     * Finds a term by code.
     *
     * @param code  the exact code, not null
     * @return the term, empty if the code is not of this vocabulary
     */
    public Optional<E> find(String code) {
        return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * Obtains a term by code.
     *
     * @param code  the exact code, not null
     * @return the term, not null
     * @throws ModelViolationException with rule {@code unknown-code}, naming the allowed codes, if the code is unknown
     */
    public E fromCode(String code) {
        E term = byCode.get(Objects.requireNonNull(code, "code"));
        if (term == null) {
            throw new ModelViolationException(name(),
                List.of(Violation.of("", Rule.UNKNOWN_CODE, code, Map.of("allowed", String.join(", ", codes)))));
        }
        return term;
    }

    /**
     * Outputs the name.
     *
     * @return the name, not null
     */
    @Override
    public String toString() {
        return name();
    }
}

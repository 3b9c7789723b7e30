package org.uhcmodel.meta;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A type of the model whose values are written as text: {@code EntityId}, {@code CountryCode}, {@code PartialDate}
 * and the like. Each has a parser that refuses malformed text with the model's rules and a canonical form that the
 * parser reads back; {@link ModelTypes#textTypes()} lists them all, so that a reader, a writer or a schema can follow
 * a new one without code of its own.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param <T>  the type
 */
public final class TextType<T> {

    private static final Map<Class<?>, TextType<?>> REGISTERED = new ConcurrentHashMap<>();

    private final Class<T> javaType;
    private final Function<String, T> parser;
    private final Function<T, String> formatter;
    private final String description;
    private final String pattern;

    private TextType(Class<T> javaType, Function<String, T> parser, Function<T, String> formatter, String description,
                     String pattern) {
        this.javaType = javaType;
        this.parser = parser;
        this.formatter = formatter;
        this.description = description;
        this.pattern = pattern;
    }

    /**
     * Describes a type written as text; called once, by the type itself.
     *
     * @param <T>  the type
     * @param javaType  the class, not null
     * @param parser  reads the canonical form, refusing malformed text with a
     *  {@link org.uhcmodel.validation.ModelViolationException}, not null
     * @param formatter  writes the canonical form, which the parser reads back, not null
     * @param description  a one-sentence description of the form, not null
     * @param pattern  a regular expression, valid in Java and ECMAScript, that every canonical form matches, or null
     *  if the form is better described by the description alone
     * @return the description of the type, not null
     */
    public static <T> TextType<T> of(Class<T> javaType, Function<String, T> parser, Function<T, String> formatter,
                                     String description, String pattern) {
        TextType<T> type = new TextType<>(Objects.requireNonNull(javaType, "javaType"),
            Objects.requireNonNull(parser, "parser"), Objects.requireNonNull(formatter, "formatter"),
            Objects.requireNonNull(description, "description"), pattern);
        REGISTERED.put(javaType, type);
        return type;
    }

    /** The text type a class registered, if its class is initialised. */
    static TextType<?> registered(Class<?> type) {
        return REGISTERED.get(type);
    }

    /**
     * Gets the Java type.
     *
     * @return the class, not null
     */
    public Class<T> javaType() {
        return javaType;
    }

    /**
     * Gets the name, the simple name of the Java type.
     *
     * @return the name, such as {@code CountryCode}, not null
     */
    public String name() {
        return javaType.getSimpleName();
    }

    /**
     * Reads a value from its canonical form.
     *
     * @param text  the text, not null
     * @return the value, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the text is not a value of the type
     */
    public T parse(String text) {
        return parser.apply(Objects.requireNonNull(text, "text"));
    }

    /**
     * Writes a value in its canonical form.
     *
     * @param value  the value, not null
     * @return the text, which {@link #parse(String)} reads back, not null
     */
    public String format(T value) {
        return formatter.apply(javaType.cast(Objects.requireNonNull(value, "value")));
    }

    /**
     * Gets a one-sentence description of the form.
     *
     * @return the description, not null
     */
    public String description() {
        return description;
    }

    /**
     * Gets a regular expression, valid in Java and ECMAScript, that every canonical form matches; it may match text
     * the parser refuses for other reasons (such as an unassigned country code).
     *
     * @return the pattern, empty if the form is described only in words
     */
    public Optional<String> pattern() {
        return Optional.ofNullable(pattern);
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

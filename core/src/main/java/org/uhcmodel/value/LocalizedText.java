package org.uhcmodel.value;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.uhcmodel.internal.LanguageTag;
import org.uhcmodel.internal.Rules;

/**
 * Text in one or more languages, keyed by BCP 47 language tag.
 * <p>
 * Sources are often French; Arabic, Cyrillic and any other script are kept exactly as given.
 * Entries keep the order in which they were added, and the order is part of the value: the first entry is the
 * text to show when no language is preferred, so {@code fr, ar} and {@code ar, fr} are different values.
 * <p>
 * Rules: {@code localized-text.empty} (no entry), {@code not-blank} (a blank tag or text, at
 * {@code entries[tag]}), {@code language-tag.format} (a tag that is not canonical BCP 47).
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LocalizedText {

    LocalizedText() {
    }

    /**
     * Obtains a text in a single language.
     *
     * @param languageTag  the canonical BCP 47 tag, such as {@code fr} or {@code ar-DZ}, not null
     * @param text  the text, not blank
     * @return the localized text, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the tag or the text is invalid
     */
    public static LocalizedText of(String languageTag, String text) {
        return builder().putEntry(languageTag, text).build();
    }

    /**
     * Creates a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the text per language, in the order added.
     *
     * @return the unmodifiable entries, at least one
     */
    @NotEmpty(message = "{localized-text.empty}")
    public abstract Map<@NotBlank @LanguageTag String, @NotBlank String> entries();

    /**
     * Gets the text in the given language.
     *
     * @param languageTag  the tag, not null
     * @return the text, empty if there is none in that language
     */
    public Optional<String> in(String languageTag) {
        return Optional.ofNullable(entries().get(Objects.requireNonNull(languageTag, "languageTag")));
    }

    /**
     * Gets the first text added, the one to show when no language is preferred.
     *
     * @return the text, not null
     */
    public String first() {
        return entries().values().iterator().next();
    }

    /**
     * Checks if this text equals another: the same entries in the same order.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return this == obj || obj instanceof LocalizedText
            && List.copyOf(entries().entrySet()).equals(List.copyOf(((LocalizedText) obj).entries().entrySet()));
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return List.copyOf(entries().entrySet()).hashCode();
    }

    @Value.Check
    void check() {
        Rules.check(this, LocalizedText.class);
    }

    /**
     * Builds a {@link LocalizedText}: setters and adders refuse null, and {@code build()} checks every rule and throws one
     * {@link org.uhcmodel.validation.ModelViolationException} listing every violation. A builder is not thread-safe
     * and can be reused. Its generated methods follow {@linkplain org.uhcmodel.validation the builder contract},
     * whatever their own documentation says.
     */
    public static final class Builder extends ImmutableLocalizedText.Builder {
        Builder() {
        }
    }
}

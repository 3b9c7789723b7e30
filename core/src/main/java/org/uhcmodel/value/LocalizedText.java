package org.uhcmodel.value;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.RuleBook;
import org.uhcmodel.validation.Blank;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Severity;

/**
 * Text in one or more languages, keyed by BCP 47 language tag.
 * <p>
 * Sources are often French; Arabic, Cyrillic and any other script are kept exactly as given.
 * Entries keep the order in which they were added, and the order is part of the value: the first entry is the
 * text to show when no language is preferred, so {@code fr, ar} and {@code ar, fr} are different values.
 * <p>
 * Rules: {@code localized-text.empty} (no entry, at {@code entries}), {@code not-blank} (a blank tag or text, at
 * {@code entries[tag]}), {@code language-tag.format} (a tag that is not canonical BCP 47, at {@code entries[tag]}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class LocalizedText {

    private static final Rule EMPTY = RuleBook.error(LocalizedText.class, "localized-text.empty",
        "must hold text in at least one language");
    private static final Rule LANGUAGE_TAG = RuleBook.error(LocalizedText.class, "language-tag.format",
        "must be a well-formed BCP 47 language tag in canonical case, such as fr, en, ar or ar-DZ");

    /** The language tags and texts, in pairs, in the order given: compact, as most texts have one or two. */
    private final String[] pairs;

    private LocalizedText(String[] pairs) {
        this.pairs = pairs;
    }

    /**
     * Obtains a text in a single language.
     *
     * @param languageTag  the canonical BCP 47 tag, such as {@code fr} or {@code ar-DZ}, not null
     * @param text  the text, not blank, not null
     * @return the localized text, not null
     * @throws NullPointerException if the tag or the text is null
     * @throws org.uhcmodel.validation.ModelViolationException if the tag or the text is invalid
     */
    public static LocalizedText of(String languageTag, String text) {
        Objects.requireNonNull(languageTag, "languageTag");
        Objects.requireNonNull(text, "text");
        String[] pairs = {languageTag, text};
        check(pairs);
        return new LocalizedText(pairs);
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
     * Checks whether text is a language tag as the model requires one: a well-formed BCP 47 tag written in its
     * canonical case, such as {@code fr}, {@code ar-DZ}, {@code zh-Hant-TW} or {@code es-419}. The deprecated
     * language codes {@code iw}, {@code ji} and {@code in} are not canonical: {@code he}, {@code yi} and {@code id}
     * are.
     *
     * @param tag  the text, not null
     * @return true if the text is a canonical language tag
     */
    public static boolean isLanguageTag(CharSequence tag) {
        Objects.requireNonNull(tag, "tag");
        int simple = simpleTag(tag);
        if (simple != 0) {
            return simple > 0;
        }
        return isCanonical(tag.toString());
    }

    /** Whether Java's own reading of a tag writes it back unchanged: a well-formed tag in canonical case. */
    private static boolean isCanonical(String tag) {
        try {
            return !tag.isEmpty() && new Locale.Builder().setLanguageTag(tag).build().toLanguageTag().equals(tag);
        } catch (IllformedLocaleException ex) {
            return false;
        }
    }

    /**
     * Judges the common forms of tag by hand: a language of two or three lower-case letters, then optionally a
     * script of four letters in title case, then optionally a region of two upper-case letters or three digits.
     *
     * @return 1 for a canonical tag of that form, -1 for text that is no tag, 0 to leave the judgement to the full
     *  parse of BCP 47
     */
    private static int simpleTag(CharSequence tag) {
        int n = tag.length();
        int i = 0;
        while (i < n && isLower(tag.charAt(i))) {
            i++;
        }
        if (i < 2 || i > 3) {
            return 0;
        }
        if (i == 2 && isDeprecatedLanguage(tag.charAt(0), tag.charAt(1))) {
            return -1;
        }
        if (i == n) {
            return 1;
        }
        if (tag.charAt(i) != '-') {
            return 0;
        }
        int start = i + 1;
        int end = subtagEnd(tag, start);
        if (end - start == 4 && isUpper(tag.charAt(start)) && isLower(tag.charAt(start + 1))
            && isLower(tag.charAt(start + 2)) && isLower(tag.charAt(start + 3))) {
            if (end == n) {
                return 1;
            }
            start = end + 1;
            end = subtagEnd(tag, start);
        }
        boolean region = end - start == 2 && isUpper(tag.charAt(start)) && isUpper(tag.charAt(start + 1))
            || end - start == 3 && isDigit(tag.charAt(start)) && isDigit(tag.charAt(start + 1))
            && isDigit(tag.charAt(start + 2));
        return region && end == n ? 1 : 0;
    }

    private static int subtagEnd(CharSequence tag, int start) {
        int i = start;
        while (i < tag.length() && tag.charAt(i) != '-') {
            i++;
        }
        return i;
    }

    /** The codes that Java, and BCP 47, replace: Hebrew, Yiddish and Indonesian. */
    private static boolean isDeprecatedLanguage(char first, char second) {
        return first == 'i' && (second == 'w' || second == 'n') || first == 'j' && second == 'i';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Gets the text per language, in the order added.
     *
     * @return the unmodifiable entries, at least one
     */
    public Map<String, String> entries() {
        return new Entries(pairs);
    }

    /**
     * Gets the text in the given language.
     *
     * @param languageTag  the tag, not null
     * @return the text, empty if there is none in that language
     */
    public Optional<String> in(String languageTag) {
        Objects.requireNonNull(languageTag, "languageTag");
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i].equals(languageTag)) {
                return Optional.of(pairs[i + 1]);
            }
        }
        return Optional.empty();
    }

    /**
     * Gets the first text added, the one to show when no language is preferred.
     *
     * @return the text, not null
     */
    public String first() {
        return pairs[1];
    }

    /**
     * Checks if this text equals another: the same entries in the same order.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof LocalizedText)) {
            return false;
        }
        return Arrays.equals(pairs, ((LocalizedText) obj).pairs);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}, which depends on the order of the entries.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Arrays.hashCode(pairs);
    }

    /**
     * Outputs the entries in order, such as {@code LocalizedText{fr=Santé, ar=صحة}}.
     *
     * @return the readable form, not null
     */
    @Override
    public String toString() {
        StringBuilder buf = new StringBuilder("LocalizedText{");
        boolean first = true;
        for (int i = 0; i < pairs.length; i += 2) {
            if (!first) {
                buf.append(", ");
            }
            first = false;
            buf.append(pairs[i]).append('=').append(pairs[i + 1]);
        }
        return buf.append('}').toString();
    }

    /** Refuses tags and texts that break a rule, every one at once. */
    private static void check(String[] pairs) {
        Checker checker = null;
        if (pairs.length == 0) {
            checker = new Checker(Severity.ERROR);
            checker.report(EMPTY, "entries", null);
        }
        for (int i = 0; i < pairs.length; i += 2) {
            String tag = pairs[i];
            String text = pairs[i + 1];
            Rule tagRule = Blank.isBlank(tag) ? Rule.NOT_BLANK : isLanguageTag(tag) ? null : LANGUAGE_TAG;
            boolean blankText = Blank.isBlank(text);
            if (tagRule != null || blankText) {
                if (checker == null) {
                    checker = new Checker(Severity.ERROR);
                }
                String path = "entries[" + tag + "]";
                if (tagRule != null) {
                    checker.report(tagRule, path, tag);
                }
                if (blankText) {
                    checker.report(Rule.NOT_BLANK, path, text);
                }
            }
        }
        if (checker != null) {
            checker.throwIfAny(LocalizedText.class);
        }
    }

    /** The entries as an unmodifiable map, in order, over the pairs. */
    private static final class Entries extends AbstractMap<String, String> {
        private final String[] pairs;

        Entries(String[] pairs) {
            this.pairs = pairs;
        }

        @Override
        public int size() {
            return pairs.length / 2;
        }

        @Override
        public String get(Object key) {
            for (int i = 0; i < pairs.length; i += 2) {
                if (pairs[i].equals(key)) {
                    return pairs[i + 1];
                }
            }
            return null;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public Set<Map.Entry<String, String>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return pairs.length / 2;
                }

                @Override
                public Iterator<Map.Entry<String, String>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < pairs.length;
                        }

                        @Override
                        public Map.Entry<String, String> next() {
                            if (next >= pairs.length) {
                                throw new NoSuchElementException();
                            }
                            Map.Entry<String, String> entry = new SimpleImmutableEntry<>(pairs[next], pairs[next + 1]);
                            next += 2;
                            return entry;
                        }
                    };
                }
            };
        }
    }

    /**
     * Builds a {@link LocalizedText}. A null tag or text is refused at once with a {@code NullPointerException};
     * {@code build()} checks every rule and throws one {@link org.uhcmodel.validation.ModelViolationException} listing
     * every violation. A builder is not thread-safe and can be reused: {@code build()} leaves it as it was.
     */
    public static final class Builder {

        private final Map<String, String> entries = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds the text in a language; a text already given in that language is replaced, in its place.
         *
         * @param languageTag  the canonical BCP 47 tag, such as {@code fr}, not null
         * @param text  the text, not blank, not null
         * @return this builder
         * @throws NullPointerException if the tag or the text is null
         */
        public Builder putEntry(String languageTag, String text) {
            Objects.requireNonNull(languageTag, "languageTag");
            Objects.requireNonNull(text, "text");
            entries.put(languageTag, text);
            return this;
        }

        /**
         * Adds the texts of a map, in its order; a text already given in a language is replaced, in its place.
         *
         * @param texts  the texts by canonical BCP 47 tag, no tag or text null, not null
         * @return this builder
         * @throws NullPointerException if the map, a tag or a text is null; nothing is added then
         */
        public Builder putAllEntries(Map<String, String> texts) {
            Objects.requireNonNull(texts, "entries");
            for (Map.Entry<String, String> entry : texts.entrySet()) {
                Objects.requireNonNull(entry.getKey(), "languageTag");
                Objects.requireNonNull(entry.getValue(), "text");
            }
            entries.putAll(texts);
            return this;
        }

        /**
         * Builds the text, checking every rule.
         *
         * @return the localized text, not null
         * @throws org.uhcmodel.validation.ModelViolationException listing every violation
         */
        public LocalizedText build() {
            String[] pairs = new String[entries.size() * 2];
            int i = 0;
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                pairs[i++] = entry.getKey();
                pairs[i++] = entry.getValue();
            }
            check(pairs);
            return new LocalizedText(pairs);
        }
    }
}

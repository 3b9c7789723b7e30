package org.uhcmodel.programme;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.PartialDate;

/**
 * A document about a programme published on the web: a project page, an evaluation, a memorandum of understanding, with
 * its IATI categories, from the IATI element document-link.
 * <p>
 * Rules: {@code required} (url, format, title), {@code not-empty} (categories), {@code document-link.url} (the address
 * is not an absolute http or https address with a host), {@code document-link.format} (the format is not a media type
 * such as {@code application/pdf}), {@code language-tag.format} (a language not a canonical BCP 47 tag, at
 * {@code languages[i]}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class DocumentLink extends ModelObject {

    private static final Shape<DocumentLink> SHAPE = Shape.of(DocumentLink.class, DocumentLink::new, Builder::new)
        .checkedBy(DocumentLink::check);
    private static final Prop<URI> URL = SHAPE.required("url", URI.class);
    private static final Prop<String> FORMAT = SHAPE.required("format", String.class);
    private static final Prop<LocalizedText> TITLE = SHAPE.required("title", LocalizedText.class);
    private static final Prop<LocalizedText> DESCRIPTION = SHAPE.optional("description", LocalizedText.class);
    private static final Prop<DocumentCategory> CATEGORIES = SHAPE.set("categories", DocumentCategory.class);
    private static final Prop<String> LANGUAGES = SHAPE.set("languages", String.class);
    private static final Prop<PartialDate> DATE = SHAPE.optional("date", PartialDate.class);

    private static final Rule URL_FORM = SHAPE.error("document-link.url",
        "must be an absolute http or https address with a host");
    private static final Rule FORMAT_FORM = SHAPE.error("document-link.format",
        "must be a media type, such as application/pdf or text/html");
    private static final Rule LANGUAGE_TAG = SHAPE.enforces(LocalizedText.class, "language-tag.format");

    private DocumentLink(Object[] values) {
        super(SHAPE, values);
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
     * Gets the address of the document.
     *
     * @return the address, an absolute http or https address, not null
     */
    @NotNull
    public URI url() {
        return value(URL);
    }

    /**
     * Gets the media type of the document.
     *
     * @return the media type, such as {@code application/pdf} or {@code text/html}, not null
     */
    @NotNull
    public String format() {
        return value(FORMAT);
    }

    /**
     * Gets the title.
     *
     * @return the title, not null
     */
    @NotNull
    public LocalizedText title() {
        return value(TITLE);
    }

    /**
     * Gets a description of the document.
     *
     * @return the description, empty if none
     */
    public Optional<LocalizedText> description() {
        return optional(DESCRIPTION);
    }

    /**
     * Gets the IATI categories of the document.
     *
     * @return the unmodifiable categories, at least one, not null
     */
    @NotEmpty
    public Set<@NotNull DocumentCategory> categories() {
        return set(CATEGORIES);
    }

    /**
     * Gets the languages the document is written in.
     *
     * @return the unmodifiable BCP 47 language tags, such as {@code fr}, empty if not stated
     */
    public Set<@NotNull String> languages() {
        return set(LANGUAGES);
    }

    /**
     * Gets the date the document was published.
     *
     * @return the date, empty if not stated
     */
    public Optional<PartialDate> date() {
        return optional(DATE);
    }

    private static void check(DocumentLink link, Checker checker) {
        URI url = link.value(URL);
        if (url != null && !isWebAddress(url)) {
            checker.report(URL_FORM, URL, url);
        }
        String format = link.value(FORMAT);
        if (format != null && !isMediaType(format)) {
            checker.report(FORMAT_FORM, FORMAT, format);
        }
        int i = 0;
        for (String language : link.languages()) {
            if (!LocalizedText.isLanguageTag(language)) {
                checker.report(LANGUAGE_TAG, "languages[" + i + "]", language);
            }
            i++;
        }
    }

    private static boolean isWebAddress(URI url) {
        String scheme = url.getScheme();
        return ("http".equals(scheme) || "https".equals(scheme)) && url.getHost() != null && !url.getHost().isEmpty();
    }

    /** A type and a subtype of RFC 6838 names, such as {@code application/vnd.ms-excel}. */
    private static boolean isMediaType(String format) {
        int slash = format.indexOf('/');
        return slash > 0 && isRestrictedName(format, 0, slash) && isRestrictedName(format, slash + 1, format.length());
    }

    private static boolean isRestrictedName(String text, int from, int to) {
        if (to - from < 1 || to - from > 127 || !isAlphanumeric(text.charAt(from))) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            char c = text.charAt(i);
            if (!isAlphanumeric(c) && "!#$&-^_.+".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlphanumeric(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /**
     * Builds a {@link DocumentLink}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<DocumentLink, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the address of the document.
         *
         * @param url  the value, not null
         * @return this builder
         */
        public Builder url(URI url) {
            return set(URL, url);
        }

        /**
         * Sets the media type of the document.
         *
         * @param format  the value, not null
         * @return this builder
         */
        public Builder format(String format) {
            return set(FORMAT, format);
        }

        /**
         * Sets the title.
         *
         * @param title  the value, not null
         * @return this builder
         */
        public Builder title(LocalizedText title) {
            return set(TITLE, title);
        }

        /**
         * Sets a description of the document.
         *
         * @param description  the value, not null
         * @return this builder
         */
        public Builder description(LocalizedText description) {
            return set(DESCRIPTION, description);
        }

        /**
         * Adds one of the IATI categories of the document.
         *
         * @param category  the value, not null
         * @return this builder
         */
        public Builder addCategory(DocumentCategory category) {
            return add(CATEGORIES, category);
        }

        /**
         * Adds, in order, the IATI categories of the document.
         *
         * @param categories  the values, none null, not null
         * @return this builder
         */
        public Builder addAllCategories(Iterable<? extends DocumentCategory> categories) {
            return addAll(CATEGORIES, categories);
        }

        /**
         * Replaces the IATI categories of the document.
         *
         * @param categories  the values, none null, not null
         * @return this builder
         */
        public Builder categories(Iterable<? extends DocumentCategory> categories) {
            return setAll(CATEGORIES, categories);
        }

        /**
         * Adds one of the languages the document is written in.
         *
         * @param language  the value, not null
         * @return this builder
         */
        public Builder addLanguage(String language) {
            return add(LANGUAGES, language);
        }

        /**
         * Adds, in order, the languages the document is written in.
         *
         * @param languages  the values, none null, not null
         * @return this builder
         */
        public Builder addAllLanguages(Iterable<? extends String> languages) {
            return addAll(LANGUAGES, languages);
        }

        /**
         * Replaces the languages the document is written in.
         *
         * @param languages  the values, none null, not null
         * @return this builder
         */
        public Builder languages(Iterable<? extends String> languages) {
            return setAll(LANGUAGES, languages);
        }

        /**
         * Sets the date the document was published.
         *
         * @param date  the value, not null
         * @return this builder
         */
        public Builder date(PartialDate date) {
            return set(DATE, date);
        }
    }
}

package org.uhcmodel.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.Blank;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.PartialDate;

/**
 * A document the model's records are taken from, such as a news article or a press release,
 * which records name through a {@link Citation}.
 * <p>
 * The publisher is kept as the document names it ("Le Jeune Indépendant", "AIP"); when the dataset also holds
 * the publisher as an organisation, {@link #publisherOrganization()} points to it. A document that reports
 * another one, such as an article quoting an agency note, cites it in {@link #citations()}.
 * <p>
 * Rules: {@code required} (id, title, publisher, language, kind), {@code not-blank} (publisher, language),
 * {@code language-tag.format} (language not a canonical BCP 47 tag, as {@link LocalizedText#isLanguageTag} judges it),
 * {@code source-document.url} (the URL is not an absolute {@code http} or {@code https} address with a host).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class SourceDocument extends ModelObject implements Entity {

    private static final Shape<SourceDocument> SHAPE = Shape.of(SourceDocument.class, SourceDocument::new, Builder::new)
        .entity(EntityKind.SOURCE).checkedBy(SourceDocument::check);
    private static final Prop<EntityId> ID = SHAPE.required("id", EntityId.class);
    private static final Prop<LocalizedText> TITLE = SHAPE.required("title", LocalizedText.class);
    private static final Prop<String> PUBLISHER = SHAPE.required("publisher", String.class);
    private static final Prop<EntityId> PUBLISHER_ORGANIZATION = SHAPE.optional("publisherOrganization",
        EntityId.class).refersTo(EntityKind.ORGANIZATION);
    private static final Prop<PartialDate> PUBLISHED = SHAPE.optional("published", PartialDate.class);
    private static final Prop<String> LANGUAGE = SHAPE.required("language", String.class);
    private static final Prop<SourceKind> KIND = SHAPE.required("kind", SourceKind.class);
    private static final Prop<URI> URL = SHAPE.optional("url", URI.class);
    private static final Prop<Citation> CITATIONS = SHAPE.list("citations", Citation.class);

    private static final Rule LANGUAGE_TAG = SHAPE.enforces(LocalizedText.class, "language-tag.format");
    private static final Rule WEB_ADDRESS = SHAPE.error("source-document.url",
        "must be an absolute http or https address with a host");

    private SourceDocument(Object[] values) {
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
     * Gets the id, unique within a dataset.
     *
     * @return the id, not null
     */
    @Override
    @NotNull
    public EntityId id() {
        return value(ID);
    }

    /**
     * Gets the title as published.
     *
     * @return the title, not null
     */
    @NotNull
    public LocalizedText title() {
        return value(TITLE);
    }

    /**
     * Gets the name of the publisher as the document gives it.
     *
     * @return the publisher, such as {@code Le Jeune Indépendant} or {@code AIP}, not blank
     */
    @NotNull
    @NotBlank
    public String publisher() {
        return value(PUBLISHER);
    }

    /**
     * Gets the id of the organisation record of the publisher.
     *
     * @return the publisher's organisation id, empty if the dataset holds no record of the publisher
     */
    public Optional<EntityId> publisherOrganization() {
        return optional(PUBLISHER_ORGANIZATION);
    }

    /**
     * Gets the publication date, at the precision the document gives it.
     *
     * @return the date, empty if unknown
     */
    public Optional<PartialDate> published() {
        return optional(PUBLISHED);
    }

    /**
     * Gets the language the document is written in.
     *
     * @return the canonical BCP 47 tag, such as {@code fr}, not blank
     */
    @NotNull
    @NotBlank
    public String language() {
        return value(LANGUAGE);
    }

    /**
     * Gets the kind of document.
     *
     * @return the kind, not null
     */
    @NotNull
    public SourceKind kind() {
        return value(KIND);
    }

    /**
     * Gets the address the document was read at.
     *
     * @return the absolute {@code http} or {@code https} address, empty if the document is not online
     */
    public Optional<URI> url() {
        return optional(URL);
    }

    /**
     * Gets the citations of the sources this document reports from, such as the agency note an article relays.
     *
     * @return the unmodifiable citations, empty if the document is a primary source
     */
    @Override
    public List<@NotNull Citation> citations() {
        return list(CITATIONS);
    }

    private static void check(SourceDocument document, Checker checker) {
        String language = document.value(LANGUAGE);
        if (language != null && !Blank.isBlank(language) && !LocalizedText.isLanguageTag(language)) {
            checker.report(LANGUAGE_TAG, LANGUAGE, language);
        }
        URI url = document.value(URL);
        if (url != null && !isWebAddress(url)) {
            checker.report(WEB_ADDRESS, URL, url);
        }
    }

    private static boolean isWebAddress(URI url) {
        String scheme = url.getScheme();
        String host = url.getHost();
        return url.isAbsolute() && !url.isOpaque()
            && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
            && host != null && !host.isEmpty();
    }

    /**
     * Builds a {@link SourceDocument}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<SourceDocument, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the id, unique within a dataset.
         *
         * @param id  the value, not null
         * @return this builder
         */
        public Builder id(EntityId id) {
            return set(ID, id);
        }

        /**
         * Sets the title as published.
         *
         * @param title  the value, not null
         * @return this builder
         */
        public Builder title(LocalizedText title) {
            return set(TITLE, title);
        }

        /**
         * Sets the name of the publisher as the document gives it.
         *
         * @param publisher  the value, not null
         * @return this builder
         */
        public Builder publisher(String publisher) {
            return set(PUBLISHER, publisher);
        }

        /**
         * Sets the id of the organisation record of the publisher.
         *
         * @param publisherOrganization  the value, not null
         * @return this builder
         */
        public Builder publisherOrganization(EntityId publisherOrganization) {
            return set(PUBLISHER_ORGANIZATION, publisherOrganization);
        }

        /**
         * Sets the publication date, at the precision the document gives it.
         *
         * @param published  the value, not null
         * @return this builder
         */
        public Builder published(PartialDate published) {
            return set(PUBLISHED, published);
        }

        /**
         * Sets the language the document is written in.
         *
         * @param language  the value, not null
         * @return this builder
         */
        public Builder language(String language) {
            return set(LANGUAGE, language);
        }

        /**
         * Sets the kind of document.
         *
         * @param kind  the value, not null
         * @return this builder
         */
        public Builder kind(SourceKind kind) {
            return set(KIND, kind);
        }

        /**
         * Sets the address the document was read at.
         *
         * @param url  the value, not null
         * @return this builder
         */
        public Builder url(URI url) {
            return set(URL, url);
        }

        /**
         * Adds one of the citations of the sources this document reports from, such as the agency note an article
         * relays.
         *
         * @param citation  the value, not null
         * @return this builder
         */
        public Builder addCitation(Citation citation) {
            return add(CITATIONS, citation);
        }

        /**
         * Adds, in order, the citations of the sources this document reports from, such as the agency note an
         * article relays.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder addAllCitations(Iterable<? extends Citation> citations) {
            return addAll(CITATIONS, citations);
        }

        /**
         * Replaces the citations of the sources this document reports from, such as the agency note an article relays.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder citations(Iterable<? extends Citation> citations) {
            return setAll(CITATIONS, citations);
        }
    }
}

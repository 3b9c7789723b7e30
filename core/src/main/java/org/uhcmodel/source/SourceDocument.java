package org.uhcmodel.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.uhcmodel.internal.LanguageTag;
import org.uhcmodel.internal.Rules;
import org.uhcmodel.internal.SourceDocumentRules;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
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
 * Rules: {@code required} (id, title, kind), {@code not-blank} (publisher, language, missing or blank),
 * {@code language-tag.format} (language not a canonical BCP 47 tag),
 * {@code source-document.url} (the URL is not an absolute {@code http} or {@code https} address with a host).
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@SourceDocumentRules
public abstract class SourceDocument implements Entity {

    SourceDocument() {
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
    public abstract EntityId id();

    /**
     * Gets the title as published.
     *
     * @return the title, not null
     */
    @NotNull
    public abstract LocalizedText title();

    /**
     * Gets the name of the publisher as the document gives it.
     *
     * @return the publisher, such as {@code Le Jeune Indépendant} or {@code AIP}, not blank
     */
    @NotBlank
    public abstract String publisher();

    /**
     * Gets the id of the organisation record of the publisher.
     *
     * @return the publisher's organisation id, empty if the dataset holds no record of the publisher
     */
    public abstract Optional<EntityId> publisherOrganization();

    /**
     * Gets the publication date, at the precision the document gives it.
     *
     * @return the date, empty if unknown
     */
    public abstract Optional<PartialDate> published();

    /**
     * Gets the language the document is written in.
     *
     * @return the canonical BCP 47 tag, such as {@code fr}, not blank
     */
    @NotBlank
    @LanguageTag
    public abstract String language();

    /**
     * Gets the kind of document.
     *
     * @return the kind, not null
     */
    @NotNull
    public abstract SourceKind kind();

    /**
     * Gets the address the document was read at.
     *
     * @return the absolute {@code http} or {@code https} address, empty if the document is not online
     */
    public abstract Optional<URI> url();

    /**
     * Gets the citations of the sources this document reports from, such as the agency note an article relays.
     *
     * @return the unmodifiable citations, empty if the document is a primary source
     */
    @Override
    public abstract List<@NotNull Citation> citations();

    @Value.Check
    void check() {
        Rules.check(this, SourceDocument.class);
    }

    /**
     * Builds a {@link SourceDocument}: setters and adders refuse null, and {@code build()} checks every rule and throws one
     * {@link org.uhcmodel.validation.ModelViolationException} listing every violation. A builder is not thread-safe
     * and can be reused. Its generated methods follow {@linkplain org.uhcmodel.validation the builder contract},
     * whatever their own documentation says.
     */
    public static final class Builder extends ImmutableSourceDocument.Builder {
        Builder() {
        }
    }
}

package org.uhcmodel.testing.internal;

import java.net.URI;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.testing.InvalidVariant;

/**
 * Invalid variants of source documents, behind {@link org.uhcmodel.testing.Sources}.
 */
public final class SourceVariants {

    private SourceVariants() {
    }

    static void register(Catalogue.Registry r) {
        r.add("source-document.url", SourceDocument.class, SourceVariants::nonWebUrl);
        r.add("language-tag.format", SourceDocument.class, SourceVariants::malformedLanguage);
    }

    /** @return source documents whose address is not an absolute http or https address */
    public static Arbitrary<InvalidVariant<SourceDocument>> nonWebUrl() {
        return Combinators.combine(EntityArbitraries.alone(EntityArbitraries.sources()),
                Arbitraries.of("ftp://cnas.dz/rapport.pdf", "mailto:contact@cnas.dz", "/actualites/1", "cnas.dz",
                    "file:///tmp/a.pdf", "http:///path", "urn:isbn:9780000000000"))
            .as((s, u) -> InvalidVariant.ofBuilder(SourceDocument.class, "source-document.url",
                "source " + s.id() + " at " + u, () -> SourceDocument.builder().from(s).url(URI.create(u))));
    }

    /** @return source documents in a language whose tag is malformed or not in canonical case */
    public static Arbitrary<InvalidVariant<SourceDocument>> malformedLanguage() {
        return Combinators.combine(EntityArbitraries.alone(EntityArbitraries.sources()),
                Arbitraries.of("FR", "En", "ar-dz", "en_GB", "fr-", "français", "123"))
            .as((s, tag) -> InvalidVariant.ofBuilder(SourceDocument.class, "language-tag.format",
                "source " + s.id() + " in '" + tag + "'", () -> SourceDocument.builder().from(s).language(tag)));
    }
}

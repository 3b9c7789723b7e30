package org.uhcmodel.testing;

import java.net.URI;
import net.jqwik.api.Arbitrary;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.testing.internal.EntityArbitraries;

/**
 * Arbitraries of the source documents the model cites.
 * <p>
 * Valid arbitraries generate values that every builder accepts; the {@code with...} arbitraries generate
 * {@link InvalidVariant}s, inputs that break exactly one rule and must be refused with its code.
 */
public final class Sources {

    private Sources() {
    }

    /**
     * Source documents in every language and of every kind.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<SourceDocument> sources() {
        return EntityArbitraries.alone(EntityArbitraries.sources());
    }

    /**
     * Absolute http and https addresses.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<URI> webAddresses() {
        return EntityArbitraries.urls();
    }

    /**
     * Source documents whose address is not an absolute http or https address (rule {@code source-document.url}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<SourceDocument>> withNonWebUrl() {
        return InvalidVariants.forRule("source-document.url", SourceDocument.class);
    }
}

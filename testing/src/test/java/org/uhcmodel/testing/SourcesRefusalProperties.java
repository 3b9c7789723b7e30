package org.uhcmodel.testing;

import static org.uhcmodel.testing.Refusals.assertReportedAs;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every invalid variant of {@link Sources} is refused with exactly its rule code. */
@AtLeastThousandTries
class SourcesRefusalProperties {

    @Property(tries = 1000)
    void nonWebUrlIsRefusedAs_source_document_url(@ForAll("withNonWebUrl") InvalidVariant<?> variant) {
        assertReportedAs(variant, "source-document.url");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withNonWebUrl() {
        return Sources.withNonWebUrl().map(v -> v);
    }
}

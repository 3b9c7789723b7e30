package org.uhcmodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.json.UhcJson;

/**
 * The seed dataset's JSON is pinned by a committed copy, so that any change to the model, the wire format or the
 * encoded seeds shows up as a reviewable diff of {@code seed-dataset.json}.
 */
class SeedJsonTest {

    private static final String GOLDEN = "seed-dataset.json";

    private static String golden() throws IOException {
        try (InputStream in = SeedJsonTest.class.getResourceAsStream(GOLDEN)) {
            assertNotNull(in, "missing committed copy " + GOLDEN);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void writtenJsonEqualsTheCommittedCopy() throws IOException {
        assertEquals(golden(), SeedExamples.json(SeedDataset.build()),
            "The seed dataset's JSON changed. If the change is intended, run the examples program "
                + "(README's first command) and copy examples/target/seed-dataset.json over "
                + "examples/src/test/resources/org/uhcmodel/examples/seed-dataset.json, then review the diff.");
    }

    @Test
    void committedJsonReadsBackToAnEqualDataset() throws IOException {
        Dataset read = UhcJson.reader().read(golden(), Dataset.class);
        assertEquals(SeedDataset.build(), read);
    }
}

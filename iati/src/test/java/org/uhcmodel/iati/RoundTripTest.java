package org.uhcmodel.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.uhcmodel.dataset.Dataset;

class RoundTripTest {

    @Test
    void everyPartOfAProgrammeIsWrittenValidAndReadBack() {
        Dataset dataset = Fixtures.dataset();
        String xml = IatiWriter.create().writeActivities(dataset);
        assertEquals(List.of(), IatiSchemas.validateActivities(xml));
        IatiActivities read = IatiReader.create().read(xml, dataset);
        assertEquals(List.of(), read.notCarried());
        assertEquals(List.of(), read.organizations());
        assertEquals(dataset.programmes(), read.programmes());
        assertTrue(read.assumptions().isEmpty(), read.assumptions().toString());
    }
}

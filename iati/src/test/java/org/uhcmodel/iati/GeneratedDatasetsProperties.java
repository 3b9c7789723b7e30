package org.uhcmodel.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.testing.Datasets;

/**
 * Every document the writer makes of a generated dataset is valid against the official IATI 2.03 schemas shipped
 * with the module, and reading the activities back gives the same programmes. The datasets come from
 * uhc-model-testing, whose programmes use every IATI feature of the model.
 */
class GeneratedDatasetsProperties {

    private static final IatiWriter WRITER = IatiWriter.create();

    @Provide
    Arbitrary<Dataset> iatiDatasets() {
        return Datasets.iatiDatasets();
    }

    /** A thousand datasets whose programmes are all IATI activities: every one is written, valid, and read back. */
    @Property(tries = 1000)
    void everyProgrammeOfAnIatiDatasetIsWrittenValidAndReadBack(@ForAll("iatiDatasets") Dataset dataset) {
        for (Programme programme : dataset.programmes()) {
            assertEquals(List.of(), WRITER.check(dataset, programme), programme.toString());
        }
        assertFalse(dataset.programmes().isEmpty());
        writtenValidAndReadBack(dataset, dataset.programmes());
        for (Organization organization : dataset.organizations()) {
            assertEquals(List.of(), WRITER.check(dataset, organization), organization.toString());
        }
        String organisations = WRITER.writeOrganisations(dataset);
        assertEquals(List.of(), IatiSchemas.validateOrganisations(organisations), organisations);
        assertEquals(organisations, WRITER.writeOrganisations(dataset), "the same dataset, the same document");
    }

    /** Of any dataset, the programmes and organisations that IATI can take are written valid and read back. */
    @Property(tries = 300)
    void whatIatiCanTakeOfAnyDatasetIsWrittenValidAndReadBack(@ForAll Dataset dataset) {
        List<Programme> publishable = dataset.programmes().stream()
            .filter(p -> WRITER.check(dataset, p).isEmpty()).toList();
        Statistics.label("programmes written").collect(publishable.isEmpty() ? "none"
            : publishable.size() == dataset.programmes().size() ? "all" : "some");
        if (!publishable.isEmpty()) {
            writtenValidAndReadBack(dataset, publishable);
        }
        List<Organization> organisations = dataset.organizations().stream()
            .filter(o -> WRITER.check(dataset, o).isEmpty()).toList();
        if (!organisations.isEmpty()) {
            String xml = WRITER.writeOrganisations(dataset, organisations);
            assertEquals(List.of(), IatiSchemas.validateOrganisations(xml), xml);
        }
    }

    private static void writtenValidAndReadBack(Dataset dataset, List<Programme> programmes) {
        String xml = WRITER.writeActivities(dataset, programmes);
        assertEquals(List.of(), IatiSchemas.validateActivities(xml), xml);
        IatiActivities read = IatiReader.create().read(xml, dataset);
        assertEquals(List.of(), read.notCarried(), xml);
        assertEquals(List.of(), read.organizations(), xml);
        assertEquals(programmes, read.programmes(), xml);
        assertEquals(xml, WRITER.writeActivities(dataset, programmes), "the same dataset, the same document");
    }
}

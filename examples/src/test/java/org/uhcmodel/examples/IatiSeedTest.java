package org.uhcmodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.iati.IatiActivities;
import org.uhcmodel.iati.IatiReader;
import org.uhcmodel.iati.IatiSchemas;
import org.uhcmodel.iati.IatiWriter;
import org.uhcmodel.programme.IatiIdentifier;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.value.EntityId;

/**
 * The seeds' programmes as IATI 2.03 XML: what the main job writes is valid against the official schemas and reads
 * back into the same programmes; the programmes that lack what IATI requires are named with what they lack.
 */
class IatiSeedTest {

    private static final Dataset DATASET = SeedDataset.build();

    @Test
    void theSeedsActivitiesAreValidAndReadBackIntoTheSameProgrammes() {
        String xml = SeedExamples.iatiActivities(DATASET);
        assertEquals(List.of(), IatiSchemas.validateActivities(xml));
        IatiActivities read = IatiReader.create().read(xml, DATASET);
        assertEquals(List.of(DATASET.find(Seed004EnabelMauritania.AI_PASS2, Programme.class).orElseThrow()),
            read.programmes());
        assertEquals(List.of(), read.notCarried());
        assertEquals(List.of(), read.organizations());
        assertTrue(xml.contains("<iati-identifier uhc:derived=\"true\">BE-BCE_KBO-0264814354-MRT21001"
            + "</iati-identifier>"), xml);
        assertEquals(xml, SeedExamples.iatiActivities(SeedDataset.build()), "the output is deterministic");
    }

    @Test
    void theSeedsOrganisationsThatIatiIdentifiesAreValid() {
        String xml = SeedExamples.iatiOrganisations(DATASET);
        assertEquals(List.of(), IatiSchemas.validateOrganisations(xml));
        assertTrue(xml.contains("<organisation-identifier>BE-BCE_KBO-0264814354</organisation-identifier>"), xml);
    }

    @Test
    void everyOtherProgrammeIsKeptOutForWhatItLacks() {
        for (Programme programme : DATASET.programmes()) {
            boolean written = programme.id().equals(Seed004EnabelMauritania.AI_PASS2);
            assertEquals(written, IatiWriter.create().check(DATASET, programme).isEmpty(), programme.id().value());
        }
        Programme microsystem = DATASET.find(Seed002CoteDIvoireMutualists.MICROSYSTEM, Programme.class)
            .orElseThrow();
        assertEquals(List.of("iati.reporting-organization-missing", "iati.iati-identifier-missing",
                "iati.start-date-missing"),
            IatiWriter.create().check(DATASET, microsystem).stream().map(p -> p.code())
                .collect(java.util.stream.Collectors.toList()));
        assertEquals(Optional.empty(), DATASET.find(EntityId.of("ai-pass2"), Programme.class).orElseThrow()
            .iatiIdentifier().map(IatiIdentifier::toString));
    }
}

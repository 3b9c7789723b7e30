package org.uhcmodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.Statistic;

/**
 * The seed dataset as a whole: provenance, contributions of each seed and counts per type.
 */
class SeedDatasetTest {

    private static final Dataset DATASET = SeedDataset.build();

    @Test
    void buildingIsPureAndRepeatable() {
        Dataset again = SeedDataset.build();
        assertEquals(DATASET, again);
        assertEquals(ids(DATASET.entities()), ids(again.entities()));
    }

    @Test
    void theSourcesAreTheFiveSeedsInOrderThenTheRecordsThatCompleteThem() {
        List<EntityId> sources = new ArrayList<>();
        for (SourceDocument source : DATASET.sources()) {
            sources.add(source.id());
            assertEquals(SeedDataset.SOURCES.contains(source.id()) ? "fr" : "nl", source.language());
        }
        List<EntityId> expected = new ArrayList<>(SeedDataset.SOURCES);
        expected.addAll(SeedDataset.RECORDS);
        assertEquals(expected, sources);
    }

    @Test
    void everyEntityCitesASeedSource() {
        for (Entity entity : DATASET.entities()) {
            if (entity instanceof SourceDocument) {
                continue;
            }
            assertFalse(entity.citations().isEmpty(), entity.id() + " cites no source");
            assertTrue(entity.citations().stream().anyMatch(c -> SeedDataset.SOURCES.contains(c.source())),
                entity.id() + " cites no seed");
            for (Citation citation : entity.citations()) {
                assertTrue(SeedDataset.SOURCES.contains(citation.source())
                        || SeedDataset.RECORDS.contains(citation.source()),
                    entity.id() + " cites " + citation.source());
            }
        }
    }

    @Test
    void everyEntityDeclaredByASeedCitesThatSeedAndNoOther() throws IllegalAccessException {
        List<Class<?>> seeds = List.of(Seed000CnasChuBruxelles.class, Seed001AlgeriaBelarus.class,
            Seed002CoteDIvoireMutualists.class, Seed003FranceKazakhstan.class, Seed004EnabelMauritania.class);
        Set<EntityId> declared = new HashSet<>();
        for (int i = 0; i < seeds.size(); i++) {
            EntityId source = SeedDataset.SOURCES.get(i);
            Set<EntityId> ids = new HashSet<>();
            for (Field field : seeds.get(i).getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == EntityId.class) {
                    ids.add((EntityId) field.get(null));
                }
            }
            assertTrue(ids.remove(source), seeds.get(i).getSimpleName() + " declares no source " + source);
            ids.removeAll(SeedDataset.RECORDS);
            Set<EntityId> citing = new HashSet<>();
            DATASET.citing(source).forEach(e -> citing.add(e.id()));
            assertEquals(ids, citing, seeds.get(i).getSimpleName());
            ids.forEach(id -> assertEquals(List.of(source), DATASET.find(id).orElseThrow().citations().stream()
                .map(Citation::source).filter(SeedDataset.SOURCES::contains).distinct()
                .collect(Collectors.toList()), id.value()));
            declared.addAll(ids);
            declared.add(source);
        }
        declared.addAll(SeedDataset.RECORDS);
        assertEquals(DATASET.size(), declared.size());
    }

    @Test
    void everyFigureCitesASeedSource() {
        for (Programme programme : DATASET.programmes()) {
            for (Statistic figure : programme.figures()) {
                assertFalse(figure.citations().isEmpty(), programme.id() + ": " + figure.measure().first());
                figure.citations().forEach(c -> assertTrue(SeedDataset.SOURCES.contains(c.source())
                    || SeedDataset.RECORDS.contains(c.source())));
            }
        }
    }

    @Test
    void everySeedContributesEntities() {
        Map<EntityId, Integer> citing = new LinkedHashMap<>();
        for (EntityId source : SeedDataset.SOURCES) {
            citing.put(source, DATASET.citing(source).size());
        }
        assertEquals(List.of(7, 7, 20, 21, 31), new ArrayList<>(citing.values()), citing.toString());
    }

    @Test
    void theDatasetHasTheEncodedNumberOfEachType() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("sources", 6);
        expected.put("organisations", 35);
        expected.put("persons", 19);
        expected.put("agreements", 8);
        expected.put("governing bodies", 1);
        expected.put("events", 9);
        expected.put("programmes", 9);
        expected.put("schemes", 4);
        expected.put("observations", 0);
        expected.put("targets", 0);
        expected.put("contracts", 1);
        assertEquals(expected, new Summary(DATASET).counts());
        assertEquals(92, DATASET.size());
    }

    @Test
    void figuresAreTheOnesTheSeedsState() {
        List<String> figures = new ArrayList<>();
        for (Programme programme : DATASET.programmes()) {
            for (Statistic figure : programme.figures()) {
                figures.add(figure.value().toPlainString() + " " + figure.unit());
            }
        }
        assertEquals(List.of("145 établissements", "18 départements", "5 régions", "2000 collaborateurs",
            "1000000 personnes par an", "350 entreprises", "6542057.00 EUR", "36 hôpitaux", "30 centres de santé"),
            figures);
    }

    @Test
    void sdgTarget38TagsWhatTheTextsLinkToUniversalHealthCoverage() {
        assertEquals(List.of(
                "fr-kz-phc-coalition-declaration-of-intent", "cnass-enabel-technical-partnership",
                "mechelen-health-equity-conference", "global-coalition-primary-health-care",
                "fr-kz-health-cooperation-roadmap", "ai-pass2",
                "ci-cmu", "mr-cnass-voluntary-health-insurance"),
            ids(DATASET.taggedWith(SdgTarget.T3_8)));
    }

    private static List<String> ids(List<? extends Entity> entities) {
        List<String> ids = new ArrayList<>();
        entities.forEach(e -> ids.add(e.id().value()));
        return ids;
    }
}

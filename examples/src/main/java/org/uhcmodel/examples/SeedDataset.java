package org.uhcmodel.examples;

import java.util.List;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.value.EntityId;

/**
 * The five seed texts of the project encoded as one {@link Dataset} with the public API of uhc-model.
 * <p>
 * Each seed contributes its source document and the entities taken from it, every one of which cites that source.
 * A record of the same publisher completes a seed where IATI needs facts its text lacks: Enabel's record of AI-PASS2
 * gives the project's code, phase, sector and dates, and the programmes that cite it cite their seed as well.
 * Building is pure: the same dataset, equal by value and in the same order, on every call.
 */
public final class SeedDataset {

    /** The ids of the source documents of the seeds, in seed order (000 to 004). */
    public static final List<EntityId> SOURCES = List.of(
        Seed000CnasChuBruxelles.SOURCE,
        Seed001AlgeriaBelarus.SOURCE,
        Seed002CoteDIvoireMutualists.SOURCE,
        Seed003FranceKazakhstan.SOURCE,
        Seed004EnabelMauritania.SOURCE);

    /** The ids of the records that complete the seeds, after the seeds' sources. */
    public static final List<EntityId> RECORDS = List.of(Seed004EnabelMauritania.PROJECT_RECORD);

    private SeedDataset() {
    }

    /**
     * Builds the dataset of the five seeds; building validates every record and every reference between records.
     *
     * @return the dataset, not null
     * @throws org.uhcmodel.validation.ModelViolationException if an encoding breaks a rule of the model
     */
    public static Dataset build() {
        Dataset.Builder dataset = Dataset.builder();
        Seed000CnasChuBruxelles.addTo(dataset);
        Seed001AlgeriaBelarus.addTo(dataset);
        Seed002CoteDIvoireMutualists.addTo(dataset);
        Seed003FranceKazakhstan.addTo(dataset);
        Seed004EnabelMauritania.addTo(dataset);
        return dataset.build();
    }
}

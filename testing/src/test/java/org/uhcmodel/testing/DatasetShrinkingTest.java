package org.uhcmodel.testing;

import static org.uhcmodel.testing.Refusals.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.dataset.Dataset;

/**
 * A failing property over datasets shrinks to the agreement and its parties, simplified, references still resolving.
 */
@AtLeastThousandTries
class DatasetShrinkingTest {

    /** Thrown by the failing property, carrying the dataset it failed on. */
    static final class DatasetWithAnAgreement extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Dataset dataset;

        DatasetWithAnAgreement(Dataset dataset) {
            super("a dataset with " + dataset.agreements().size() + " agreements among " + dataset.size()
                    + " entities");
            this.dataset = dataset;
        }
    }

    /**
     * A deliberately failing property: "no dataset holds an agreement", shrunk fully: jqwik's default, bounded
     * shrinking stops after ten seconds, often at a dataset of a dozen entities (README, "Testing with uhc-model").
     * Not run on its own (Surefire skips nested classes); launched by the example below.
     */
    @AtLeastThousandTries
    static class FailingProperties {
        @Property(tries = 1000, seed = "20261123", shrinking = ShrinkingMode.FULL)
        void noDatasetHoldsAnAgreement(@ForAll Dataset dataset) {
            if (!dataset.agreements().isEmpty()) {
                throw new DatasetWithAnAgreement(dataset);
            }
        }
    }

    private static Dataset shrunk(Class<?> container) throws InterruptedException {
        List<Throwable> failures = JqwikLauncher.failures(
            DiscoverySelectors.selectMethod(container, "noDatasetHoldsAnAgreement", Dataset.class.getName()));

        check(failures.size() == 1, "expected the property to fail once, got " + failures);
        Throwable failure = failures.get(0);
        check(failure instanceof DatasetWithAnAgreement, "unexpected failure " + failure);
        Dataset shrunk = ((DatasetWithAnAgreement) failure).dataset;
        // The agreement and its parties, nothing else: two actors, or a network or federation with its charter.
        check(shrunk.agreements().size() == 1, "shrunk to " + shrunk.agreements().size() + " agreements: " + shrunk);
        Agreement agreement = shrunk.agreements().get(0);
        Set<Object> actors = new HashSet<>();
        shrunk.organizations().forEach(o -> actors.add(o.id()));
        shrunk.persons().forEach(p -> actors.add(p.id()));
        check(actors.equals(Set.copyOf(agreement.actors())), "actors other than the parties: " + shrunk);
        check(actors.size() <= 2, "shrunk to " + actors.size() + " actors: " + shrunk);
        check(shrunk.size() == actors.size() + 1, "shrunk to " + shrunk.size() + " entities: " + shrunk);
        // Still a whole dataset: rebuilding validates every reference again.
        check(Dataset.builder().from(shrunk).build().equals(shrunk), "the shrunk dataset does not rebuild");
        return shrunk;
    }

    @Example
    void aFailingPropertyOverDatasetsShrinksToTheAgreementAndItsParties() throws InterruptedException {
        Agreement agreement = shrunk(FailingProperties.class).agreements().get(0);
        check(agreement.signatories().isEmpty() && agreement.commitments().isEmpty() && agreement.objectives().isEmpty()
            && agreement.citations().isEmpty() && agreement.framework().isEmpty(), "agreement not simplified: "
                + agreement);
    }
}

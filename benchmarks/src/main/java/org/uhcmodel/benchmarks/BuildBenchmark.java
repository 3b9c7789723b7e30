package org.uhcmodel.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.AgreementKind;
import org.uhcmodel.agreement.AgreementStatus;
import org.uhcmodel.agreement.Party;
import org.uhcmodel.agreement.PartyRole;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;

/**
 * The cost of building validated values: one agreement, whole datasets of organisations and agreements, and a
 * dataset whose organisations form one chain of parents.
 * <p>
 * Run with {@code java -jar benchmarks/target/benchmarks.jar BuildBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BuildBenchmark {

    /** Number of organisations in the dataset; there are half as many agreements. */
    @Param({"100", "1000"})
    public int organizations;

    private List<Organization> orgs;
    private List<Agreement> agreements;
    private List<Organization> chain;

    /** Builds the records once; the benchmarks assemble them. */
    @Setup
    public void setUp() {
        orgs = new ArrayList<>();
        agreements = new ArrayList<>();
        for (int i = 0; i < organizations; i++) {
            orgs.add(organization(i));
        }
        for (int i = 0; i + 1 < organizations; i += 2) {
            agreements.add(agreement(i));
        }
        chain = new ArrayList<>();
        for (int i = 0; i < organizations; i++) {
            Organization o = organization(i);
            chain.add(i == 0 ? o : Organization.builder().from(o).parent(EntityId.of("org-" + (i - 1))).build());
        }
    }

    /**
     * Builds an organisation of the benchmarks' datasets.
     *
     * @param i  its number
     * @return the organisation {@code org-i}
     */
    static Organization organization(int i) {
        return Organization.builder()
            .id(EntityId.of("org-" + i))
            .name(LocalizedText.of("fr", "Organisation " + i))
            .kind(OrganizationKind.PUBLIC_AGENCY)
            .country(CountryCode.of("DZ"))
            .build();
    }

    /**
     * Builds an agreement of the benchmarks' datasets.
     *
     * @param i  its number
     * @return the agreement {@code agreement-i} between {@code org-i} and {@code org-(i+1)}
     */
    static Agreement agreement(int i) {
        return Agreement.builder()
            .id(EntityId.of("agreement-" + i))
            .kind(AgreementKind.MEMORANDUM_OF_UNDERSTANDING)
            .title(LocalizedText.of("fr", "Mémorandum " + i))
            .status(AgreementStatus.SIGNED)
            .addParty(Party.of(EntityId.of("org-" + i), PartyRole.SIGNATORY))
            .addParty(Party.of(EntityId.of("org-" + (i + 1)), PartyRole.SIGNATORY))
            .build();
    }

    /**
     * Builds and validates one agreement.
     *
     * @return the agreement
     */
    @Benchmark
    public Agreement buildAgreement() {
        return agreement(0);
    }

    /**
     * Builds and validates one organisation.
     *
     * @return the organisation
     */
    @Benchmark
    public Organization buildOrganization() {
        return organization(0);
    }

    /**
     * Assembles and validates a dataset from prebuilt records: ids, references and cycles.
     *
     * @return the dataset
     */
    @Benchmark
    public Dataset buildDataset() {
        return Dataset.builder().addAllOrganizations(orgs).addAllAgreements(agreements).build();
    }

    /**
     * Assembles and validates a dataset of organisations each the parent of the next, the longest chain the cycle
     * check walks.
     *
     * @return the dataset
     */
    @Benchmark
    public Dataset buildParentChain() {
        return Dataset.builder().addAllOrganizations(chain).build();
    }
}

package org.uhcmodel.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.value.EntityId;

/**
 * The cost of building values from raw inputs, three ways in one run: plain Java records (the floor,
 * {@code *_plain}), the model's validated values ({@code *_model}) and HAPI FHIR R4 resources ({@code *_hapi}).
 * <p>
 * Each benchmark builds {@value #N} values of one type from the same {@link Raw} inputs (strings and ints made once in
 * the set-up) and hands each to a {@link Blackhole}; the score is per value ({@link OperationsPerInvocation}). The
 * model parses every id, code, date and amount and checks every rule, which is the cost its users pay; the records
 * copy the strings; HAPI FHIR parses dates and little else. With {@code -prof gc}, {@code gc.alloc.rate.norm} is the
 * bytes allocated per value.
 * <p>
 * {@code dataset_*} assembles a dataset of prebuilt values ({@code organizations} of them and half as many
 * agreements): the model checks ids, references and cycles; the floor copies two lists; HAPI FHIR adds bundle
 * entries. {@code parentChain_model} assembles organisations that form one chain of parents, the longest walk of the
 * cycle check; it has no counterpart.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class BuildBenchmark {

    /** Values built per benchmark call. */
    static final int N = 1000;

    private final Raw.Org[] orgs = new Raw.Org[N];
    private final Raw.Per[] persons = new Raw.Per[N];
    private final Raw.Agr[] agreements = new Raw.Agr[N];
    private final Raw.Prog[] programmes = new Raw.Prog[N];
    private final Raw.Scheme[] schemes = new Raw.Scheme[N];
    private final Raw.Obs[] observations = new Raw.Obs[N];

    /** Makes the raw inputs once, and checks that each side accepts them. */
    @Setup
    public void setUp() {
        for (int i = 0; i < N; i++) {
            orgs[i] = Raw.organization(i);
            persons[i] = Raw.person(i);
            agreements[i] = Raw.agreement(i);
            programmes[i] = Raw.programme(i);
            schemes[i] = Raw.scheme(i);
            observations[i] = Raw.observation(i);
        }
    }

    // Organization

    @Benchmark
    @OperationsPerInvocation(N)
    public void organization_plain(Blackhole bh) {
        for (Raw.Org r : orgs) {
            bh.consume(Plain.organization(r));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void organization_model(Blackhole bh) {
        for (Raw.Org r : orgs) {
            bh.consume(Models.organization(r));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void organization_hapi(Blackhole bh) {
        for (Raw.Org r : orgs) {
            bh.consume(Fhir.organization(r));
        }
    }

    // Person

    @Benchmark
    @OperationsPerInvocation(N)
    public void person_plain(Blackhole bh) {
        for (Raw.Per r : persons) {
            bh.consume(Plain.person(r));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void person_model(Blackhole bh) {
        for (Raw.Per r : persons) {
            bh.consume(Models.person(r));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void person_hapi(Blackhole bh) {
        for (Raw.Per r : persons) {
            bh.consume(Fhir.person(r));
        }
    }

    // Agreement

    @Benchmark
    @OperationsPerInvocation(N)
    public void agreement_plain(Blackhole bh) {
        for (Raw.Agr r : agreements) {
            bh.consume(Plain.agreement(r));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void agreement_model(Blackhole bh) {
        for (Raw.Agr r : agreements) {
            bh.consume(Models.agreement(r));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void agreement_hapi(Blackhole bh) {
        for (Raw.Agr r : agreements) {
            bh.consume(Fhir.agreement(r));
        }
    }

    // Programme

    @Benchmark
    @OperationsPerInvocation(N)
    public void programme_plain(Blackhole bh) {
        for (Raw.Prog r : programmes) {
            bh.consume(Plain.programme(r));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void programme_model(Blackhole bh) {
        for (Raw.Prog r : programmes) {
            bh.consume(Models.programme(r));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void programme_hapi(Blackhole bh) {
        for (Raw.Prog r : programmes) {
            bh.consume(Fhir.programme(r));
        }
    }

    // CoverageScheme

    @Benchmark
    @OperationsPerInvocation(N)
    public void coverageScheme_plain(Blackhole bh) {
        for (Raw.Scheme r : schemes) {
            bh.consume(Plain.scheme(r));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void coverageScheme_model(Blackhole bh) {
        for (Raw.Scheme r : schemes) {
            bh.consume(Models.scheme(r));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void coverageScheme_hapi(Blackhole bh) {
        for (Raw.Scheme r : schemes) {
            bh.consume(Fhir.scheme(r));
        }
    }

    // IndicatorObservation

    @Benchmark
    @OperationsPerInvocation(N)
    public void indicatorObservation_plain(Blackhole bh) {
        for (Raw.Obs r : observations) {
            bh.consume(Plain.observation(r));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void indicatorObservation_model(Blackhole bh) {
        for (Raw.Obs r : observations) {
            bh.consume(Models.observation(r));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void indicatorObservation_hapi(Blackhole bh) {
        for (Raw.Obs r : observations) {
            bh.consume(Fhir.observation(r));
        }
    }

    // Datasets of prebuilt values

    /** Prebuilt values to assemble: {@code organizations} organisations and half as many agreements. */
    @State(Scope.Benchmark)
    public static class Prebuilt {

        /** Number of organisations; there are half as many agreements. */
        @Param({"1000"})
        public int organizations;

        List<Organization> orgs;
        List<Agreement> agreements;
        List<Organization> chain;
        List<Plain.Organization> plainOrgs;
        List<Plain.Agreement> plainAgreements;
        List<Resource> resources;

        /** Builds the values once; the benchmarks assemble them. */
        @Setup
        public void setUp() {
            orgs = new ArrayList<>();
            chain = new ArrayList<>();
            plainOrgs = new ArrayList<>();
            resources = new ArrayList<>();
            for (int i = 0; i < organizations; i++) {
                Raw.Org r = Raw.organization(i);
                Organization o = Models.organization(r);
                orgs.add(o);
                chain.add(i == 0 ? Organization.builder().id(o.id()).name(o.name()).kind(o.kind()).build()
                    : Organization.builder().id(o.id()).name(o.name()).kind(o.kind())
                        .parent(EntityId.of("org-" + (i - 1))).build());
                plainOrgs.add(Plain.organization(r));
                resources.add(Fhir.organization(r));
            }
            agreements = new ArrayList<>();
            plainAgreements = new ArrayList<>();
            for (int k = 0; k < organizations / 2; k++) {
                Raw.Agr r = Raw.agreement(k);
                agreements.add(Models.agreement(r));
                plainAgreements.add(Plain.agreement(r));
                resources.add(Fhir.agreement(r));
            }
        }
    }

    /**
     * Assembles plain records into a plain dataset, copying the lists as the model does.
     *
     * @param p  the prebuilt records
     * @return the dataset
     */
    @Benchmark
    public Plain.Dataset dataset_plain(Prebuilt p) {
        return new Plain.Dataset("1.0", List.of(), List.copyOf(p.plainOrgs), List.of(), List.copyOf(p.plainAgreements),
            List.of(), List.of(), List.of());
    }

    /**
     * Assembles and validates a dataset: ids, references and cycles.
     *
     * @param p  the prebuilt values
     * @return the dataset
     */
    @Benchmark
    public Dataset dataset_model(Prebuilt p) {
        return Models.dataset(p.orgs, p.agreements);
    }

    /**
     * Assembles a bundle of the same resources.
     *
     * @param p  the prebuilt resources
     * @return the bundle
     */
    @Benchmark
    public Bundle dataset_hapi(Prebuilt p) {
        Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
        for (Resource r : p.resources) {
            b.addEntry().setResource(r);
        }
        return b;
    }

    /**
     * Assembles and validates a dataset of organisations each the parent of the next.
     *
     * @param p  the prebuilt values
     * @return the dataset
     */
    @Benchmark
    public Dataset parentChain_model(Prebuilt p) {
        return Dataset.builder().addAllOrganizations(p.chain).build();
    }
}

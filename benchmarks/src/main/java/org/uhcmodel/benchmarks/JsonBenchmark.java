package org.uhcmodel.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.infra.Blackhole;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.json.NdjsonReader;
import org.uhcmodel.json.NdjsonWriter;
import org.uhcmodel.json.UhcJson;

/**
 * The cost of the JSON wire format: writing and strictly reading back a dataset of organisations and agreements, and
 * streaming its organisations as NDJSON.
 * <p>
 * Run with {@code java -jar benchmarks/target/benchmarks.jar JsonBenchmark}; add {@code -prof gc} for the memory
 * allocated per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JsonBenchmark {

    /** Number of organisations in the dataset; there are half as many agreements. */
    @Param({"100", "1000"})
    public int organizations;

    private Dataset dataset;
    private String json;
    private String ndjson;

    /** Builds the dataset and its JSON once; the benchmarks write or read them. */
    @Setup
    public void setUp() {
        Dataset.Builder builder = Dataset.builder();
        for (int i = 0; i < organizations; i++) {
            builder.addOrganization(BuildBenchmark.organization(i));
        }
        for (int i = 0; i + 1 < organizations; i += 2) {
            builder.addAgreement(BuildBenchmark.agreement(i));
        }
        dataset = builder.build();
        json = UhcJson.writer().write(dataset);
        ndjson = writeNdjson();
    }

    /**
     * Writes the dataset as compact JSON.
     *
     * @return the JSON
     */
    @Benchmark
    public String writeDataset() {
        return UhcJson.writer().write(dataset);
    }

    /**
     * Reads the dataset back from its JSON, checking every rule of the model.
     *
     * @return the dataset
     */
    @Benchmark
    public Dataset readDataset() {
        return UhcJson.reader().read(json, Dataset.class);
    }

    /**
     * Writes the organisations as NDJSON, one a line.
     *
     * @return the NDJSON text
     */
    @Benchmark
    public String writeOrganizationsAsNdjson() {
        return writeNdjson();
    }

    /**
     * Reads the organisations back from NDJSON, one line at a time; a line refused fails the benchmark.
     *
     * @param hole  consumes each organisation
     * @return what the reading did
     */
    @Benchmark
    public NdjsonReader.Result readOrganizationsFromNdjson(Blackhole hole) {
        return NdjsonReader.of(Organization.class).read(new StringReader(ndjson), hole::consume, (line, problems) -> {
            throw problems;
        });
    }

    private String writeNdjson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NdjsonWriter<Organization> writer = NdjsonWriter.of(Organization.class, out)) {
            for (Organization o : dataset.organizations()) {
                writer.write(o);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

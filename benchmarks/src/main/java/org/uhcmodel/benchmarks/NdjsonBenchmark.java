package org.uhcmodel.benchmarks;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.json.NdjsonReader;
import org.uhcmodel.json.NdjsonWriter;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;

/**
 * Reading {@value #RECORDS} organisations from NDJSON bytes, one a line, in a JVM of {@code -Xmx64m}: the model's
 * {@link NdjsonReader} ({@code ndjson_model}) against Jackson's {@link MappingIterator} over {@link Plain} records
 * ({@code ndjson_plain}), both handing each value to a {@link Blackhole} and keeping none.
 * <p>
 * Both read the same bytes, written by the model's {@link NdjsonWriter}; the score is per line. The bytes (about
 * 16 MB) stay in the heap, so the 64 MB bound leaves each reader some 40 MB: enough to stream, not to hold the
 * values.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx64m"})
public class NdjsonBenchmark {

    /** Lines read per benchmark call. */
    static final int RECORDS = 100_000;

    private byte[] bytes;
    private NdjsonReader<Organization> reader;
    private ObjectReader plainReader;

    /**
     * Writes the lines once, through a temporary file so that the heap holds the bytes once, not a growing buffer and
     * its copy.
     *
     * @throws IOException if the temporary file cannot be written or read
     */
    @Setup
    public void setUp() throws IOException {
        Path file = Files.createTempFile("uhc-ndjson-benchmark", ".ndjson");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                 NdjsonWriter<Organization> w = NdjsonWriter.of(Organization.class, out)) {
                for (int i = 0; i < RECORDS; i++) {
                    w.write(Models.organization(Raw.organization(i)));
                }
            }
            bytes = Files.readAllBytes(file);
        } finally {
            Files.delete(file);
        }
        reader = NdjsonReader.of(Organization.class);
        plainReader = Plain.MAPPER.readerFor(Plain.Organization.class);
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long ndjson_plain(Blackhole bh) {
        long n = 0;
        try (MappingIterator<Plain.Organization> it = plainReader.readValues(bytes)) {
            while (it.hasNextValue()) {
                bh.consume(it.nextValue());
                n++;
            }
        }
        JsonBenchmark.check(n == RECORDS, "lines read by Jackson");
        return n;
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long ndjson_model(Blackhole bh) {
        NdjsonReader.Result result = reader.read(new ByteArrayInputStream(bytes), bh::consume,
            NdjsonReader.throwAtFirstProblem());
        JsonBenchmark.check(result.values() == RECORDS, "lines read by the model");
        return result.values();
    }
}

package org.uhcmodel.benchmarks;

import ca.uhn.fhir.context.FhirContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
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
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.json.UhcJsonReader;
import org.uhcmodel.json.UhcJsonWriter;
import org.uhcmodel.json.UhcJson;

/**
 * Decoding and encoding a dataset document of {@code organizations} organisations and half as many agreements, three
 * ways in one run: raw Jackson 3 into {@link Plain} records (the floor, {@code *_plain}), the model's strict reader and
 * writer ({@code *_model}), and HAPI FHIR R4 parsing and encoding a {@code Bundle} of the same organisations and
 * agreements as {@code Organization} and {@code Contract} resources ({@code *_hapi}).
 * <p>
 * Raw Jackson and the model read the very same bytes, the model's writer's output; set-up checks that the records read
 * from them are the records built from the same inputs. HAPI FHIR reads its own encoding of the same facts, which is
 * longer (resource types, coding systems, references). All read from and write to bytes in memory: the model through
 * its {@code InputStream} and {@code OutputStream} methods, Jackson through {@code readValue(byte[])} and
 * {@code writeValueAsBytes}, HAPI FHIR through its parser's stream and writer methods.
 * <p>
 * The score is per document; the report divides it by the number of records ({@code 1.5 × organizations}) so sizes
 * compare per record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class JsonBenchmark {

    /** Number of organisations in the dataset; there are half as many agreements. */
    @Param({"1000", "10000", "100000"})
    public int organizations;

    private Dataset dataset;
    private Plain.Dataset plain;
    private Bundle bundle;
    private byte[] modelBytes;
    private byte[] hapiBytes;
    private FhirContext fhir;
    private UhcJsonReader reader;
    private UhcJsonWriter writer;

    /** Builds the three datasets and their documents once, and checks they hold the same records. */
    @Setup
    public void setUp() {
        reader = UhcJson.reader();
        writer = UhcJson.writer();
        fhir = Fhir.context();
        dataset = Models.dataset(organizations);
        modelBytes = encode_model();
        plain = Plain.MAPPER.readValue(modelBytes, Plain.Dataset.class);
        for (int i = 0; i < organizations; i++) {
            check(plain.organizations().get(i).equals(Plain.organization(Raw.organization(i))), "organisation " + i);
        }
        for (int k = 0; k < organizations / 2; k++) {
            check(plain.agreements().get(k).equals(Plain.agreement(Raw.agreement(k))), "agreement " + k);
        }
        check(decode_model().equals(dataset), "the model's dataset read back");
        bundle = Fhir.bundle(organizations);
        hapiBytes = encode_hapi();
        check(decode_hapi().getEntry().size() == organizations + organizations / 2, "the bundle's entries");
    }

    static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("Not the same content: " + what);
        }
    }

    @Benchmark
    public Plain.Dataset decode_plain() {
        return Plain.MAPPER.readValue(modelBytes, Plain.Dataset.class);
    }

    @Benchmark
    public Dataset decode_model() {
        return reader.read(modelBytes, Dataset.class);
    }

    @Benchmark
    public Bundle decode_hapi() {
        return fhir.newJsonParser().parseResource(Bundle.class, new ByteArrayInputStream(hapiBytes));
    }

    @Benchmark
    public byte[] encode_plain() {
        return Plain.MAPPER.writeValueAsBytes(plain);
    }

    @Benchmark
    public byte[] encode_model() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(dataset, out);
        return out.toByteArray();
    }

    @Benchmark
    public byte[] encode_hapi() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            fhir.newJsonParser().encodeResourceToWriter(bundle, w);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }
}

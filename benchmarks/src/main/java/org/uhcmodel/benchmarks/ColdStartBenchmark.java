package org.uhcmodel.benchmarks;

import ca.uhn.fhir.context.FhirContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.json.UhcJson;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cold start: the time of the first read of a small document in a fresh JVM, one shot per fork and no warm-up, read
 * three ways: the model's {@code UhcJson.reader()} into a {@code Dataset}, a new raw Jackson 3 {@code JsonMapper}
 * into {@link Plain} records, and a new HAPI FHIR R4 context parsing a {@code Bundle}.
 * <p>
 * The documents are string constants (the model's document was written by the model's writer from
 * {@code Raw.organization(0..4)}, the bundle by HAPI FHIR from the same inputs): the set-up only turns them into
 * bytes, so it loads none of the classes the timed call needs. The time of the one call includes loading and
 * linking the classes of the library and of Jackson (and, for the model, of Hibernate Validator's annotations, the
 * shapes and vocabularies its types declare in their static initialisers, the country table), running their static
 * initialisers, building the mapper (or the FHIR context, which scans the R4 model), interpreting and first
 * JIT-compiling the code on the way, and reading and checking the five organisations. It excludes starting the JVM
 * and the JMH harness. Each benchmark method runs in its own forks ({@code @Fork(20)}), so no side warms another.
 * The methods return {@code Object} so that the code JMH generates names none of the libraries' types.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(20)
public class ColdStartBenchmark {

    /** Five organisations, compact, as the model writes them. */
    static final String DATASET =
        "{\"schemaVersion\":\"1.0\",\"organizations\":[{\"id\":\"org-0\",\"name\":{\"fr\":\"Organisation "
        + "de sant\u00e9 0\"},\"acronym\":\"OS0\",\"kind\":\"ministry\",\"country\":\"DZ\",\"identifiers\":"
        + "[{\"scheme\":\"iati-organisation\",\"value\":\"XM-DAC-10000\"}]},{\"id\":\"org-1\",\"name\":{\"f"
        + "r\":\"Organisation de sant\u00e9 1\"},\"acronym\":\"OS1\",\"kind\":\"public-agency\",\"country\""
        + ":\"TN\",\"parent\":\"org-0\",\"identifiers\":[{\"scheme\":\"iati-organisation\",\"value\":\"XM-D"
        + "AC-10001\"}]},{\"id\":\"org-2\",\"name\":{\"fr\":\"Organisation de sant\u00e9 2\"},\"acronym\":"
        + "\"OS2\",\"kind\":\"social-security-fund\",\"country\":\"MA\",\"parent\":\"org-0\",\"identifiers"
        + "\":[{\"scheme\":\"iati-organisation\",\"value\":\"XM-DAC-10002\"}]},{\"id\":\"org-3\",\"name\":{"
        + "\"fr\":\"Organisation de sant\u00e9 3\"},\"acronym\":\"OS3\",\"kind\":\"health-insurance-fund\","
        + "\"country\":\"SN\",\"parent\":\"org-0\",\"identifiers\":[{\"scheme\":\"iati-organisation\",\"val"
        + "ue\":\"XM-DAC-10003\"}]},{\"id\":\"org-4\",\"name\":{\"fr\":\"Organisation de sant\u00e9 4\"},\""
        + "acronym\":\"OS4\",\"kind\":\"ministry\",\"country\":\"CI\",\"parent\":\"org-0\",\"identifiers\":"
        + "[{\"scheme\":\"iati-organisation\",\"value\":\"XM-DAC-10004\"}]}]}";

    /** The same five organisations as a HAPI FHIR R4 bundle, compact. */
    static final String BUNDLE =
        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":{\"resourceType\":"
        + "\"Organization\",\"id\":\"org-0\",\"language\":\"fr\",\"identifier\":[{\"system\":\"https://uhc-"
        + "model.org/codes/iati-organisation\",\"value\":\"XM-DAC-10000\"}],\"type\":[{\"coding\":[{\"syste"
        + "m\":\"https://uhc-model.org/codes/organization-kind\",\"code\":\"ministry\"}]}],\"name\":\"Organ"
        + "isation de sant\u00e9 0\",\"alias\":[\"OS0\"],\"address\":[{\"country\":\"DZ\"}]}},{\"resource\""
        + ":{\"resourceType\":\"Organization\",\"id\":\"org-1\",\"language\":\"fr\",\"identifier\":[{\"syst"
        + "em\":\"https://uhc-model.org/codes/iati-organisation\",\"value\":\"XM-DAC-10001\"}],\"type\":[{"
        + "\"coding\":[{\"system\":\"https://uhc-model.org/codes/organization-kind\",\"code\":\"public-agen"
        + "cy\"}]}],\"name\":\"Organisation de sant\u00e9 1\",\"alias\":[\"OS1\"],\"address\":[{\"country\""
        + ":\"TN\"}],\"partOf\":{\"reference\":\"Organization/org-0\"}}},{\"resource\":{\"resourceType\":\""
        + "Organization\",\"id\":\"org-2\",\"language\":\"fr\",\"identifier\":[{\"system\":\"https://uhc-mo"
        + "del.org/codes/iati-organisation\",\"value\":\"XM-DAC-10002\"}],\"type\":[{\"coding\":[{\"system"
        + "\":\"https://uhc-model.org/codes/organization-kind\",\"code\":\"social-security-fund\"}]}],\"nam"
        + "e\":\"Organisation de sant\u00e9 2\",\"alias\":[\"OS2\"],\"address\":[{\"country\":\"MA\"}],\"pa"
        + "rtOf\":{\"reference\":\"Organization/org-0\"}}},{\"resource\":{\"resourceType\":\"Organization\""
        + ",\"id\":\"org-3\",\"language\":\"fr\",\"identifier\":[{\"system\":\"https://uhc-model.org/codes/"
        + "iati-organisation\",\"value\":\"XM-DAC-10003\"}],\"type\":[{\"coding\":[{\"system\":\"https://uh"
        + "c-model.org/codes/organization-kind\",\"code\":\"health-insurance-fund\"}]}],\"name\":\"Organisa"
        + "tion de sant\u00e9 3\",\"alias\":[\"OS3\"],\"address\":[{\"country\":\"SN\"}],\"partOf\":{\"refe"
        + "rence\":\"Organization/org-0\"}}},{\"resource\":{\"resourceType\":\"Organization\",\"id\":\"org-"
        + "4\",\"language\":\"fr\",\"identifier\":[{\"system\":\"https://uhc-model.org/codes/iati-organisat"
        + "ion\",\"value\":\"XM-DAC-10004\"}],\"type\":[{\"coding\":[{\"system\":\"https://uhc-model.org/co"
        + "des/organization-kind\",\"code\":\"ministry\"}]}],\"name\":\"Organisation de sant\u00e9 4\",\"al"
        + "ias\":[\"OS4\"],\"address\":[{\"country\":\"CI\"}],\"partOf\":{\"reference\":\"Organization/org-"
        + "0\"}}}]}";

    private byte[] dataset;
    private byte[] bundle;

    /** Turns the documents into bytes; nothing else. */
    @Setup
    public void setUp() {
        dataset = DATASET.getBytes(StandardCharsets.UTF_8);
        bundle = BUNDLE.getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public Object coldStart_plain() {
        JsonMapper mapper = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        return mapper.readValue(dataset, Plain.Dataset.class);
    }

    @Benchmark
    public Object coldStart_model() {
        return UhcJson.reader().read(new ByteArrayInputStream(dataset), Dataset.class);
    }

    @Benchmark
    public Object coldStart_hapi() {
        return FhirContext.forR4().newJsonParser().parseResource(Bundle.class, new ByteArrayInputStream(bundle));
    }
}

package org.uhcmodel.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Turns JMH's JSON results ({@code -rf json}) and the heap harness's CSV into the ratio tables of
 * {@code docs/benchmarks.md}, and a CSV of every ratio against its target.
 * <p>
 * Benchmarks are named {@code <case>_<side>}, the side one of {@code plain} (raw Jackson 3 and plain records, the
 * floor), {@code model} and {@code hapi} (HAPI FHIR R4); the report divides the sides of one case and one set of
 * parameters, so every ratio comes from one run.
 * <p>
 * Run with {@code java -cp benchmarks/target/benchmarks.jar org.uhcmodel.benchmarks.Report --jmh FILE [--jmh FILE]
 * [--heap CSV] [--command TEXT] [--out MD] [--csv CSV]}.
 */
public final class Report {

    private static final String[] BUILD_CASES = {
        "organization", "person", "agreement", "programme", "coverageScheme", "indicatorObservation"};
    private static final String[] SIZES = {"1000", "10000", "100000"};

    /** One score: nanoseconds per operation, its error, and bytes allocated per operation (NaN if not measured). */
    private record Score(double ns, double error, double bytes, int samples) {
    }

    private final Map<String, Score> scores = new HashMap<>();
    private final Map<String, String> vm = new LinkedHashMap<>();
    private final List<String[]> ratios = new ArrayList<>();
    private final PrintWriter out;

    private Report(PrintWriter out) {
        this.out = out;
    }

    /**
     * Writes the report.
     *
     * @param args  the options
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        List<Path> jmh = new ArrayList<>();
        Path heap = null;
        Path md = null;
        Path csv = null;
        String command = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--jmh": jmh.add(Paths.get(args[i + 1])); break;
                case "--heap": heap = Paths.get(args[i + 1]); break;
                case "--out": md = Paths.get(args[i + 1]); break;
                case "--csv": csv = Paths.get(args[i + 1]); break;
                case "--command": command = args[i + 1]; break;
                default: throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        StringWriter text = new StringWriter();
        Report report = new Report(new PrintWriter(text));
        for (Path p : jmh) {
            report.load(p);
        }
        report.write(command, heap);
        report.out.flush();
        if (md == null) {
            System.out.print(text);
        } else {
            Files.writeString(md, text.toString(), StandardCharsets.UTF_8);
            System.out.println("Written " + md);
        }
        if (csv != null) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8))) {
                w.println("ratio,measured,target,met");
                for (String[] row : report.ratios) {
                    w.println(String.join(",", row));
                }
            }
            System.out.println("Written " + csv);
        }
    }

    private void load(Path file) throws IOException {
        JsonNode results = Plain.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        for (JsonNode r : results) {
            String name = r.path("benchmark").asString();
            String key = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            StringBuilder params = new StringBuilder();
            for (Map.Entry<String, JsonNode> p : new TreeMap<>(toMap(r.path("params"))).entrySet()) {
                params.append(params.length() == 0 ? "@" : ",").append(p.getKey()).append('=')
                    .append(p.getValue().asString());
            }
            JsonNode primary = r.path("primaryMetric");
            double unit = nanos(primary.path("scoreUnit").asString());
            double bytes = Double.NaN;
            for (Map.Entry<String, JsonNode> m : r.path("secondaryMetrics").properties()) {
                if (m.getKey().endsWith("gc.alloc.rate.norm")) {
                    bytes = m.getValue().path("score").asDouble();
                }
            }
            double error = primary.path("scoreError").asDouble(Double.NaN);
            int samples = 0;
            for (JsonNode fork : primary.path("rawData")) {
                samples += fork.size();
            }
            scores.put(key + params, new Score(primary.path("score").asDouble() * unit, error * unit, bytes, samples));
            vm.putIfAbsent("JDK", r.path("jdkVersion").asString() + " (" + r.path("vmName").asString() + " "
                + r.path("vmVersion").asString() + ")");
        }
    }

    private static Map<String, JsonNode> toMap(JsonNode node) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            map.put(e.getKey(), e.getValue());
        }
        return map;
    }

    private static double nanos(String unit) {
        switch (unit) {
            case "ns/op": return 1;
            case "us/op": return 1e3;
            case "ms/op": return 1e6;
            case "s/op": return 1e9;
            default: throw new IllegalArgumentException("Unit " + unit);
        }
    }

    /** The largest relative error (99.9 % interval over score) of the scores read since the last note. */
    private double worstError;

    private Score score(String key) {
        Score s = scores.get(key);
        if (s != null && s.ns > 0 && !Double.isNaN(s.error)) {
            worstError = Math.max(worstError, s.error / s.ns);
        }
        return s;
    }

    /** Prints how noisy the scores of the table just written are, and starts afresh. */
    private void noise() {
        if (worstError > 0) {
            out.println("Largest 99.9 % error interval in this table: ± " + fmt(100 * worstError) + " % of its score"
                + (worstError > 0.1 ? " — too noisy to judge a target by." : "."));
            out.println();
        }
        worstError = 0;
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (v >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (v >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static double ratio(Score a, Score b) {
        return a == null || b == null ? Double.NaN : a.ns / b.ns;
    }

    private static double bytesRatio(Score a, Score b) {
        return a == null || b == null ? Double.NaN : a.bytes / b.bytes;
    }

    private static double ns(Score s, double per) {
        return s == null ? Double.NaN : s.ns / per;
    }

    private static double bytes(Score s, double per) {
        return s == null ? Double.NaN : s.bytes / per;
    }

    /** Records a ratio against a bound and returns the cell that shows it. */
    private String judged(String what, double value, double bound) {
        if (Double.isNaN(value)) {
            return "–";
        }
        boolean met = value <= bound;
        ratios.add(new String[] {'"' + what + '"', String.format(Locale.ROOT, "%.3f", value),
            String.format(Locale.ROOT, "<= %.3f", bound), String.valueOf(met)});
        return "**" + fmt(value) + "** " + (met ? "(met)" : "(missed)");
    }

    private void write(String command, Path heap) throws IOException {
        machine(command);
        build();
        coldStart();
        json();
        ndjson();
        heap(heap);
        out.println("### Ratios against the targets");
        out.println();
        out.println("| ratio | measured | target | met |");
        out.println("|---|---:|---:|---|");
        for (String[] r : ratios) {
            out.println("| " + r[0].replace("\"", "") + " | " + r[1] + " | " + r[2] + " | " + (Boolean.parseBoolean(r[3])
                ? "yes" : "**no**") + " |");
        }
        out.println();
        List<String> missed = new ArrayList<>();
        for (String[] r : ratios) {
            if (!Boolean.parseBoolean(r[3])) {
                missed.add(r[0].replace("\"", "") + " (" + fmt(Double.parseDouble(r[1])) + ")");
            }
        }
        out.println((ratios.size() - missed.size()) + " of " + ratios.size() + " ratios meet their targets"
            + (missed.isEmpty() ? "." : "; missed: " + String.join("; ", missed) + "."));
        out.println();
    }

    private void machine(String command) throws IOException {
        out.println("### Machine");
        out.println();
        out.println("| | |");
        out.println("|---|---|");
        out.println("| processors (`nproc`) | " + Runtime.getRuntime().availableProcessors() + " |");
        out.println("| CPU | " + procLine("/proc/cpuinfo", "model name") + " |");
        String mem = procLine("/proc/meminfo", "MemTotal");
        if (mem.endsWith(" kB")) {
            mem = String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(mem.replace(" kB", "").trim()) / 1048576.0);
        }
        out.println("| RAM | " + mem + " |");
        out.println("| JDK | " + vm.getOrDefault("JDK", System.getProperty("java.version")) + " |");
        if (command != null) {
            out.println("| command | `" + command + "` |");
        }
        out.println();
    }

    private static String procLine(String file, String key) throws IOException {
        Path p = Paths.get(file);
        if (!Files.isReadable(p)) {
            return "unknown";
        }
        for (String line : Files.readAllLines(p)) {
            if (line.startsWith(key)) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return "unknown";
    }

    private void build() {
        out.println("### Building values (BuildBenchmark)");
        out.println();
        out.println("Per value, from the same raw strings and ints; B = bytes allocated per value (`-prof gc`).");
        out.println();
        out.println("| type | plain ns | model ns | HAPI ns | model / plain (≤ 5, at most 10) | model / HAPI "
            + "| plain B | model B | HAPI B | model B / plain B |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (String c : BUILD_CASES) {
            Score p = score("BuildBenchmark." + c + "_plain");
            Score m = score("BuildBenchmark." + c + "_model");
            Score h = score("BuildBenchmark." + c + "_hapi");
            if (p == null && m == null && h == null) {
                continue;
            }
            out.println("| " + c + " | " + fmt(ns(p, 1)) + " | " + fmt(ns(m, 1)) + " | " + fmt(ns(h, 1)) + " | "
                + judged("build " + c + ": model / plain (at most 10)", ratio(m, p), 10) + " | "
                + fmt(ratio(m, h)) + " | " + fmt(bytes(p, 1)) + " | " + fmt(bytes(m, 1)) + " | " + fmt(bytes(h, 1))
                + " | " + fmt(bytesRatio(m, p)) + " |");
            if (!Double.isNaN(ratio(m, p))) {
                judged("build " + c + ": model / plain (goal 5)", ratio(m, p), 5);
            }
        }
        out.println();
        noise();
        for (Map.Entry<String, Score> e : new TreeMap<>(scores).entrySet()) {
            if (!e.getKey().startsWith("BuildBenchmark.dataset_model@")) {
                continue;
            }
            String params = e.getKey().substring(e.getKey().indexOf('@'));
            int n = Integer.parseInt(params.replaceAll("\\D", ""));
            Score p = score("BuildBenchmark.dataset_plain" + params);
            Score m = e.getValue();
            Score h = score("BuildBenchmark.dataset_hapi" + params);
            Score c = score("BuildBenchmark.parentChain_model" + params);
            out.println("Assembling " + n + " prebuilt organisations and " + n / 2 + " agreements (µs per dataset):");
            out.println();
            out.println("| plain µs | model µs | HAPI µs | model / plain | model µs, one chain of " + n
                + " parents |");
            out.println("|---:|---:|---:|---:|---:|");
            out.println("| " + fmt(ns(p, 1e3)) + " | " + fmt(ns(m, 1e3)) + " | " + fmt(ns(h, 1e3)) + " | "
                + fmt(ratio(m, p)) + " | " + fmt(ns(c, 1e3)) + " |");
            out.println();
            noise();
        }
    }

    private void coldStart() {
        Score p = score("ColdStartBenchmark.coldStart_plain");
        Score m = score("ColdStartBenchmark.coldStart_model");
        Score h = score("ColdStartBenchmark.coldStart_hapi");
        if (p == null && m == null && h == null) {
            return;
        }
        out.println("### Cold start (ColdStartBenchmark)");
        out.println();
        out.println("First read of a five-organisation document in a fresh JVM, mean of the forks (± 99.9 % "
            + "interval).");
        out.println();
        out.println("| forks | raw Jackson ms | model ms | HAPI ms | model / raw Jackson (≤ 1.3) | model / HAPI |");
        out.println("|---:|---:|---:|---:|---:|---:|");
        out.println("| " + (m == null ? "–" : m.samples) + " | " + cold(p) + " | " + cold(m) + " | " + cold(h) + " | "
            + judged("cold start: model / raw Jackson", ratio(m, p), 1.3) + " | " + fmt(ratio(m, h)) + " |");
        out.println();
        noise();
    }

    private static String cold(Score s) {
        return s == null ? "–" : fmt(s.ns / 1e6) + " ± " + fmt(s.error / 1e6);
    }

    private void json() {
        if (score("JsonBenchmark.decode_model@organizations=1000") == null) {
            return;
        }
        for (String op : new String[] {"decode", "encode"}) {
            out.println("### " + (op.equals("decode") ? "Decoding" : "Encoding") + " a dataset document "
                + "(JsonBenchmark)");
            out.println();
            out.println("Per record (organisations and agreements, 1.5 × organisations); B = bytes allocated per "
                + "record." + (op.equals("decode") ? documentSizes() : ""));
            out.println();
            boolean decode = op.equals("decode");
            out.println("| organisations | raw Jackson ns | model ns | HAPI ns | model / raw Jackson ("
                + (decode ? "≤ 2, goal 1.5" : "≤ 1.2") + ") | model / HAPI" + (decode ? " (≤ 0.33)" : "")
                + " | raw Jackson B | model B | HAPI B |");
            out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (String n : SIZES) {
                String params = "@organizations=" + n;
                Score p = score("JsonBenchmark." + op + "_plain" + params);
                Score m = score("JsonBenchmark." + op + "_model" + params);
                Score h = score("JsonBenchmark." + op + "_hapi" + params);
                if (m == null) {
                    continue;
                }
                double records = Integer.parseInt(n) * 1.5;
                String vsPlain = decode ? judged("decode " + n + ": model / raw Jackson", ratio(m, p), 2)
                    : judged("encode " + n + ": model / raw Jackson", ratio(m, p), 1.2);
                if (decode && !Double.isNaN(ratio(m, p))) {
                    judged("decode " + n + ": model / raw Jackson (goal 1.5)", ratio(m, p), 1.5);
                }
                String vsHapi = decode ? judged("decode " + n + ": model / HAPI", ratio(m, h), 1.0 / 3)
                    : fmt(ratio(m, h));
                out.println("| " + String.format(Locale.ROOT, "%,d", Integer.parseInt(n)) + " | "
                    + fmt(ns(p, records)) + " | " + fmt(ns(m, records)) + " | " + fmt(ns(h, records)) + " | " + vsPlain
                    + " | " + vsHapi + " | " + fmt(bytes(p, records)) + " | " + fmt(bytes(m, records)) + " | "
                    + fmt(bytes(h, records)) + " |");
            }
            out.println();
            noise();
            if (decode) {
                Score small = score("JsonBenchmark.decode_model@organizations=1000");
                Score large = score("JsonBenchmark.decode_model@organizations=100000");
                Score smallPlain = score("JsonBenchmark.decode_plain@organizations=1000");
                Score largePlain = score("JsonBenchmark.decode_plain@organizations=100000");
                if (large != null) {
                    out.println("Per-record decode time at 100,000 organisations over 1,000: model "
                        + judged("decode per record: model 100k / 1k", ratio(large, small) / 100, 1.15)
                        + " (target ≤ 1.15); raw Jackson " + fmt(ratio(largePlain, smallPlain) / 100) + ".");
                    out.println();
                }
            }
        }
    }

    /** The sizes of the documents the sides read, per record, made again from the same inputs. */
    private static String documentSizes() {
        try {
            int n = 1000;
            java.io.ByteArrayOutputStream model = new java.io.ByteArrayOutputStream();
            org.uhcmodel.json.UhcJson.writer().write(Models.dataset(n), model);
            int hapi = Fhir.context().newJsonParser().encodeResourceToString(Fhir.bundle(n))
                .getBytes(StandardCharsets.UTF_8).length;
            return String.format(Locale.ROOT, " Raw Jackson and the model read the same document, %.0f bytes per "
                + "record; HAPI FHIR's bundle of the same facts has %.0f bytes per record.", model.size() / (n * 1.5),
                hapi / (n * 1.5));
        } catch (RuntimeException | LinkageError ex) {
            return " (The documents' sizes could not be computed: " + ex + ")";
        }
    }

    private void ndjson() {
        Score p = score("NdjsonBenchmark.ndjson_plain");
        Score m = score("NdjsonBenchmark.ndjson_model");
        if (p == null && m == null) {
            return;
        }
        out.println("### Reading NDJSON under -Xmx64m (NdjsonBenchmark)");
        out.println();
        out.println("| MappingIterator ns/line | model ns/line | model / MappingIterator (≤ 1.3) "
            + "| MappingIterator B/line | model B/line |");
        out.println("|---:|---:|---:|---:|---:|");
        out.println("| " + fmt(ns(p, 1)) + " | " + fmt(ns(m, 1)) + " | "
            + judged("NDJSON: model / MappingIterator", ratio(m, p), 1.3) + " | " + fmt(bytes(p, 1)) + " | "
            + fmt(bytes(m, 1)) + " |");
        out.println();
        noise();
    }

    private void heap(Path csv) throws IOException {
        if (csv == null || !Files.exists(csv)) {
            return;
        }
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(csv)) {
            String[] cells = line.split(",");
            if (!cells[0].equals("mode")) {
                rows.put(cells[0], cells);
            }
        }
        out.println("### Least heap (HeapHarness)");
        out.println();
        out.println("Least `-Xmx` at which each reader reads every organisation, in a fresh JVM per try, found by "
            + "bisection (the greatest failure in brackets).");
        out.println();
        out.println("| input | organisations | MB of input | raw Jackson MB | model MB | model / raw Jackson |");
        out.println("|---|---:|---:|---:|---:|---:|");
        for (String kind : new String[] {"document", "ndjson"}) {
            String[] p = rows.get("plain-" + kind);
            String[] m = rows.get("model-" + kind);
            if (p == null || m == null) {
                continue;
            }
            double r = Double.parseDouble(m[3]) / Double.parseDouble(p[3]);
            out.println("| " + (kind.equals("document") ? "one document, kept whole" : "NDJSON, streamed") + " | "
                + String.format(Locale.ROOT, "%,d", Long.parseLong(m[1])) + " | "
                + fmt(Long.parseLong(m[2]) / 1048576.0) + " | " + p[3] + " (" + p[4] + ") | " + m[3] + " (" + m[4]
                + ") | " + (kind.equals("document") ? judged("heap of a document: model / raw Jackson", r, 1.3)
                : fmt(r)) + " |");
        }
        out.println();
    }
}

package org.uhcmodel.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.json.NdjsonReader;
import org.uhcmodel.json.NdjsonWriter;
import org.uhcmodel.json.UhcJson;
import tools.jackson.databind.MappingIterator;

/**
 * The least heap that reads a million organisations, found by bisection of {@code -Xmx}, each try in a fresh JVM.
 * <p>
 * Four readers, each of the same bytes, written once by the model's writers: the model's {@code UhcJsonReader} and
 * raw Jackson 3 into {@link Plain} records each read one document holding every organisation and keep the whole
 * dataset ({@code model-document}, {@code plain-document}); the model's {@code NdjsonReader} and Jackson's
 * {@code MappingIterator} each stream the same organisations from NDJSON, one a line, and keep none
 * ({@code model-ndjson}, {@code plain-ndjson}). Both read from a file stream, so the bytes themselves are not in the
 * heap. A try succeeds when the child JVM exits 0 within the time limit, having read every organisation; it fails on
 * {@code OutOfMemoryError} ({@code -XX:+ExitOnOutOfMemoryError}) or when it runs out of time (a JVM at the edge of its
 * heap may collect for minutes before giving up: slower than the limit counts as not enough heap). The limit is, by
 * default, four times the time of a first try with a generous heap ({@code --calibration-heap}, 6 GB), and at least
 * 30 s. Every child runs G1 ({@code -XX:+UseG1GC}), the default on a machine of two cores or more.
 * <p>
 * The search doubles {@code -Xmx} from a start until a try succeeds, then halves the interval until the least success
 * and the greatest failure are at most {@code --precision} MB apart (4 by default).
 * <p>
 * Run with {@code java -cp benchmarks/target/benchmarks.jar org.uhcmodel.benchmarks.HeapHarness [--records N]
 * [--dir DIR] [--out CSV] [--precision MB] [--timeout SECONDS|auto] [--calibration-heap MB]}.
 */
public final class HeapHarness {

    private static final String[] MODES = {"plain-document", "model-document", "plain-ndjson", "model-ndjson"};

    private HeapHarness() {
    }

    /**
     * Runs the search, or a child's try when the first argument is {@code child}.
     *
     * @param args  the options
     * @throws Exception if a child cannot be started
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            child(args[1], Paths.get(args[2]), Integer.parseInt(args[3]));
            return;
        }
        Map<String, String> options = new LinkedHashMap<>();
        options.put("--records", "1000000");
        options.put("--dir", "benchmarks/target/heap");
        options.put("--out", "benchmarks/target/results/heap.csv");
        options.put("--precision", "4");
        options.put("--timeout", "auto");
        options.put("--calibration-heap", "6144");
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!options.containsKey(args[i])) {
                throw new IllegalArgumentException("Unknown option " + args[i] + "; known: " + options.keySet());
            }
            options.put(args[i], args[i + 1]);
        }
        int records = Integer.parseInt(options.get("--records"));
        Path dir = Paths.get(options.get("--dir"));
        int precision = Integer.parseInt(options.get("--precision"));
        String timeoutOption = options.get("--timeout");
        int calibrationHeap = Integer.parseInt(options.get("--calibration-heap"));
        Files.createDirectories(dir);
        Path document = dir.resolve("organizations-" + records + ".json");
        Path ndjson = dir.resolve("organizations-" + records + ".ndjson");
        writeFiles(records, document, ndjson);

        List<String[]> rows = new ArrayList<>();
        Map<String, Integer> least = new LinkedHashMap<>();
        for (String mode : MODES) {
            Path file = mode.endsWith("document") ? document : ndjson;
            int start = mode.endsWith("document") ? (int) Math.max(32, Files.size(file) >> 20) : 16;
            int timeout;
            if (timeoutOption.equals("auto")) {
                long t0 = System.nanoTime();
                if (!tryOnce(mode, file, records, calibrationHeap, 3600)) {
                    throw new IllegalStateException(mode + " fails even with -Xmx" + calibrationHeap + "m");
                }
                timeout = (int) Math.max(30, 4 * (System.nanoTime() - t0) / 1_000_000_000L);
                System.out.printf(Locale.ROOT, "  %-15s time limit of a try: %d s%n", mode, timeout);
            } else {
                timeout = Integer.parseInt(timeoutOption);
            }
            int[] found = search(mode, file, records, start, precision, timeout);
            least.put(mode, found[0]);
            rows.add(new String[] {mode, String.valueOf(records), String.valueOf(Files.size(file)),
                String.valueOf(found[0]), String.valueOf(found[1]), String.valueOf(found[2])});
            System.out.printf(Locale.ROOT, "%-15s least -Xmx %5d MB (fails at %d MB; %d tries)%n", mode, found[0],
                found[1], found[2]);
        }
        Path out = Paths.get(options.get("--out"));
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.println("mode,records,bytes,least_xmx_mb,greatest_failure_mb,tries");
            for (String[] row : rows) {
                w.println(String.join(",", row));
            }
        }
        System.out.printf(Locale.ROOT, "document: model / raw Jackson = %.2f (target <= 1.3)%n",
            (double) least.get("model-document") / least.get("plain-document"));
        System.out.printf(Locale.ROOT, "NDJSON:   model / raw Jackson = %.2f%n",
            (double) least.get("model-ndjson") / least.get("plain-ndjson"));
        System.out.println("Written " + out);
    }

    /** Writes the document and the NDJSON of {@code records} organisations, unless they are there already. */
    private static void writeFiles(int records, Path document, Path ndjson) throws IOException {
        if (!Files.exists(document)) {
            Dataset.Builder b = Dataset.builder();
            for (int i = 0; i < records; i++) {
                b.addOrganization(Models.organization(Raw.organization(i)));
            }
            Dataset dataset = b.build();
            Path tmp = document.resolveSibling(document.getFileName() + ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                UhcJson.writer().write(dataset, out);
            }
            Files.move(tmp, document);
        }
        if (!Files.exists(ndjson)) {
            Path tmp = ndjson.resolveSibling(ndjson.getFileName() + ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
                 NdjsonWriter<Organization> w = NdjsonWriter.of(Organization.class, out)) {
                for (int i = 0; i < records; i++) {
                    w.write(Models.organization(Raw.organization(i)));
                }
            }
            Files.move(tmp, ndjson);
        }
    }

    /**
     * Finds the least {@code -Xmx} at which a mode succeeds.
     *
     * @return the least success, the greatest failure (0 if none) and the number of tries
     */
    private static int[] search(String mode, Path file, int records, int start, int precision, int timeout)
        throws IOException, InterruptedException {
        int fail = 0;
        int ok = start;
        int tries = 0;
        while (true) {
            tries++;
            if (tryOnce(mode, file, records, ok, timeout)) {
                break;
            }
            fail = ok;
            ok *= 2;
            if (ok > 65536) {
                throw new IllegalStateException(mode + " fails even with -Xmx" + fail + "m");
            }
        }
        if (fail == 0) {
            // The start succeeded: look below it too.
            int low = start;
            while (low > 8) {
                low /= 2;
                tries++;
                if (tryOnce(mode, file, records, low, timeout)) {
                    ok = low;
                } else {
                    fail = low;
                    break;
                }
            }
        }
        while (ok - fail > precision) {
            int mid = (ok + fail) / 2;
            tries++;
            if (tryOnce(mode, file, records, mid, timeout)) {
                ok = mid;
            } else {
                fail = mid;
            }
        }
        return new int[] {ok, fail, tries};
    }

    private static boolean tryOnce(String mode, Path file, int records, int megabytes, int timeout)
        throws IOException, InterruptedException {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx" + megabytes + "m", "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError",
            "-cp", System.getProperty("java.class.path"), HeapHarness.class.getName(), "child", mode,
            file.toString(), String.valueOf(records));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long t0 = System.nanoTime();
        boolean done = p.waitFor(timeout, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly().waitFor();
        }
        boolean ok = done && p.exitValue() == 0;
        System.out.printf(Locale.ROOT, "  %-15s -Xmx%dm: %s in %.1f s%n", mode, megabytes,
            ok ? "ok" : done ? "failed (exit " + p.exitValue() + ")" : "timed out", (System.nanoTime() - t0) / 1e9);
        return ok;
    }

    /** Keeps what a child read reachable until it has been counted. */
    static volatile Object kept;

    private static void child(String mode, Path file, int records) throws IOException {
        long n;
        try (InputStream in = Files.newInputStream(file)) {
            switch (mode) {
                case "model-document": {
                    Dataset d = UhcJson.reader().withMaxDocumentLength(Integer.MAX_VALUE).read(in, Dataset.class);
                    kept = d;
                    n = d.organizations().size();
                    break;
                }
                case "plain-document": {
                    Plain.Dataset d = Plain.MAPPER.readValue(in, Plain.Dataset.class);
                    kept = d;
                    n = d.organizations().size();
                    break;
                }
                case "model-ndjson": {
                    long[] count = {0};
                    NdjsonReader.of(Organization.class).read(in, o -> {
                        kept = o;
                        count[0]++;
                    }, NdjsonReader.throwAtFirstProblem());
                    n = count[0];
                    break;
                }
                case "plain-ndjson": {
                    n = 0;
                    try (MappingIterator<Plain.Organization> it =
                             Plain.MAPPER.readerFor(Plain.Organization.class).readValues(in)) {
                        while (it.hasNextValue()) {
                            kept = it.nextValue();
                            n++;
                        }
                    }
                    break;
                }
                default:
                    throw new IllegalArgumentException(mode);
            }
        } catch (UncheckedIOException ex) {
            throw ex.getCause();
        }
        if (n != records) {
            System.err.println("Read " + n + " organisations, expected " + records);
            System.exit(2);
        }
        System.out.println(mode + ": " + n);
    }
}

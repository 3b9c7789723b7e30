package org.uhcmodel.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Prints the hottest methods of JFR recordings by self time: the share of execution samples ({@code
 * jdk.ExecutionSample}) whose top frame is the method, and the share of samples that have a frame of a few packages
 * anywhere in their stack. JMH's {@code -prof jfr} writes one recording per benchmark.
 * <p>
 * Run with {@code java -cp benchmarks/target/benchmarks.jar org.uhcmodel.benchmarks.HotMethods [--top N] FILE.jfr
 * or DIRECTORY...}; a directory is searched for {@code .jfr} files.
 */
public final class HotMethods {

    /** Packages whose share of the samples, anywhere in the stack, is printed too. */
    private static final String[] WITHIN = {
        "org.hibernate.validator", "java.util.regex", "tools.jackson", "org.uhcmodel.json", "org.uhcmodel.internal"};

    private HotMethods() {
    }

    /**
     * Prints a markdown table of the top methods of each recording.
     *
     * @param args  {@code --top N} and the recordings
     * @throws IOException if a recording cannot be read
     */
    public static void main(String[] args) throws IOException {
        int top = 10;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--top")) {
                top = Integer.parseInt(args[++i]);
            } else if (Files.isDirectory(Paths.get(args[i]))) {
                try (Stream<Path> s = Files.walk(Paths.get(args[i]))) {
                    files.addAll(s.filter(p -> p.toString().endsWith(".jfr")).sorted().collect(Collectors.toList()));
                }
            } else {
                files.add(Paths.get(args[i]));
            }
        }
        for (Path file : files) {
            Map<String, Integer> self = new HashMap<>();
            Map<String, Integer> within = new LinkedHashMap<>();
            for (String prefix : WITHIN) {
                within.put(prefix, 0);
            }
            int total = 0;
            for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
                if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null
                    || e.getStackTrace().getFrames().isEmpty()) {
                    continue;
                }
                RecordedFrame frame = e.getStackTrace().getFrames().get(0);
                RecordedMethod m = frame.getMethod();
                String name = m.getType().getName() + "." + m.getName();
                self.merge(name, 1, Integer::sum);
                total++;
                for (String prefix : WITHIN) {
                    for (RecordedFrame f : e.getStackTrace().getFrames()) {
                        if (f.getMethod().getType().getName().startsWith(prefix)) {
                            within.merge(prefix, 1, Integer::sum);
                            break;
                        }
                    }
                }
            }
            System.out.println("#### " + file.getParent().getFileName() + " (" + total + " samples)");
            System.out.println();
            System.out.println("| # | method (self time) | samples | share |");
            System.out.println("|---:|---|---:|---:|");
            final int all = total;
            List<Map.Entry<String, Integer>> sorted = new ArrayList<>(self.entrySet());
            sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
            for (int i = 0; i < Math.min(top, sorted.size()); i++) {
                Map.Entry<String, Integer> entry = sorted.get(i);
                System.out.printf(Locale.ROOT, "| %d | `%s` | %d | %.1f %% |%n", i + 1, entry.getKey(),
                    entry.getValue(), 100.0 * entry.getValue() / all);
            }
            System.out.println();
            System.out.print("Samples with a frame of:");
            String sep = " ";
            for (Map.Entry<String, Integer> w : within.entrySet()) {
                System.out.printf(Locale.ROOT, "%s`%s` %.0f %%", sep, w.getKey(), 100.0 * w.getValue() / all);
                sep = ", ";
            }
            System.out.println(" (the stack is cut at 64 frames by default).");
            System.out.println();
        }
    }
}

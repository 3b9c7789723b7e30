package org.uhcmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.uhcmodel.actor.Organization;

/**
 * Checks how the classes of core depend on each other, as {@code jdeps} reads them from the compiled classes: no
 * cycle among the top-level classes (a nested class counts as its top-level class) that crosses a package, which would
 * make files import each other, and no dependency of the engine in {@code org.uhcmodel.internal} on the types of the
 * domain packages. Classes of one package may know each other, as an interface and the types it returns do.
 */
class ArchitectureTest {

    private static final String ROOT = "org.uhcmodel.";
    /** The packages of the domain, whose types the engine must not know. */
    private static final List<String> DOMAIN = List.of("actor", "agreement", "programme", "scheme", "sdg", "source",
        "dataset");
    private static final String INTERNAL = ROOT + "internal.";
    /** A dependency as {@code jdeps -verbose:class} writes it: {@code    a.B -> c.D    location}. */
    private static final Pattern DEPENDENCY = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)(?:\\s.*)?$");

    /** The dependencies between the top-level classes of core, by class name, without a class's own. */
    private static Map<String, Set<String>> graph;

    @BeforeAll
    static void readTheDependencies() throws IOException {
        graph = dependencies(classFiles(compiledClasses()));
    }

    @Test
    void jdepsReadsEveryClassOfCore() {
        assertTrue(graph.containsKey(Organization.class.getName()), graph.keySet()::toString);
        assertTrue(graph.get(Organization.class.getName()).contains(ROOT + "internal.Shape"),
            () -> "Organization depends on " + graph.get(Organization.class.getName()));
        assertTrue(graph.keySet().stream().noneMatch(name -> name.contains("$")), "nested classes are folded");
    }

    @Test
    void noCycleOfCoreCrossesAPackage() {
        List<List<String>> cycles = cycles(graph).stream().filter(ArchitectureTest::crossesAPackage)
            .collect(Collectors.toList());
        assertEquals("", cycles.stream().map(ArchitectureTest::describe).collect(Collectors.joining("\n")),
            cycles.size() + " cycles among the top-level classes of core that cross a package, so that files import "
                + "each other (each class of a cycle is shown on the shortest cycle through it)");
    }

    @Test
    void aCycleWithinOnePackageIsNoImportCycle() {
        assertTrue(crossesAPackage(List.of(ROOT + "a.A", ROOT + "b.B")));
        assertTrue(!crossesAPackage(List.of(ROOT + "a.A", ROOT + "a.B")));
    }

    /** Whether the classes of a cycle lie in more than one package: a cycle that does needs imports both ways. */
    private static boolean crossesAPackage(List<String> cycle) {
        return cycle.stream().map(name -> name.substring(0, name.lastIndexOf('.'))).distinct().count() > 1;
    }

    @Test
    void theCycleFinderReportsEachCycleOnceAndNothingForAnAcyclicGraph() {
        Map<String, Set<String>> acyclic = Map.of(ROOT + "A", Set.of(ROOT + "B", ROOT + "C"),
            ROOT + "B", Set.of(ROOT + "C"), ROOT + "C", Set.of());
        assertEquals(List.of(), cycles(acyclic));
        Map<String, Set<String>> cyclic = new TreeMap<>(Map.of(
            ROOT + "A", Set.of(ROOT + "B"), ROOT + "B", Set.of(ROOT + "A", ROOT + "C"),
            ROOT + "C", Set.of(ROOT + "D"), ROOT + "D", Set.of(ROOT + "E"), ROOT + "E", Set.of(ROOT + "C"),
            ROOT + "F", Set.of(ROOT + "A")));
        assertEquals(List.of("A -> B -> A", "C -> D -> E -> C"),
            cycles(cyclic).stream().map(ArchitectureTest::describe).sorted().collect(Collectors.toList()));
    }

    @Test
    void theEngineDependsOnNoTypeOfTheDomain() {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : graph.entrySet()) {
            if (!entry.getKey().startsWith(INTERNAL)) {
                continue;
            }
            for (String target : entry.getValue()) {
                if (isDomain(target)) {
                    found.add(entry.getKey() + " -> " + target);
                }
            }
        }
        assertEquals("", String.join("\n", found), found.size() + " dependencies of " + INTERNAL + "* on the domain");
    }

    private static boolean isDomain(String name) {
        for (String domain : DOMAIN) {
            if (name.startsWith(ROOT + domain + ".")) {
                return true;
            }
        }
        return false;
    }

    /** The directory of core's compiled classes, or a copy of the jar's classes if core is on the path as a jar. */
    private static Path compiledClasses() throws IOException {
        Path location;
        try {
            location = Path.of(Organization.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
        if (Files.isDirectory(location)) {
            return location;
        }
        Path copy = Files.createTempDirectory("uhc-model-core-classes");
        try (JarFile jar = new JarFile(location.toFile())) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().endsWith(".class")) {
                    continue;
                }
                Path target = copy.resolve(entry.getName()).normalize();
                if (!target.startsWith(copy)) {
                    throw new IllegalStateException("entry outside the jar's root: " + entry.getName());
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, target);
                }
            }
        }
        return copy;
    }

    /**
     * The class files of core, but for {@code module-info.class}: given one by one, jdeps reads each as a class and
     * does not resolve the modules core requires.
     */
    private static List<Path> classFiles(Path classes) throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                .filter(file -> !file.getFileName().toString().equals("module-info.class"))
                .filter(file -> !file.getFileName().toString().equals("package-info.class"))
                .sorted().collect(Collectors.toList());
        }
    }

    /** Runs jdeps on the class files and folds its class-level dependencies into top-level classes of core. */
    private static Map<String, Set<String>> dependencies(List<Path> classFiles) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps")
            .orElseThrow(() -> new AssertionError("jdeps is not in this JDK"));
        List<String> args = new ArrayList<>(List.of("-verbose:class", "-filter:none"));
        for (Path file : classFiles) {
            args.add(file.toString());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(err), args.toArray(new String[0]));
        assertEquals(0, status, () -> "jdeps failed: " + err);
        Map<String, Set<String>> dependencies = new TreeMap<>();
        for (String line : out.toString().split("\\R")) {
            Matcher matcher = DEPENDENCY.matcher(line);
            if (!matcher.matches()) {
                continue;
            }
            String from = topLevel(matcher.group(1));
            String to = topLevel(matcher.group(2));
            if (!from.startsWith(ROOT)) {
                continue;
            }
            Set<String> targets = dependencies.computeIfAbsent(from, k -> new TreeSet<>());
            if (to.startsWith(ROOT) && !to.equals(from)) {
                targets.add(to);
            }
        }
        // Keep only the classes of core: a dependency on a class of another module is no part of a cycle here.
        for (Set<String> targets : dependencies.values()) {
            targets.retainAll(dependencies.keySet());
        }
        return dependencies;
    }

    private static String topLevel(String name) {
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }

    /**
     * Finds the cycles of a graph: for each strongly connected group of more than one class, the shortest cycle
     * through each of its classes, each cycle once.
     */
    static List<List<String>> cycles(Map<String, Set<String>> graph) {
        List<List<String>> cycles = new ArrayList<>();
        Set<List<String>> seen = new LinkedHashSet<>();
        for (Set<String> group : stronglyConnected(graph)) {
            if (group.size() < 2) {
                continue;
            }
            for (String start : group) {
                List<String> cycle = rotate(shortestCycle(graph, group, start));
                if (seen.add(cycle)) {
                    cycles.add(cycle);
                }
            }
        }
        return cycles;
    }

    /** The groups of classes each reachable from each other (Tarjan's algorithm), each sorted by name. */
    private static List<Set<String>> stronglyConnected(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new LinkedHashSet<>();
        List<Set<String>> groups = new ArrayList<>();
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, onStack, groups);
            }
        }
        return groups;
    }

    private static void connect(String node, Map<String, Set<String>> graph, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                List<Set<String>> groups) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        onStack.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, onStack, groups);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> group = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                group.add(member);
            } while (!member.equals(node));
            groups.add(group);
        }
    }

    /** The shortest path from a class back to itself within its group, by breadth-first search. */
    private static List<String> shortestCycle(Map<String, Set<String>> graph, Set<String> group, String start) {
        Map<String, String> previous = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String node = queue.poll();
            for (String next : graph.getOrDefault(node, Set.of())) {
                if (!group.contains(next)) {
                    continue;
                }
                if (next.equals(start)) {
                    List<String> cycle = new ArrayList<>();
                    for (String at = node; at != null; at = previous.get(at)) {
                        cycle.add(at);
                    }
                    Collections.reverse(cycle);
                    return cycle;
                }
                if (!previous.containsKey(next) && !next.equals(start)) {
                    previous.put(next, node);
                    queue.add(next);
                }
            }
        }
        throw new IllegalStateException(start + " is on no cycle of its group " + group);
    }

    /** The cycle started at its least class, so that one cycle found from two of its classes is seen as one. */
    private static List<String> rotate(List<String> cycle) {
        int least = cycle.indexOf(Collections.min(cycle));
        List<String> rotated = new ArrayList<>(cycle.subList(least, cycle.size()));
        rotated.addAll(cycle.subList(0, least));
        return rotated;
    }

    private static String describe(List<String> cycle) {
        StringBuilder buf = new StringBuilder();
        for (String name : cycle) {
            buf.append(name.substring(ROOT.length())).append(" -> ");
        }
        return buf.append(cycle.get(0).substring(ROOT.length())).toString();
    }
}

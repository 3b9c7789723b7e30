package org.uhcmodel.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.Event;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;

/**
 * Prints a readable summary of a dataset: the number of records of each type, a table of agreements
 * (kind, parties, signing date), a table of coverage schemes (operator, country, SHA 2011 financing class,
 * membership), the records tagged with SDG target 3.8 and the dataset's warnings.
 * <p>
 * Organisations are shown by acronym where they have one, else by name (with the country where two share it).
 * A signing date the source does not give is shown as "date not given"; an inferred or approximate date carries its
 * basis. Each warning is one line, {@code path [rule]: message (value: v)}, its path from the dataset, in the order of
 * {@link Dataset#warnings()}; the summary says {@code Warnings: none} when there are none.
 */
public final class Summary {

    private final Dataset dataset;

    /**
     * Creates a summary of a dataset.
     *
     * @param dataset  the dataset, not null
     */
    public Summary(Dataset dataset) {
        this.dataset = dataset;
    }

    /**
     * Gets the number of records of each type, in the order of the dataset's accessors.
     *
     * @return the unmodifiable counts by plural type name, such as {@code organisations}, not null
     */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("sources", dataset.sources().size());
        counts.put("organisations", dataset.organizations().size());
        counts.put("persons", dataset.persons().size());
        counts.put("agreements", dataset.agreements().size());
        counts.put("governing bodies", dataset.bodies().size());
        counts.put("events", dataset.events().size());
        counts.put("programmes", dataset.programmes().size());
        counts.put("schemes", dataset.schemes().size());
        counts.put("observations", dataset.observations().size());
        counts.put("targets", dataset.targets().size());
        counts.put("contracts", dataset.contracts().size());
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Prints the summary.
     *
     * @param out  where to print, not null
     */
    public void print(PrintStream out) {
        out.println("uhc-model seed dataset: " + dataset.size() + " entities, valid");
        counts().forEach((type, count) -> out.printf("  %-17s %3d%n", type, count));

        out.println();
        out.println("Agreements:");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"kind", "parties", "signed"});
        for (Agreement agreement : dataset.agreements()) {
            rows.add(new String[] {
                agreement.kind().code(),
                agreement.actors().stream().map(this::name).collect(Collectors.joining(" + ")),
                agreement.signed().map(Object::toString).orElse("date not given")});
        }
        table(out, rows);

        out.println();
        out.println("Coverage schemes:");
        rows = new ArrayList<>();
        rows.add(new String[] {"scheme", "operator", "country", "financing", "membership"});
        for (CoverageScheme scheme : dataset.schemes()) {
            rows.add(new String[] {
                scheme.acronym().orElseGet(() -> scheme.name().first()),
                name(scheme.operator()),
                scheme.country().code(),
                scheme.financingClass().code(),
                scheme.membership().code()});
        }
        table(out, rows);

        out.println();
        out.println("Tagged with SDG " + SdgTarget.T3_8.code() + ":");
        for (Entity entity : dataset.taggedWith(SdgTarget.T3_8)) {
            out.printf("  %-10s %s%n", type(entity), describe(entity));
        }

        out.println();
        List<Violation> warnings = dataset.warnings();
        out.println(warnings.isEmpty() ? "Warnings: none" : "Warnings:");
        for (Violation warning : warnings) {
            out.println("  " + describe(warning));
        }
    }

    /** A warning as {@code path [rule]: message (value: v)}. */
    private static String describe(Violation warning) {
        StringBuilder line = new StringBuilder(warning.path()).append(" [").append(warning.rule()).append("]: ")
            .append(warning.message());
        warning.invalidValue().ifPresent(value -> line.append(" (value: ").append(value).append(')'));
        return line.toString();
    }

    /** The display name of an organisation. */
    private String name(EntityId id) {
        return Labels.of(dataset, id);
    }

    private static String type(Entity entity) {
        if (entity instanceof Agreement) {
            return "agreement";
        }
        if (entity instanceof Event) {
            return "event";
        }
        if (entity instanceof Programme) {
            return "programme";
        }
        if (entity instanceof CoverageScheme) {
            return "scheme";
        }
        return entity.getClass().getSimpleName();
    }

    private static String describe(Entity entity) {
        if (entity instanceof Agreement) {
            return ((Agreement) entity).title().first();
        }
        if (entity instanceof Event) {
            return ((Event) entity).title().first();
        }
        if (entity instanceof Programme) {
            Programme programme = (Programme) entity;
            return programme.acronym().map(a -> a + " – ").orElse("") + programme.name().first();
        }
        if (entity instanceof CoverageScheme) {
            return ((CoverageScheme) entity).name().first();
        }
        return entity.id().value();
    }

    /** Prints rows as a left-aligned table, the first row as header. */
    private static void table(PrintStream out, List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder(" ");
            for (int i = 0; i < widths.length; i++) {
                line.append(' ').append(pad(rows.get(r)[i], widths[i])).append(i < widths.length - 1 ? " |" : "");
            }
            out.println(line.toString().stripTrailing());
            if (r == 0) {
                StringBuilder rule = new StringBuilder(" ");
                for (int i = 0; i < widths.length; i++) {
                    rule.append(' ').append("-".repeat(widths[i])).append(i < widths.length - 1 ? " |" : "");
                }
                out.println(rule);
            }
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}

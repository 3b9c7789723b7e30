package org.uhcmodel.iati;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.programme.ProgrammeKind;

/**
 * Reads IATI 2.03 activity files into the model: each {@code iati-activity} becomes a {@link Programme}, each
 * organisation it names an {@link Organization} of a dataset given, or one made from what the file says of it.
 * <p>
 * The reader carries every element of an activity that the model holds (see {@link IatiWriter} and docs/iati.md for
 * the mapping) and reports the rest, element by element, in {@link IatiActivities#notCarried()}, rather than drop it
 * unsaid: a sector of another vocabulary than the DAC five-digit codes, or a DAC code outside health, population and
 * social protection; a policy marker; a transaction's aid type. The values the model requires and the file does not
 * give are supplied and reported in {@link IatiActivities#assumptions()}: the kind of a programme (by default
 * {@link ProgrammeKind#DEVELOPMENT_PROJECT}), the kind of an organisation (from its IATI type), the language of a
 * narrative without one ({@code und}, undetermined, unless the activity states a default language).
 * <p>
 * Documents that {@link IatiWriter} writes read back into the same programmes: the extension it writes gives the
 * programmes' ids, kinds, acronyms, objectives, figures and citations, the ids of the organisations, the dates as
 * stated. In other documents, a programme's id is made from its IATI identifier (lower case, each run of other
 * characters than letters and digits a hyphen, at most 100 characters, made unique with {@code -2}, {@code -3} …), an
 * organisation's from its IATI identifier or name in the same way.
 * <p>
 * What cannot be read is refused with an {@link IatiReadException} naming every problem with its line and column:
 * XML that is not well formed, another root than {@code iati-activities}, a code outside its codelist, a value the
 * model refuses. Documents are read without DTDs or external entities.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class IatiReader {

    private static final IatiReader DEFAULT = new IatiReader(ProgrammeKind.DEVELOPMENT_PROJECT);

    private final ProgrammeKind kind;

    private IatiReader(ProgrammeKind kind) {
        this.kind = kind;
    }

    /**
     * Obtains a reader that gives a programme the kind {@link ProgrammeKind#DEVELOPMENT_PROJECT} when the file does
     * not state it.
     *
     * @return the reader, not null
     */
    public static IatiReader create() {
        return DEFAULT;
    }

    /**
     * Returns a reader that gives a programme the given kind when the file does not state it.
     *
     * @param kind  the kind, not null
     * @return a new reader, not null
     * @throws NullPointerException if the kind is null
     */
    public IatiReader withKind(ProgrammeKind kind) {
        return new IatiReader(Objects.requireNonNull(kind, "kind"));
    }

    /**
     * Reads an activity file, every organisation it names made from the file.
     *
     * @param xml  the document, not null
     * @return the programmes, organisations and reports, not null
     * @throws NullPointerException if the document is null
     * @throws IatiReadException listing every problem, if the document cannot be read
     */
    public IatiActivities read(String xml) {
        return read(new ByteArrayInputStream(Objects.requireNonNull(xml, "xml").getBytes(StandardCharsets.UTF_8)),
            Dataset.builder().build());
    }

    /**
     * Reads an activity file, the organisations and programmes it names looked up in a dataset first: by the id the
     * extension gives, else by IATI organisation identifier, or by IATI activity identifier for a related activity.
     *
     * @param xml  the document, not null
     * @param known  the dataset holding organisations and programmes the file may name, not null
     * @return the programmes, the organisations the dataset lacks, and reports, not null
     * @throws NullPointerException if an argument is null
     * @throws IatiReadException listing every problem, if the document cannot be read
     */
    public IatiActivities read(String xml, Dataset known) {
        return read(new ByteArrayInputStream(Objects.requireNonNull(xml, "xml").getBytes(StandardCharsets.UTF_8)),
            known);
    }

    /**
     * Reads an activity file from a stream, the organisations and programmes it names looked up in a dataset first;
     * the stream is read to its end and not closed.
     *
     * @param in  the document, not null
     * @param known  the dataset holding organisations and programmes the file may name, not null
     * @return the programmes, the organisations the dataset lacks, and reports, not null
     * @throws NullPointerException if an argument is null
     * @throws IatiReadException listing every problem, if the document cannot be read
     */
    public IatiActivities read(InputStream in, Dataset known) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(known, "known");
        XmlTree.Element root;
        try {
            root = XmlTree.read(in);
        } catch (XMLStreamException ex) {
            int line = ex.getLocation() == null ? 1 : ex.getLocation().getLineNumber();
            int column = ex.getLocation() == null ? 1 : ex.getLocation().getColumnNumber();
            throw new IatiReadException(List.of(IatiProblem.at("/", "iati.read.xml",
                "the document is not well-formed XML: " + ex.getMessage(), line, column)));
        }
        List<IatiProblem> problems = new ArrayList<>();
        if (root == null || !root.is("iati-activities")) {
            problems.add(root == null ? IatiProblem.at("/", "iati.read.not-activities", "the document is empty", 1, 1)
                : problem(root, "iati.read.not-activities", "the root element is not iati-activities"));
            throw new IatiReadException(problems);
        }
        root.taken = true;
        String version = root.attribute("version");
        if (version == null || !version.startsWith("2.")) {
            problems.add(problem(root, "iati.read.version", "the document is not of version 2 of the IATI Standard: "
                + version));
            throw new IatiReadException(problems);
        }
        ActivityReader reader = new ActivityReader(known, kind, problems);
        List<Programme> programmes = new ArrayList<>();
        for (XmlTree.Element activity : root.take("iati-activity")) {
            Programme programme = reader.read(activity);
            if (programme != null) {
                programmes.add(programme);
            }
        }
        if (!problems.isEmpty()) {
            throw new IatiReadException(problems);
        }
        List<IatiProblem> notCarried = new ArrayList<>();
        untaken(root, notCarried);
        return new IatiActivities(programmes, reader.created(), notCarried, reader.assumptions());
    }

    /** Reports every part of an element the reader did not take. */
    private static void untaken(XmlTree.Element element, List<IatiProblem> notCarried) {
        if (!element.taken) {
            notCarried.add(problem(element, "iati.read.not-carried", "the model does not carry " + element.name));
            return;
        }
        for (String attribute : element.attributes.keySet()) {
            if (!element.takenAttributes.contains(attribute)) {
                notCarried.add(IatiProblem.at(element.path + "/@" + attribute, "iati.read.not-carried",
                    "the model does not carry the attribute " + attribute + " of " + element.name, element.line,
                    element.column));
            }
        }
        for (XmlTree.Element child : element.children) {
            untaken(child, notCarried);
        }
    }

    /** A problem at an element. */
    static IatiProblem problem(XmlTree.Element element, String code, String message) {
        return IatiProblem.at(element.path, code, message, element.line, element.column);
    }

    /**
     * Reads a decimal in plain notation, as IATI writes values: an optional minus sign, digits, and optionally a
     * point and digits.
     *
     * @param text  the text, not null
     * @return the decimal, with the scale written
     * @throws IllegalArgumentException if the text is not in plain notation
     */
    static BigDecimal decimal(String text) {
        String trimmed = text.strip();
        int start = trimmed.startsWith("-") ? 1 : trimmed.startsWith("+") ? 1 : 0;
        int point = trimmed.indexOf('.');
        boolean digits = trimmed.length() > start;
        for (int i = start; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (!(c >= '0' && c <= '9') && i != point) {
                digits = false;
            }
        }
        if (!digits || point == start || point == trimmed.length() - 1) {
            throw new IllegalArgumentException("not a decimal number in plain notation: " + text);
        }
        return new BigDecimal(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed);
    }
}

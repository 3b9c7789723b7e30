package org.uhcmodel.iati;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.programme.IatiIdentifier;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.value.EntityId;

/**
 * Writes IATI 2.03 XML: a dataset's programmes as an {@code iati-activities} document, its organisations as an
 * {@code iati-organisations} document, each valid against the official IATI 2.03 schemas (see {@link IatiSchemas}).
 * <p>
 * A programme is written only if it has what IATI requires of an activity: an activity identifier, a reporting
 * organisation with an IATI organisation identifier and a known type, a description or objectives, a participating
 * organisation, a status, a planned or actual start date, a recipient country or region and a sector; and only if it
 * follows IATI's rules beyond the schema that the model leaves as warnings: each recipient and sector with its share
 * when there are several, budgets of a year at most, values for the baselines, targets and actuals of quantitative
 * indicators, transactions whose types agree with the roles of their organisations (incoming money from a funder, money
 * committed or disbursed to another organisation than a funder alone). {@link #check(Dataset, Programme)} lists what a
 * programme lacks; writing refuses, with every problem at once, rather than leave anything out. An organisation is
 * written if it has an IATI organisation identifier and a known type.
 * <p>
 * How the model maps to IATI (docs/iati.md has the whole table): the name is the title, the description a general
 * description and each objective a description of type 2; dates, budgets, transactions and indicator periods stated to
 * the year or month are given to IATI as their first day (a start, a value date) or last day (an end), with the date as
 * stated in the extension attribute of the same name; an organisation's IATI type is the one the participation states,
 * else the one the organisation is reported as in the activity; SDG targets are tags of vocabulary 3 with their goals
 * as tags of vocabulary 2. What IATI has no element for (the programme's id, kind, acronym, the measurable side of
 * objectives, figures, citations, the ids of organisations, a relation to a programme that has no IATI identifier,
 * which IATI cannot name) is written in the extension namespace {@value #EXTENSION_NAMESPACE}, which IATI's schemas
 * allow and {@link IatiReader} reads back. When a programme has no activity identifier of its own, the writer builds it
 * as IATI's rule does, from the reporting organisation's IATI identifier and its own identifier of the activity (other
 * identifier of type A1), and marks it {@code uhc:derived}.
 * <p>
 * Output is deterministic: the same dataset gives the same bytes, in UTF-8, indented by two spaces; no generation
 * time is written unless one is given.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class IatiWriter {

    /** The namespace of the elements and attributes uhc-model adds to IATI documents. */
    public static final String EXTENSION_NAMESPACE = "https://github.com/uhc-model/uhc-model/ns/iati/1";

    private static final IatiWriter DEFAULT = new IatiWriter(null);

    private final OffsetDateTime generatedAt;

    private IatiWriter(OffsetDateTime generatedAt) {
        this.generatedAt = generatedAt;
    }

    /**
     * Obtains a writer that writes no generation time.
     *
     * @return the writer, not null
     */
    public static IatiWriter create() {
        return DEFAULT;
    }

    /**
     * Returns a writer that writes the given time as the documents' {@code generated-datetime}.
     *
     * @param time  the time the documents are generated, not null
     * @return a new writer, not null
     * @throws NullPointerException if the time is null
     */
    public IatiWriter generatedAt(OffsetDateTime time) {
        return new IatiWriter(Objects.requireNonNull(time, "time"));
    }

    /**
     * Lists what keeps a programme from being written as an IATI activity.
     *
     * @param dataset  the dataset holding the programme and the organisations it names, not null
     * @param programme  a programme of the dataset, not null
     * @return the unmodifiable problems, with paths in the dataset, empty if the programme can be written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the programme is not one of the dataset
     */
    public List<IatiProblem> check(Dataset dataset, Programme programme) {
        String prefix = prefix(dataset, programme);
        return List.copyOf(new ActivityWriter(dataset, programme).check(prefix,
            ActivityWriter.activityIdentifiers(dataset)));
    }

    /**
     * Lists what keeps an organisation from being written as an IATI organisation.
     *
     * @param dataset  the dataset holding the organisation, not null
     * @param organization  an organisation of the dataset, not null
     * @return the unmodifiable problems, with paths in the dataset, empty if the organisation can be written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the organisation is not one of the dataset
     */
    public List<IatiProblem> check(Dataset dataset, Organization organization) {
        return List.copyOf(new OrganisationWriter(organization).check(prefix(dataset, organization)));
    }

    /**
     * Writes every programme of a dataset as an {@code iati-activities} document.
     *
     * @param dataset  the dataset, not null
     * @return the document, not null
     * @throws NullPointerException if the dataset is null
     * @throws IatiWriteException listing every problem, if a programme cannot be written or there is none
     */
    public String writeActivities(Dataset dataset) {
        return writeActivities(dataset, dataset.programmes());
    }

    /**
     * Writes programmes of a dataset as an {@code iati-activities} document, in the order given.
     *
     * @param dataset  the dataset holding the programmes and the organisations they name, not null
     * @param programmes  programmes of the dataset, at least one, none null, not null
     * @return the document, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a programme is not one of the dataset
     * @throws IatiWriteException listing every problem, if a programme cannot be written or none is given
     */
    public String writeActivities(Dataset dataset, List<Programme> programmes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeActivities(dataset, programmes, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes programmes of a dataset as an {@code iati-activities} document to a stream, in UTF-8; the stream is not
     * closed.
     *
     * @param dataset  the dataset holding the programmes and the organisations they name, not null
     * @param programmes  programmes of the dataset, at least one, none null, not null
     * @param out  where the document goes, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a programme is not one of the dataset
     * @throws IatiWriteException listing every problem, if a programme cannot be written or none is given; nothing
     *  is written then
     */
    public void writeActivities(Dataset dataset, List<Programme> programmes, OutputStream out) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(programmes, "programmes");
        Objects.requireNonNull(out, "out");
        List<IatiProblem> problems = new ArrayList<>();
        List<ActivityWriter> writers = new ArrayList<>();
        Map<IatiIdentifier, List<EntityId>> claimed = ActivityWriter.activityIdentifiers(dataset);
        for (Programme programme : programmes) {
            ActivityWriter writer = new ActivityWriter(dataset, Objects.requireNonNull(programme, "programme"));
            problems.addAll(writer.check(prefix(dataset, programme), claimed));
            writers.add(writer);
        }
        if (programmes.isEmpty()) {
            problems.add(IatiProblem.of("programmes", "iati.no-activity",
                "an IATI activity file holds at least one activity"));
        }
        if (!problems.isEmpty()) {
            throw new IatiWriteException(problems);
        }
        XmlOut xml = new XmlOut(out).root("iati-activities");
        root(xml);
        for (ActivityWriter writer : writers) {
            writer.write(xml);
        }
        xml.end();
        xml.finish();
    }

    /**
     * Writes the organisations of a dataset as an {@code iati-organisations} document.
     *
     * @param dataset  the dataset, not null
     * @return the document, not null
     * @throws NullPointerException if the dataset is null
     * @throws IatiWriteException listing every problem, if an organisation cannot be written or there is none
     */
    public String writeOrganisations(Dataset dataset) {
        return writeOrganisations(dataset, dataset.organizations());
    }

    /**
     * Writes organisations of a dataset as an {@code iati-organisations} document, in the order given.
     *
     * @param dataset  the dataset holding the organisations, not null
     * @param organizations  organisations of the dataset, at least one, none null, not null
     * @return the document, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an organisation is not one of the dataset
     * @throws IatiWriteException listing every problem, if an organisation cannot be written or none is given
     */
    public String writeOrganisations(Dataset dataset, List<Organization> organizations) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeOrganisations(dataset, organizations, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes organisations of a dataset as an {@code iati-organisations} document to a stream, in UTF-8; the stream
     * is not closed.
     *
     * @param dataset  the dataset holding the organisations, not null
     * @param organizations  organisations of the dataset, at least one, none null, not null
     * @param out  where the document goes, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an organisation is not one of the dataset
     * @throws IatiWriteException listing every problem, if an organisation cannot be written or none is given;
     *  nothing is written then
     */
    public void writeOrganisations(Dataset dataset, List<Organization> organizations, OutputStream out) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(organizations, "organizations");
        Objects.requireNonNull(out, "out");
        List<IatiProblem> problems = new ArrayList<>();
        List<OrganisationWriter> writers = new ArrayList<>();
        for (Organization organization : organizations) {
            OrganisationWriter writer = new OrganisationWriter(Objects.requireNonNull(organization, "organization"));
            problems.addAll(writer.check(prefix(dataset, organization)));
            writers.add(writer);
        }
        if (organizations.isEmpty()) {
            problems.add(IatiProblem.of("organizations", "iati.no-organisation",
                "an IATI organisation file holds at least one organisation"));
        }
        if (!problems.isEmpty()) {
            throw new IatiWriteException(problems);
        }
        XmlOut xml = new XmlOut(out).root("iati-organisations");
        root(xml);
        for (OrganisationWriter writer : writers) {
            writer.write(xml);
        }
        xml.end();
        xml.finish();
    }

    private void root(XmlOut xml) {
        xml.attribute("version", IatiXml.VERSION);
        Optional.ofNullable(generatedAt).ifPresent(t -> xml.attribute("generated-datetime", t.toString()));
    }

    private static String prefix(Dataset dataset, Programme programme) {
        Objects.requireNonNull(programme, "programme");
        int index = Objects.requireNonNull(dataset, "dataset").programmes().indexOf(programme);
        if (index < 0) {
            throw new IllegalArgumentException("Programme " + programme.id() + " is not one of the dataset");
        }
        return "programmes[" + index + "].";
    }

    private static String prefix(Dataset dataset, Organization organization) {
        Objects.requireNonNull(organization, "organization");
        int index = Objects.requireNonNull(dataset, "dataset").organizations().indexOf(organization);
        if (index < 0) {
            throw new IllegalArgumentException("Organisation " + organization.id() + " is not one of the dataset");
        }
        return "organizations[" + index + "].";
    }
}

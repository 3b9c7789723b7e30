package org.uhcmodel.iati;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.uhcmodel.actor.IatiOrganisationType;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.meta.Property;
import org.uhcmodel.programme.ActivityDate;
import org.uhcmodel.programme.ActivityDateType;
import org.uhcmodel.programme.AdministrativeArea;
import org.uhcmodel.programme.Budget;
import org.uhcmodel.programme.DocumentCategory;
import org.uhcmodel.programme.DocumentLink;
import org.uhcmodel.programme.IatiIdentifier;
import org.uhcmodel.programme.IatiOrganisationRole;
import org.uhcmodel.programme.IndicatorBaseline;
import org.uhcmodel.programme.IndicatorPeriod;
import org.uhcmodel.programme.Location;
import org.uhcmodel.programme.OtherIdentifier;
import org.uhcmodel.programme.OtherIdentifierType;
import org.uhcmodel.programme.PlannedDisbursement;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.programme.ProgrammeParticipant;
import org.uhcmodel.programme.ProgrammeSector;
import org.uhcmodel.programme.RecipientCountry;
import org.uhcmodel.programme.RecipientRegion;
import org.uhcmodel.programme.RelatedActivity;
import org.uhcmodel.programme.Result;
import org.uhcmodel.programme.ResultIndicator;
import org.uhcmodel.programme.Transaction;
import org.uhcmodel.sdg.IndicatorCode;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.Direction;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.Identifier;
import org.uhcmodel.value.IdentifierScheme;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.Objective;
import org.uhcmodel.value.PartialDate;

/**
 * A programme of a dataset as an IATI 2.03 activity: what IATI requires of it, and the {@code iati-activity} element.
 * <p>
 * The organisations a programme names are looked up in its dataset. Their IATI organisation type is the one the
 * participation states, else the one the organisation is reported as in the programme, given its recipient countries
 * and the countries of its funders.
 */
final class ActivityWriter {

    /** The model's warnings that IATI counts as errors, and the code of the problem each becomes. */
    private static final Map<String, String> IATI_ERRORS = Map.of(
        "programme.recipient-percentage-missing", "iati.recipient-percentage-missing",
        "programme.sector-percentage-missing", "iati.sector-percentage-missing",
        "budget.longer-than-a-year", "iati.budget-longer-than-a-year",
        "result-indicator.baseline-without-value", "iati.result-indicator-value",
        "result-indicator.comment-without-value", "iati.result-indicator-value",
        "programme.incoming-provider-role", "iati.transaction-role",
        "programme.outgoing-receiver-role", "iati.transaction-role");

    private final Dataset dataset;
    private final Programme programme;
    private final Set<CountryCode> recipients = new HashSet<>();
    private final Set<CountryCode> providers = new HashSet<>();

    ActivityWriter(Dataset dataset, Programme programme) {
        this.dataset = dataset;
        this.programme = programme;
        for (RecipientCountry country : programme.recipientCountries()) {
            recipients.add(country.country());
        }
        for (EntityId funder : programme.participantsWithRole(IatiOrganisationRole.FUNDING)) {
            organization(funder).flatMap(Organization::country).ifPresent(providers::add);
        }
    }

    // ---- What IATI requires ------------------------------------------------------------------------------------

    /**
     * Gets the activity identifier each programme of a dataset is written with, stated or built.
     *
     * @param dataset  the dataset
     * @return the ids of the programmes by the identifier they would be written with
     */
    static Map<IatiIdentifier, List<EntityId>> activityIdentifiers(Dataset dataset) {
        Map<IatiIdentifier, List<EntityId>> claimed = new HashMap<>();
        for (Programme p : dataset.programmes()) {
            new ActivityWriter(dataset, p).activityIdentifier()
                .ifPresent(i -> claimed.computeIfAbsent(i, k -> new ArrayList<>()).add(p.id()));
        }
        return claimed;
    }

    /**
     * The problems that keep the programme from being an IATI activity, with paths under the given prefix.
     *
     * @param prefix  the path of the programme in the dataset, ending with a dot
     * @param claimed  the ids of the dataset's programmes by their activity identifiers
     */
    List<IatiProblem> check(String prefix, Map<IatiIdentifier, List<EntityId>> claimed) {
        List<IatiProblem> problems = new ArrayList<>();
        Optional<Organization> reporting = programme.reportingOrganization().flatMap(this::organization);
        if (reporting.isEmpty()) {
            problems.add(IatiProblem.of(prefix + "reportingOrganization", "iati.reporting-organization-missing",
                "IATI requires the organisation that reports the activity"));
        } else {
            if (iatiIdentifierOf(reporting.get()).isEmpty()) {
                problems.add(IatiProblem.of(prefix + "reportingOrganization", "iati.reporting-organization-identifier",
                    "IATI identifies the reporting organisation by its IATI organisation identifier, which "
                        + reporting.get().id() + " does not have"));
            }
            if (typeOf(reporting.get(), Optional.empty()).isEmpty()) {
                problems.add(IatiProblem.of(prefix + "reportingOrganization", "iati.reporting-organization-type",
                    "IATI requires the type of the reporting organisation, which " + reporting.get().id()
                        + " neither states nor implies by its kind"));
            }
        }
        Optional<IatiIdentifier> identifier = activityIdentifier();
        if (identifier.isEmpty()) {
            problems.add(IatiProblem.of(prefix + "iatiIdentifier", "iati.iati-identifier-missing",
                "IATI requires an activity identifier: state it, or give the reporting organisation's own identifier "
                    + "of the activity (other identifier of type A1) to build it from"));
        } else if (reporting.flatMap(ActivityWriter::iatiIdentifierOf).map(identifier.get().toString()::equals)
            .orElse(false)) {
            problems.add(IatiProblem.of(prefix + "iatiIdentifier", "iati.iati-identifier-is-organisation",
                "the activity identifier must differ from the identifier of the reporting organisation "
                    + "(IATI rule 1.1.3)"));
        }
        if (identifier.isPresent()) {
            List<EntityId> others = new ArrayList<>(claimed.getOrDefault(identifier.get(), List.of()));
            others.remove(programme.id());
            if (!others.isEmpty()) {
                problems.add(IatiProblem.of(prefix + "iatiIdentifier", "iati.iati-identifier-duplicate",
                    "IATI identifies each activity by its own identifier, but " + identifier.get()
                        + " is also that of " + others));
            }
            List<RelatedActivity> related = programme.relatedActivities();
            for (int i = 0; i < related.size(); i++) {
                if (relatedIdentifier(related.get(i)).equals(identifier)) {
                    problems.add(IatiProblem.of(prefix + "relatedActivities[" + i + "]", "iati.related-to-itself",
                        "names the activity itself, by its identifier " + identifier.get()));
                }
            }
        }
        if (programme.description().isEmpty() && programme.objectives().isEmpty()) {
            problems.add(IatiProblem.of(prefix + "description", "iati.description-missing",
                "IATI requires a description of the activity: a general description or objectives"));
        }
        if (programme.participants().isEmpty()) {
            problems.add(IatiProblem.of(prefix + "participants", "iati.participant-missing",
                "IATI requires at least one participating organisation"));
        }
        if (programme.status().isEmpty()) {
            problems.add(IatiProblem.of(prefix + "status", "iati.status-missing", "IATI requires an activity status"));
        }
        if (programme.date(ActivityDateType.PLANNED_START).isEmpty()
            && programme.date(ActivityDateType.ACTUAL_START).isEmpty()) {
            problems.add(IatiProblem.of(prefix + "dates", "iati.start-date-missing",
                "IATI requires a planned or an actual start date (rule 6.11.1)"));
        }
        if (programme.recipientCountries().isEmpty() && programme.recipientRegions().isEmpty()) {
            problems.add(IatiProblem.of(prefix + "recipientCountries", "iati.recipient-missing",
                "IATI requires a recipient country or region (rule 3.7.1); a programme for developing countries at "
                    + "large has the region 998"));
        }
        if (programme.sectors().isEmpty()) {
            problems.add(IatiProblem.of(prefix + "sectors", "iati.sector-missing",
                "IATI requires a sector (rule 6.2.2)"));
        }
        for (Violation warning : ModelTypes.of(Programme.class).warnings(programme)) {
            String code = IATI_ERRORS.get(warning.rule());
            if (code != null) {
                problems.add(IatiProblem.of(prefix + warning.path(), code,
                    "IATI counts what the model warns of as an error: " + warning.message()));
            }
        }
        checkText(programme, prefix.substring(0, prefix.length() - 1), problems);
        for (EntityId id : organizationsWritten()) {
            organization(id).ifPresent(o -> checkText(o.name(), "organizations(" + id + ").name", problems));
        }
        return problems;
    }

    /** Reports text that XML 1.0 cannot hold, anywhere in a value. */
    static void checkText(Object value, String path, List<IatiProblem> problems) {
        if (value instanceof String) {
            if (!isXmlText((String) value)) {
                problems.add(IatiProblem.of(path, "iati.text-not-xml",
                    "holds a character XML 1.0 cannot carry, such as a control character or a lone surrogate"));
            }
        } else if (value instanceof LocalizedText) {
            for (Map.Entry<String, String> entry : ((LocalizedText) value).entries().entrySet()) {
                checkText(entry.getValue(), path + "." + entry.getKey(), problems);
            }
        } else if (value instanceof Collection) {
            int i = 0;
            for (Object item : (Collection<?>) value) {
                checkText(item, path + "[" + i++ + "]", problems);
            }
        } else if (value != null && ModelTypes.find(value.getClass()).isPresent()) {
            for (Property<?> property : ModelTypes.find(value.getClass()).get().properties()) {
                checkText(property.get(value), path + "." + property.name(), problems);
            }
        } else if (value != null && !(value instanceof Enum) && !(value instanceof Number)) {
            checkText(value.toString(), path, problems);
        }
    }

    /** Whether every character is one XML 1.0 allows. */
    static boolean isXmlText(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
            if (!allowed) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private Set<EntityId> organizationsWritten() {
        Set<EntityId> ids = new LinkedHashSet<>();
        programme.reportingOrganization().ifPresent(ids::add);
        for (ProgrammeParticipant participant : programme.participants()) {
            ids.add(participant.organization());
        }
        for (OtherIdentifier identifier : programme.identifiers()) {
            identifier.owner().ifPresent(ids::add);
        }
        for (PlannedDisbursement planned : programme.plannedDisbursements()) {
            planned.provider().ifPresent(ids::add);
            planned.receiver().ifPresent(ids::add);
        }
        for (Transaction transaction : programme.transactions()) {
            transaction.provider().ifPresent(ids::add);
            transaction.receiver().ifPresent(ids::add);
        }
        return ids;
    }

    // ---- Lookups ---------------------------------------------------------------------------------------------------

    private Optional<Organization> organization(EntityId id) {
        return dataset.find(id, Organization.class);
    }

    private Optional<IatiOrganisationType> typeOf(Organization organization, Optional<IatiOrganisationType> stated) {
        return stated.isPresent() ? stated : organization.reportedIatiType(recipients, providers);
    }

    /** The first IATI organisation identifier of an organisation. */
    static Optional<String> iatiIdentifierOf(Organization organization) {
        for (Identifier identifier : organization.identifiers()) {
            if (identifier.scheme() == IdentifierScheme.IATI_ORGANISATION) {
                return Optional.of(identifier.value());
            }
        }
        return Optional.empty();
    }

    /** The activity identifier: the one stated, else the one IATI's rule builds from the reporting organisation's. */
    Optional<IatiIdentifier> activityIdentifier() {
        return programme.iatiIdentifier().or(this::derivedIdentifier);
    }

    private Optional<IatiIdentifier> derivedIdentifier() {
        Optional<EntityId> reportingId = programme.reportingOrganization();
        Optional<String> prefix = reportingId.flatMap(this::organization).flatMap(ActivityWriter::iatiIdentifierOf);
        if (prefix.isEmpty()) {
            return Optional.empty();
        }
        for (OtherIdentifier identifier : programme.identifiers()) {
            if (identifier.type() == OtherIdentifierType.REPORTING_ORGANISATION_INTERNAL
                && identifier.owner().map(reportingId.get()::equals).orElse(true)) {
                return Optional.of(IatiIdentifier.of(prefix.get() + "-" + identifier.value()));
            }
        }
        return Optional.empty();
    }

    private Optional<IatiIdentifier> relatedIdentifier(RelatedActivity related) {
        if (related.iatiIdentifier().isPresent()) {
            return related.iatiIdentifier();
        }
        return dataset.find(related.programme().orElseThrow(), Programme.class)
            .flatMap(other -> new ActivityWriter(dataset, other).activityIdentifier());
    }

    // ---- The element -----------------------------------------------------------------------------------------------

    /** Writes the {@code iati-activity} element; the programme passes {@link #check(String, Map)}. */
    void write(XmlOut out) {
        out.start("iati-activity");
        IatiIdentifier identifier = activityIdentifier().orElseThrow();
        out.start("iati-identifier");
        if (programme.iatiIdentifier().isEmpty()) {
            out.extensionAttribute("derived", "true");
        }
        out.text(identifier.toString()).end();
        Organization reporting = organization(programme.reportingOrganization().orElseThrow()).orElseThrow();
        out.start("reporting-org").attribute("ref", iatiIdentifierOf(reporting).orElseThrow())
            .attribute("type", typeOf(reporting, Optional.empty()).orElseThrow().code())
            .extensionAttribute("organization", reporting.id().toString());
        narratives(out, reporting.name());
        out.end();
        out.start("title");
        narratives(out, programme.name());
        out.end();
        if (programme.description().isPresent()) {
            out.start("description").attribute("type", "1");
            narratives(out, programme.description().get());
            out.end();
        }
        for (Objective objective : programme.objectives()) {
            out.start("description").attribute("type", "2");
            narratives(out, objective.description());
            out.end();
        }
        for (ProgrammeParticipant participant : programme.participants()) {
            participant(out, participant);
        }
        for (OtherIdentifier other : programme.identifiers()) {
            out.start("other-identifier").attribute("ref", other.value().toString())
                .attribute("type", other.type().code());
            if (other.owner().isPresent()) {
                Organization owner = organization(other.owner().get()).orElseThrow();
                out.start("owner-org");
                iatiIdentifierOf(owner).ifPresent(ref -> out.attribute("ref", ref));
                out.extensionAttribute("organization", owner.id().toString());
                narratives(out, owner.name());
                out.end();
            }
            out.end();
        }
        out.start("activity-status").attribute("code", programme.status().orElseThrow().code()).end();
        for (ActivityDate date : programme.dates()) {
            out.start("activity-date").attribute("type", date.type().code());
            date(out, "iso-date", date.date(), !date.type().isStart());
            out.end();
        }
        for (RecipientCountry country : programme.recipientCountries()) {
            out.start("recipient-country").attribute("code", country.country().toString());
            country.percentage().ifPresent(p -> out.attribute("percentage", p.value().toPlainString()));
            out.end();
        }
        for (RecipientRegion region : programme.recipientRegions()) {
            out.start("recipient-region").attribute("code", region.region().code()).attribute("vocabulary", "1");
            region.percentage().ifPresent(p -> out.attribute("percentage", p.value().toPlainString()));
            out.end();
        }
        for (Location location : programme.locations()) {
            location(out, location);
        }
        for (ProgrammeSector sector : programme.sectors()) {
            out.start("sector").attribute("vocabulary", "1").attribute("code", sector.sector().code());
            sector.percentage().ifPresent(p -> out.attribute("percentage", p.value().toPlainString()));
            out.end();
        }
        tags(out);
        for (Budget budget : programme.budgets()) {
            out.start("budget");
            budget.type().ifPresent(t -> out.attribute("type", t.code()));
            budget.status().ifPresent(s -> out.attribute("status", s.code()));
            period(out, budget.start(), Optional.of(budget.end()));
            value(out, budget.value(), budget.valueDate());
            out.end();
        }
        for (PlannedDisbursement planned : programme.plannedDisbursements()) {
            out.start("planned-disbursement");
            planned.type().ifPresent(t -> out.attribute("type", t.code()));
            period(out, planned.start(), planned.end());
            value(out, planned.value(), planned.valueDate());
            party(out, "provider-org", "provider-activity-id", planned.provider(), planned.providerActivity());
            party(out, "receiver-org", "receiver-activity-id", planned.receiver(), planned.receiverActivity());
            out.end();
        }
        for (Transaction transaction : programme.transactions()) {
            transaction(out, transaction);
        }
        for (DocumentLink link : programme.documentLinks()) {
            documentLink(out, link);
        }
        for (RelatedActivity related : programme.relatedActivities()) {
            Optional<IatiIdentifier> ref = relatedIdentifier(related);
            if (ref.isPresent()) {
                out.start("related-activity").attribute("ref", ref.get().toString())
                    .attribute("type", related.type().code());
                // related-activity allows extension elements but no extension attributes.
                related.programme().ifPresent(p -> out.startExtension("programme").text(p.toString()).end());
                out.end();
            }
        }
        for (Result result : programme.results()) {
            result(out, result);
        }
        extension(out);
        out.end();
    }

    private void participant(XmlOut out, ProgrammeParticipant participant) {
        Organization organization = organization(participant.organization()).orElseThrow();
        out.start("participating-org");
        iatiIdentifierOf(organization).ifPresent(ref -> out.attribute("ref", ref));
        typeOf(organization, participant.iatiType()).ifPresent(t -> out.attribute("type", t.code()));
        out.attribute("role", participant.role().code())
            .extensionAttribute("organization", organization.id().toString());
        if (participant.iatiType().isPresent()) {
            out.extensionAttribute("stated-type", "true");
        }
        narratives(out, organization.name());
        out.end();
    }

    private void location(XmlOut out, Location location) {
        out.start("location");
        location.reference().ifPresent(r -> out.attribute("ref", r));
        location.reach().ifPresent(r -> out.start("location-reach").attribute("code", r.code()).end());
        if (location.name().isPresent()) {
            out.start("name");
            narratives(out, location.name().get());
            out.end();
        }
        if (location.description().isPresent()) {
            out.start("description");
            narratives(out, location.description().get());
            out.end();
        }
        for (AdministrativeArea area : location.administrativeAreas()) {
            out.start("administrative").attribute("vocabulary", area.vocabulary().code())
                .attribute("code", area.code());
            area.level().ifPresent(l -> out.attribute("level", l.toString()));
            out.end();
        }
        location.point().ifPresent(point -> out.start("point").attribute("srsName", IatiXml.WGS84).start("pos")
            .text(point.latitude().toPlainString() + " " + point.longitude().toPlainString()).end().end());
        location.exactness().ifPresent(e -> out.start("exactness").attribute("code", e.code()).end());
        out.end();
    }

    /** SDG targets as tags of vocabulary 3, and their goals as tags of vocabulary 2. */
    private void tags(XmlOut out) {
        Set<Integer> goals = new TreeSet<>();
        for (SdgTarget target : programme.sdgTargets()) {
            goals.add(target.goal());
        }
        for (Integer goal : goals) {
            out.start("tag").attribute("vocabulary", "2").attribute("code", goal.toString()).end();
        }
        for (SdgTarget target : programme.sdgTargets()) {
            out.start("tag").attribute("vocabulary", "3").attribute("code", target.code()).end();
        }
    }

    private void transaction(XmlOut out, Transaction transaction) {
        out.start("transaction");
        transaction.reference().ifPresent(r -> out.attribute("ref", r));
        out.start("transaction-type").attribute("code", transaction.type().code()).end();
        out.start("transaction-date");
        date(out, "iso-date", transaction.date(), false);
        out.end();
        value(out, transaction.value(), transaction.valueDate());
        if (transaction.description().isPresent()) {
            out.start("description");
            narratives(out, transaction.description().get());
            out.end();
        }
        party(out, "provider-org", "provider-activity-id", transaction.provider(), transaction.providerActivity());
        party(out, "receiver-org", "receiver-activity-id", transaction.receiver(), transaction.receiverActivity());
        out.end();
    }

    private void party(XmlOut out, String element, String activityAttribute, Optional<EntityId> organizationId,
                       Optional<IatiIdentifier> activity) {
        if (organizationId.isEmpty() && activity.isEmpty()) {
            return;
        }
        out.start(element);
        Optional<Organization> organization = organizationId.flatMap(this::organization);
        organization.flatMap(ActivityWriter::iatiIdentifierOf).ifPresent(ref -> out.attribute("ref", ref));
        activity.ifPresent(a -> out.attribute(activityAttribute, a.toString()));
        organization.flatMap(o -> typeOf(o, Optional.empty())).ifPresent(t -> out.attribute("type", t.code()));
        organization.ifPresent(o -> out.extensionAttribute("organization", o.id().toString()));
        organization.ifPresent(o -> narratives(out, o.name()));
        out.end();
    }

    private void documentLink(XmlOut out, DocumentLink link) {
        out.start("document-link").attribute("url", link.url().toString()).attribute("format", link.format());
        out.start("title");
        narratives(out, link.title());
        out.end();
        if (link.description().isPresent()) {
            out.start("description");
            narratives(out, link.description().get());
            out.end();
        }
        for (DocumentCategory category : link.categories()) {
            out.start("category").attribute("code", category.code()).end();
        }
        for (String language : link.languages()) {
            out.start("language").attribute("code", language).end();
        }
        if (link.date().isPresent()) {
            out.start("document-date");
            date(out, "iso-date", link.date().get(), false);
            out.end();
        }
        out.end();
    }

    private void result(XmlOut out, Result result) {
        out.start("result").attribute("type", result.type().code());
        out.start("title");
        narratives(out, result.title());
        out.end();
        if (result.description().isPresent()) {
            out.start("description");
            narratives(out, result.description().get());
            out.end();
        }
        for (ResultIndicator indicator : result.indicators()) {
            out.start("indicator").attribute("measure", indicator.measure().code());
            // IATI's flag knows higher or lower as better; a value to keep has no IATI form but the extension.
            indicator.direction().ifPresent(d -> {
                if (d == Direction.MAINTAIN) {
                    out.extensionAttribute("direction", d.code());
                } else {
                    out.attribute("ascending", d == Direction.INCREASE ? "1" : "0");
                }
            });
            out.start("title");
            narratives(out, indicator.title());
            out.end();
            if (indicator.description().isPresent()) {
                out.start("description");
                narratives(out, indicator.description().get());
                out.end();
            }
            for (IndicatorCode sdg : indicator.sdgIndicators()) {
                out.start("reference").attribute("vocabulary", "9").attribute("code", sdg.toString()).end();
            }
            if (indicator.baseline().isPresent()) {
                baseline(out, indicator.baseline().get());
            }
            for (IndicatorPeriod period : indicator.periods()) {
                out.start("period");
                period(out, period.start(), Optional.of(period.end()));
                measured(out, "target", period.target(), period.targetComment());
                measured(out, "actual", period.actual(), period.actualComment());
                out.end();
            }
            out.end();
        }
        out.end();
    }

    private static void baseline(XmlOut out, IndicatorBaseline baseline) {
        out.start("baseline");
        if (baseline.date().isPresent()) {
            date(out, "iso-date", baseline.date().get(), false);
        }
        out.attribute("year", baseline.year().toString());
        baseline.value().ifPresent(v -> out.attribute("value", v.toPlainString()));
        if (baseline.comment().isPresent()) {
            out.start("comment");
            narratives(out, baseline.comment().get());
            out.end();
        }
        out.end();
    }

    private static void measured(XmlOut out, String element, Optional<BigDecimal> value,
                                 Optional<LocalizedText> comment) {
        if (value.isEmpty() && comment.isEmpty()) {
            return;
        }
        out.start(element);
        value.ifPresent(v -> out.attribute("value", v.toPlainString()));
        if (comment.isPresent()) {
            out.start("comment");
            narratives(out, comment.get());
            out.end();
        }
        out.end();
    }

    /** The model's part of the programme that IATI has no element for. */
    private void extension(XmlOut out) {
        out.startExtension("programme").extensionAttribute("id", programme.id().toString())
            .extensionAttribute("kind", programme.kind().code());
        programme.acronym().ifPresent(a -> out.extensionAttribute("acronym", a));
        for (Objective objective : programme.objectives()) {
            ModelXml.write(out, "objective", objective);
        }
        for (Object figure : programme.figures()) {
            ModelXml.write(out, "figure", figure);
        }
        for (Object citation : programme.citations()) {
            ModelXml.write(out, "citation", citation);
        }
        if (!allRelatedHaveIdentifiers()) {
            // IATI names a related activity by its identifier: the relations to programmes that have none are kept
            // here, with the others in their order.
            for (RelatedActivity related : programme.relatedActivities()) {
                ModelXml.write(out, "related-activity", related);
            }
        }
        out.end();
    }

    private boolean allRelatedHaveIdentifiers() {
        for (RelatedActivity related : programme.relatedActivities()) {
            if (relatedIdentifier(related).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    // ---- Shared pieces ---------------------------------------------------------------------------------------------

    /** One {@code narrative} per language, each with its {@code xml:lang}. */
    static void narratives(XmlOut out, LocalizedText text) {
        for (Map.Entry<String, String> entry : text.entries().entrySet()) {
            out.start("narrative").lang(entry.getKey()).text(entry.getValue()).end();
        }
    }

    /**
     * Adds a date attribute to the element just started: the day IATI asks for, and, for a date stated to the year or
     * the month, the date as stated in the extension attribute of the same name.
     */
    static void date(XmlOut out, String attribute, PartialDate date, boolean closing) {
        out.attribute(attribute, IatiXml.day(date, closing).toString());
        if (!IatiXml.isDay(date)) {
            out.extensionAttribute(attribute, date.toString());
        }
    }

    private static void period(XmlOut out, PartialDate start, Optional<PartialDate> end) {
        out.start("period-start");
        date(out, "iso-date", start, false);
        out.end();
        if (end.isPresent()) {
            out.start("period-end");
            date(out, "iso-date", end.get(), true);
            out.end();
        }
    }

    private static void value(XmlOut out, Money money, PartialDate valueDate) {
        out.start("value").attribute("currency", money.currency().toString());
        date(out, "value-date", valueDate, false);
        out.text(money.amount().toPlainString()).end();
    }
}

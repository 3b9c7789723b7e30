package org.uhcmodel.iati;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.uhcmodel.actor.IatiOrganisationType;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.programme.ActivityDate;
import org.uhcmodel.programme.ActivityDateType;
import org.uhcmodel.programme.ActivityStatus;
import org.uhcmodel.programme.AdministrativeArea;
import org.uhcmodel.programme.Budget;
import org.uhcmodel.programme.BudgetStatus;
import org.uhcmodel.programme.BudgetType;
import org.uhcmodel.programme.DacRegion;
import org.uhcmodel.programme.DocumentCategory;
import org.uhcmodel.programme.DocumentLink;
import org.uhcmodel.programme.GeoPoint;
import org.uhcmodel.programme.GeographicExactness;
import org.uhcmodel.programme.GeographicLocationReach;
import org.uhcmodel.programme.GeographicVocabulary;
import org.uhcmodel.programme.IatiIdentifier;
import org.uhcmodel.programme.IatiOrganisationRole;
import org.uhcmodel.programme.IndicatorBaseline;
import org.uhcmodel.programme.IndicatorMeasure;
import org.uhcmodel.programme.IndicatorPeriod;
import org.uhcmodel.programme.Location;
import org.uhcmodel.programme.OtherIdentifier;
import org.uhcmodel.programme.OtherIdentifierType;
import org.uhcmodel.programme.PlannedDisbursement;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.programme.ProgrammeKind;
import org.uhcmodel.programme.ProgrammeParticipant;
import org.uhcmodel.programme.ProgrammeSector;
import org.uhcmodel.programme.RecipientCountry;
import org.uhcmodel.programme.RecipientRegion;
import org.uhcmodel.programme.RelatedActivity;
import org.uhcmodel.programme.RelatedActivityType;
import org.uhcmodel.programme.Result;
import org.uhcmodel.programme.ResultIndicator;
import org.uhcmodel.programme.ResultType;
import org.uhcmodel.programme.Transaction;
import org.uhcmodel.programme.TransactionType;
import org.uhcmodel.sdg.IndicatorCode;
import org.uhcmodel.sdg.SdgIndicators;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.Coded;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.CurrencyCode;
import org.uhcmodel.value.DacSector;
import org.uhcmodel.value.Direction;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.Identifier;
import org.uhcmodel.value.IdentifierScheme;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.Objective;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Percentage;
import org.uhcmodel.value.Statistic;

/**
 * Reads {@code iati-activity} elements into programmes, resolving the organisations they name, adding each problem
 * to a shared list and marking what it takes so that the rest can be reported as not carried.
 */
final class ActivityReader {

    private static final String UNDETERMINED = "und";

    private final ProgrammeKind defaultKind;
    private final List<IatiProblem> problems;
    private final List<IatiProblem> assumptions = new ArrayList<>();
    private final Set<EntityId> knownOrganizations = new HashSet<>();
    private final Map<String, EntityId> knownByIatiIdentifier = new HashMap<>();
    private final Map<IatiIdentifier, EntityId> knownProgrammes = new HashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    private final Map<EntityId, Organization> created = new LinkedHashMap<>();
    private final Map<String, EntityId> createdByKey = new HashMap<>();

    // The activity being read.
    private String defaultLanguage;
    private String defaultCurrency;
    private boolean fromWriter;

    ActivityReader(Dataset known, ProgrammeKind defaultKind, List<IatiProblem> problems) {
        this.defaultKind = defaultKind;
        this.problems = problems;
        for (Organization organization : known.organizations()) {
            knownOrganizations.add(organization.id());
            ActivityWriter.iatiIdentifierOf(organization).ifPresent(ref ->
                knownByIatiIdentifier.putIfAbsent(ref, organization.id()));
        }
        for (Programme programme : known.programmes()) {
            programme.iatiIdentifier().ifPresent(iati -> knownProgrammes.putIfAbsent(iati, programme.id()));
        }
        known.entities().forEach(e -> usedIds.add(e.id().toString()));
    }

    List<Organization> created() {
        return new ArrayList<>(created.values());
    }

    List<IatiProblem> assumptions() {
        return assumptions;
    }

    // ---- The activity ----------------------------------------------------------------------------------------------

    /** Reads an activity, or returns null after adding its problems. */
    Programme read(XmlTree.Element activity) {
        int before = problems.size();
        activity.taken = true;
        defaultLanguage = activity.lang();
        defaultCurrency = activity.attribute("default-currency");
        XmlTree.Element extension = activity.takeExtension("programme");
        fromWriter = extension != null;
        Programme.Builder programme = Programme.builder();

        XmlTree.Element identifierElement = activity.takeOne("iati-identifier");
        IatiIdentifier identifier = identifierElement == null ? null : iatiIdentifier(identifierElement);
        if (identifierElement == null) {
            problems.add(IatiReader.problem(activity, "iati.read.missing", "the activity has no iati-identifier"));
        }
        boolean derived = identifierElement != null && "true".equals(identifierElement.extensionAttribute("derived"));
        identity(programme, activity, extension, identifier);

        XmlTree.Element reporting = activity.takeOne("reporting-org");
        EntityId reportingId = reporting == null ? null : organization(reporting);
        if (reportingId != null) {
            programme.reportingOrganization(reportingId);
        }
        XmlTree.Element title = activity.takeOne("title");
        LocalizedText name = title == null ? null : text(title);
        if (name != null) {
            programme.name(name);
        }
        descriptions(programme, activity, extension);
        for (XmlTree.Element participating : activity.take("participating-org")) {
            participant(programme, participating);
        }
        List<OtherIdentifier> others = new ArrayList<>();
        for (XmlTree.Element other : activity.take("other-identifier")) {
            otherIdentifier(other).ifPresent(others::add);
        }
        programme.identifiers(others);
        if (identifier != null && !(derived && derivesTo(identifier, reporting, reportingId, others))) {
            programme.iatiIdentifier(identifier);
        }
        XmlTree.Element status = activity.takeOne("activity-status");
        if (status != null) {
            code(status, "code", ActivityStatus.VOCABULARY).ifPresent(programme::status);
        }
        for (XmlTree.Element date : activity.take("activity-date")) {
            Optional<ActivityDateType> type = code(date, "type", ActivityDateType.VOCABULARY);
            PartialDate value = date(date, "iso-date", type.map(t -> !t.isStart()).orElse(false));
            if (type.isPresent() && value != null) {
                programme.addDate(ActivityDate.of(type.get(), value));
            }
        }
        recipients(programme, activity);
        for (XmlTree.Element location : activity.take("location")) {
            location(location).ifPresent(programme::addLocation);
        }
        sectors(programme, activity);
        tags(programme, activity);
        for (XmlTree.Element budget : activity.take("budget")) {
            budget(budget).ifPresent(programme::addBudget);
        }
        for (XmlTree.Element planned : activity.take("planned-disbursement")) {
            plannedDisbursement(planned).ifPresent(programme::addPlannedDisbursement);
        }
        for (XmlTree.Element transaction : activity.take("transaction")) {
            transaction(transaction).ifPresent(programme::addTransaction);
        }
        for (XmlTree.Element link : activity.take("document-link")) {
            documentLink(link).ifPresent(programme::addDocumentLink);
        }
        List<XmlTree.Element> relatedInExtension = extension == null ? List.of()
            : extension.takeExtensions("related-activity");
        if (relatedInExtension.isEmpty()) {
            for (XmlTree.Element related : activity.take("related-activity")) {
                related(related).ifPresent(programme::addRelatedActivity);
            }
        } else {
            // The writer kept every relation in the extension, some of them having no IATI identifier.
            for (XmlTree.Element related : activity.take("related-activity")) {
                related(related);
            }
            for (XmlTree.Element related : relatedInExtension) {
                Optional.ofNullable(ModelXml.read(ModelTypes.of(RelatedActivity.class), related, problems))
                    .ifPresent(programme::addRelatedActivity);
            }
        }
        for (XmlTree.Element result : activity.take("result")) {
            result(result).ifPresent(programme::addResult);
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            return programme.build();
        } catch (ModelViolationException ex) {
            problems.add(IatiReader.problem(activity, "iati.read.model", ex.getMessage()));
            return null;
        }
    }

    private void identity(Programme.Builder programme, XmlTree.Element activity, XmlTree.Element extension,
                          IatiIdentifier identifier) {
        if (extension != null) {
            String id = extension.extensionAttribute("id");
            String kind = extension.extensionAttribute("kind");
            String acronym = extension.extensionAttribute("acronym");
            try {
                programme.id(EntityId.of(id == null ? "" : id));
                programme.kind(ProgrammeKind.fromCode(kind == null ? "" : kind));
            } catch (ModelViolationException ex) {
                problems.add(IatiReader.problem(extension, "iati.read.model", ex.getMessage()));
            }
            if (acronym != null) {
                programme.acronym(acronym);
            }
            usedIds.add(id);
            for (XmlTree.Element figure : extension.takeExtensions("figure")) {
                Statistic statistic = ModelXml.read(ModelTypes.of(Statistic.class), figure, problems);
                if (statistic != null) {
                    programme.addFigure(statistic);
                }
            }
            for (XmlTree.Element citation : extension.takeExtensions("citation")) {
                Citation read = ModelXml.read(ModelTypes.of(Citation.class), citation, problems);
                if (read != null) {
                    programme.addCitation(read);
                }
            }
            return;
        }
        programme.id(uniqueId(identifier == null ? "activity" : identifier.toString(), "activity"));
        programme.kind(defaultKind);
        assumptions.add(IatiReader.problem(activity, "iati.read.kind-assumed",
            "the activity does not state the kind of programme; read as " + defaultKind.code()));
    }

    /** Whether the writer built the identifier from the reporting organisation's and its own code of the activity. */
    private boolean derivesTo(IatiIdentifier identifier, XmlTree.Element reporting, EntityId reportingId,
                              List<OtherIdentifier> others) {
        String prefix = reporting == null ? null : reporting.attributes.get("ref");
        if (prefix == null) {
            return false;
        }
        for (OtherIdentifier other : others) {
            if (other.type() == OtherIdentifierType.REPORTING_ORGANISATION_INTERNAL
                && other.owner().map(o -> o.equals(reportingId)).orElse(true)) {
                return identifier.toString().equals(prefix + "-" + other.value());
            }
        }
        return false;
    }

    private void descriptions(Programme.Builder programme, XmlTree.Element activity, XmlTree.Element extension) {
        boolean general = false;
        List<Objective> objectives = new ArrayList<>();
        for (XmlTree.Element description : activity.children) {
            if (!description.is("description")) {
                continue;
            }
            String type = description.attributes.getOrDefault("type", "1");
            if ("1".equals(type) && !general) {
                description.taken = true;
                description.attribute("type");
                LocalizedText text = text(description);
                if (text != null) {
                    programme.description(text);
                }
                general = true;
            } else if ("2".equals(type) && extension == null) {
                description.taken = true;
                description.attribute("type");
                LocalizedText text = text(description);
                if (text != null) {
                    objectives.add(Objective.of(text));
                }
            } else if ("2".equals(type)) {
                // The extension gives the objectives whole; the description repeats their text for IATI.
                description.taken = true;
                description.attribute("type");
                text(description);
            }
        }
        if (extension != null) {
            for (XmlTree.Element objective : extension.takeExtensions("objective")) {
                Objective read = ModelXml.read(ModelTypes.of(Objective.class), objective, problems);
                if (read != null) {
                    objectives.add(read);
                }
            }
        }
        programme.objectives(objectives);
    }

    private void participant(Programme.Builder programme, XmlTree.Element participating) {
        EntityId organization = organization(participating);
        Optional<IatiOrganisationRole> role = code(participating, "role", IatiOrganisationRole.VOCABULARY);
        if (organization == null || role.isEmpty()) {
            return;
        }
        ProgrammeParticipant.Builder participant = ProgrammeParticipant.builder().organization(organization)
            .role(role.get());
        String stated = participating.extensionAttribute("stated-type");
        if (fromWriter) {
            if ("true".equals(stated)) {
                code(participating, "type", IatiOrganisationType.VOCABULARY).ifPresent(participant::iatiType);
            }
        } else if (participating.attributes.containsKey("type") && knownOrganizations.contains(organization)) {
            code(participating, "type", IatiOrganisationType.VOCABULARY).ifPresent(participant::iatiType);
        }
        programme.addParticipant(participant.build());
    }

    private Optional<OtherIdentifier> otherIdentifier(XmlTree.Element other) {
        Optional<OtherIdentifierType> type = code(other, "type", OtherIdentifierType.VOCABULARY);
        String ref = required(other, "ref");
        XmlTree.Element ownerElement = other.takeOne("owner-org");
        EntityId owner = ownerElement == null ? null : organization(ownerElement);
        if (type.isEmpty() || ref == null || ownerElement != null && owner == null) {
            return Optional.empty();
        }
        IatiIdentifier value = iatiIdentifier(other, ref);
        if (value == null) {
            return Optional.empty();
        }
        OtherIdentifier.Builder identifier = OtherIdentifier.builder().type(type.get()).value(value);
        if (owner != null) {
            identifier.owner(owner);
        }
        return Optional.of(identifier.build());
    }

    private void recipients(Programme.Builder programme, XmlTree.Element activity) {
        List<XmlTree.Element> countries = activity.take("recipient-country");
        List<XmlTree.Element> regions = new ArrayList<>();
        boolean allCarried = true;
        for (XmlTree.Element region : activity.children) {
            if (region.is("recipient-region")) {
                String vocabulary = region.attributes.getOrDefault("vocabulary", "1");
                if ("1".equals(vocabulary) && DacRegion.VOCABULARY.find(region.attributes.getOrDefault("code", ""))
                    .isPresent()) {
                    region.taken = true;
                    region.attribute("vocabulary");
                    regions.add(region);
                } else {
                    allCarried = false;
                }
            }
        }
        for (XmlTree.Element country : countries) {
            String code = required(country, "code");
            if (code == null) {
                continue;
            }
            try {
                RecipientCountry.Builder recipient = RecipientCountry.builder().country(CountryCode.of(code));
                if (allCarried) {
                    percentage(country).ifPresent(recipient::percentage);
                }
                programme.addRecipientCountry(recipient.build());
            } catch (ModelViolationException ex) {
                problems.add(IatiReader.problem(country, "iati.read.code", ex.getMessage()));
            }
        }
        for (XmlTree.Element region : regions) {
            Optional<DacRegion> code = code(region, "code", DacRegion.VOCABULARY);
            if (code.isPresent()) {
                RecipientRegion.Builder recipient = RecipientRegion.builder().region(code.get());
                if (allCarried) {
                    percentage(region).ifPresent(recipient::percentage);
                }
                programme.addRecipientRegion(recipient.build());
            }
        }
    }

    private Optional<Location> location(XmlTree.Element element) {
        Location.Builder location = Location.builder();
        String ref = element.attribute("ref");
        if (ref != null) {
            location.reference(ref);
        }
        XmlTree.Element reach = element.takeOne("location-reach");
        if (reach != null) {
            code(reach, "code", GeographicLocationReach.VOCABULARY).ifPresent(location::reach);
        }
        XmlTree.Element name = element.takeOne("name");
        if (name != null) {
            Optional.ofNullable(text(name)).ifPresent(location::name);
        }
        XmlTree.Element description = element.takeOne("description");
        if (description != null) {
            Optional.ofNullable(text(description)).ifPresent(location::description);
        }
        for (XmlTree.Element administrative : element.take("administrative")) {
            Optional<GeographicVocabulary> vocabulary = code(administrative, "vocabulary",
                GeographicVocabulary.VOCABULARY);
            String code = required(administrative, "code");
            String level = administrative.attribute("level");
            if (vocabulary.isPresent() && code != null) {
                AdministrativeArea.Builder area = AdministrativeArea.builder().vocabulary(vocabulary.get()).code(code);
                if (level != null) {
                    integer(administrative, level).ifPresent(area::level);
                }
                build(administrative, area::build).ifPresent(location::addAdministrativeArea);
            }
        }
        XmlTree.Element point = firstChild(element, "point");
        if (point != null && IatiXml.WGS84.equals(point.attributes.get("srsName"))) {
            point.taken = true;
            point.attribute("srsName");
            XmlTree.Element pos = point.takeOne("pos");
            String[] parts = pos == null ? new String[0] : coordinates(pos.trimmedText());
            if (parts.length != 2) {
                problems.add(IatiReader.problem(point, "iati.read.point", "a point needs a latitude and a longitude"));
            } else {
                try {
                    build(point, () -> GeoPoint.of(IatiReader.decimal(parts[0]), IatiReader.decimal(parts[1])))
                        .ifPresent(location::point);
                } catch (IllegalArgumentException ex) {
                    problems.add(IatiReader.problem(pos, "iati.read.decimal", ex.getMessage()));
                }
            }
        }
        XmlTree.Element exactness = element.takeOne("exactness");
        if (exactness != null) {
            code(exactness, "code", GeographicExactness.VOCABULARY).ifPresent(location::exactness);
        }
        return build(element, location::build);
    }

    private void sectors(Programme.Builder programme, XmlTree.Element activity) {
        List<XmlTree.Element> carried = new ArrayList<>();
        boolean allCarried = true;
        for (XmlTree.Element sector : activity.children) {
            if (!sector.is("sector")) {
                continue;
            }
            String vocabulary = sector.attributes.getOrDefault("vocabulary", "1");
            if (!"1".equals(vocabulary)) {
                continue;
            }
            if (DacSector.VOCABULARY.find(sector.attributes.getOrDefault("code", "")).isPresent()) {
                carried.add(sector);
            } else {
                allCarried = false;
            }
        }
        for (XmlTree.Element sector : carried) {
            sector.taken = true;
            sector.attribute("vocabulary");
            ProgrammeSector.Builder share = ProgrammeSector.builder()
                .sector(DacSector.fromCode(sector.attribute("code")));
            if (allCarried) {
                percentage(sector).ifPresent(share::percentage);
            }
            programme.addSector(share.build());
        }
    }

    private void tags(Programme.Builder programme, XmlTree.Element activity) {
        Set<String> goals = new HashSet<>();
        for (XmlTree.Element tag : activity.children) {
            if (tag.is("tag") && "3".equals(tag.attributes.get("vocabulary"))) {
                Optional<SdgTarget> target = SdgTarget.VOCABULARY.find(tag.attributes.getOrDefault("code", ""));
                if (target.isPresent()) {
                    tag.taken = true;
                    tag.attribute("vocabulary");
                    tag.attribute("code");
                    programme.addSdgTarget(target.get());
                    goals.add(Integer.toString(target.get().goal()));
                }
            }
        }
        for (XmlTree.Element tag : activity.children) {
            if (tag.is("tag") && "2".equals(tag.attributes.get("vocabulary"))
                && goals.contains(tag.attributes.get("code")) && tag.children.isEmpty()) {
                // The goal of a target read: the target carries it.
                tag.taken = true;
                tag.attribute("vocabulary");
                tag.attribute("code");
            }
        }
    }

    private Optional<Budget> budget(XmlTree.Element element) {
        Budget.Builder budget = Budget.builder();
        if (element.attributes.containsKey("type")) {
            code(element, "type", BudgetType.VOCABULARY).ifPresent(budget::type);
        }
        if (element.attributes.containsKey("status")) {
            code(element, "status", BudgetStatus.VOCABULARY).ifPresent(budget::status);
        }
        PartialDate start = childDate(element, "period-start", false);
        PartialDate end = childDate(element, "period-end", true);
        if (start != null) {
            budget.start(start);
        }
        if (end != null) {
            budget.end(end);
        }
        value(element, budget::value, budget::valueDate);
        return build(element, budget::build);
    }

    private Optional<PlannedDisbursement> plannedDisbursement(XmlTree.Element element) {
        PlannedDisbursement.Builder planned = PlannedDisbursement.builder();
        if (element.attributes.containsKey("type")) {
            code(element, "type", BudgetType.VOCABULARY).ifPresent(planned::type);
        }
        PartialDate start = childDate(element, "period-start", false);
        if (start != null) {
            planned.start(start);
        }
        if (firstChild(element, "period-end") != null) {
            PartialDate end = childDate(element, "period-end", true);
            if (end != null) {
                planned.end(end);
            }
        }
        value(element, planned::value, planned::valueDate);
        XmlTree.Element provider = element.takeOne("provider-org");
        if (provider != null) {
            party(provider, "provider-activity-id", planned::provider, planned::providerActivity);
        }
        XmlTree.Element receiver = element.takeOne("receiver-org");
        if (receiver != null) {
            party(receiver, "receiver-activity-id", planned::receiver, planned::receiverActivity);
        }
        return build(element, planned::build);
    }

    private Optional<Transaction> transaction(XmlTree.Element element) {
        Transaction.Builder transaction = Transaction.builder();
        String ref = element.attribute("ref");
        if (ref != null) {
            transaction.reference(ref);
        }
        XmlTree.Element type = element.takeOne("transaction-type");
        if (type == null) {
            problems.add(IatiReader.problem(element, "iati.read.missing", "a transaction needs a transaction-type"));
        } else {
            code(type, "code", TransactionType.VOCABULARY).ifPresent(transaction::type);
        }
        PartialDate date = childDate(element, "transaction-date", false);
        if (date != null) {
            transaction.date(date);
        }
        value(element, transaction::value, transaction::valueDate);
        XmlTree.Element description = element.takeOne("description");
        if (description != null) {
            Optional.ofNullable(text(description)).ifPresent(transaction::description);
        }
        XmlTree.Element provider = element.takeOne("provider-org");
        if (provider != null) {
            party(provider, "provider-activity-id", transaction::provider, transaction::providerActivity);
        }
        XmlTree.Element receiver = element.takeOne("receiver-org");
        if (receiver != null) {
            party(receiver, "receiver-activity-id", transaction::receiver, transaction::receiverActivity);
        }
        return build(element, transaction::build);
    }

    private void party(XmlTree.Element element, String activityAttribute,
                       java.util.function.Consumer<EntityId> organization,
                       java.util.function.Consumer<IatiIdentifier> activity) {
        String activityId = element.attribute(activityAttribute);
        if (activityId != null) {
            IatiIdentifier identifier = iatiIdentifier(element, activityId);
            if (identifier != null) {
                activity.accept(identifier);
            }
        }
        if (element.attributes.containsKey("ref") || hasNarrative(element)
            || element.extensionAttribute("organization") != null) {
            EntityId id = organization(element);
            if (id != null) {
                organization.accept(id);
            }
        }
    }

    private Optional<DocumentLink> documentLink(XmlTree.Element element) {
        DocumentLink.Builder link = DocumentLink.builder();
        String url = required(element, "url");
        String format = required(element, "format");
        if (url != null) {
            try {
                link.url(new URI(url));
            } catch (URISyntaxException ex) {
                problems.add(IatiReader.problem(element, "iati.read.url", ex.getMessage()));
            }
        }
        if (format != null) {
            link.format(format);
        }
        XmlTree.Element title = element.takeOne("title");
        if (title != null) {
            Optional.ofNullable(text(title)).ifPresent(link::title);
        }
        XmlTree.Element description = element.takeOne("description");
        if (description != null) {
            Optional.ofNullable(text(description)).ifPresent(link::description);
        }
        for (XmlTree.Element category : element.take("category")) {
            code(category, "code", DocumentCategory.VOCABULARY).ifPresent(link::addCategory);
        }
        for (XmlTree.Element language : element.take("language")) {
            Optional.ofNullable(required(language, "code")).ifPresent(link::addLanguage);
        }
        if (firstChild(element, "document-date") != null) {
            Optional.ofNullable(childDate(element, "document-date", false)).ifPresent(link::date);
        }
        return build(element, link::build);
    }

    private Optional<RelatedActivity> related(XmlTree.Element element) {
        Optional<RelatedActivityType> type = code(element, "type", RelatedActivityType.VOCABULARY);
        String ref = required(element, "ref");
        XmlTree.Element programmeElement = element.takeExtension("programme");
        String programme = programmeElement == null ? null : programmeElement.trimmedText();
        if (type.isEmpty() || ref == null) {
            return Optional.empty();
        }
        IatiIdentifier identifier = iatiIdentifier(element, ref);
        if (identifier == null) {
            return Optional.empty();
        }
        if (programme != null) {
            return build(element, () -> RelatedActivity.of(type.get(), EntityId.of(programme)));
        }
        EntityId known = knownProgrammes.get(identifier);
        return known != null ? Optional.of(RelatedActivity.of(type.get(), known))
            : Optional.of(RelatedActivity.of(type.get(), identifier));
    }

    private Optional<Result> result(XmlTree.Element element) {
        Result.Builder result = Result.builder();
        code(element, "type", ResultType.VOCABULARY).ifPresent(result::type);
        XmlTree.Element title = element.takeOne("title");
        if (title != null) {
            Optional.ofNullable(text(title)).ifPresent(result::title);
        }
        XmlTree.Element description = element.takeOne("description");
        if (description != null) {
            Optional.ofNullable(text(description)).ifPresent(result::description);
        }
        for (XmlTree.Element indicator : element.take("indicator")) {
            indicator(indicator).ifPresent(result::addIndicator);
        }
        return build(element, result::build);
    }

    private Optional<ResultIndicator> indicator(XmlTree.Element element) {
        ResultIndicator.Builder indicator = ResultIndicator.builder();
        code(element, "measure", IndicatorMeasure.VOCABULARY).ifPresent(indicator::measure);
        String ascending = element.attribute("ascending");
        String direction = element.extensionAttribute("direction");
        if (direction != null) {
            Optional<Direction> stated = Direction.VOCABULARY.find(direction);
            stated.ifPresent(indicator::direction);
            if (stated.isEmpty()) {
                problems.add(IatiReader.problem(element, "iati.read.code", "@uhc:direction " + direction
                    + " is not a code of " + Direction.VOCABULARY.name()));
            }
        } else if (ascending != null) {
            indicator.direction("1".equals(ascending) || "true".equals(ascending) ? Direction.INCREASE
                : Direction.DECREASE);
        }
        XmlTree.Element title = element.takeOne("title");
        if (title != null) {
            Optional.ofNullable(text(title)).ifPresent(indicator::title);
        }
        XmlTree.Element description = element.takeOne("description");
        if (description != null) {
            Optional.ofNullable(text(description)).ifPresent(indicator::description);
        }
        for (XmlTree.Element reference : element.children) {
            if (reference.is("reference") && "9".equals(reference.attributes.get("vocabulary"))) {
                Optional<IndicatorCode> sdg = sdgIndicator(reference.attributes.getOrDefault("code", ""));
                if (sdg.isPresent()) {
                    reference.taken = true;
                    reference.attribute("vocabulary");
                    reference.attribute("code");
                    indicator.addSdgIndicator(sdg.get());
                }
            }
        }
        XmlTree.Element baseline = element.takeOne("baseline");
        if (baseline != null) {
            baseline(baseline).ifPresent(indicator::baseline);
        }
        for (XmlTree.Element period : element.take("period")) {
            period(period).ifPresent(indicator::addPeriod);
        }
        return build(element, indicator::build);
    }

    private Optional<IndicatorBaseline> baseline(XmlTree.Element element) {
        IndicatorBaseline.Builder baseline = IndicatorBaseline.builder();
        String year = required(element, "year");
        if (year != null) {
            integer(element, year).ifPresent(baseline::year);
        }
        if (element.attributes.containsKey("iso-date")) {
            Optional.ofNullable(date(element, "iso-date", false)).ifPresent(baseline::date);
        }
        String value = element.attribute("value");
        if (value != null) {
            decimal(element, value).ifPresent(baseline::value);
        }
        XmlTree.Element comment = element.takeOne("comment");
        if (comment != null) {
            Optional.ofNullable(text(comment)).ifPresent(baseline::comment);
        }
        return build(element, baseline::build);
    }

    private Optional<IndicatorPeriod> period(XmlTree.Element element) {
        IndicatorPeriod.Builder period = IndicatorPeriod.builder();
        Optional.ofNullable(childDate(element, "period-start", false)).ifPresent(period::start);
        Optional.ofNullable(childDate(element, "period-end", true)).ifPresent(period::end);
        XmlTree.Element target = element.takeOne("target");
        if (target != null) {
            String value = target.attribute("value");
            if (value != null) {
                decimal(target, value).ifPresent(period::target);
            }
            XmlTree.Element comment = target.takeOne("comment");
            if (comment != null) {
                Optional.ofNullable(text(comment)).ifPresent(period::targetComment);
            }
        }
        XmlTree.Element actual = element.takeOne("actual");
        if (actual != null) {
            String value = actual.attribute("value");
            if (value != null) {
                decimal(actual, value).ifPresent(period::actual);
            }
            XmlTree.Element comment = actual.takeOne("comment");
            if (comment != null) {
                Optional.ofNullable(text(comment)).ifPresent(period::actualComment);
            }
        }
        return build(element, period::build);
    }

    // ---- Organisations ---------------------------------------------------------------------------------------------

    /**
     * The organisation an element names: by the id the extension gives, else by IATI identifier among the known
     * organisations, else one made from the element (one per identifier or name).
     */
    private EntityId organization(XmlTree.Element element) {
        String id = element.extensionAttribute("organization");
        String ref = element.attribute("ref");
        String type = element.attribute("type");
        LocalizedText name = hasNarrative(element) ? text(element) : null;
        if (id != null) {
            try {
                EntityId entity = EntityId.of(id);
                if (!knownOrganizations.contains(entity) && !created.containsKey(entity)) {
                    create(element, entity, ref, type, name);
                }
                return entity;
            } catch (ModelViolationException ex) {
                problems.add(IatiReader.problem(element, "iati.read.model", ex.getMessage()));
                return null;
            }
        }
        if (ref != null && knownByIatiIdentifier.containsKey(ref)) {
            return knownByIatiIdentifier.get(ref);
        }
        String key = ref != null ? "ref:" + ref : name != null ? "name:" + name.first() : null;
        if (key == null) {
            problems.add(IatiReader.problem(element, "iati.read.organisation-unnamed",
                "an organisation needs an identifier or a name (IATI rule 6.10.1)"));
            return null;
        }
        EntityId existing = createdByKey.get(key);
        if (existing != null) {
            return existing;
        }
        EntityId entity = uniqueId(ref != null ? ref : name.first(), "organisation");
        createdByKey.put(key, entity);
        create(element, entity, ref, type, name);
        return entity;
    }

    private void create(XmlTree.Element element, EntityId id, String ref, String type, LocalizedText name) {
        usedIds.add(id.toString());
        Organization.Builder organization = Organization.builder().id(id);
        organization.name(name != null ? name : LocalizedText.of(UNDETERMINED, ref != null ? ref : id.toString()));
        Optional<IatiOrganisationType> iatiType = type == null ? Optional.empty()
            : IatiOrganisationType.VOCABULARY.find(type);
        if (type != null && iatiType.isEmpty()) {
            code(element, "type", IatiOrganisationType.VOCABULARY);
        }
        iatiType.ifPresent(organization::iatiType);
        OrganizationKind kind = kindOf(iatiType.orElse(null));
        organization.kind(kind);
        assumptions.add(IatiReader.problem(element, "iati.read.organisation-kind-assumed",
            "the kind of organisation " + id + " is not in the file; read as " + kind.code()
                + iatiType.map(t -> ", from its IATI type " + t.code()).orElse("")));
        if (ref != null) {
            if (IdentifierScheme.IATI_ORGANISATION.accepts(ref)) {
                organization.addIdentifier(Identifier.iati(ref));
            } else {
                problems.add(IatiReader.problem(element, "iati.read.identifier",
                    "the organisation identifier is not a token of visible characters: " + ref));
            }
        }
        build(element, organization::build).ifPresent(o -> created.put(id, o));
    }

    /**
     * The SDG indicator of the model that an IATI reference of vocabulary 9 names: 3.8.1 or 3.8.2, built into the model;
     * a code of another indicator or of none is not one.
     */
    private static Optional<IndicatorCode> sdgIndicator(String code) {
        try {
            return SdgIndicators.find(IndicatorCode.of(code)).filter(i -> i.partOf().isEmpty()).map(i -> i.code());
        } catch (ModelViolationException notACode) {
            return Optional.empty();
        }
    }

    private static OrganizationKind kindOf(IatiOrganisationType type) {
        if (type == null) {
            return OrganizationKind.NGO;
        }
        switch (type) {
            case GOVERNMENT:
                return OrganizationKind.GOVERNMENT;
            case LOCAL_GOVERNMENT:
                return OrganizationKind.LOCAL_GOVERNMENT;
            case OTHER_PUBLIC_SECTOR:
                return OrganizationKind.PUBLIC_AGENCY;
            case MULTILATERAL:
                return OrganizationKind.MULTILATERAL;
            case FOUNDATION:
                return OrganizationKind.FOUNDATION;
            case ACADEMIC_TRAINING_AND_RESEARCH:
                return OrganizationKind.ACADEMIC;
            case PUBLIC_PRIVATE_PARTNERSHIP:
            case PRIVATE_SECTOR:
            case PRIVATE_SECTOR_IN_PROVIDER_COUNTRY:
            case PRIVATE_SECTOR_IN_AID_RECIPIENT_COUNTRY:
            case PRIVATE_SECTOR_IN_THIRD_COUNTRY:
                return OrganizationKind.PRIVATE_COMPANY;
            default:
                return OrganizationKind.NGO;
        }
    }

    // ---- Pieces ----------------------------------------------------------------------------------------------------

    /** An id made from text: lower case, each run of other characters a hyphen, unique among the ids in use. */
    private EntityId uniqueId(String text, String fallback) {
        StringBuilder slug = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < text.length() && slug.length() < 90; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                slug.append(c);
                hyphen = false;
            } else if (!hyphen && slug.length() > 0) {
                slug.append('-');
                hyphen = true;
            }
        }
        while (slug.length() > 0 && slug.charAt(slug.length() - 1) == '-') {
            slug.setLength(slug.length() - 1);
        }
        String base = slug.length() == 0 ? fallback : slug.toString();
        String candidate = base;
        for (int n = 2; usedIds.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        usedIds.add(candidate);
        return EntityId.of(candidate);
    }

    /** The narratives of an element, each language once; the activity's default language for those without. */
    private LocalizedText text(XmlTree.Element element) {
        LocalizedText.Builder text = LocalizedText.builder();
        boolean any = false;
        for (XmlTree.Element narrative : element.take("narrative")) {
            String lang = narrative.lang();
            if (lang == null) {
                lang = defaultLanguage != null ? defaultLanguage : UNDETERMINED;
                if (defaultLanguage == null) {
                    assumptions.add(IatiReader.problem(narrative, "iati.read.language-assumed",
                        "the narrative has no language and the activity no default one; read as und (undetermined)"));
                }
            }
            text.putEntry(lang, narrative.text());
            any = true;
        }
        if (!any) {
            problems.add(IatiReader.problem(element, "iati.read.missing", element.name + " needs a narrative"));
            return null;
        }
        try {
            return text.build();
        } catch (ModelViolationException ex) {
            problems.add(IatiReader.problem(element, "iati.read.model", ex.getMessage()));
            return null;
        }
    }

    /** The two coordinates of {@code pos}, separated by spaces, or an array of another length. */
    private static String[] coordinates(String pos) {
        int space = pos.indexOf(' ');
        if (space < 0) {
            return new String[] {pos};
        }
        String latitude = pos.substring(0, space);
        String longitude = pos.substring(space).strip();
        return longitude.indexOf(' ') >= 0 ? new String[0] : new String[] {latitude, longitude};
    }

    private static boolean hasNarrative(XmlTree.Element element) {
        for (XmlTree.Element child : element.children) {
            if (child.is("narrative")) {
                return true;
            }
        }
        return false;
    }

    private static XmlTree.Element firstChild(XmlTree.Element element, String name) {
        for (XmlTree.Element child : element.children) {
            if (child.is(name)) {
                return child;
            }
        }
        return null;
    }

    private String required(XmlTree.Element element, String attribute) {
        String value = element.attribute(attribute);
        if (value == null) {
            problems.add(IatiReader.problem(element, "iati.read.missing", element.name + " needs @" + attribute));
        }
        return value;
    }

    private <E extends Enum<E> & Coded> Optional<E> code(XmlTree.Element element, String attribute,
                                                  Vocabulary<E> vocabulary) {
        String code = required(element, attribute);
        if (code == null) {
            return Optional.empty();
        }
        Optional<E> term = vocabulary.find(code);
        if (term.isEmpty()) {
            problems.add(IatiReader.problem(element, "iati.read.code", "@" + attribute + " " + code
                + " is not a code of " + vocabulary.name() + " (" + vocabulary.source() + ")"));
        }
        return term;
    }

    private IatiIdentifier iatiIdentifier(XmlTree.Element element) {
        return iatiIdentifier(element, element.trimmedText());
    }

    private IatiIdentifier iatiIdentifier(XmlTree.Element element, String text) {
        try {
            return IatiIdentifier.of(text);
        } catch (ModelViolationException ex) {
            problems.add(IatiReader.problem(element, "iati.read.identifier", ex.getMessage()));
            return null;
        }
    }

    /**
     * A date attribute: the day IATI gives, or, when the extension attribute of the same name gives the date as
     * stated, that date, which must lie on the day given.
     */
    private PartialDate date(XmlTree.Element element, String attribute, boolean closing) {
        String day = required(element, attribute);
        String stated = element.extensionAttribute(attribute);
        if (day == null) {
            return null;
        }
        try {
            LocalDate iso = LocalDate.parse(day.strip());
            if (stated == null) {
                return PartialDate.of(iso);
            }
            PartialDate partial = PartialDate.parse(stated);
            if (!IatiXml.day(partial, closing).equals(iso)) {
                problems.add(IatiReader.problem(element, "iati.read.stated-date", "the date as stated, " + stated
                    + ", does not give the day " + day));
                return null;
            }
            return partial;
        } catch (DateTimeParseException | ModelViolationException ex) {
            problems.add(IatiReader.problem(element, "iati.read.date", "@" + attribute + ": " + ex.getMessage()));
            return null;
        }
    }

    private PartialDate childDate(XmlTree.Element element, String child, boolean closing) {
        XmlTree.Element dated = element.takeOne(child);
        if (dated == null) {
            problems.add(IatiReader.problem(element, "iati.read.missing", element.name + " needs " + child));
            return null;
        }
        return date(dated, "iso-date", closing);
    }

    private void value(XmlTree.Element element, java.util.function.Consumer<Money> money,
                       java.util.function.Consumer<PartialDate> valueDate) {
        XmlTree.Element value = element.takeOne("value");
        if (value == null) {
            problems.add(IatiReader.problem(element, "iati.read.missing", element.name + " needs a value"));
            return;
        }
        String currency = value.attribute("currency");
        if (currency == null) {
            currency = defaultCurrency;
        }
        if (currency == null) {
            problems.add(IatiReader.problem(value, "iati.read.currency",
                "the value has no currency and the activity no default currency (IATI rule 7.8.1)"));
        }
        PartialDate date = date(value, "value-date", false);
        Optional<BigDecimal> amount = decimal(value, value.trimmedText());
        if (currency != null && amount.isPresent()) {
            try {
                money.accept(Money.of(amount.get(), CurrencyCode.of(currency)));
            } catch (ModelViolationException ex) {
                problems.add(IatiReader.problem(value, "iati.read.model", ex.getMessage()));
            }
        }
        if (date != null) {
            valueDate.accept(date);
        }
    }

    private Optional<Percentage> percentage(XmlTree.Element element) {
        String text = element.attribute("percentage");
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Percentage.of(IatiReader.decimal(text)));
        } catch (IllegalArgumentException ex) {
            problems.add(IatiReader.problem(element, "iati.read.percentage", "@percentage: " + ex.getMessage()));
            return Optional.empty();
        }
    }

    private Optional<BigDecimal> decimal(XmlTree.Element element, String text) {
        try {
            return Optional.of(IatiReader.decimal(text));
        } catch (IllegalArgumentException ex) {
            problems.add(IatiReader.problem(element, "iati.read.decimal", ex.getMessage()));
            return Optional.empty();
        }
    }

    private Optional<Integer> integer(XmlTree.Element element, String text) {
        try {
            return Optional.of(Integer.valueOf(text.strip()));
        } catch (NumberFormatException ex) {
            problems.add(IatiReader.problem(element, "iati.read.integer", "not a whole number: " + text));
            return Optional.empty();
        }
    }

    /** Builds a value, adding the model's refusal as a problem at the element. */
    private <T> Optional<T> build(XmlTree.Element element, java.util.function.Supplier<T> builder) {
        try {
            return Optional.of(builder.get());
        } catch (ModelViolationException ex) {
            problems.add(IatiReader.problem(element, "iati.read.model", ex.getMessage()));
            return Optional.empty();
        }
    }
}

package org.uhcmodel.json;

import static org.uhcmodel.json.Scalars.COUNTRY;
import static org.uhcmodel.json.Scalars.DECIMAL_TEXT;
import static org.uhcmodel.json.Scalars.ENTITY_ID;
import static org.uhcmodel.json.Scalars.LOCALIZED_TEXT;
import static org.uhcmodel.json.Scalars.PARTIAL_DATE;
import static org.uhcmodel.json.Scalars.PERCENTAGE;
import static org.uhcmodel.json.Scalars.TEXT;
import static org.uhcmodel.json.Scalars.coded;

import java.util.LinkedHashMap;
import java.util.Map;
import org.uhcmodel.actor.FacilityLevel;
import org.uhcmodel.actor.FacilityOwnership;
import org.uhcmodel.actor.FacilityProfile;
import org.uhcmodel.actor.FacilityType;
import org.uhcmodel.actor.Honorific;
import org.uhcmodel.actor.IatiOrganisationType;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.actor.Person;
import org.uhcmodel.actor.Position;
import org.uhcmodel.actor.RoleKind;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.AgreementKind;
import org.uhcmodel.agreement.AgreementStatus;
import org.uhcmodel.agreement.BodyKind;
import org.uhcmodel.agreement.Commitment;
import org.uhcmodel.agreement.CommitmentKind;
import org.uhcmodel.agreement.CooperationArea;
import org.uhcmodel.agreement.Event;
import org.uhcmodel.agreement.EventKind;
import org.uhcmodel.agreement.GoverningBody;
import org.uhcmodel.agreement.Party;
import org.uhcmodel.agreement.PartyRole;
import org.uhcmodel.agreement.Signatory;
import org.uhcmodel.json.ObjectCodec.Slots;
import org.uhcmodel.programme.ActivityStatus;
import org.uhcmodel.programme.IatiOrganisationRole;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.programme.ProgrammeKind;
import org.uhcmodel.programme.ProgrammeParticipant;
import org.uhcmodel.scheme.Benefit;
import org.uhcmodel.scheme.BenefitPackage;
import org.uhcmodel.scheme.ContributionBasis;
import org.uhcmodel.scheme.ContributionPeriod;
import org.uhcmodel.scheme.ContributionRule;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.scheme.CoverageSnapshot;
import org.uhcmodel.scheme.FinancingScheme;
import org.uhcmodel.scheme.Membership;
import org.uhcmodel.scheme.PayerShare;
import org.uhcmodel.scheme.PayerType;
import org.uhcmodel.scheme.PopulationGroup;
import org.uhcmodel.scheme.SchemeType;
import org.uhcmodel.scheme.ServiceCategory;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.sdg.DisaggregationDimension;
import org.uhcmodel.sdg.DisaggregationGroup;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.sdg.IndicatorUnit;
import org.uhcmodel.sdg.SdgIndicator;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.sdg.SpendingThreshold;
import org.uhcmodel.sdg.Tracer;
import org.uhcmodel.sdg.TracerCategory;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.source.SourceKind;
import org.uhcmodel.value.AdministrativeLevel;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.DacSector;
import org.uhcmodel.value.DateBasis;
import org.uhcmodel.value.Direction;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.Identifier;
import org.uhcmodel.value.IdentifierScheme;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.Objective;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Percentage;
import org.uhcmodel.value.Period;
import org.uhcmodel.value.Place;
import org.uhcmodel.value.ReportedDate;
import org.uhcmodel.value.Statistic;

/**
 * The property table of the wire format: one codec per public model type, each object written with one property
 * per accessor, named like the accessor, in the accessor's declaration order.
 */
final class Model {

    private Model() {
    }

    // Vocabularies, each written as its stable code.
    static final Codec<AdministrativeLevel> ADMINISTRATIVE_LEVEL =
        coded(AdministrativeLevel.class, AdministrativeLevel::fromCode);
    static final Codec<DacSector> DAC_SECTOR = coded(DacSector.class, DacSector::fromCode);
    static final Codec<DateBasis> DATE_BASIS = coded(DateBasis.class, DateBasis::fromCode);
    static final Codec<Direction> DIRECTION = coded(Direction.class, Direction::fromCode);
    static final Codec<IdentifierScheme> IDENTIFIER_SCHEME = coded(IdentifierScheme.class, IdentifierScheme::fromCode);
    static final Codec<SdgTarget> SDG_TARGET = coded(SdgTarget.class, SdgTarget::fromCode);
    static final Codec<SourceKind> SOURCE_KIND = coded(SourceKind.class, SourceKind::fromCode);
    static final Codec<FacilityLevel> FACILITY_LEVEL = coded(FacilityLevel.class, FacilityLevel::fromCode);
    static final Codec<FacilityOwnership> FACILITY_OWNERSHIP =
        coded(FacilityOwnership.class, FacilityOwnership::fromCode);
    static final Codec<FacilityType> FACILITY_TYPE = coded(FacilityType.class, FacilityType::fromCode);
    static final Codec<Honorific> HONORIFIC = coded(Honorific.class, Honorific::fromCode);
    static final Codec<IatiOrganisationType> IATI_ORGANISATION_TYPE =
        coded(IatiOrganisationType.class, IatiOrganisationType::fromCode);
    static final Codec<OrganizationKind> ORGANIZATION_KIND = coded(OrganizationKind.class, OrganizationKind::fromCode);
    static final Codec<RoleKind> ROLE_KIND = coded(RoleKind.class, RoleKind::fromCode);
    static final Codec<AgreementKind> AGREEMENT_KIND = coded(AgreementKind.class, AgreementKind::fromCode);
    static final Codec<AgreementStatus> AGREEMENT_STATUS = coded(AgreementStatus.class, AgreementStatus::fromCode);
    static final Codec<BodyKind> BODY_KIND = coded(BodyKind.class, BodyKind::fromCode);
    static final Codec<CommitmentKind> COMMITMENT_KIND = coded(CommitmentKind.class, CommitmentKind::fromCode);
    static final Codec<CooperationArea> COOPERATION_AREA = coded(CooperationArea.class, CooperationArea::fromCode);
    static final Codec<EventKind> EVENT_KIND = coded(EventKind.class, EventKind::fromCode);
    static final Codec<PartyRole> PARTY_ROLE = coded(PartyRole.class, PartyRole::fromCode);
    static final Codec<ActivityStatus> ACTIVITY_STATUS = coded(ActivityStatus.class, ActivityStatus::fromCode);
    static final Codec<IatiOrganisationRole> IATI_ORGANISATION_ROLE =
        coded(IatiOrganisationRole.class, IatiOrganisationRole::fromCode);
    static final Codec<ProgrammeKind> PROGRAMME_KIND = coded(ProgrammeKind.class, ProgrammeKind::fromCode);
    static final Codec<ContributionBasis> CONTRIBUTION_BASIS =
        coded(ContributionBasis.class, ContributionBasis::fromCode);
    static final Codec<ContributionPeriod> CONTRIBUTION_PERIOD =
        coded(ContributionPeriod.class, ContributionPeriod::fromCode);
    static final Codec<FinancingScheme> FINANCING_SCHEME = coded(FinancingScheme.class, FinancingScheme::fromCode);
    static final Codec<Membership> MEMBERSHIP = coded(Membership.class, Membership::fromCode);
    static final Codec<PayerType> PAYER_TYPE = coded(PayerType.class, PayerType::fromCode);
    static final Codec<PopulationGroup> POPULATION_GROUP = coded(PopulationGroup.class, PopulationGroup::fromCode);
    static final Codec<SchemeType> SCHEME_TYPE = coded(SchemeType.class, SchemeType::fromCode);
    static final Codec<ServiceCategory> SERVICE_CATEGORY = coded(ServiceCategory.class, ServiceCategory::fromCode);

    static final Codec<DisaggregationDimension> DISAGGREGATION_DIMENSION =
        coded(DisaggregationDimension.class, DisaggregationDimension::fromCode);
    static final Codec<DisaggregationGroup> DISAGGREGATION_GROUP =
        coded(DisaggregationGroup.class, DisaggregationGroup::fromCode);
    static final Codec<IndicatorUnit> INDICATOR_UNIT = coded(IndicatorUnit.class, IndicatorUnit::fromCode);
    static final Codec<SdgIndicator> SDG_INDICATOR = coded(SdgIndicator.class, SdgIndicator::fromCode);
    static final Codec<SpendingThreshold> SPENDING_THRESHOLD =
        coded(SpendingThreshold.class, SpendingThreshold::fromCode);
    static final Codec<Tracer> TRACER = coded(Tracer.class, Tracer::fromCode);
    static final Codec<TracerCategory> TRACER_CATEGORY = coded(TracerCategory.class, TracerCategory::fromCode);

    /** A count of people or things: zero or more. */
    static final Codec<Integer> COUNT = Scalars.ranged(Scalars.INT, 0, null);
    /** A count of people that may exceed the range of an int: zero or more. */
    static final Codec<Long> LARGE_COUNT = Scalars.ranged(Scalars.LONG, 0, null);
    /** A year of SDG monitoring, from 2000 to 2100. */
    static final Codec<Integer> SDG_YEAR = Scalars.ranged(Scalars.INT, 2000, 2100L);

    /** An ISO 4217 currency code; the model checks that it exists. */
    static final Codec<String> CURRENCY_CODE = Scalars.textual("CurrencyCode", s -> s, s -> s, "money.currency",
        "an ISO 4217 currency code such as \"EUR\"", s -> s.put("pattern", "^[A-Z]{3}$"));

    /** A decimal amount as a plain decimal string; the model checks its sign, its digits and its scale. */
    static final Codec<String> AMOUNT = new Codec<>() {
        @Override
        void write(tools.jackson.core.JsonGenerator g, String value) {
            g.writeString(value);
        }

        @Override
        void check(String value, WriteCheck check) {
            // The plain notation of a decimal within the model's bound: always read back.
        }

        @Override
        String read(Node node, Problems problems) {
            return Scalars.decimalText(node, problems);
        }

        @Override
        tools.jackson.databind.node.ObjectNode schema(Schemas schemas) {
            return schemas.ref("Decimal", Scalars::decimalSchema);
        }
    };

    // Shared values.
    static final Codec<Citation> CITATION = ObjectCodec.of("Citation", Citation::builder, Citation.Builder::build,
            "A reference to the source document that supports a statement.")
        .required("source", ENTITY_ID, Citation::source, Citation.Builder::source)
        .optional("locator", TEXT, Citation::locator, Citation.Builder::locator)
        .build();

    /**
     * The form of an identifier's value in each scheme: the patterns of {@link IdentifierScheme}, with Java's
     * {@code \s} and {@code .} written as the explicit classes they stand for, so that the schema means the same in
     * ECMAScript's regular expressions, which JSON Schema uses; and, as the model requires of every scheme, with a
     * visible first and last character (not {@linkplain Scalars#isInvisible(int) invisible}). The values of the IATI
     * and Wikidata schemes are made of visible ASCII characters only.
     */
    static final Map<IdentifierScheme, String> IDENTIFIER_FORMATS = identifierFormats();

    private static Map<IdentifierScheme, String> identifierFormats() {
        String notSpace = "[^\\t\\n\\u000B\\f\\r ]";
        String notLineEnd = "[^\\n\\r\\u0085\\u2028\\u2029]";
        String hostPart = "[^\\t\\n\\u000B\\f\\r /?#]";
        String visible = Scalars.visibleClass("");
        String visibleHostPart = Scalars.visibleClass("/?#");
        Map<IdentifierScheme, String> m = new java.util.EnumMap<>(IdentifierScheme.class);
        m.put(IdentifierScheme.IATI_ORGANISATION, "^[A-Z]{2}-[A-Za-z0-9_.]+(-[A-Za-z0-9_.]+)*$");
        m.put(IdentifierScheme.WIKIDATA, "^Q[1-9][0-9]*$");
        // One visible character, or two with any characters of a line between them.
        m.put(IdentifierScheme.NATIONAL_REGISTRY, "^" + visible + "(" + notLineEnd + "*" + visible + ")?$");
        // The host ends with a visible character, or the address goes on with a path, a query or a fragment, which
        // ends with one (a lone "/", "?" or "#" is visible).
        m.put(IdentifierScheme.WEBSITE, "^https?://" + hostPart + "+\\.(" + hostPart + "*" + visibleHostPart + "|"
            + hostPart + "+[/?#](" + notSpace + "*" + visible + ")?)$");
        if (m.size() != IdentifierScheme.values().length) {
            throw new IllegalStateException("Every identifier scheme needs its form in the schema: " + m.keySet());
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static ObjectCodec.Table<Identifier, Slots> identifierForms(ObjectCodec.Table<Identifier, Slots> table) {
        for (Map.Entry<IdentifierScheme, String> e : IDENTIFIER_FORMATS.entrySet()) {
            tools.jackson.databind.node.ObjectNode condition = Codec.NODES.objectNode();
            tools.jackson.databind.node.ObjectNode when = condition.putObject("if");
            when.putObject("properties").putObject("scheme").put("const", e.getKey().code());
            when.putArray("required").add("scheme");
            condition.putObject("then").putObject("properties").putObject("value").put("pattern", e.getValue());
            table.schemaCondition(condition);
        }
        return table;
    }

    static final Codec<Identifier> IDENTIFIER = identifierForms(ObjectCodec.<Identifier, Slots>of("Identifier",
            Slots::new, s -> Identifier.of(s.get("scheme"), s.get("value")),
            "An identifier of an organisation in an external scheme, its value in the form the scheme requires.")
        .required("scheme", IDENTIFIER_SCHEME, Identifier::scheme, Slots.put("scheme"))
        .required("value", Scalars.STRING, Identifier::value, Slots.put("value")))
        .build();

    static final Codec<Money> MONEY = ObjectCodec.<Money, Slots>of("Money", Slots::new,
            s -> Money.of(s.<String>get("amount"), s.<String>get("currency")),
            "An amount of money: a non-negative plain decimal string and an ISO 4217 currency code.")
        .required("amount", AMOUNT, m -> m.amount().toPlainString(), Slots.put("amount"))
        .required("currency", CURRENCY_CODE, m -> m.currency().getCurrencyCode(), Slots.put("currency"))
        .build();

    static final Codec<ReportedDate> REPORTED_DATE = ObjectCodec.<ReportedDate, Slots>of("ReportedDate", Slots::new,
            s -> ReportedDate.of(s.get("date"), s.get("basis")),
            "A date as reported, with how it is known.")
        .required("date", PARTIAL_DATE, ReportedDate::date, Slots.put("date"))
        .required("basis", DATE_BASIS, ReportedDate::basis, Slots.put("basis"))
        .build();

    static final Codec<Period> PERIOD = ObjectCodec.of("Period", Period::builder, Period.Builder::build,
            "A span of time with a start, an end or both.")
        .optional("start", PARTIAL_DATE, Period::start, Period.Builder::start)
        .optional("end", PARTIAL_DATE, Period::end, Period.Builder::end)
        .build();

    static final Codec<Place> PLACE = place();

    private static Codec<Place> place() {
        // A place may sit in a parent place: the codec refers to itself through a holder.
        Codec<?>[] self = new Codec<?>[1];
        @SuppressWarnings("unchecked")
        Codec<Place> parent = new Codec<>() {
            @Override
            void write(tools.jackson.core.JsonGenerator g, Place value) {
                ((Codec<Place>) self[0]).write(g, value);
            }

            @Override
            void check(Place value, WriteCheck check) {
                ((Codec<Place>) self[0]).check(value, check);
            }

            @Override
            Place read(Node node, Problems problems) {
                return ((Codec<Place>) self[0]).read(node, problems);
            }

            @Override
            tools.jackson.databind.node.ObjectNode schema(Schemas schemas) {
                return ((Codec<Place>) self[0]).schema(schemas);
            }
        };
        Codec<Place> place = ObjectCodec.of("Place", Place::builder, Place.Builder::build,
                "A named place in a country, possibly within a larger place.")
            .required("name", LOCALIZED_TEXT, Place::name, Place.Builder::name)
            .required("country", COUNTRY, Place::country, Place.Builder::country)
            .optional("level", ADMINISTRATIVE_LEVEL, Place::level, Place.Builder::level)
            .optional("parent", parent, Place::parent, Place.Builder::parent)
            .build();
        self[0] = place;
        return place;
    }

    static final Codec<Objective> OBJECTIVE = ObjectCodec.of("Objective", Objective::builder,
            Objective.Builder::build, "An aim, possibly measured by a metric from a baseline to a target.")
        .required("description", LOCALIZED_TEXT, Objective::description, Objective.Builder::description)
        .optional("direction", DIRECTION, Objective::direction, Objective.Builder::direction)
        .optional("metric", LOCALIZED_TEXT, Objective::metric, Objective.Builder::metric)
        .optional("baseline", DECIMAL_TEXT, Objective::baseline, Objective.Builder::baseline)
        .optional("target", DECIMAL_TEXT, Objective::target, Objective.Builder::target)
        .optional("targetDate", PARTIAL_DATE, Objective::targetDate, Objective.Builder::targetDate)
        .ruleReads("objective.target-without-metric", "metric")
        .build();

    static final Codec<Statistic> STATISTIC = ObjectCodec.of("Statistic", Statistic::builder,
            Statistic.Builder::build, "A counted or measured quantity.")
        .required("measure", LOCALIZED_TEXT, Statistic::measure, Statistic.Builder::measure)
        .required("value", DECIMAL_TEXT, Statistic::value, Statistic.Builder::value)
        .required("unit", TEXT, Statistic::unit, Statistic.Builder::unit)
        .optional("asOf", REPORTED_DATE, Statistic::asOf, Statistic.Builder::asOf)
        .optional("period", PERIOD, Statistic::period, Statistic.Builder::period)
        .list("citations", CITATION, Statistic::citations, Statistic.Builder::addAllCitations)
        .build();

    // Sources.
    static final Codec<SourceDocument> SOURCE_DOCUMENT = ObjectCodec.of("SourceDocument", SourceDocument::builder,
            SourceDocument.Builder::build, "A document that records facts: an article, a report, a page.")
        .required("id", ENTITY_ID, SourceDocument::id, SourceDocument.Builder::id)
        .required("title", LOCALIZED_TEXT, SourceDocument::title, SourceDocument.Builder::title)
        .required("publisher", TEXT, SourceDocument::publisher, SourceDocument.Builder::publisher)
        .optional("publisherOrganization", ENTITY_ID, SourceDocument::publisherOrganization,
            SourceDocument.Builder::publisherOrganization)
        .optional("published", PARTIAL_DATE, SourceDocument::published, SourceDocument.Builder::published)
        .required("language", TEXT, SourceDocument::language, SourceDocument.Builder::language)
        .required("kind", SOURCE_KIND, SourceDocument::kind, SourceDocument.Builder::kind)
        .optional("url", Scalars.URL, SourceDocument::url, SourceDocument.Builder::url)
        .list("citations", CITATION, SourceDocument::citations, SourceDocument.Builder::addAllCitations)
        .build();

    // Actors.
    static final Codec<FacilityProfile> FACILITY_PROFILE = ObjectCodec.of("FacilityProfile",
            FacilityProfile::builder, FacilityProfile.Builder::build, "What kind of health facility an organisation is.")
        .required("type", FACILITY_TYPE, FacilityProfile::type, FacilityProfile.Builder::type)
        .optional("level", FACILITY_LEVEL, FacilityProfile::level, FacilityProfile.Builder::level)
        .optional("ownership", FACILITY_OWNERSHIP, FacilityProfile::ownership, FacilityProfile.Builder::ownership)
        .build();

    static final Codec<Organization> ORGANIZATION = ObjectCodec.of("Organization", Organization::builder,
            Organization.Builder::build, "An organisation: a ministry, a fund, a facility, an agency.")
        .required("id", ENTITY_ID, Organization::id, Organization.Builder::id)
        .required("name", LOCALIZED_TEXT, Organization::name, Organization.Builder::name)
        .optional("acronym", TEXT, Organization::acronym, Organization.Builder::acronym)
        .required("kind", ORGANIZATION_KIND, Organization::kind, Organization.Builder::kind)
        .optional("country", COUNTRY, Organization::country, Organization.Builder::country)
        .optional("parent", ENTITY_ID, Organization::parent, Organization.Builder::parent)
        .list("identifiers", IDENTIFIER, Organization::identifiers, Organization.Builder::addAllIdentifiers)
        .optional("place", PLACE, Organization::place, Organization.Builder::place)
        .optional("facility", FACILITY_PROFILE, Organization::facility, Organization.Builder::facility)
        .list("citations", CITATION, Organization::citations, Organization.Builder::addAllCitations)
        .build();

    static final Codec<Position> POSITION = ObjectCodec.of("Position", Position::builder, Position.Builder::build,
            "A role a person holds, possibly in an organisation and for a period.")
        .required("role", ROLE_KIND, Position::role, Position.Builder::role)
        .optional("title", LOCALIZED_TEXT, Position::title, Position.Builder::title)
        .optional("organization", ENTITY_ID, Position::organization, Position.Builder::organization)
        .optional("period", PERIOD, Position::period, Position.Builder::period)
        .build();

    static final Codec<Person> PERSON = ObjectCodec.of("Person", Person::builder, Person.Builder::build,
            "A person acting in a public role.")
        .required("id", ENTITY_ID, Person::id, Person.Builder::id)
        .required("name", TEXT, Person::name, Person.Builder::name)
        .optional("honorific", HONORIFIC, Person::honorific, Person.Builder::honorific)
        .list("positions", POSITION, Person::positions, Person.Builder::addAllPositions)
        .list("citations", CITATION, Person::citations, Person.Builder::addAllCitations)
        .build();

    // Agreements.
    static final Codec<Party> PARTY = ObjectCodec.of("Party", Party::builder, Party.Builder::build,
            "An actor, an organisation or a person, taking part in an agreement, in a role.")
        .required("actor", ENTITY_ID, Party::actor, Party.Builder::actor)
        .required("role", PARTY_ROLE, Party::role, Party.Builder::role)
        .build();

    static final Codec<Signatory> SIGNATORY = ObjectCodec.of("Signatory", Signatory::builder,
            Signatory.Builder::build, "A person who signed an agreement for a party.")
        .required("person", ENTITY_ID, Signatory::person, Signatory.Builder::person)
        .required("party", ENTITY_ID, Signatory::party, Signatory.Builder::party)
        .optional("title", LOCALIZED_TEXT, Signatory::title, Signatory.Builder::title)
        .build();

    static final Codec<Commitment> COMMITMENT = ObjectCodec.of("Commitment", Commitment::builder,
            Commitment.Builder::build, "What a party undertakes in an agreement.")
        .required("kind", COMMITMENT_KIND, Commitment::kind, Commitment.Builder::kind)
        .optional("party", ENTITY_ID, Commitment::party, Commitment.Builder::party)
        .optional("description", LOCALIZED_TEXT, Commitment::description, Commitment.Builder::description)
        .set("areas", COOPERATION_AREA, Commitment::areas, Commitment.Builder::addAllAreas)
        .build();

    static final Codec<Agreement> AGREEMENT = ObjectCodec.of("Agreement", Agreement::builder,
            Agreement.Builder::build, "An agreement between actors: a convention, a memorandum, a charter.")
        .required("id", ENTITY_ID, Agreement::id, Agreement.Builder::id)
        .required("kind", AGREEMENT_KIND, Agreement::kind, Agreement.Builder::kind)
        .required("title", LOCALIZED_TEXT, Agreement::title, Agreement.Builder::title)
        .list("parties", PARTY, Agreement::parties, Agreement.Builder::addAllParties)
        .list("signatories", SIGNATORY, Agreement::signatories, Agreement.Builder::addAllSignatories)
        .required("status", AGREEMENT_STATUS, Agreement::status, Agreement.Builder::status)
        .optional("signed", REPORTED_DATE, Agreement::signed, Agreement.Builder::signed)
        .optional("inForce", PARTIAL_DATE, Agreement::inForce, Agreement.Builder::inForce)
        .optional("place", PLACE, Agreement::place, Agreement.Builder::place)
        .optional("validity", PERIOD, Agreement::validity, Agreement.Builder::validity)
        .set("cooperationAreas", COOPERATION_AREA, Agreement::cooperationAreas,
            Agreement.Builder::addAllCooperationAreas)
        .list("commitments", COMMITMENT, Agreement::commitments, Agreement.Builder::addAllCommitments)
        .list("objectives", OBJECTIVE, Agreement::objectives, Agreement.Builder::addAllObjectives)
        .optional("framework", ENTITY_ID, Agreement::framework, Agreement.Builder::framework)
        .set("sdgTargets", SDG_TARGET, Agreement::sdgTargets, Agreement.Builder::addAllSdgTargets)
        .list("citations", CITATION, Agreement::citations, Agreement.Builder::addAllCitations)
        .ruleReads("agreement.signatory-not-party", "parties")
        .ruleReads("agreement.commitment-party-not-party", "parties")
        .build();

    static final Codec<Event> EVENT = ObjectCodec.of("Event", Event::builder, Event.Builder::build,
            "A meeting, visit, ceremony or conference.")
        .required("id", ENTITY_ID, Event::id, Event.Builder::id)
        .required("kind", EVENT_KIND, Event::kind, Event.Builder::kind)
        .required("title", LOCALIZED_TEXT, Event::title, Event.Builder::title)
        .optional("date", REPORTED_DATE, Event::date, Event.Builder::date)
        .optional("period", PERIOD, Event::period, Event.Builder::period)
        .optional("place", PLACE, Event::place, Event.Builder::place)
        .list("organisers", ENTITY_ID, Event::organisers, Event.Builder::addAllOrganisers)
        .list("participants", ENTITY_ID, Event::participants, Event.Builder::addAllParticipants)
        .optional("attendance", COUNT, Event::attendance, Event.Builder::attendance)
        .list("agreementsSigned", ENTITY_ID, Event::agreementsSigned, Event.Builder::addAllAgreementsSigned)
        .list("bodiesCreated", ENTITY_ID, Event::bodiesCreated, Event.Builder::addAllBodiesCreated)
        .list("decisions", LOCALIZED_TEXT, Event::decisions, Event.Builder::addAllDecisions)
        .set("sdgTargets", SDG_TARGET, Event::sdgTargets, Event.Builder::addAllSdgTargets)
        .list("citations", CITATION, Event::citations, Event.Builder::addAllCitations)
        .build();

    static final Codec<GoverningBody> GOVERNING_BODY = ObjectCodec.of("GoverningBody", GoverningBody::builder,
            GoverningBody.Builder::build, "A body that steers an agreement: a joint commission, a committee.")
        .required("id", ENTITY_ID, GoverningBody::id, GoverningBody.Builder::id)
        .required("name", LOCALIZED_TEXT, GoverningBody::name, GoverningBody.Builder::name)
        .required("kind", BODY_KIND, GoverningBody::kind, GoverningBody.Builder::kind)
        .list("members", ENTITY_ID, GoverningBody::members, GoverningBody.Builder::addAllMembers)
        .list("mandate", LOCALIZED_TEXT, GoverningBody::mandate, GoverningBody.Builder::addAllMandate)
        .optional("establishedBy", ENTITY_ID, GoverningBody::establishedBy, GoverningBody.Builder::establishedBy)
        .list("citations", CITATION, GoverningBody::citations, GoverningBody.Builder::addAllCitations)
        .build();

    // Programmes.
    static final Codec<ProgrammeParticipant> PROGRAMME_PARTICIPANT = ObjectCodec.of("ProgrammeParticipant",
            ProgrammeParticipant::builder, ProgrammeParticipant.Builder::build,
            "An organisation taking part in a programme, in an IATI role.")
        .required("organization", ENTITY_ID, ProgrammeParticipant::organization,
            ProgrammeParticipant.Builder::organization)
        .required("role", IATI_ORGANISATION_ROLE, ProgrammeParticipant::role, ProgrammeParticipant.Builder::role)
        .build();

    static final Codec<Programme> PROGRAMME = ObjectCodec.of("Programme", Programme::builder,
            Programme.Builder::build, "A programme: a project, a national strategy, an initiative.")
        .required("id", ENTITY_ID, Programme::id, Programme.Builder::id)
        .required("name", LOCALIZED_TEXT, Programme::name, Programme.Builder::name)
        .optional("acronym", TEXT, Programme::acronym, Programme.Builder::acronym)
        .required("kind", PROGRAMME_KIND, Programme::kind, Programme.Builder::kind)
        .set("countries", COUNTRY, Programme::countries, Programme.Builder::addAllCountries)
        .optional("period", PERIOD, Programme::period, Programme.Builder::period)
        .list("participants", PROGRAMME_PARTICIPANT, Programme::participants, Programme.Builder::addAllParticipants)
        .optional("status", ACTIVITY_STATUS, Programme::status, Programme.Builder::status)
        .list("objectives", OBJECTIVE, Programme::objectives, Programme.Builder::addAllObjectives)
        .set("dacSectors", DAC_SECTOR, Programme::dacSectors, Programme.Builder::addAllDacSectors)
        .set("sdgTargets", SDG_TARGET, Programme::sdgTargets, Programme.Builder::addAllSdgTargets)
        .optional("budget", MONEY, Programme::budget, Programme.Builder::budget)
        .list("results", STATISTIC, Programme::results, Programme.Builder::addAllResults)
        .list("related", ENTITY_ID, Programme::related, Programme.Builder::addAllRelated)
        .list("citations", CITATION, Programme::citations, Programme.Builder::addAllCitations)
        .build();

    // Coverage schemes.
    static final Codec<Benefit> BENEFIT = ObjectCodec.of("Benefit", Benefit::builder, Benefit.Builder::build,
            "A covered service category and what the member pays.")
        .required("category", SERVICE_CATEGORY, Benefit::category, Benefit.Builder::category)
        .optional("coinsurance", PERCENTAGE, Benefit::coinsurance, Benefit.Builder::coinsurance)
        .optional("copayment", MONEY, Benefit::copayment, Benefit.Builder::copayment)
        .optional("ceiling", MONEY, Benefit::ceiling, Benefit.Builder::ceiling)
        .optional("waitingPeriod", Scalars.DURATION, Benefit::waitingPeriod, Benefit.Builder::waitingPeriod)
        .build();

    static final Codec<BenefitPackage> BENEFIT_PACKAGE = ObjectCodec.of("BenefitPackage", BenefitPackage::builder,
            BenefitPackage.Builder::build, "The benefits a scheme covers.")
        .listOfAtLeastOne("benefits", BENEFIT, BenefitPackage::benefits, BenefitPackage.Builder::addAllBenefits)
        .build();

    static final Codec<PayerShare> PAYER_SHARE = ObjectCodec.of("PayerShare", PayerShare::builder,
            PayerShare.Builder::build, "The share of a contribution one payer bears.")
        .required("payer", PAYER_TYPE, PayerShare::payer, PayerShare.Builder::payer)
        .required("share", PERCENTAGE, PayerShare::share, PayerShare.Builder::share)
        .build();

    static final Codec<ContributionRule> CONTRIBUTION_RULE = ObjectCodec.of("ContributionRule",
            ContributionRule::builder, ContributionRule.Builder::build, "How members contribute to a scheme.")
        .required("basis", CONTRIBUTION_BASIS, ContributionRule::basis, ContributionRule.Builder::basis)
        .optional("rate", PERCENTAGE, ContributionRule::rate, ContributionRule.Builder::rate)
        .optional("amount", MONEY, ContributionRule::amount, ContributionRule.Builder::amount)
        .optional("period", CONTRIBUTION_PERIOD, ContributionRule::period, ContributionRule.Builder::period)
        .list("shares", PAYER_SHARE, ContributionRule::shares, ContributionRule.Builder::addAllShares)
        .build();

    static final Codec<CoverageSnapshot> COVERAGE_SNAPSHOT = ObjectCodec.of("CoverageSnapshot",
            CoverageSnapshot::builder, CoverageSnapshot.Builder::build, "How many people a scheme covered at a date.")
        .required("date", REPORTED_DATE, CoverageSnapshot::date, CoverageSnapshot.Builder::date)
        .optional("enrolled", LARGE_COUNT, CoverageSnapshot::enrolled, CoverageSnapshot.Builder::enrolled)
        .optional("targetPopulation", LARGE_COUNT, CoverageSnapshot::targetPopulation,
            CoverageSnapshot.Builder::targetPopulation)
        .list("citations", CITATION, CoverageSnapshot::citations, CoverageSnapshot.Builder::addAllCitations)
        .build();

    static final Codec<CoverageScheme> COVERAGE_SCHEME = ObjectCodec.of("CoverageScheme", CoverageScheme::builder,
            CoverageScheme.Builder::build, "A health coverage scheme: who runs it, whom it covers, what it pays.")
        .required("id", ENTITY_ID, CoverageScheme::id, CoverageScheme.Builder::id)
        .required("name", LOCALIZED_TEXT, CoverageScheme::name, CoverageScheme.Builder::name)
        .optional("acronym", TEXT, CoverageScheme::acronym, CoverageScheme.Builder::acronym)
        .required("operator", ENTITY_ID, CoverageScheme::operator, CoverageScheme.Builder::operator)
        .required("country", COUNTRY, CoverageScheme::country, CoverageScheme.Builder::country)
        .required("type", SCHEME_TYPE, CoverageScheme::type, CoverageScheme.Builder::type)
        .required("financingClass", FINANCING_SCHEME, CoverageScheme::financingClass,
            CoverageScheme.Builder::financingClass)
        .required("membership", MEMBERSHIP, CoverageScheme::membership, CoverageScheme.Builder::membership)
        .set("targetGroups", POPULATION_GROUP, CoverageScheme::targetGroups, CoverageScheme.Builder::addAllTargetGroups)
        .optional("supervisor", ENTITY_ID, CoverageScheme::supervisor, CoverageScheme.Builder::supervisor)
        .optional("launched", REPORTED_DATE, CoverageScheme::launched, CoverageScheme.Builder::launched)
        .optional("complements", ENTITY_ID, CoverageScheme::complements, CoverageScheme.Builder::complements)
        .optional("benefits", BENEFIT_PACKAGE, CoverageScheme::benefits, CoverageScheme.Builder::benefits)
        .list("contributions", CONTRIBUTION_RULE, CoverageScheme::contributions,
            CoverageScheme.Builder::addAllContributions)
        .list("snapshots", COVERAGE_SNAPSHOT, CoverageScheme::snapshots, CoverageScheme.Builder::addAllSnapshots)
        .list("providers", ENTITY_ID, CoverageScheme::providers, CoverageScheme.Builder::addAllProviders)
        .set("sdgTargets", SDG_TARGET, CoverageScheme::sdgTargets, CoverageScheme.Builder::addAllSdgTargets)
        .list("citations", CITATION, CoverageScheme::citations, CoverageScheme.Builder::addAllCitations)
        .build();

    // SDG 3.8 monitoring.
    static final Codec<IndicatorObservation> INDICATOR_OBSERVATION = ObjectCodec.of("IndicatorObservation",
            IndicatorObservation::builder, IndicatorObservation.Builder::build,
            "A value of an SDG 3.8 indicator for a country (or a place in it) and a year.")
        .required("id", ENTITY_ID, IndicatorObservation::id, IndicatorObservation.Builder::id)
        .required("indicator", SDG_INDICATOR, IndicatorObservation::indicator, IndicatorObservation.Builder::indicator)
        .optional("threshold", SPENDING_THRESHOLD, IndicatorObservation::threshold,
            IndicatorObservation.Builder::threshold)
        .required("country", COUNTRY, IndicatorObservation::country, IndicatorObservation.Builder::country)
        .optional("place", PLACE, IndicatorObservation::place, IndicatorObservation.Builder::place)
        .required("year", SDG_YEAR, IndicatorObservation::year, IndicatorObservation.Builder::year)
        .required("value", DECIMAL_TEXT, IndicatorObservation::value, IndicatorObservation.Builder::value)
        .optional("disaggregation", DISAGGREGATION_GROUP, IndicatorObservation::disaggregation,
            IndicatorObservation.Builder::disaggregation)
        .listOfAtLeastOne("citations", CITATION, IndicatorObservation::citations,
            IndicatorObservation.Builder::addAllCitations)
        .build();

    static final Codec<IndicatorTarget> INDICATOR_TARGET = ObjectCodec.of("IndicatorTarget",
            IndicatorTarget::builder, IndicatorTarget.Builder::build,
            "A national target for an SDG 3.8 indicator, with its baseline.")
        .required("id", ENTITY_ID, IndicatorTarget::id, IndicatorTarget.Builder::id)
        .required("indicator", SDG_INDICATOR, IndicatorTarget::indicator, IndicatorTarget.Builder::indicator)
        .optional("threshold", SPENDING_THRESHOLD, IndicatorTarget::threshold, IndicatorTarget.Builder::threshold)
        .required("country", COUNTRY, IndicatorTarget::country, IndicatorTarget.Builder::country)
        .optional("place", PLACE, IndicatorTarget::place, IndicatorTarget.Builder::place)
        .optional("baselineYear", SDG_YEAR, IndicatorTarget::baselineYear, IndicatorTarget.Builder::baselineYear)
        .optional("baselineValue", DECIMAL_TEXT, IndicatorTarget::baselineValue,
            IndicatorTarget.Builder::baselineValue)
        .required("targetValue", DECIMAL_TEXT, IndicatorTarget::targetValue, IndicatorTarget.Builder::targetValue)
        .required("targetYear", SDG_YEAR, IndicatorTarget::targetYear, IndicatorTarget.Builder::targetYear)
        .list("citations", CITATION, IndicatorTarget::citations, IndicatorTarget.Builder::addAllCitations)
        .ruleReads("indicator-target.baseline-incomplete", "baselineYear", "baselineValue")
        .build();

    // The top-level document.
    static final Codec<Dataset> DATASET = ObjectCodec.of("Dataset", Dataset::builder, Dataset.Builder::build,
            "A uhc-model dataset: every record, by kind, checked together.")
        .constant("schemaVersion", UhcJson.SCHEMA_VERSION)
        .list("sources", SOURCE_DOCUMENT, Dataset::sources, Dataset.Builder::addAllSources)
        .list("organizations", ORGANIZATION, Dataset::organizations, Dataset.Builder::addAllOrganizations)
        .list("persons", PERSON, Dataset::persons, Dataset.Builder::addAllPersons)
        .list("agreements", AGREEMENT, Dataset::agreements, Dataset.Builder::addAllAgreements)
        .list("bodies", GOVERNING_BODY, Dataset::bodies, Dataset.Builder::addAllBodies)
        .list("events", EVENT, Dataset::events, Dataset.Builder::addAllEvents)
        .list("programmes", PROGRAMME, Dataset::programmes, Dataset.Builder::addAllProgrammes)
        .list("schemes", COVERAGE_SCHEME, Dataset::schemes, Dataset.Builder::addAllSchemes)
        .list("observations", INDICATOR_OBSERVATION, Dataset::observations, Dataset.Builder::addAllObservations)
        .list("targets", INDICATOR_TARGET, Dataset::targets, Dataset.Builder::addAllTargets)
        .crossRecord()
        .build();

    /** Every codec by the model type it handles, in a stable order. */
    static final Map<Class<?>, Codec<?>> BY_TYPE = byType();

    private static Map<Class<?>, Codec<?>> byType() {
        Map<Class<?>, Codec<?>> m = new LinkedHashMap<>();
        m.put(EntityId.class, ENTITY_ID);
        m.put(CountryCode.class, COUNTRY);
        m.put(PartialDate.class, PARTIAL_DATE);
        m.put(Percentage.class, PERCENTAGE);
        m.put(LocalizedText.class, LOCALIZED_TEXT);
        m.put(Citation.class, CITATION);
        m.put(Identifier.class, IDENTIFIER);
        m.put(Money.class, MONEY);
        m.put(ReportedDate.class, REPORTED_DATE);
        m.put(Period.class, PERIOD);
        m.put(Place.class, PLACE);
        m.put(Objective.class, OBJECTIVE);
        m.put(Statistic.class, STATISTIC);
        m.put(SourceDocument.class, SOURCE_DOCUMENT);
        m.put(FacilityProfile.class, FACILITY_PROFILE);
        m.put(Organization.class, ORGANIZATION);
        m.put(Position.class, POSITION);
        m.put(Person.class, PERSON);
        m.put(Party.class, PARTY);
        m.put(Signatory.class, SIGNATORY);
        m.put(Commitment.class, COMMITMENT);
        m.put(Agreement.class, AGREEMENT);
        m.put(Event.class, EVENT);
        m.put(GoverningBody.class, GOVERNING_BODY);
        m.put(ProgrammeParticipant.class, PROGRAMME_PARTICIPANT);
        m.put(Programme.class, PROGRAMME);
        m.put(Benefit.class, BENEFIT);
        m.put(BenefitPackage.class, BENEFIT_PACKAGE);
        m.put(PayerShare.class, PAYER_SHARE);
        m.put(ContributionRule.class, CONTRIBUTION_RULE);
        m.put(CoverageSnapshot.class, COVERAGE_SNAPSHOT);
        m.put(CoverageScheme.class, COVERAGE_SCHEME);
        m.put(IndicatorObservation.class, INDICATOR_OBSERVATION);
        m.put(IndicatorTarget.class, INDICATOR_TARGET);
        m.put(Dataset.class, DATASET);
        m.put(AdministrativeLevel.class, ADMINISTRATIVE_LEVEL);
        m.put(DacSector.class, DAC_SECTOR);
        m.put(DateBasis.class, DATE_BASIS);
        m.put(Direction.class, DIRECTION);
        m.put(IdentifierScheme.class, IDENTIFIER_SCHEME);
        m.put(SdgTarget.class, SDG_TARGET);
        m.put(DisaggregationDimension.class, DISAGGREGATION_DIMENSION);
        m.put(DisaggregationGroup.class, DISAGGREGATION_GROUP);
        m.put(IndicatorUnit.class, INDICATOR_UNIT);
        m.put(SdgIndicator.class, SDG_INDICATOR);
        m.put(SpendingThreshold.class, SPENDING_THRESHOLD);
        m.put(Tracer.class, TRACER);
        m.put(TracerCategory.class, TRACER_CATEGORY);
        m.put(SourceKind.class, SOURCE_KIND);
        m.put(FacilityLevel.class, FACILITY_LEVEL);
        m.put(FacilityOwnership.class, FACILITY_OWNERSHIP);
        m.put(FacilityType.class, FACILITY_TYPE);
        m.put(Honorific.class, HONORIFIC);
        m.put(IatiOrganisationType.class, IATI_ORGANISATION_TYPE);
        m.put(OrganizationKind.class, ORGANIZATION_KIND);
        m.put(RoleKind.class, ROLE_KIND);
        m.put(AgreementKind.class, AGREEMENT_KIND);
        m.put(AgreementStatus.class, AGREEMENT_STATUS);
        m.put(BodyKind.class, BODY_KIND);
        m.put(CommitmentKind.class, COMMITMENT_KIND);
        m.put(CooperationArea.class, COOPERATION_AREA);
        m.put(EventKind.class, EVENT_KIND);
        m.put(PartyRole.class, PARTY_ROLE);
        m.put(ActivityStatus.class, ACTIVITY_STATUS);
        m.put(IatiOrganisationRole.class, IATI_ORGANISATION_ROLE);
        m.put(ProgrammeKind.class, PROGRAMME_KIND);
        m.put(ContributionBasis.class, CONTRIBUTION_BASIS);
        m.put(ContributionPeriod.class, CONTRIBUTION_PERIOD);
        m.put(FinancingScheme.class, FINANCING_SCHEME);
        m.put(Membership.class, MEMBERSHIP);
        m.put(PayerType.class, PAYER_TYPE);
        m.put(PopulationGroup.class, POPULATION_GROUP);
        m.put(SchemeType.class, SCHEME_TYPE);
        m.put(ServiceCategory.class, SERVICE_CATEGORY);
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Gets the codec of a model type.
     *
     * @param type  the type
     * @param <T>  the type
     * @return the codec
     * @throws IllegalArgumentException if the type has no wire form
     */
    @SuppressWarnings("unchecked")
    static <T> Codec<T> codec(Class<T> type) {
        Codec<?> c = BY_TYPE.get(type);
        if (c == null) {
            throw new IllegalArgumentException(type.getName() + " has no JSON wire form; supported types: "
                + BY_TYPE.keySet().stream().map(Class::getSimpleName).collect(java.util.stream.Collectors.joining(", ")));
        }
        return (Codec<T>) c;
    }
}

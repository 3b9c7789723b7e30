package org.uhcmodel.benchmarks;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The floor of every comparison: plain Java records with the fields of the model's types, ids and codes as strings,
 * localised texts as maps, collections as lists, dates as strings, and nothing checked.
 * <p>
 * Raw Jackson 3 reads and writes them with its defaults but for {@link #MAPPER}'s one setting: it fails on an
 * unknown property, so a property the records lack cannot be skipped cheaply and make the floor lower than it is.
 * Absent and empty values are omitted, as the model's writer does, so both write the same content.
 */
final class Plain {

    /**
     * The mapper of the floor: Jackson's defaults, strict about unknown properties. {@link ColdStartBenchmark} builds
     * its own the same way, in the timed code.
     */
    static final JsonMapper MAPPER =
        JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** The IATI codes of the planned start and end of an activity, as the model writes them. */
    private static final String PLANNED_START = "1";
    private static final String PLANNED_END = "3";

    private Plain() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Dataset(String schemaVersion, List<Source> sources, List<Organization> organizations, List<Person> persons,
                   List<Agreement> agreements, List<Programme> programmes, List<CoverageScheme> schemes,
                   List<IndicatorObservation> observations) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Source(String id, Map<String, String> title, String publisher, String publisherOrganization,
                  String published, String language, String kind, String url, List<Citation> citations) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Organization(String id, Map<String, String> name, String acronym, String kind, String country,
                        String parent, List<Identifier> identifiers, Place place, Facility facility,
                        List<Citation> citations) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Identifier(String scheme, String value) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Place(Map<String, String> name, String country, String level, Place parent) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Facility(String type, String level, String ownership) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Citation(String source, String locator) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Person(String id, String name, String honorific, List<Position> positions, List<Citation> citations) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Position(String role, Map<String, String> title, String organization, Period period) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Period(String start, String end) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ReportedDate(String date, String basis) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Agreement(String id, String kind, Map<String, String> title, List<Party> parties,
                     List<Signatory> signatories, String status, ReportedDate signed, String inForce, Place place,
                     Period validity, List<String> cooperationAreas, List<Commitment> commitments,
                     List<Objective> objectives, String framework, List<String> sdgTargets,
                     List<Citation> citations) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Party(String actor, String role) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Signatory(String person, String party, Map<String, String> title) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Commitment(String kind, String party, Map<String, String> description, List<String> areas) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Objective(Map<String, String> description, String direction, Map<String, String> metric,
                     @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal baseline,
                     @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal target, String targetDate) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Participant(String organization, String role, String iatiType) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ActivityDate(String type, String date) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record RecipientCountry(String country, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal percentage) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Budget(String type, String status, String start, String end, Money value, String valueDate) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Statistic(Map<String, String> measure, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value,
                     String unit, ReportedDate asOf, Period period, List<Citation> citations) {
    }

    /** A programme, in the shape of an IATI activity; its locations, transactions and results are kept as trees. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Programme(String id, Map<String, String> name, String acronym, String kind, String iatiIdentifier,
                     List<Map<String, Object>> identifiers, Map<String, String> description,
                     String reportingOrganization, List<Participant> participants, String status,
                     List<ActivityDate> dates, List<RecipientCountry> recipientCountries,
                     List<Map<String, Object>> recipientRegions, List<Map<String, Object>> locations,
                     List<Map<String, Object>> sectors, List<String> sdgTargets, List<Objective> objectives,
                     List<Budget> budgets, List<Map<String, Object>> plannedDisbursements,
                     List<Map<String, Object>> transactions, List<Map<String, Object>> results,
                     List<Statistic> figures, List<Map<String, Object>> documentLinks,
                     List<Map<String, Object>> relatedActivities, List<Citation> citations) {
    }

    /** A coverage scheme; its benefit package, contribution rules and snapshots are kept as JSON trees. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record CoverageScheme(String id, Map<String, String> name, String acronym, String operator, String country,
                          String type, String financingClass, String membership, List<String> targetGroups,
                          String supervisor, ReportedDate launched, String complements, Map<String, Object> benefits,
                          List<Map<String, Object>> contributions, List<Map<String, Object>> snapshots,
                          List<String> providers, List<String> sdgTargets, List<Citation> citations) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record IndicatorObservation(String id, String indicator, String threshold, String country, Place place, int year,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value,
                                String disaggregation, List<Citation> citations) {
    }

    // Builders from the raw inputs: the floor of BuildBenchmark. An absent value or an empty collection is null,
    // as Jackson reads it when the wire omits it.

    static Organization organization(Raw.Org r) {
        return new Organization(r.id(), Map.of(r.lang(), r.name()), r.acronym(), r.kind(), r.country(), r.parent(),
            List.of(new Identifier(r.identifierScheme(), r.identifierValue())), null, null, null);
    }

    static Person person(Raw.Per r) {
        return new Person(r.id(), r.name(), r.honorific(),
            List.of(new Position(r.role(), Map.of(r.lang(), r.title()), r.organization(), null)), null);
    }

    static Agreement agreement(Raw.Agr r) {
        return new Agreement(r.id(), r.kind(), Map.of(r.lang(), r.title()),
            List.of(new Party(r.party1(), r.role1()), new Party(r.party2(), r.role2())), null, r.status(),
            new ReportedDate(r.signedDate(), r.signedBasis()), null, null, null, List.of(r.area()), null,
            null, null, List.of(r.sdgTarget()), null);
    }

    static Programme programme(Raw.Prog r) {
        return new Programme(r.id(), Map.of(r.lang(), r.name()), null, r.kind(), null, null, null, null,
            List.of(new Participant(r.org1(), r.role1(), null), new Participant(r.org2(), r.role2(), null)),
            r.status(), List.of(new ActivityDate(PLANNED_START, r.start()), new ActivityDate(PLANNED_END, r.end())),
            List.of(new RecipientCountry(r.country(), null)), null, null, null, null, null,
            List.of(new Budget(null, null, r.start(), r.end(), new Money(new BigDecimal(r.amount()), r.currency()),
                r.start())),
            null, null, null, null, null, null, null);
    }

    static CoverageScheme scheme(Raw.Scheme r) {
        return new CoverageScheme(r.id(), Map.of(r.lang(), r.name()), r.acronym(), r.operator(), r.country(),
            r.type(), r.financing(), r.membership(), List.of(r.group()), null,
            new ReportedDate(r.launched(), r.launchedBasis()), null, null, null, null, null, null,
            null);
    }

    static IndicatorObservation observation(Raw.Obs r) {
        return new IndicatorObservation(r.id(), r.indicator(), null, r.country(), null, r.year(),
            new BigDecimal(r.value()), null, List.of(new Citation(r.source(), null)));
    }
}

package org.uhcmodel.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Repeats;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.DacSector;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Objective;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Statistic;

/**
 * A programme at the grade of an IATI activity: a development project, a national strategy, a support programme or an
 * international initiative, with its identifiers, the organisations taking part in their IATI roles, its dates and
 * status, where it works and in which sectors, its objectives, its money (budgets, planned disbursements,
 * transactions), its results, documents and related activities.
 * <p>
 * Organisations, related programmes and citations are referenced by id; a dataset checks that they resolve to
 * organisations, programmes and sources. The IATI writer of uhc-model publishes a programme as an IATI 2.03 activity.
 * <p>
 * Rules (all at once, with paths):
 * <ul>
 * <li>{@code required} (id, name, kind), {@code not-blank} (acronym);</li>
 * <li>{@code programme.duplicate-participant}: the same organisation takes part twice in the same role
 * ({@code participants[i]});</li>
 * <li>{@code programme.duplicate-date}: two dates of the same type ({@code dates[i]});</li>
 * <li>{@code programme.dates-order}: a planned or actual end before the start of the same kind, as IATI rules 11.1.2
 * and 11.1.3 forbid ({@code dates[i]} of the end);</li>
 * <li>{@code programme.duplicate-recipient}: a country or a region given twice ({@code recipientCountries[i].country},
 * {@code recipientRegions[i].region});</li>
 * <li>{@code programme.recipient-percentage-sum}: the shares of the recipient countries and regions do not add up to
 * 100 when all are given, or exceed 100 (IATI rules 3.4.2, 3.1.4, 3.4.4; at {@code recipientCountries}, or
 * {@code recipientRegions} when there is no country);</li>
 * <li>{@code programme.duplicate-sector}: a sector given twice ({@code sectors[i].sector});</li>
 * <li>{@code programme.sector-percentage-sum}: the shares of the sectors do not add up to 100 when all are given, or
 * exceed 100 (IATI rules 2.1.2, 2.1.4; at {@code sectors});</li>
 * <li>{@code programme.related-to-itself}: the programme lists itself among its related activities, by its id
 * ({@code relatedActivities[i].programme}) or by its own IATI activity identifier
 * ({@code relatedActivities[i].iatiIdentifier});</li>
 * <li>warning {@code programme.recipient-percentage-missing}: several recipients, not each with its share, as a source
 * naming countries without shares does; IATI rules 3.1.1 and 3.4.1 ask for each
 * ({@code recipientCountries[i].percentage}, {@code recipientRegions[i].percentage});</li>
 * <li>warning {@code programme.sector-percentage-missing}: several sectors, not each with its share (IATI rule 2.1.1;
 * {@code sectors[i].percentage});</li>
 * <li>warning {@code programme.closed-without-end}: the status is {@link ActivityStatus#CLOSED} and dates are given but
 * no actual end, as when a source reports a programme closed without its end date ({@code dates}); a closed programme
 * with no dates at all has no warning;</li>
 * <li>warning {@code programme.incoming-provider-role}: incoming funds, an incoming commitment or an incoming pledge
 * from an organisation that does not take part in the programme as a funder ({@code transactions[i].provider});</li>
 * <li>warning {@code programme.outgoing-receiver-role}: an outgoing commitment, a disbursement or an outgoing pledge to
 * an organisation that takes part in the programme only as a funder ({@code transactions[i].receiver}).</li>
 * </ul>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Programme extends ModelObject implements Entity {

    private static final Shape<Programme> SHAPE = Shape.of(Programme.class, Programme::new, Builder::new)
        .entity(EntityKind.PROGRAMME).checkedBy(Programme::check);
    private static final Prop<EntityId> ID = SHAPE.required("id", EntityId.class);
    private static final Prop<LocalizedText> NAME = SHAPE.required("name", LocalizedText.class);
    private static final Prop<String> ACRONYM = SHAPE.optional("acronym", String.class);
    private static final Prop<ProgrammeKind> KIND = SHAPE.required("kind", ProgrammeKind.class);
    private static final Prop<IatiIdentifier> IATI_IDENTIFIER = SHAPE.optional("iatiIdentifier", IatiIdentifier.class);
    private static final Prop<OtherIdentifier> IDENTIFIERS = SHAPE.list("identifiers", OtherIdentifier.class);
    private static final Prop<LocalizedText> DESCRIPTION = SHAPE.optional("description", LocalizedText.class);
    private static final Prop<EntityId> REPORTING_ORGANIZATION =
        SHAPE.optional("reportingOrganization", EntityId.class)
        .refersTo(EntityKind.ORGANIZATION);
    private static final Prop<ProgrammeParticipant> PARTICIPANTS =
        SHAPE.list("participants", ProgrammeParticipant.class);
    private static final Prop<ActivityStatus> STATUS = SHAPE.optional("status", ActivityStatus.class);
    private static final Prop<ActivityDate> DATES = SHAPE.list("dates", ActivityDate.class);
    private static final Prop<RecipientCountry> RECIPIENT_COUNTRIES =
        SHAPE.list("recipientCountries", RecipientCountry.class);
    private static final Prop<RecipientRegion> RECIPIENT_REGIONS =
        SHAPE.list("recipientRegions", RecipientRegion.class);
    private static final Prop<Location> LOCATIONS = SHAPE.list("locations", Location.class);
    private static final Prop<ProgrammeSector> SECTORS = SHAPE.list("sectors", ProgrammeSector.class);
    private static final Prop<SdgTarget> SDG_TARGETS = SHAPE.set("sdgTargets", SdgTarget.class);
    private static final Prop<Objective> OBJECTIVES = SHAPE.list("objectives", Objective.class);
    private static final Prop<Budget> BUDGETS = SHAPE.list("budgets", Budget.class);
    private static final Prop<PlannedDisbursement> PLANNED_DISBURSEMENTS =
        SHAPE.list("plannedDisbursements", PlannedDisbursement.class);
    private static final Prop<Transaction> TRANSACTIONS = SHAPE.list("transactions", Transaction.class);
    private static final Prop<Result> RESULTS = SHAPE.list("results", Result.class);
    private static final Prop<Statistic> FIGURES = SHAPE.list("figures", Statistic.class);
    private static final Prop<DocumentLink> DOCUMENT_LINKS = SHAPE.list("documentLinks", DocumentLink.class);
    private static final Prop<RelatedActivity> RELATED_ACTIVITIES =
        SHAPE.list("relatedActivities", RelatedActivity.class);
    private static final Prop<Citation> CITATIONS = SHAPE.list("citations", Citation.class);

    private static final Rule DUPLICATE_PARTICIPANT = SHAPE.error("programme.duplicate-participant",
        "the same organisation takes part twice in the same role");
    private static final Rule DUPLICATE_DATE = SHAPE.error("programme.duplicate-date",
        "a programme has one date of each type");
    private static final Rule DATES_ORDER = SHAPE.error("programme.dates-order",
        "a planned end may not lie before the planned start, nor an actual end before the actual start");
    private static final Rule DUPLICATE_RECIPIENT = SHAPE.error("programme.duplicate-recipient",
        "a recipient country or region is given once");
    private static final Rule RECIPIENT_PERCENTAGE_SUM = SHAPE.error("programme.recipient-percentage-sum",
        "the shares of the recipient countries and regions must add up to 100", RECIPIENT_COUNTRIES,
        RECIPIENT_REGIONS);
    private static final Rule RECIPIENT_PERCENTAGE_MISSING = SHAPE.warning("programme.recipient-percentage-missing",
        "with several recipient countries or regions, each usually has its share, as IATI asks");
    private static final Rule DUPLICATE_SECTOR = SHAPE.error("programme.duplicate-sector",
        "a sector is given once");
    private static final Rule SECTOR_PERCENTAGE_SUM = SHAPE.error("programme.sector-percentage-sum",
        "the shares of the sectors must add up to 100");
    private static final Rule SECTOR_PERCENTAGE_MISSING = SHAPE.warning("programme.sector-percentage-missing",
        "with several sectors, each usually has its share, as IATI asks");
    private static final Rule RELATED_TO_ITSELF = SHAPE.error("programme.related-to-itself",
        "a programme cannot be related to itself", ID, IATI_IDENTIFIER);
    private static final Rule CLOSED_WITHOUT_END = SHAPE.warning("programme.closed-without-end",
        "the programme is closed but has no actual end date, as when the source does not give the date it ended",
        STATUS);
    private static final Rule INCOMING_PROVIDER_ROLE = SHAPE.warning("programme.incoming-provider-role",
        "money coming into a programme usually comes from an organisation funding it", PARTICIPANTS);
    private static final Rule OUTGOING_RECEIVER_ROLE = SHAPE.warning("programme.outgoing-receiver-role",
        "money a programme commits or disburses usually goes to an organisation other than its funders",
        PARTICIPANTS);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Programme(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Creates a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the id.
     *
     * @return the id, not null
     */
    @Override
    @NotNull
    public EntityId id() {
        return value(ID);
    }

    /**
     * Gets the name, the title of the IATI activity.
     *
     * @return the name, not null
     */
    @NotNull
    public LocalizedText name() {
        return value(NAME);
    }

    /**
     * Gets the acronym.
     *
     * @return the acronym, such as {@code AI-PASS2}, empty if none
     */
    public Optional<@NotBlank String> acronym() {
        return optional(ACRONYM);
    }

    /**
     * Gets the kind of programme.
     *
     * @return the kind, not null
     */
    @NotNull
    public ProgrammeKind kind() {
        return value(KIND);
    }

    /**
     * Gets the IATI activity identifier, as the reporting organisation publishes it.
     *
     * @return the identifier, empty if not known
     */
    public Optional<IatiIdentifier> iatiIdentifier() {
        return optional(IATI_IDENTIFIER);
    }

    /**
     * Gets the other identifiers of the programme, such as the code its reporting organisation gives it.
     *
     * @return the unmodifiable identifiers, empty if none
     */
    public List<@NotNull OtherIdentifier> identifiers() {
        return list(IDENTIFIERS);
    }

    /**
     * Gets the general description.
     *
     * @return the description, empty if none
     */
    public Optional<LocalizedText> description() {
        return optional(DESCRIPTION);
    }

    /**
     * Gets the organisation that reports the programme to IATI.
     *
     * @return the id of the organisation, empty if not stated
     */
    public Optional<EntityId> reportingOrganization() {
        return optional(REPORTING_ORGANIZATION);
    }

    /**
     * Gets the organisations taking part, each in one role.
     *
     * @return the unmodifiable participants, empty if none is stated
     */
    public List<@NotNull ProgrammeParticipant> participants() {
        return list(PARTICIPANTS);
    }

    /**
     * Gets the stage the programme is at.
     *
     * @return the status, empty if not stated
     */
    public Optional<ActivityStatus> status() {
        return optional(STATUS);
    }

    /**
     * Gets the planned and actual start and end dates.
     *
     * @return the unmodifiable dates, each type at most once, empty if none is stated
     */
    public List<@NotNull ActivityDate> dates() {
        return list(DATES);
    }

    /**
     * Gets the countries the programme benefits, with their shares.
     *
     * @return the unmodifiable countries, empty if not stated or not tied to countries
     */
    public List<@NotNull RecipientCountry> recipientCountries() {
        return list(RECIPIENT_COUNTRIES);
    }

    /**
     * Gets the regions the programme benefits, with their shares.
     *
     * @return the unmodifiable regions, empty if none
     */
    public List<@NotNull RecipientRegion> recipientRegions() {
        return list(RECIPIENT_REGIONS);
    }

    /**
     * Gets the places the programme works in below the country.
     *
     * @return the unmodifiable locations, empty if none is stated
     */
    public List<@NotNull Location> locations() {
        return list(LOCATIONS);
    }

    /**
     * Gets the DAC sectors the programme works in, with their shares.
     *
     * @return the unmodifiable sectors, empty if not stated
     */
    public List<@NotNull ProgrammeSector> sectors() {
        return list(SECTORS);
    }

    /**
     * Gets the SDG targets the programme serves, written as IATI tags.
     *
     * @return the unmodifiable targets, empty if not tagged
     */
    public Set<@NotNull SdgTarget> sdgTargets() {
        return set(SDG_TARGETS);
    }

    /**
     * Gets what the programme aims at.
     *
     * @return the unmodifiable objectives, empty if none is stated
     */
    public List<@NotNull Objective> objectives() {
        return list(OBJECTIVES);
    }

    /**
     * Gets the budgets by period, original and revised.
     *
     * @return the unmodifiable budgets, empty if none is stated
     */
    public List<@NotNull Budget> budgets() {
        return list(BUDGETS);
    }

    /**
     * Gets the disbursements planned by period.
     *
     * @return the unmodifiable planned disbursements, empty if none
     */
    public List<@NotNull PlannedDisbursement> plannedDisbursements() {
        return list(PLANNED_DISBURSEMENTS);
    }

    /**
     * Gets the financial transactions.
     *
     * @return the unmodifiable transactions, empty if none is stated
     */
    public List<@NotNull Transaction> transactions() {
        return list(TRANSACTIONS);
    }

    /**
     * Gets the results, with their indicators.
     *
     * @return the unmodifiable results, empty if none
     */
    public List<@NotNull Result> results() {
        return list(RESULTS);
    }

    /**
     * Gets the figures sources report about the programme outside its results, such as 36 public hospitals and 30
     * health centres computerised.
     *
     * @return the unmodifiable figures, empty if none is reported
     */
    public List<@NotNull Statistic> figures() {
        return list(FIGURES);
    }

    /**
     * Gets the documents about the programme on the web.
     *
     * @return the unmodifiable documents, empty if none
     */
    public List<@NotNull DocumentLink> documentLinks() {
        return list(DOCUMENT_LINKS);
    }

    /**
     * Gets the related programmes and activities, such as an earlier phase or the parent programme.
     *
     * @return the unmodifiable related activities, empty if none
     */
    public List<@NotNull RelatedActivity> relatedActivities() {
        return list(RELATED_ACTIVITIES);
    }

    /**
     * Gets the citations of the sources this programme is taken from.
     *
     * @return the unmodifiable citations, empty if none
     */
    @Override
    public List<@NotNull Citation> citations() {
        return list(CITATIONS);
    }

    /**
     * Gets the organisations that take part in the given role, such as the funders.
     *
     * @param role  the role, not null
     * @return the unmodifiable ids of the organisations, in the order of {@link #participants()}, empty if none
     */
    public List<EntityId> participantsWithRole(IatiOrganisationRole role) {
        Objects.requireNonNull(role, "role");
        List<EntityId> found = new ArrayList<>();
        for (ProgrammeParticipant participant : participants()) {
            if (participant.role() == role) {
                found.add(participant.organization());
            }
        }
        return Collections.unmodifiableList(found);
    }

    /**
     * Gets the date of a type, such as the actual start.
     *
     * @param type  the type, not null
     * @return the date, empty if the programme has none of that type
     */
    public Optional<PartialDate> date(ActivityDateType type) {
        Objects.requireNonNull(type, "type");
        for (ActivityDate date : dates()) {
            if (date.type() == type) {
                return Optional.of(date.date());
            }
        }
        return Optional.empty();
    }

    private static void check(Programme programme, Checker checker) {
        List<ProgrammeParticipant> participants = programme.participants();
        for (int i : Repeats.of(participants)) {
            checker.report(DUPLICATE_PARTICIPANT, "participants[" + i + "]", participants.get(i));
        }
        checkDates(programme, checker);
        checkRecipients(programme, checker);
        checkSectors(programme, checker);
        EntityId id = programme.id();
        List<RelatedActivity> related = programme.relatedActivities();
        for (int i = 0; i < related.size(); i++) {
            Optional<EntityId> other = related.get(i).programme();
            if (other.isPresent() && other.get().equals(id)) {
                checker.report(RELATED_TO_ITSELF, "relatedActivities[" + i + "].programme", id);
            }
            Optional<IatiIdentifier> otherActivity = related.get(i).iatiIdentifier();
            if (otherActivity.isPresent() && otherActivity.equals(programme.iatiIdentifier())) {
                checker.report(RELATED_TO_ITSELF, "relatedActivities[" + i + "].iatiIdentifier", otherActivity.get());
            }
        }
        if (checker.wants(INCOMING_PROVIDER_ROLE)) {
            checkTransactionRoles(programme, checker);
        }
    }

    private static void checkDates(Programme programme, Checker checker) {
        List<ActivityDate> dates = programme.dates();
        // The position of the first date of each type, -1 if none; a bit of seen for each type met.
        int seen = 0;
        int plannedStart = -1;
        int plannedEnd = -1;
        int actualStart = -1;
        int actualEnd = -1;
        for (int i = 0; i < dates.size(); i++) {
            ActivityDate date = dates.get(i);
            int bit = 1 << date.type().ordinal();
            if ((seen & bit) != 0) {
                checker.report(DUPLICATE_DATE, "dates[" + i + "]", date);
                continue;
            }
            seen |= bit;
            switch (date.type()) {
                case PLANNED_START:
                    plannedStart = i;
                    break;
                case PLANNED_END:
                    plannedEnd = i;
                    break;
                case ACTUAL_START:
                    actualStart = i;
                    break;
                case ACTUAL_END:
                    actualEnd = i;
                    break;
                default:
                    break;
            }
        }
        checkOrder(dates, plannedStart, plannedEnd, checker);
        checkOrder(dates, actualStart, actualEnd, checker);
        if (programme.status().orElse(null) == ActivityStatus.CLOSED && !dates.isEmpty() && actualEnd < 0) {
            checker.report(CLOSED_WITHOUT_END, DATES, dates);
        }
    }

    private static void checkOrder(List<ActivityDate> dates, int start, int end, Checker checker) {
        if (start >= 0 && end >= 0 && dates.get(end).date().isDefinitelyBefore(dates.get(start).date())) {
            checker.report(DATES_ORDER, "dates[" + end + "]", dates.get(end).date());
        }
    }

    private static void checkRecipients(Programme programme, Checker checker) {
        List<RecipientCountry> countries = programme.recipientCountries();
        List<RecipientRegion> regions = programme.recipientRegions();
        int count = countries.size() + regions.size();
        if (count == 0) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        int given = 0;
        for (int i : Repeats.of(countries, RecipientCountry::country)) {
            checker.report(DUPLICATE_RECIPIENT, "recipientCountries[" + i + "].country", countries.get(i).country());
        }
        for (int i : Repeats.of(regions, RecipientRegion::region)) {
            checker.report(DUPLICATE_RECIPIENT, "recipientRegions[" + i + "].region", regions.get(i).region());
        }
        for (int i = 0; i < countries.size(); i++) {
            RecipientCountry country = countries.get(i);
            if (country.percentage().isPresent()) {
                sum = sum.add(country.percentage().get().value());
                given++;
            } else if (count > 1) {
                checker.report(RECIPIENT_PERCENTAGE_MISSING, "recipientCountries[" + i + "].percentage", null);
            }
        }
        for (int i = 0; i < regions.size(); i++) {
            RecipientRegion region = regions.get(i);
            if (region.percentage().isPresent()) {
                sum = sum.add(region.percentage().get().value());
                given++;
            } else if (count > 1) {
                checker.report(RECIPIENT_PERCENTAGE_MISSING, "recipientRegions[" + i + "].percentage", null);
            }
        }
        if (breaksSum(sum, given, count)) {
            checker.report(RECIPIENT_PERCENTAGE_SUM, countries.isEmpty() ? RECIPIENT_REGIONS.name()
                : RECIPIENT_COUNTRIES.name(), sum);
        }
    }

    /**
     * Whether shares break the sum rule: when every share is given they add up to 100; when some are missing, those
     * given add up to 100 at most.
     */
    private static boolean breaksSum(BigDecimal sum, int given, int count) {
        if (given == 0) {
            return false;
        }
        return given == count ? sum.compareTo(HUNDRED) != 0 : sum.compareTo(HUNDRED) > 0;
    }

    private static void checkSectors(Programme programme, Checker checker) {
        List<ProgrammeSector> sectors = programme.sectors();
        int count = sectors.size();
        if (count == 0) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        int given = 0;
        Set<DacSector> seen = EnumSet.noneOf(DacSector.class);
        for (int i = 0; i < count; i++) {
            ProgrammeSector sector = sectors.get(i);
            if (!seen.add(sector.sector())) {
                checker.report(DUPLICATE_SECTOR, "sectors[" + i + "].sector", sector.sector());
            }
            if (sector.percentage().isPresent()) {
                sum = sum.add(sector.percentage().get().value());
                given++;
            } else if (count > 1) {
                checker.report(SECTOR_PERCENTAGE_MISSING, "sectors[" + i + "].percentage", null);
            }
        }
        if (breaksSum(sum, given, count)) {
            checker.report(SECTOR_PERCENTAGE_SUM, SECTORS, sum);
        }
    }

    private static void checkTransactionRoles(Programme programme, Checker checker) {
        List<Transaction> transactions = programme.transactions();
        if (transactions.isEmpty()) {
            return;
        }
        Set<EntityId> funders = new HashSet<>();
        Set<EntityId> others = new HashSet<>();
        for (ProgrammeParticipant participant : programme.participants()) {
            (participant.role() == IatiOrganisationRole.FUNDING ? funders : others).add(participant.organization());
        }
        for (int i = 0; i < transactions.size(); i++) {
            Transaction transaction = transactions.get(i);
            Optional<EntityId> provider = transaction.provider();
            if (transaction.type().isIncoming() && provider.isPresent() && !funders.contains(provider.get())) {
                checker.report(INCOMING_PROVIDER_ROLE, "transactions[" + i + "].provider", provider.get());
            }
            Optional<EntityId> receiver = transaction.receiver();
            if (transaction.type().isOutgoing() && receiver.isPresent() && funders.contains(receiver.get())
                && !others.contains(receiver.get())) {
                checker.report(OUTGOING_RECEIVER_ROLE, "transactions[" + i + "].receiver", receiver.get());
            }
        }
    }

    /**
     * Builds a {@link Programme}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Programme, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the id.
         *
         * @param id  the value, not null
         * @return this builder
         */
        public Builder id(EntityId id) {
            return set(ID, id);
        }

        /**
         * Sets the name.
         *
         * @param name  the value, not null
         * @return this builder
         */
        public Builder name(LocalizedText name) {
            return set(NAME, name);
        }

        /**
         * Sets the acronym.
         *
         * @param acronym  the value, not null
         * @return this builder
         */
        public Builder acronym(String acronym) {
            return set(ACRONYM, acronym);
        }

        /**
         * Sets the kind of programme.
         *
         * @param kind  the value, not null
         * @return this builder
         */
        public Builder kind(ProgrammeKind kind) {
            return set(KIND, kind);
        }

        /**
         * Sets the IATI activity identifier.
         *
         * @param iatiIdentifier  the value, not null
         * @return this builder
         */
        public Builder iatiIdentifier(IatiIdentifier iatiIdentifier) {
            return set(IATI_IDENTIFIER, iatiIdentifier);
        }

        /**
         * Adds one of the other identifiers of the programme.
         *
         * @param identifier  the value, not null
         * @return this builder
         */
        public Builder addIdentifier(OtherIdentifier identifier) {
            return add(IDENTIFIERS, identifier);
        }

        /**
         * Adds, in order, the other identifiers of the programme.
         *
         * @param identifiers  the values, none null, not null
         * @return this builder
         */
        public Builder addAllIdentifiers(Iterable<? extends OtherIdentifier> identifiers) {
            return addAll(IDENTIFIERS, identifiers);
        }

        /**
         * Replaces the other identifiers of the programme.
         *
         * @param identifiers  the values, none null, not null
         * @return this builder
         */
        public Builder identifiers(Iterable<? extends OtherIdentifier> identifiers) {
            return setAll(IDENTIFIERS, identifiers);
        }

        /**
         * Sets the general description.
         *
         * @param description  the value, not null
         * @return this builder
         */
        public Builder description(LocalizedText description) {
            return set(DESCRIPTION, description);
        }

        /**
         * Sets the organisation that reports the programme to IATI.
         *
         * @param reportingOrganization  the id of the organisation, not null
         * @return this builder
         */
        public Builder reportingOrganization(EntityId reportingOrganization) {
            return set(REPORTING_ORGANIZATION, reportingOrganization);
        }

        /**
         * Adds one of the organisations taking part, each in one role.
         *
         * @param participant  the value, not null
         * @return this builder
         */
        public Builder addParticipant(ProgrammeParticipant participant) {
            return add(PARTICIPANTS, participant);
        }

        /**
         * Adds, in order, the organisations taking part, each in one role.
         *
         * @param participants  the values, none null, not null
         * @return this builder
         */
        public Builder addAllParticipants(Iterable<? extends ProgrammeParticipant> participants) {
            return addAll(PARTICIPANTS, participants);
        }

        /**
         * Replaces the organisations taking part, each in one role.
         *
         * @param participants  the values, none null, not null
         * @return this builder
         */
        public Builder participants(Iterable<? extends ProgrammeParticipant> participants) {
            return setAll(PARTICIPANTS, participants);
        }

        /**
         * Sets the stage the programme is at.
         *
         * @param status  the value, not null
         * @return this builder
         */
        public Builder status(ActivityStatus status) {
            return set(STATUS, status);
        }

        /**
         * Adds one of the planned and actual start and end dates.
         *
         * @param date  the value, not null
         * @return this builder
         */
        public Builder addDate(ActivityDate date) {
            return add(DATES, date);
        }

        /**
         * Adds, in order, the planned and actual start and end dates.
         *
         * @param dates  the values, none null, not null
         * @return this builder
         */
        public Builder addAllDates(Iterable<? extends ActivityDate> dates) {
            return addAll(DATES, dates);
        }

        /**
         * Replaces the planned and actual start and end dates.
         *
         * @param dates  the values, none null, not null
         * @return this builder
         */
        public Builder dates(Iterable<? extends ActivityDate> dates) {
            return setAll(DATES, dates);
        }

        /**
         * Adds one of the countries the programme benefits.
         *
         * @param recipientCountry  the value, not null
         * @return this builder
         */
        public Builder addRecipientCountry(RecipientCountry recipientCountry) {
            return add(RECIPIENT_COUNTRIES, recipientCountry);
        }

        /**
         * Adds, in order, the countries the programme benefits.
         *
         * @param recipientCountries  the values, none null, not null
         * @return this builder
         */
        public Builder addAllRecipientCountries(Iterable<? extends RecipientCountry> recipientCountries) {
            return addAll(RECIPIENT_COUNTRIES, recipientCountries);
        }

        /**
         * Replaces the countries the programme benefits.
         *
         * @param recipientCountries  the values, none null, not null
         * @return this builder
         */
        public Builder recipientCountries(Iterable<? extends RecipientCountry> recipientCountries) {
            return setAll(RECIPIENT_COUNTRIES, recipientCountries);
        }

        /**
         * Adds one of the regions the programme benefits.
         *
         * @param recipientRegion  the value, not null
         * @return this builder
         */
        public Builder addRecipientRegion(RecipientRegion recipientRegion) {
            return add(RECIPIENT_REGIONS, recipientRegion);
        }

        /**
         * Adds, in order, the regions the programme benefits.
         *
         * @param recipientRegions  the values, none null, not null
         * @return this builder
         */
        public Builder addAllRecipientRegions(Iterable<? extends RecipientRegion> recipientRegions) {
            return addAll(RECIPIENT_REGIONS, recipientRegions);
        }

        /**
         * Replaces the regions the programme benefits.
         *
         * @param recipientRegions  the values, none null, not null
         * @return this builder
         */
        public Builder recipientRegions(Iterable<? extends RecipientRegion> recipientRegions) {
            return setAll(RECIPIENT_REGIONS, recipientRegions);
        }

        /**
         * Adds one of the places the programme works in below the country.
         *
         * @param location  the value, not null
         * @return this builder
         */
        public Builder addLocation(Location location) {
            return add(LOCATIONS, location);
        }

        /**
         * Adds, in order, the places the programme works in below the country.
         *
         * @param locations  the values, none null, not null
         * @return this builder
         */
        public Builder addAllLocations(Iterable<? extends Location> locations) {
            return addAll(LOCATIONS, locations);
        }

        /**
         * Replaces the places the programme works in below the country.
         *
         * @param locations  the values, none null, not null
         * @return this builder
         */
        public Builder locations(Iterable<? extends Location> locations) {
            return setAll(LOCATIONS, locations);
        }

        /**
         * Adds one of the DAC sectors the programme works in.
         *
         * @param sector  the value, not null
         * @return this builder
         */
        public Builder addSector(ProgrammeSector sector) {
            return add(SECTORS, sector);
        }

        /**
         * Adds, in order, the DAC sectors the programme works in.
         *
         * @param sectors  the values, none null, not null
         * @return this builder
         */
        public Builder addAllSectors(Iterable<? extends ProgrammeSector> sectors) {
            return addAll(SECTORS, sectors);
        }

        /**
         * Replaces the DAC sectors the programme works in.
         *
         * @param sectors  the values, none null, not null
         * @return this builder
         */
        public Builder sectors(Iterable<? extends ProgrammeSector> sectors) {
            return setAll(SECTORS, sectors);
        }

        /**
         * Adds one of the SDG targets the programme serves.
         *
         * @param sdgTarget  the value, not null
         * @return this builder
         */
        public Builder addSdgTarget(SdgTarget sdgTarget) {
            return add(SDG_TARGETS, sdgTarget);
        }

        /**
         * Adds, in order, the SDG targets the programme serves.
         *
         * @param sdgTargets  the values, none null, not null
         * @return this builder
         */
        public Builder addAllSdgTargets(Iterable<? extends SdgTarget> sdgTargets) {
            return addAll(SDG_TARGETS, sdgTargets);
        }

        /**
         * Replaces the SDG targets the programme serves.
         *
         * @param sdgTargets  the values, none null, not null
         * @return this builder
         */
        public Builder sdgTargets(Iterable<? extends SdgTarget> sdgTargets) {
            return setAll(SDG_TARGETS, sdgTargets);
        }

        /**
         * Adds one of what the programme aims at.
         *
         * @param objective  the value, not null
         * @return this builder
         */
        public Builder addObjective(Objective objective) {
            return add(OBJECTIVES, objective);
        }

        /**
         * Adds, in order, what the programme aims at.
         *
         * @param objectives  the values, none null, not null
         * @return this builder
         */
        public Builder addAllObjectives(Iterable<? extends Objective> objectives) {
            return addAll(OBJECTIVES, objectives);
        }

        /**
         * Replaces what the programme aims at.
         *
         * @param objectives  the values, none null, not null
         * @return this builder
         */
        public Builder objectives(Iterable<? extends Objective> objectives) {
            return setAll(OBJECTIVES, objectives);
        }

        /**
         * Adds one of the budgets by period.
         *
         * @param budget  the value, not null
         * @return this builder
         */
        public Builder addBudget(Budget budget) {
            return add(BUDGETS, budget);
        }

        /**
         * Adds, in order, the budgets by period.
         *
         * @param budgets  the values, none null, not null
         * @return this builder
         */
        public Builder addAllBudgets(Iterable<? extends Budget> budgets) {
            return addAll(BUDGETS, budgets);
        }

        /**
         * Replaces the budgets by period.
         *
         * @param budgets  the values, none null, not null
         * @return this builder
         */
        public Builder budgets(Iterable<? extends Budget> budgets) {
            return setAll(BUDGETS, budgets);
        }

        /**
         * Adds one of the disbursements planned by period.
         *
         * @param plannedDisbursement  the value, not null
         * @return this builder
         */
        public Builder addPlannedDisbursement(PlannedDisbursement plannedDisbursement) {
            return add(PLANNED_DISBURSEMENTS, plannedDisbursement);
        }

        /**
         * Adds, in order, the disbursements planned by period.
         *
         * @param plannedDisbursements  the values, none null, not null
         * @return this builder
         */
        public Builder addAllPlannedDisbursements(Iterable<? extends PlannedDisbursement> plannedDisbursements) {
            return addAll(PLANNED_DISBURSEMENTS, plannedDisbursements);
        }

        /**
         * Replaces the disbursements planned by period.
         *
         * @param plannedDisbursements  the values, none null, not null
         * @return this builder
         */
        public Builder plannedDisbursements(Iterable<? extends PlannedDisbursement> plannedDisbursements) {
            return setAll(PLANNED_DISBURSEMENTS, plannedDisbursements);
        }

        /**
         * Adds one of the financial transactions.
         *
         * @param transaction  the value, not null
         * @return this builder
         */
        public Builder addTransaction(Transaction transaction) {
            return add(TRANSACTIONS, transaction);
        }

        /**
         * Adds, in order, the financial transactions.
         *
         * @param transactions  the values, none null, not null
         * @return this builder
         */
        public Builder addAllTransactions(Iterable<? extends Transaction> transactions) {
            return addAll(TRANSACTIONS, transactions);
        }

        /**
         * Replaces the financial transactions.
         *
         * @param transactions  the values, none null, not null
         * @return this builder
         */
        public Builder transactions(Iterable<? extends Transaction> transactions) {
            return setAll(TRANSACTIONS, transactions);
        }

        /**
         * Adds one of the results.
         *
         * @param result  the value, not null
         * @return this builder
         */
        public Builder addResult(Result result) {
            return add(RESULTS, result);
        }

        /**
         * Adds, in order, the results.
         *
         * @param results  the values, none null, not null
         * @return this builder
         */
        public Builder addAllResults(Iterable<? extends Result> results) {
            return addAll(RESULTS, results);
        }

        /**
         * Replaces the results.
         *
         * @param results  the values, none null, not null
         * @return this builder
         */
        public Builder results(Iterable<? extends Result> results) {
            return setAll(RESULTS, results);
        }

        /**
         * Adds one of the figures sources report about the programme.
         *
         * @param figure  the value, not null
         * @return this builder
         */
        public Builder addFigure(Statistic figure) {
            return add(FIGURES, figure);
        }

        /**
         * Adds, in order, the figures sources report about the programme.
         *
         * @param figures  the values, none null, not null
         * @return this builder
         */
        public Builder addAllFigures(Iterable<? extends Statistic> figures) {
            return addAll(FIGURES, figures);
        }

        /**
         * Replaces the figures sources report about the programme.
         *
         * @param figures  the values, none null, not null
         * @return this builder
         */
        public Builder figures(Iterable<? extends Statistic> figures) {
            return setAll(FIGURES, figures);
        }

        /**
         * Adds one of the documents about the programme on the web.
         *
         * @param documentLink  the value, not null
         * @return this builder
         */
        public Builder addDocumentLink(DocumentLink documentLink) {
            return add(DOCUMENT_LINKS, documentLink);
        }

        /**
         * Adds, in order, the documents about the programme on the web.
         *
         * @param documentLinks  the values, none null, not null
         * @return this builder
         */
        public Builder addAllDocumentLinks(Iterable<? extends DocumentLink> documentLinks) {
            return addAll(DOCUMENT_LINKS, documentLinks);
        }

        /**
         * Replaces the documents about the programme on the web.
         *
         * @param documentLinks  the values, none null, not null
         * @return this builder
         */
        public Builder documentLinks(Iterable<? extends DocumentLink> documentLinks) {
            return setAll(DOCUMENT_LINKS, documentLinks);
        }

        /**
         * Adds one of the related programmes and activities.
         *
         * @param relatedActivity  the value, not null
         * @return this builder
         */
        public Builder addRelatedActivity(RelatedActivity relatedActivity) {
            return add(RELATED_ACTIVITIES, relatedActivity);
        }

        /**
         * Adds, in order, the related programmes and activities.
         *
         * @param relatedActivities  the values, none null, not null
         * @return this builder
         */
        public Builder addAllRelatedActivities(Iterable<? extends RelatedActivity> relatedActivities) {
            return addAll(RELATED_ACTIVITIES, relatedActivities);
        }

        /**
         * Replaces the related programmes and activities.
         *
         * @param relatedActivities  the values, none null, not null
         * @return this builder
         */
        public Builder relatedActivities(Iterable<? extends RelatedActivity> relatedActivities) {
            return setAll(RELATED_ACTIVITIES, relatedActivities);
        }

        /**
         * Adds one of the citations of the sources this programme is taken from.
         *
         * @param citation  the value, not null
         * @return this builder
         */
        public Builder addCitation(Citation citation) {
            return add(CITATIONS, citation);
        }

        /**
         * Adds, in order, the citations of the sources this programme is taken from.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder addAllCitations(Iterable<? extends Citation> citations) {
            return addAll(CITATIONS, citations);
        }

        /**
         * Replaces the citations of the sources this programme is taken from.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder citations(Iterable<? extends Citation> citations) {
            return setAll(CITATIONS, citations);
        }
    }
}

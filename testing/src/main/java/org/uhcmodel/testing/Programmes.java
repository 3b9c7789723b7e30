package org.uhcmodel.testing;

import net.jqwik.api.Arbitrary;
import org.uhcmodel.programme.ActivityDate;
import org.uhcmodel.programme.AdministrativeArea;
import org.uhcmodel.programme.Budget;
import org.uhcmodel.programme.DocumentLink;
import org.uhcmodel.programme.GeoPoint;
import org.uhcmodel.programme.IatiIdentifier;
import org.uhcmodel.programme.IndicatorBaseline;
import org.uhcmodel.programme.IndicatorPeriod;
import org.uhcmodel.programme.Location;
import org.uhcmodel.programme.OtherIdentifier;
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
import org.uhcmodel.testing.internal.EntityArbitraries;
import org.uhcmodel.testing.internal.ProgrammeArbitraries;

/**
 * Arbitraries of programmes at the grade of IATI activities and of their parts.
 * <p>
 * Valid arbitraries generate values that every builder accepts without a warning; the {@code with...} arbitraries
 * generate {@link InvalidVariant}s, inputs that break exactly one rule and must be refused with its code, or, for a
 * rule of severity warning, built with exactly that warning.
 */
public final class Programmes {

    private Programmes() {
    }

    /**
     * Programmes at the grade of IATI activities, without warnings: shares that add up to 100, ends after starts, an
     * actual end for a closed programme with dates, budgets of a year at most, indicators whose values fit their
     * measure, transactions whose organisations' roles fit their type.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Programme> programmes() {
        return EntityArbitraries.alone(ProgrammeArbitraries.programmes());
    }

    /**
     * Participants in every IATI organisation role.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<ProgrammeParticipant> participants() {
        return EntityArbitraries.participants();
    }

    /**
     * IATI identifiers, as publishers write them and as real data has them.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<IatiIdentifier> iatiIdentifiers() {
        return ProgrammeArbitraries.iatiIdentifiers();
    }

    /**
     * Other identifiers of every type, some naming their owner.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<OtherIdentifier> otherIdentifiers() {
        return ProgrammeArbitraries.otherIdentifiers();
    }

    /**
     * Dates of every type.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<ActivityDate> activityDates() {
        return ProgrammeArbitraries.activityDates();
    }

    /**
     * Recipient countries, with or without a share.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<RecipientCountry> recipientCountries() {
        return ProgrammeArbitraries.recipientCountries();
    }

    /**
     * Recipient regions of the OECD DAC, with or without a share.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<RecipientRegion> recipientRegions() {
        return ProgrammeArbitraries.recipientRegions();
    }

    /**
     * DAC sectors, with or without a share.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<ProgrammeSector> sectors() {
        return ProgrammeArbitraries.sectors();
    }

    /**
     * Administrative areas of every gazetteer.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<AdministrativeArea> administrativeAreas() {
        return ProgrammeArbitraries.administrativeAreas();
    }

    /**
     * Points on the whole Earth.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<GeoPoint> points() {
        return ProgrammeArbitraries.points();
    }

    /**
     * Locations named by a reference, a name, an administrative area or a point.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Location> locations() {
        return ProgrammeArbitraries.locations();
    }

    /**
     * Budgets of a year at most, original or revised, indicative or committed.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Budget> budgets() {
        return ProgrammeArbitraries.budgets();
    }

    /**
     * Planned disbursements, some from a provider to a receiver.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<PlannedDisbursement> plannedDisbursements() {
        return ProgrammeArbitraries.plannedDisbursements();
    }

    /**
     * Transactions of every type, negative ones included, from and to distinct organisations.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Transaction> transactions() {
        return ProgrammeArbitraries.transactions();
    }

    /**
     * Baselines of indicators, some dated within their year.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<IndicatorBaseline> baselines() {
        return ProgrammeArbitraries.baselines();
    }

    /**
     * Periods of indicators with their targets and actuals.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<IndicatorPeriod> indicatorPeriods() {
        return ProgrammeArbitraries.indicatorPeriods();
    }

    /**
     * Indicators of every measure, their values fitting the measure.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<ResultIndicator> indicators() {
        return ProgrammeArbitraries.indicators();
    }

    /**
     * Results of every type with one or two indicators.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Result> results() {
        return ProgrammeArbitraries.results();
    }

    /**
     * Documents on the web of every category.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<DocumentLink> documentLinks() {
        return ProgrammeArbitraries.documentLinks();
    }

    /**
     * Related activities: programmes by id, activities by IATI identifier.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<RelatedActivity> relatedActivities() {
        return ProgrammeArbitraries.relatedActivities();
    }

    /**
     * Programmes listing the same participant twice in the same role (rule {@code programme.duplicate-participant}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Programme>> withDuplicateParticipant() {
        return InvalidVariants.forRule("programme.duplicate-participant", Programme.class);
    }

    /**
     * Programmes related to themselves (rule {@code programme.related-to-itself}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Programme>> withRelatedToItself() {
        return InvalidVariants.forRule("programme.related-to-itself", Programme.class);
    }

    /**
     * Closed programmes with dates but no actual end, which the model builds with a warning (rule {@code
     * programme.closed-without-end}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Programme>> withClosedWithoutEnd() {
        return InvalidVariants.forRule("programme.closed-without-end", Programme.class);
    }

    /**
     * Programmes with two dates of one type (rule {@code programme.duplicate-date}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Programme>> withDuplicateDate() {
        return InvalidVariants.forRule("programme.duplicate-date", Programme.class);
    }

    /**
     * Programmes whose planned or actual end lies before the start of the same kind (rule {@code programme.dates-
     * order}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Programme>> withDatesOutOfOrder() {
        return InvalidVariants.forRule("programme.dates-order", Programme.class);
    }

    /**
     * Programmes naming a recipient country or region twice (rule {@code programme.duplicate-recipient}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Programme>> withDuplicateRecipient() {
        return InvalidVariants.forRule("programme.duplicate-recipient", Programme.class);
    }

    /**
     * Programmes whose recipients' shares do not add up to 100 (rule {@code programme.recipient-percentage-sum}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Programme>> withRecipientSharesOff() {
        return InvalidVariants.forRule("programme.recipient-percentage-sum", Programme.class);
    }

    /**
     * Programmes with several recipients, one without its share, which the model builds with a warning (rule {@code
     * programme.recipient-percentage-missing}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Programme>> withRecipientShareMissing() {
        return InvalidVariants.forRule("programme.recipient-percentage-missing", Programme.class);
    }

    /**
     * Programmes naming a sector twice (rule {@code programme.duplicate-sector}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Programme>> withDuplicateSector() {
        return InvalidVariants.forRule("programme.duplicate-sector", Programme.class);
    }

    /**
     * Programmes whose sectors' shares do not add up to 100 (rule {@code programme.sector-percentage-sum}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Programme>> withSectorSharesOff() {
        return InvalidVariants.forRule("programme.sector-percentage-sum", Programme.class);
    }

    /**
     * Programmes with several sectors, one without its share, which the model builds with a warning (rule {@code
     * programme.sector-percentage-missing}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Programme>> withSectorShareMissing() {
        return InvalidVariants.forRule("programme.sector-percentage-missing", Programme.class);
    }

    /**
     * Programmes receiving money from an organisation that does not fund them, which the model builds with a warning
     * (rule {@code programme.incoming-provider-role}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Programme>> withIncomingFromNonFunder() {
        return InvalidVariants.forRule("programme.incoming-provider-role", Programme.class);
    }

    /**
     * Programmes committing or disbursing money to their funder alone, which the model builds with a warning (rule
     * {@code programme.outgoing-receiver-role}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Programme>> withOutgoingToFunder() {
        return InvalidVariants.forRule("programme.outgoing-receiver-role", Programme.class);
    }

    /**
     * Transactions from an organisation to itself, which the model builds with a warning (rule {@code
     * transaction.provider-is-receiver}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Transaction>> withProviderIsReceiver() {
        return InvalidVariants.forRule("transaction.provider-is-receiver", Transaction.class);
    }

    /**
     * Budgets ending before they start (rule {@code budget.end-before-start}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Budget>> withBudgetEndingBeforeStart() {
        return InvalidVariants.forRule("budget.end-before-start", Budget.class);
    }

    /**
     * Budgets over more than a year, which the model builds with a warning (rule {@code budget.longer-than-a-year}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Budget>> withBudgetOverAYear() {
        return InvalidVariants.forRule("budget.longer-than-a-year", Budget.class);
    }

    /**
     * Planned disbursements ending before they start (rule {@code planned-disbursement.end-before-start}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<PlannedDisbursement>> withPlannedDisbursementEndingBeforeStart() {
        return InvalidVariants.forRule("planned-disbursement.end-before-start", PlannedDisbursement.class);
    }

    /**
     * Locations with neither reference, name, administrative area nor point (rule {@code location.empty}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Location>> withEmptyLocation() {
        return InvalidVariants.forRule("location.empty", Location.class);
    }

    /**
     * Points beyond a pole (rule {@code geo-point.latitude-range}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<GeoPoint>> withLatitudeOffTheEarth() {
        return InvalidVariants.forRule("geo-point.latitude-range", GeoPoint.class);
    }

    /**
     * Points beyond the date line (rule {@code geo-point.longitude-range}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<GeoPoint>> withLongitudeOffTheEarth() {
        return InvalidVariants.forRule("geo-point.longitude-range", GeoPoint.class);
    }

    /**
     * Baselines of a year outside 1 to 9999 (rule {@code indicator-baseline.year-range}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorBaseline>> withBaselineYearOutOfRange() {
        return InvalidVariants.forRule("indicator-baseline.year-range", IndicatorBaseline.class);
    }

    /**
     * Baselines dated in another year than theirs (rule {@code indicator-baseline.date-year}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorBaseline>> withBaselineDatedInAnotherYear() {
        return InvalidVariants.forRule("indicator-baseline.date-year", IndicatorBaseline.class);
    }

    /**
     * Indicator periods ending before they start (rule {@code indicator-period.end-before-start}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IndicatorPeriod>> withIndicatorPeriodEndingBeforeStart() {
        return InvalidVariants.forRule("indicator-period.end-before-start", IndicatorPeriod.class);
    }

    /**
     * Quantitative indicators whose baseline has no value, which the model builds with a warning (rule {@code result-
     * indicator.baseline-without-value}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<ResultIndicator>> withBaselineWithoutValue() {
        return InvalidVariants.forRule("result-indicator.baseline-without-value", ResultIndicator.class);
    }

    /**
     * Quantitative indicators with a target or an actual in words alone, which the model builds with a warning (rule
     * {@code result-indicator.comment-without-value}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<ResultIndicator>> withCommentWithoutValue() {
        return InvalidVariants.forRule("result-indicator.comment-without-value", ResultIndicator.class);
    }

    /**
     * Qualitative indicators with a value, which the model builds with a warning (rule {@code result-
     * indicator.qualitative-value}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<ResultIndicator>> withQualitativeValue() {
        return InvalidVariants.forRule("result-indicator.qualitative-value", ResultIndicator.class);
    }

    /**
     * Documents at addresses that are not http or https addresses with a host (rule {@code document-link.url}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<DocumentLink>> withDocumentNotOnTheWeb() {
        return InvalidVariants.forRule("document-link.url", DocumentLink.class);
    }

    /**
     * Documents whose format is no media type (rule {@code document-link.format}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<DocumentLink>> withDocumentOfNoMediaType() {
        return InvalidVariants.forRule("document-link.format", DocumentLink.class);
    }

    /**
     * Related activities naming neither a programme nor an IATI identifier, or both (rule {@code related-
     * activity.target}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<RelatedActivity>> withRelatedToNothingOrTwice() {
        return InvalidVariants.forRule("related-activity.target", RelatedActivity.class);
    }

    /**
     * IATI identifiers with whitespace, a line break or an invisible character, or empty (rule {@code iati-
     * identifier.format}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<IatiIdentifier>> withMalformedIatiIdentifier() {
        return InvalidVariants.forRule("iati-identifier.format", IatiIdentifier.class);
    }
}

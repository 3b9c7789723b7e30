package org.uhcmodel.testing;

import static org.uhcmodel.testing.Refusals.assertReportedAs;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every invalid variant of {@link Programmes} is refused with exactly its rule code. */
@AtLeastThousandTries
class ProgrammesRefusalProperties {

    @Property(tries = 1000)
    void duplicateParticipantIsRefusedAs_programme_duplicate_participant(
            @ForAll("withDuplicateParticipant") InvalidVariant<?> variant) {
        assertReportedAs(variant, "programme.duplicate-participant");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withDuplicateParticipant() {
        return Programmes.withDuplicateParticipant().map(v -> v);
    }

    @Property(tries = 1000)
    void relatedToItselfIsRefusedAs_programme_related_to_itself(
            @ForAll("withRelatedToItself") InvalidVariant<?> variant) {
        assertReportedAs(variant, "programme.related-to-itself");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withRelatedToItself() {
        return Programmes.withRelatedToItself().map(v -> v);
    }

    @Property(tries = 1000)
    void closedWithoutEndIsWarnedAs_programme_closed_without_end(
            @ForAll("withClosedWithoutEnd") InvalidVariant<?> variant) {
        assertReportedAs(variant, "programme.closed-without-end");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withClosedWithoutEnd() {
        return Programmes.withClosedWithoutEnd().map(v -> v);
    }

    @Property(tries = 1000)
    void duplicateDateIsRefusedAs_programme_duplicate_date(
            @ForAll("withDuplicateDate") InvalidVariant<?> variant) {
        assertReportedAs(variant, "programme.duplicate-date");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withDuplicateDate() {
        return Programmes.withDuplicateDate().map(v -> v);
    }

    @Property(tries = 1000)
    void datesOutOfOrderIsRefusedAs_programme_dates_order(
            @ForAll("withDatesOutOfOrder") InvalidVariant<?> variant) {
        assertReportedAs(variant, "programme.dates-order");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withDatesOutOfOrder() {
        return Programmes.withDatesOutOfOrder().map(v -> v);
    }

    @Property(tries = 1000)
    void duplicateRecipientIsRefusedAs_programme_duplicate_recipient(
            @ForAll("withDuplicateRecipient") InvalidVariant<?> variant) {
        assertReportedAs(variant, "programme.duplicate-recipient");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withDuplicateRecipient() {
        return Programmes.withDuplicateRecipient().map(v -> v);
    }

    @Property(tries = 1000)
    void recipientSharesOffIsRefusedAs_programme_recipient_percentage_sum(
            @ForAll("withRecipientSharesOff") InvalidVariant<?> variant) {
        assertReportedAs(variant, "programme.recipient-percentage-sum");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withRecipientSharesOff() {
        return Programmes.withRecipientSharesOff().map(v -> v);
    }

    @Property(tries = 1000)
    void recipientShareMissingIsWarnedAs_programme_recipient_percentage_missing(
            @ForAll("withRecipientShareMissing") InvalidVariant<?> variant) {
        assertReportedAs(variant, "programme.recipient-percentage-missing");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withRecipientShareMissing() {
        return Programmes.withRecipientShareMissing().map(v -> v);
    }

    @Property(tries = 1000)
    void duplicateSectorIsRefusedAs_programme_duplicate_sector(
            @ForAll("withDuplicateSector") InvalidVariant<?> variant) {
        assertReportedAs(variant, "programme.duplicate-sector");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withDuplicateSector() {
        return Programmes.withDuplicateSector().map(v -> v);
    }

    @Property(tries = 1000)
    void sectorSharesOffIsRefusedAs_programme_sector_percentage_sum(
            @ForAll("withSectorSharesOff") InvalidVariant<?> variant) {
        assertReportedAs(variant, "programme.sector-percentage-sum");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withSectorSharesOff() {
        return Programmes.withSectorSharesOff().map(v -> v);
    }

    @Property(tries = 1000)
    void sectorShareMissingIsWarnedAs_programme_sector_percentage_missing(
            @ForAll("withSectorShareMissing") InvalidVariant<?> variant) {
        assertReportedAs(variant, "programme.sector-percentage-missing");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withSectorShareMissing() {
        return Programmes.withSectorShareMissing().map(v -> v);
    }

    @Property(tries = 1000)
    void incomingFromNonFunderIsWarnedAs_programme_incoming_provider_role(
            @ForAll("withIncomingFromNonFunder") InvalidVariant<?> variant) {
        assertReportedAs(variant, "programme.incoming-provider-role");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withIncomingFromNonFunder() {
        return Programmes.withIncomingFromNonFunder().map(v -> v);
    }

    @Property(tries = 1000)
    void outgoingToFunderIsWarnedAs_programme_outgoing_receiver_role(
            @ForAll("withOutgoingToFunder") InvalidVariant<?> variant) {
        assertReportedAs(variant, "programme.outgoing-receiver-role");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withOutgoingToFunder() {
        return Programmes.withOutgoingToFunder().map(v -> v);
    }

    @Property(tries = 1000)
    void providerIsReceiverIsWarnedAs_transaction_provider_is_receiver(
            @ForAll("withProviderIsReceiver") InvalidVariant<?> variant) {
        assertReportedAs(variant, "transaction.provider-is-receiver");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withProviderIsReceiver() {
        return Programmes.withProviderIsReceiver().map(v -> v);
    }

    @Property(tries = 1000)
    void budgetEndingBeforeStartIsRefusedAs_budget_end_before_start(
            @ForAll("withBudgetEndingBeforeStart") InvalidVariant<?> variant) {
        assertReportedAs(variant, "budget.end-before-start");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withBudgetEndingBeforeStart() {
        return Programmes.withBudgetEndingBeforeStart().map(v -> v);
    }

    @Property(tries = 1000)
    void budgetOverAYearIsWarnedAs_budget_longer_than_a_year(
            @ForAll("withBudgetOverAYear") InvalidVariant<?> variant) {
        assertReportedAs(variant, "budget.longer-than-a-year");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withBudgetOverAYear() {
        return Programmes.withBudgetOverAYear().map(v -> v);
    }

    @Property(tries = 1000)
    void plannedDisbursementEndingBeforeStartIsRefusedAs_planned_disbursement_end_before_start(
            @ForAll("withPlannedDisbursementEndingBeforeStart") InvalidVariant<?> variant) {
        assertReportedAs(variant, "planned-disbursement.end-before-start");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withPlannedDisbursementEndingBeforeStart() {
        return Programmes.withPlannedDisbursementEndingBeforeStart().map(v -> v);
    }

    @Property(tries = 1000)
    void emptyLocationIsRefusedAs_location_empty(
            @ForAll("withEmptyLocation") InvalidVariant<?> variant) {
        assertReportedAs(variant, "location.empty");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withEmptyLocation() {
        return Programmes.withEmptyLocation().map(v -> v);
    }

    @Property(tries = 1000)
    void latitudeOffTheEarthIsRefusedAs_geo_point_latitude_range(
            @ForAll("withLatitudeOffTheEarth") InvalidVariant<?> variant) {
        assertReportedAs(variant, "geo-point.latitude-range");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withLatitudeOffTheEarth() {
        return Programmes.withLatitudeOffTheEarth().map(v -> v);
    }

    @Property(tries = 1000)
    void longitudeOffTheEarthIsRefusedAs_geo_point_longitude_range(
            @ForAll("withLongitudeOffTheEarth") InvalidVariant<?> variant) {
        assertReportedAs(variant, "geo-point.longitude-range");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withLongitudeOffTheEarth() {
        return Programmes.withLongitudeOffTheEarth().map(v -> v);
    }

    @Property(tries = 1000)
    void baselineYearOutOfRangeIsRefusedAs_indicator_baseline_year_range(
            @ForAll("withBaselineYearOutOfRange") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-baseline.year-range");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withBaselineYearOutOfRange() {
        return Programmes.withBaselineYearOutOfRange().map(v -> v);
    }

    @Property(tries = 1000)
    void baselineDatedInAnotherYearIsRefusedAs_indicator_baseline_date_year(
            @ForAll("withBaselineDatedInAnotherYear") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-baseline.date-year");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withBaselineDatedInAnotherYear() {
        return Programmes.withBaselineDatedInAnotherYear().map(v -> v);
    }

    @Property(tries = 1000)
    void indicatorPeriodEndingBeforeStartIsRefusedAs_indicator_period_end_before_start(
            @ForAll("withIndicatorPeriodEndingBeforeStart") InvalidVariant<?> variant) {
        assertReportedAs(variant, "indicator-period.end-before-start");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withIndicatorPeriodEndingBeforeStart() {
        return Programmes.withIndicatorPeriodEndingBeforeStart().map(v -> v);
    }

    @Property(tries = 1000)
    void baselineWithoutValueIsWarnedAs_result_indicator_baseline_without_value(
            @ForAll("withBaselineWithoutValue") InvalidVariant<?> variant) {
        assertReportedAs(variant, "result-indicator.baseline-without-value");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withBaselineWithoutValue() {
        return Programmes.withBaselineWithoutValue().map(v -> v);
    }

    @Property(tries = 1000)
    void commentWithoutValueIsWarnedAs_result_indicator_comment_without_value(
            @ForAll("withCommentWithoutValue") InvalidVariant<?> variant) {
        assertReportedAs(variant, "result-indicator.comment-without-value");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withCommentWithoutValue() {
        return Programmes.withCommentWithoutValue().map(v -> v);
    }

    @Property(tries = 1000)
    void qualitativeValueIsWarnedAs_result_indicator_qualitative_value(
            @ForAll("withQualitativeValue") InvalidVariant<?> variant) {
        assertReportedAs(variant, "result-indicator.qualitative-value");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withQualitativeValue() {
        return Programmes.withQualitativeValue().map(v -> v);
    }

    @Property(tries = 1000)
    void documentNotOnTheWebIsRefusedAs_document_link_url(
            @ForAll("withDocumentNotOnTheWeb") InvalidVariant<?> variant) {
        assertReportedAs(variant, "document-link.url");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withDocumentNotOnTheWeb() {
        return Programmes.withDocumentNotOnTheWeb().map(v -> v);
    }

    @Property(tries = 1000)
    void documentOfNoMediaTypeIsRefusedAs_document_link_format(
            @ForAll("withDocumentOfNoMediaType") InvalidVariant<?> variant) {
        assertReportedAs(variant, "document-link.format");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withDocumentOfNoMediaType() {
        return Programmes.withDocumentOfNoMediaType().map(v -> v);
    }

    @Property(tries = 1000)
    void relatedToNothingOrTwiceIsRefusedAs_related_activity_target(
            @ForAll("withRelatedToNothingOrTwice") InvalidVariant<?> variant) {
        assertReportedAs(variant, "related-activity.target");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withRelatedToNothingOrTwice() {
        return Programmes.withRelatedToNothingOrTwice().map(v -> v);
    }

    @Property(tries = 1000)
    void malformedIatiIdentifierIsRefusedAs_iati_identifier_format(
            @ForAll("withMalformedIatiIdentifier") InvalidVariant<?> variant) {
        assertReportedAs(variant, "iati-identifier.format");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withMalformedIatiIdentifier() {
        return Programmes.withMalformedIatiIdentifier().map(v -> v);
    }
}

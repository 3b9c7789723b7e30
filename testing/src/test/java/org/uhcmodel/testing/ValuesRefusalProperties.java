package org.uhcmodel.testing;

import static org.uhcmodel.testing.Refusals.assertReportedAs;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.uhcmodel.value.CountryCode;

/** Every invalid variant of {@link Values} is refused with exactly its rule code. */
@AtLeastThousandTries
class ValuesRefusalProperties {

    @Property(tries = 1000)
    void missingRequiredIsRefusedAs_required(@ForAll("withMissingRequired") InvalidVariant<?> variant) {
        assertReportedAs(variant, "required");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withMissingRequired() {
        return Values.withMissingRequired().map(v -> v);
    }

    @Property(tries = 1000)
    void blankTextIsRefusedAs_not_blank(@ForAll("withBlankText") InvalidVariant<?> variant) {
        assertReportedAs(variant, "not-blank");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withBlankText() {
        return Values.withBlankText().map(v -> v);
    }

    @Property(tries = 1000)
    void negativeCountIsRefusedAs_positive_or_zero(@ForAll("withNegativeCount") InvalidVariant<?> variant) {
        assertReportedAs(variant, "positive-or-zero");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withNegativeCount() {
        return Values.withNegativeCount().map(v -> v);
    }

    @Property(tries = 1000)
    void unknownCodeIsRefusedAs_unknown_code(@ForAll("withUnknownCode") InvalidVariant<?> variant) {
        assertReportedAs(variant, "unknown-code");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withUnknownCode() {
        return Values.withUnknownCode().map(v -> v);
    }

    @Property(tries = 1000)
    void malformedLanguageTagIsRefusedAs_language_tag_format(
            @ForAll("withMalformedLanguageTag") InvalidVariant<?> variant) {
        assertReportedAs(variant, "language-tag.format");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withMalformedLanguageTag() {
        return Values.withMalformedLanguageTag().map(v -> v);
    }

    @Property(tries = 1000)
    void noLanguageIsRefusedAs_localized_text_empty(@ForAll("withNoLanguage") InvalidVariant<?> variant) {
        assertReportedAs(variant, "localized-text.empty");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withNoLanguage() {
        return Values.withNoLanguage().map(v -> v);
    }

    @Property(tries = 1000)
    void malformedDateIsRefusedAs_partial_date_format(@ForAll("withMalformedDate") InvalidVariant<?> variant) {
        assertReportedAs(variant, "partial-date.format");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withMalformedDate() {
        return Values.withMalformedDate().map(v -> v);
    }

    @Property(tries = 1000)
    void yearOutOfRangeIsRefusedAs_partial_date_year_range(@ForAll("withYearOutOfRange") InvalidVariant<?> variant) {
        assertReportedAs(variant, "partial-date.year-range");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withYearOutOfRange() {
        return Values.withYearOutOfRange().map(v -> v);
    }

    @Property(tries = 1000)
    void monthOutOfRangeIsRefusedAs_partial_date_month_range(@ForAll("withMonthOutOfRange") InvalidVariant<?> variant) {
        assertReportedAs(variant, "partial-date.month-range");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withMonthOutOfRange() {
        return Values.withMonthOutOfRange().map(v -> v);
    }

    @Property(tries = 1000)
    void invalidDayIsRefusedAs_partial_date_invalid_day(@ForAll("withInvalidDay") InvalidVariant<?> variant) {
        assertReportedAs(variant, "partial-date.invalid-day");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withInvalidDay() {
        return Values.withInvalidDay().map(v -> v);
    }

    @Property(tries = 1000)
    void malformedCountryCodeIsRefusedAs_country_code_format(
            @ForAll("withMalformedCountryCode") InvalidVariant<?> variant) {
        assertReportedAs(variant, "country-code.format");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withMalformedCountryCode() {
        return Values.withMalformedCountryCode().map(v -> v);
    }

    /** Two letters: a finite space, generated at random here and checked whole by the example below. */
    @Property(tries = 1000, generation = GenerationMode.RANDOMIZED)
    void unassignedCountryCodeIsRefusedAs_country_code_unassigned(
            @ForAll("withUnassignedCountryCode") InvalidVariant<?> variant) {
        assertReportedAs(variant, "country-code.unassigned");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withUnassignedCountryCode() {
        return Values.withUnassignedCountryCode().map(v -> v);
    }

    @Example
    void everyUnassignedCountryCodeIsRefusedAs_country_code_unassigned() {
        Set<String> seen = new HashSet<>();
        for (InvalidVariant<?> variant : Values.withUnassignedCountryCode().exhaustive().orElseThrow()) {
            assertReportedAs(variant, "country-code.unassigned");
            seen.add(variant.description());
        }
        int unassigned = 26 * 26 - CountryCode.assignedCodes().size();
        Refusals.check(seen.size() == unassigned, seen.size() + " unassigned codes tried, " + unassigned + " exist");
    }

    @Property(tries = 1000)
    void malformedEntityIdIsRefusedAs_entity_id_format(@ForAll("withMalformedEntityId") InvalidVariant<?> variant) {
        assertReportedAs(variant, "entity-id.format");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withMalformedEntityId() {
        return Values.withMalformedEntityId().map(v -> v);
    }

    @Property(tries = 1000)
    void malformedIdentifierIsRefusedAs_identifier_format(
            @ForAll("withMalformedIdentifier") InvalidVariant<?> variant) {
        assertReportedAs(variant, "identifier.format");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withMalformedIdentifier() {
        return Values.withMalformedIdentifier().map(v -> v);
    }

    @Property(tries = 1000)
    void iatiIdentifierWithoutAgencyPrefixIsWarnedAs_identifier_iati_agency_prefix(
            @ForAll("withIatiIdentifierWithoutAgencyPrefix") InvalidVariant<?> variant) {
        assertReportedAs(variant, "identifier.iati-agency-prefix");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withIatiIdentifierWithoutAgencyPrefix() {
        return Values.withIatiIdentifierWithoutAgencyPrefix().map(v -> v);
    }

    @Property(tries = 1000)
    void iatiIdentifierWithReservedCharacterIsWarnedAs_identifier_iati_reserved_character(
            @ForAll("withIatiIdentifierWithReservedCharacter") InvalidVariant<?> variant) {
        assertReportedAs(variant, "identifier.iati-reserved-character");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withIatiIdentifierWithReservedCharacter() {
        return Values.withIatiIdentifierWithReservedCharacter().map(v -> v);
    }

    @Property(tries = 1000)
    void negativeMoneyIsRefusedAs_money_negative(@ForAll("withNegativeMoney") InvalidVariant<?> variant) {
        assertReportedAs(variant, "money.negative");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withNegativeMoney() {
        return Values.withNegativeMoney();
    }

    @Property(tries = 1000)
    void moneyTooPreciseIsRefusedAs_money_scale(@ForAll("withMoneyTooPrecise") InvalidVariant<?> variant) {
        assertReportedAs(variant, "money.scale");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withMoneyTooPrecise() {
        return Values.withMoneyTooPrecise().map(v -> v);
    }

    @Property(tries = 1000)
    void unknownCurrencyIsRefusedAs_money_currency(@ForAll("withUnknownCurrency") InvalidVariant<?> variant) {
        assertReportedAs(variant, "money.currency");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withUnknownCurrency() {
        return Values.withUnknownCurrency().map(v -> v);
    }

    @Property(tries = 1000)
    void malformedAmountIsRefusedAs_money_amount_format(@ForAll("withMalformedAmount") InvalidVariant<?> variant) {
        assertReportedAs(variant, "money.amount-format");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withMalformedAmount() {
        return Values.withMalformedAmount().map(v -> v);
    }

    @Property(tries = 1000)
    void percentageOutOfRangeIsRefusedAs_percentage_range(
            @ForAll("withPercentageOutOfRange") InvalidVariant<?> variant) {
        assertReportedAs(variant, "percentage.range");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withPercentageOutOfRange() {
        return Values.withPercentageOutOfRange().map(v -> v);
    }

    @Property(tries = 1000)
    void malformedPercentageIsRefusedAs_percentage_format(
            @ForAll("withMalformedPercentage") InvalidVariant<?> variant) {
        assertReportedAs(variant, "percentage.format");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withMalformedPercentage() {
        return Values.withMalformedPercentage().map(v -> v);
    }

    @Property(tries = 1000)
    void aDecimalWithTooManyDigitsIsRefusedAs_decimal_digits(@ForAll("withTooManyDigits") InvalidVariant<?> variant) {
        assertReportedAs(variant, "decimal.digits");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withTooManyDigits() {
        return Values.withTooManyDigits().map(v -> v);
    }

    @Property(tries = 1000)
    void emptyPeriodIsRefusedAs_period_empty(@ForAll("withEmptyPeriod") InvalidVariant<?> variant) {
        assertReportedAs(variant, "period.empty");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withEmptyPeriod() {
        return Values.withEmptyPeriod().map(v -> v);
    }

    @Property(tries = 1000)
    void periodEndingBeforeStartIsRefusedAs_period_end_before_start(
            @ForAll("withPeriodEndingBeforeStart") InvalidVariant<?> variant) {
        assertReportedAs(variant, "period.end-before-start");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withPeriodEndingBeforeStart() {
        return Values.withPeriodEndingBeforeStart().map(v -> v);
    }

    @Property(tries = 1000)
    void placeInParentOfOtherCountryIsRefusedAs_place_parent_country(
            @ForAll("withPlaceInParentOfOtherCountry") InvalidVariant<?> variant) {
        assertReportedAs(variant, "place.parent-country");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withPlaceInParentOfOtherCountry() {
        return Values.withPlaceInParentOfOtherCountry().map(v -> v);
    }

    @Property(tries = 1000)
    void statisticAsOfAndOverPeriodIsRefusedAs_statistic_as_of_and_period(
            @ForAll("withStatisticAsOfAndOverPeriod") InvalidVariant<?> variant) {
        assertReportedAs(variant, "statistic.as-of-and-period");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withStatisticAsOfAndOverPeriod() {
        return Values.withStatisticAsOfAndOverPeriod().map(v -> v);
    }

    @Property(tries = 1000)
    void targetWithoutMetricIsRefusedAs_objective_target_without_metric(
            @ForAll("withTargetWithoutMetric") InvalidVariant<?> variant) {
        assertReportedAs(variant, "objective.target-without-metric");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withTargetWithoutMetric() {
        return Values.withTargetWithoutMetric().map(v -> v);
    }

    @Property(tries = 1000)
    void targetAgainstDirectionIsWarnedAs_objective_target_against_direction(
            @ForAll("withTargetAgainstDirection") InvalidVariant<?> variant) {
        assertReportedAs(variant, "objective.target-against-direction");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withTargetAgainstDirection() {
        return Values.withTargetAgainstDirection().map(v -> v);
    }

    @Property(tries = 1000)
    void rankOutOfRangeIsRefusedAs_administrative_level_rank_range(
            @ForAll("withRankOutOfRange") InvalidVariant<?> variant) {
        assertReportedAs(variant, "administrative-level.rank-range");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withRankOutOfRange() {
        return Values.withRankOutOfRange().map(v -> v);
    }
}

package org.uhcmodel.testing;

import net.jqwik.api.Arbitrary;
import org.uhcmodel.testing.internal.ValueArbitraries;
import org.uhcmodel.value.AdministrativeLevel;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.CurrencyCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.Identifier;
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
 * Arbitraries of the shared values: texts, dates, periods, countries, ids, money, percentages, places, statistics and
 * objectives.
 * <p>
 * Valid arbitraries generate values that every builder accepts; the {@code with...} arbitraries generate
 * {@link InvalidVariant}s, inputs that break exactly one rule and must be refused with its code.
 */
public final class Values {

    private Values() {
    }

    /**
     * Language tags of the generated texts: fr, en, ar, ar-DZ, ru and be.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<String> languageTags() {
        return ValueArbitraries.languageTags();
    }

    /**
     * Non-blank texts in the script of a language: Latin, Arabic or Cyrillic.
     *
     * @param languageTag  one of the tags of {@link #languageTags()}, not null
     * @return the arbitrary, not null
     */
    public static Arbitrary<String> texts(String languageTag) {
        return ValueArbitraries.text(languageTag);
    }

    /**
     * Texts in one to three languages, Arabic and Cyrillic scripts included.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<LocalizedText> localizedTexts() {
        return ValueArbitraries.localizedTexts();
    }

    /**
     * Partial dates at every precision, from year 1 to 9999, leap days included.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<PartialDate> partialDates() {
        return ValueArbitraries.partialDates();
    }

    /**
     * Reported dates of every basis.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<ReportedDate> reportedDates() {
        return ValueArbitraries.reportedDates();
    }

    /**
     * Periods with a start, an end or both, never ending before they start.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Period> periods() {
        return ValueArbitraries.periods();
    }

    /**
     * Assigned ISO 3166-1 alpha-2 country codes, all of {@link CountryCode#assignedCodes()}.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<CountryCode> countryCodes() {
        return ValueArbitraries.countryCodes();
    }

    /**
     * Well-formed entity ids.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<EntityId> entityIds() {
        return ValueArbitraries.entityIds();
    }

    /**
     * Citations, with and without a locator.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Citation> citations() {
        return ValueArbitraries.citations();
    }

    /**
     * Identifiers of every scheme, each in the form its scheme requires.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Identifier> identifiers() {
        return ValueArbitraries.identifiers();
    }

    /**
     * Currencies with zero, two and three minor units.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<CurrencyCode> currencies() {
        return ValueArbitraries.currencies();
    }

    /**
     * Amounts of money, zero included, with no more decimal places than their currency allows.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Money> money() {
        return ValueArbitraries.money();
    }

    /**
     * Percentages from 0 to 100, both bounds included.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Percentage> percentages() {
        return ValueArbitraries.percentages();
    }

    /**
     * Statistics dated as of a date, over a period, or undated.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Statistic> statistics() {
        return ValueArbitraries.statistics();
    }

    /**
     * Administrative levels named in any language, some with their rank.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<AdministrativeLevel> administrativeLevels() {
        return ValueArbitraries.administrativeLevels();
    }

    /**
     * Administrative levels of a rank below 1 or above 9 (rule {@code administrative-level.rank-range}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<AdministrativeLevel>> withRankOutOfRange() {
        return InvalidVariants.forRule("administrative-level.rank-range", AdministrativeLevel.class);
    }

    /**
     * Places, some inside a parent place of the same country.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Place> places() {
        return ValueArbitraries.places();
    }

    /**
     * Objectives, with a metric whenever they give a baseline or target.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Objective> objectives() {
        return ValueArbitraries.objectives();
    }

    /**
     * Inputs leaving out a required attribute, across several types (rule {@code required}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<?>> withMissingRequired() {
        return InvalidVariants.forRule("required");
    }

    /**
     * Inputs giving a blank text where text is required, across several types (rule {@code not-blank}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<?>> withBlankText() {
        return InvalidVariants.forRule("not-blank");
    }

    /**
     * Inputs giving a negative count or value, across several types (rule {@code positive-or-zero}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<?>> withNegativeCount() {
        return InvalidVariants.forRule("positive-or-zero");
    }

    /**
     * Codes looked up in a vocabulary of the model that does not have them (rule {@code unknown-code}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<?>> withUnknownCode() {
        return InvalidVariants.forRule("unknown-code");
    }

    /**
     * Texts under a malformed or wrongly cased language tag (rule {@code language-tag.format}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<LocalizedText>> withMalformedLanguageTag() {
        return InvalidVariants.forRule("language-tag.format", LocalizedText.class);
    }

    /**
     * Texts in no language (rule {@code localized-text.empty}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<LocalizedText>> withNoLanguage() {
        return InvalidVariants.forRule("localized-text.empty", LocalizedText.class);
    }

    /**
     * Date texts not of the form yyyy, yyyy-MM or yyyy-MM-dd (rule {@code partial-date.format}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<PartialDate>> withMalformedDate() {
        return InvalidVariants.forRule("partial-date.format", PartialDate.class);
    }

    /**
     * Dates with a year outside 1..9999 (rule {@code partial-date.year-range}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<PartialDate>> withYearOutOfRange() {
        return InvalidVariants.forRule("partial-date.year-range", PartialDate.class);
    }

    /**
     * Dates with a month outside 1..12 (rule {@code partial-date.month-range}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<PartialDate>> withMonthOutOfRange() {
        return InvalidVariants.forRule("partial-date.month-range", PartialDate.class);
    }

    /**
     * Dates with a day not in the calendar, 29 February of common years included
     * (rule {@code partial-date.invalid-day}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<PartialDate>> withInvalidDay() {
        return InvalidVariants.forRule("partial-date.invalid-day", PartialDate.class);
    }

    /**
     * Country codes that are not two upper-case letters (rule {@code country-code.format}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<CountryCode>> withMalformedCountryCode() {
        return InvalidVariants.forRule("country-code.format", CountryCode.class);
    }

    /**
     * Two upper-case letters that are not an assigned country code (rule {@code country-code.unassigned}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<CountryCode>> withUnassignedCountryCode() {
        return InvalidVariants.forRule("country-code.unassigned", CountryCode.class);
    }

    /**
     * Entity ids that are not lower-case slugs of at most 100 characters (rule {@code entity-id.format}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<EntityId>> withMalformedEntityId() {
        return InvalidVariants.forRule("entity-id.format", EntityId.class);
    }

    /**
     * Identifiers not of the form their scheme requires (rule {@code identifier.format}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Identifier>> withMalformedIdentifier() {
        return InvalidVariants.forRule("identifier.format", Identifier.class);
    }

    /**
     * Negative amounts where money may not be negative: budgets, planned disbursements, copayments, ceilings and
     * premiums (rule {@code money.negative}, which {@code Money} declares and those types enforce; money itself may be
     * negative, as a reimbursement is).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<?>> withNegativeMoney() {
        return InvalidVariants.forRule("money.negative");
    }

    /**
     * IATI organisation identifiers without a registration-agency prefix, such as {@code 44000}, which the model
     * builds with the warning {@code identifier.iati-agency-prefix}.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Identifier>> withIatiIdentifierWithoutAgencyPrefix() {
        return InvalidVariants.forRule("identifier.iati-agency-prefix", Identifier.class);
    }

    /**
     * IATI organisation identifiers holding {@code /}, {@code &}, {@code |} or {@code ?}, which the model builds with
     * the warning {@code identifier.iati-reserved-character}.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Identifier>> withIatiIdentifierWithReservedCharacter() {
        return InvalidVariants.forRule("identifier.iati-reserved-character", Identifier.class);
    }

    /**
     * Amounts with more decimal places than their currency has minor units (rule {@code money.scale}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Money>> withMoneyTooPrecise() {
        return InvalidVariants.forRule("money.scale", Money.class);
    }

    /**
     * Amounts in a currency code that is not an ISO 4217 code (rule {@code money.currency}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Money>> withUnknownCurrency() {
        return InvalidVariants.forRule("money.currency", Money.class);
    }

    /**
     * Amount texts that are not decimal numbers (rule {@code money.amount-format}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Money>> withMalformedAmount() {
        return InvalidVariants.forRule("money.amount-format", Money.class);
    }

    /**
     * Percentages below 0 or above 100 (rule {@code percentage.range}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Percentage>> withPercentageOutOfRange() {
        return InvalidVariants.forRule("percentage.range", Percentage.class);
    }

    /**
     * Percentage texts that are not decimal numbers (rule {@code percentage.format}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Percentage>> withMalformedPercentage() {
        return InvalidVariants.forRule("percentage.format", Percentage.class);
    }

    /**
     * Decimals of more than 30 digits before the decimal point or 18 after it (rule {@code decimal.digits}), in money,
     * percentages, statistics, objectives and SDG indicator values.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<?>> withTooManyDigits() {
        return InvalidVariants.forRule("decimal.digits");
    }

    /**
     * Periods with neither start nor end (rule {@code period.empty}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Period>> withEmptyPeriod() {
        return InvalidVariants.forRule("period.empty", Period.class);
    }

    /**
     * Periods ending before they start (rule {@code period.end-before-start}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Period>> withPeriodEndingBeforeStart() {
        return InvalidVariants.forRule("period.end-before-start", Period.class);
    }

    /**
     * Places inside a parent place of another country (rule {@code place.parent-country}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Place>> withPlaceInParentOfOtherCountry() {
        return InvalidVariants.forRule("place.parent-country", Place.class);
    }

    /**
     * Statistics both as of a date and over a period (rule {@code statistic.as-of-and-period}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Statistic>> withStatisticAsOfAndOverPeriod() {
        return InvalidVariants.forRule("statistic.as-of-and-period", Statistic.class);
    }

    /**
     * Objectives with a baseline or target but no metric (rule {@code objective.target-without-metric}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Objective>> withTargetWithoutMetric() {
        return InvalidVariants.forRule("objective.target-without-metric", Objective.class);
    }

    /**
     * Objectives whose target lies on the wrong side of the baseline (rule {@code objective.target-against-direction}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Objective>> withTargetAgainstDirection() {
        return InvalidVariants.forRule("objective.target-against-direction", Objective.class);
    }
}

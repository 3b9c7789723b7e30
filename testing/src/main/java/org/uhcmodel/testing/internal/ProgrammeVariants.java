package org.uhcmodel.testing.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.uhcmodel.programme.ActivityDate;
import org.uhcmodel.programme.ActivityDateType;
import org.uhcmodel.programme.ActivityStatus;
import org.uhcmodel.programme.Budget;
import org.uhcmodel.programme.DacRegion;
import org.uhcmodel.programme.DocumentLink;
import org.uhcmodel.programme.GeoPoint;
import org.uhcmodel.programme.IatiIdentifier;
import org.uhcmodel.programme.IatiOrganisationRole;
import org.uhcmodel.programme.IndicatorBaseline;
import org.uhcmodel.programme.IndicatorMeasure;
import org.uhcmodel.programme.IndicatorPeriod;
import org.uhcmodel.programme.Location;
import org.uhcmodel.programme.PlannedDisbursement;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.programme.ProgrammeParticipant;
import org.uhcmodel.programme.ProgrammeSector;
import org.uhcmodel.programme.RecipientCountry;
import org.uhcmodel.programme.RecipientRegion;
import org.uhcmodel.programme.RelatedActivity;
import org.uhcmodel.programme.RelatedActivityType;
import org.uhcmodel.programme.ResultIndicator;
import org.uhcmodel.programme.Transaction;
import org.uhcmodel.programme.TransactionType;
import org.uhcmodel.testing.InvalidVariant;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.DacSector;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Percentage;

/**
 * Invalid variants of programmes and their parts, behind {@link org.uhcmodel.testing.Programmes}: for each rule, a
 * valid generated value changed so that it breaks that rule and no other.
 */
public final class ProgrammeVariants {

    private ProgrammeVariants() {
    }

    static void register(Catalogue.Registry r) {
        r.add("programme.duplicate-participant", Programme.class, ProgrammeVariants::duplicateParticipant);
        r.add("programme.related-to-itself", Programme.class, ProgrammeVariants::relatedToItself);
        r.add("programme.closed-without-end", Programme.class, ProgrammeVariants::closedWithoutEnd);
        r.add("programme.duplicate-date", Programme.class, ProgrammeVariants::duplicateDate);
        r.add("programme.dates-order", Programme.class, ProgrammeVariants::datesOutOfOrder);
        r.add("programme.duplicate-recipient", Programme.class, ProgrammeVariants::duplicateRecipient);
        r.add("programme.recipient-percentage-sum", Programme.class, ProgrammeVariants::recipientSharesOff);
        r.add("programme.recipient-percentage-missing", Programme.class, ProgrammeVariants::recipientShareMissing);
        r.add("programme.duplicate-sector", Programme.class, ProgrammeVariants::duplicateSector);
        r.add("programme.sector-percentage-sum", Programme.class, ProgrammeVariants::sectorSharesOff);
        r.add("programme.sector-percentage-missing", Programme.class, ProgrammeVariants::sectorShareMissing);
        r.add("programme.incoming-provider-role", Programme.class, ProgrammeVariants::incomingFromNonFunder);
        r.add("programme.outgoing-receiver-role", Programme.class, ProgrammeVariants::outgoingToFunder);
        r.add("transaction.provider-is-receiver", Transaction.class, ProgrammeVariants::providerIsReceiver);
        r.add("budget.end-before-start", Budget.class, ProgrammeVariants::budgetEndingBeforeStart);
        r.add("budget.longer-than-a-year", Budget.class, ProgrammeVariants::budgetOverAYear);
        r.add("money.negative", Budget.class, ProgrammeVariants::negativeBudget);
        r.add("money.negative", PlannedDisbursement.class, ProgrammeVariants::negativePlannedDisbursement);
        r.add("planned-disbursement.end-before-start", PlannedDisbursement.class,
            ProgrammeVariants::plannedDisbursementEndingBeforeStart);
        r.add("location.empty", Location.class, ProgrammeVariants::emptyLocation);
        r.add("geo-point.latitude-range", GeoPoint.class, ProgrammeVariants::latitudeOffTheEarth);
        r.add("geo-point.longitude-range", GeoPoint.class, ProgrammeVariants::longitudeOffTheEarth);
        r.add("indicator-baseline.year-range", IndicatorBaseline.class, ProgrammeVariants::baselineYearOutOfRange);
        r.add("indicator-baseline.date-year", IndicatorBaseline.class, ProgrammeVariants::baselineDatedInAnotherYear);
        r.add("indicator-period.end-before-start", IndicatorPeriod.class,
            ProgrammeVariants::indicatorPeriodEndingBeforeStart);
        r.add("result-indicator.baseline-without-value", ResultIndicator.class,
            ProgrammeVariants::baselineWithoutValue);
        r.add("result-indicator.comment-without-value", ResultIndicator.class,
            ProgrammeVariants::commentWithoutValue);
        r.add("result-indicator.qualitative-value", ResultIndicator.class, ProgrammeVariants::qualitativeValue);
        r.add("document-link.url", DocumentLink.class, ProgrammeVariants::documentNotOnTheWeb);
        r.add("document-link.format", DocumentLink.class, ProgrammeVariants::documentOfNoMediaType);
        r.add("language-tag.format", DocumentLink.class, ProgrammeVariants::documentInMalformedLanguage);
        r.add("related-activity.target", RelatedActivity.class, ProgrammeVariants::relatedToNothingOrTwice);
        r.add("iati-identifier.format", IatiIdentifier.class, ProgrammeVariants::malformedIatiIdentifier);
    }

    private static Arbitrary<Programme> programmes() {
        return EntityArbitraries.alone(EntityArbitraries.programmes());
    }

    /** A programme without the parts a variant replaces, so that only the rule of the variant is broken. */
    private static Programme.Builder bare(Programme p) {
        return Programme.builder().id(p.id()).name(p.name()).kind(p.kind());
    }

    /** @return programmes listing the same participant twice */
    public static Arbitrary<InvalidVariant<Programme>> duplicateParticipant() {
        return Combinators.combine(programmes(), EntityArbitraries.participants())
            .as((p, participant) -> {
                List<ProgrammeParticipant> all = new ArrayList<>(p.participants());
                if (!all.contains(participant)) {
                    all.add(participant);
                }
                all.add(participant);
                return InvalidVariant.ofBuilder(Programme.class, "programme.duplicate-participant", "programme "
                    + p.id() + " listing " + participant.organization() + " twice as " + participant.role().code(),
                    () -> Programme.builder().from(p).participants(all));
            });
    }

    /** @return programmes related to themselves */
    public static Arbitrary<InvalidVariant<Programme>> relatedToItself() {
        return Combinators.combine(programmes(), Arbitraries.of(RelatedActivityType.class))
            .as((p, type) -> InvalidVariant.ofBuilder(Programme.class, "programme.related-to-itself",
                "programme " + p.id() + " related to itself as " + type.code(),
                () -> Programme.builder().from(p).addRelatedActivity(RelatedActivity.of(type, p.id()))));
    }

    /** @return closed programmes with a start and no actual end, a warning */
    public static Arbitrary<InvalidVariant<Programme>> closedWithoutEnd() {
        return Combinators.combine(programmes(), ValueArbitraries.partialDates(),
                Arbitraries.of(ActivityDateType.PLANNED_START, ActivityDateType.ACTUAL_START))
            .as((p, start, type) -> InvalidVariant.ofBuilder(Programme.class, "programme.closed-without-end",
                "closed programme " + p.id() + " with a " + type.label() + " of " + start,
                () -> Programme.builder().from(p).status(ActivityStatus.CLOSED)
                    .dates(List.of(ActivityDate.of(type, start)))));
    }

    /** @return programmes with two dates of one type */
    public static Arbitrary<InvalidVariant<Programme>> duplicateDate() {
        return Combinators.combine(programmes(), Arbitraries.of(ActivityDateType.PLANNED_START,
                ActivityDateType.ACTUAL_START), ValueArbitraries.partialDates())
            .as((p, type, date) -> InvalidVariant.ofBuilder(Programme.class, "programme.duplicate-date",
                "programme " + p.id() + " with two dates of type " + type.code(),
                () -> Programme.builder().from(p).status(ActivityStatus.PIPELINE)
                    .dates(List.of(ActivityDate.of(type, date), ActivityDate.of(type, date)))));
    }

    /** @return programmes whose planned or actual end lies before the start of the same kind */
    public static Arbitrary<InvalidVariant<Programme>> datesOutOfOrder() {
        return Combinators.combine(programmes(), Arbitraries.integers().between(2, 9999),
                Arbitraries.integers().between(1, 50), Arbitraries.of(true, false))
            .as((p, year, back, planned) -> {
                PartialDate start = PartialDate.of(year);
                PartialDate end = PartialDate.of(Math.max(1, year - back));
                ActivityDateType startType = planned ? ActivityDateType.PLANNED_START : ActivityDateType.ACTUAL_START;
                ActivityDateType endType = planned ? ActivityDateType.PLANNED_END : ActivityDateType.ACTUAL_END;
                return InvalidVariant.ofBuilder(Programme.class, "programme.dates-order", "programme " + p.id()
                        + " starting in " + start + " and ending in " + end,
                    () -> Programme.builder().from(p).status(ActivityStatus.IMPLEMENTATION)
                        .dates(List.of(ActivityDate.of(startType, start), ActivityDate.of(endType, end))));
            });
    }

    /** @return programmes naming a recipient country or region twice, with shares that add up */
    public static Arbitrary<InvalidVariant<Programme>> duplicateRecipient() {
        return Combinators.combine(programmes(), ValueArbitraries.countryCodes(), Arbitraries.of(DacRegion.class),
                Arbitraries.of(true, false))
            .as((p, country, region, countries) -> InvalidVariant.ofBuilder(Programme.class,
                "programme.duplicate-recipient", "programme " + p.id() + " naming "
                    + (countries ? country : region.code()) + " twice",
                () -> countries
                    ? bare(p).recipientCountries(List.of(RecipientCountry.of(country, Percentage.of(50)),
                        RecipientCountry.of(country, Percentage.of(50))))
                    : bare(p).recipientRegions(List.of(RecipientRegion.of(region, Percentage.of(50)),
                        RecipientRegion.of(region, Percentage.of(50))))));
    }

    /** @return programmes whose recipients' shares add up to another total than 100 */
    public static Arbitrary<InvalidVariant<Programme>> recipientSharesOff() {
        return Combinators.combine(programmes(), ValueArbitraries.countryCodes(), Arbitraries.of(DacRegion.class),
                Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 3))
            .as((p, country, region, share, shape) -> InvalidVariant.ofBuilder(Programme.class,
                "programme.recipient-percentage-sum", "programme " + p.id() + " with recipients' shares off 100",
                () -> {
                    Programme.Builder b = bare(p);
                    switch (shape) {
                        case 0:
                            return b.addRecipientCountry(RecipientCountry.of(country, Percentage.of(share)));
                        case 1:
                            return b.addRecipientRegion(RecipientRegion.of(region, Percentage.of(share)));
                        case 2:
                            return b.addRecipientCountry(RecipientCountry.of(country, Percentage.of(share)))
                                .addRecipientRegion(RecipientRegion.of(region, Percentage.of(100 - share - 1)));
                        default:
                            return b.addRecipientCountry(RecipientCountry.of(country))
                                .addRecipientRegion(RecipientRegion.of(region, Percentage.of(100)))
                                .addRecipientRegion(RecipientRegion.of(otherRegion(region), Percentage.of(share + 1)));
                    }
                }));
    }

    private static DacRegion otherRegion(DacRegion region) {
        return region == DacRegion.AFRICA ? DacRegion.ASIA : DacRegion.AFRICA;
    }

    /** @return programmes with several recipients, one without its share, a warning */
    public static Arbitrary<InvalidVariant<Programme>> recipientShareMissing() {
        return Combinators.combine(programmes(), ValueArbitraries.countryCodes(), Arbitraries.of(DacRegion.class),
                Arbitraries.integers().between(0, 100))
            .as((p, country, region, share) -> InvalidVariant.ofBuilder(Programme.class,
                "programme.recipient-percentage-missing", "programme " + p.id() + " with " + country
                    + " without its share", () -> bare(p).addRecipientCountry(RecipientCountry.of(country))
                    .addRecipientRegion(RecipientRegion.of(region, Percentage.of(share)))));
    }

    /** @return programmes naming a sector twice, with shares that add up */
    public static Arbitrary<InvalidVariant<Programme>> duplicateSector() {
        return Combinators.combine(programmes(), Arbitraries.of(DacSector.class))
            .as((p, sector) -> InvalidVariant.ofBuilder(Programme.class, "programme.duplicate-sector",
                "programme " + p.id() + " naming sector " + sector.code() + " twice",
                () -> bare(p).sectors(List.of(ProgrammeSector.of(sector, Percentage.of(40)),
                    ProgrammeSector.of(sector, Percentage.of(60))))));
    }

    /** @return programmes whose sectors' shares add up to another total than 100 */
    public static Arbitrary<InvalidVariant<Programme>> sectorSharesOff() {
        return Combinators.combine(programmes(), Arbitraries.of(DacSector.class).set().ofMinSize(2).ofMaxSize(2),
                Arbitraries.integers().between(0, 98), Arbitraries.of(true, false))
            .as((p, sectors, share, one) -> {
                List<DacSector> two = new ArrayList<>(sectors);
                return InvalidVariant.ofBuilder(Programme.class, "programme.sector-percentage-sum",
                    "programme " + p.id() + " with sectors' shares off 100", () -> one
                        ? bare(p).addSector(ProgrammeSector.of(two.get(0), Percentage.of(share)))
                        : bare(p).addSector(ProgrammeSector.of(two.get(0), Percentage.of(share)))
                            .addSector(ProgrammeSector.of(two.get(1), Percentage.of(100 - share - 1))));
            });
    }

    /** @return programmes with several sectors, one without its share, a warning */
    public static Arbitrary<InvalidVariant<Programme>> sectorShareMissing() {
        return Combinators.combine(programmes(), Arbitraries.of(DacSector.class).set().ofMinSize(2).ofMaxSize(2),
                Arbitraries.integers().between(0, 100))
            .as((p, sectors, share) -> {
                List<DacSector> two = new ArrayList<>(sectors);
                return InvalidVariant.ofBuilder(Programme.class, "programme.sector-percentage-missing",
                    "programme " + p.id() + " with sector " + two.get(1).code() + " without its share",
                    () -> bare(p).addSector(ProgrammeSector.of(two.get(0), Percentage.of(share)))
                        .addSector(ProgrammeSector.of(two.get(1))));
            });
    }

    private static Transaction.Builder transaction(TransactionType type, Money value, PartialDate date) {
        return Transaction.builder().type(type).date(date).value(value).valueDate(date);
    }

    /** @return programmes receiving money from an organisation that does not fund them, a warning */
    public static Arbitrary<InvalidVariant<Programme>> incomingFromNonFunder() {
        return Combinators.combine(programmes(), ValueArbitraries.entityIds(), Arbitraries.of(
                TransactionType.INCOMING_FUNDS, TransactionType.INCOMING_COMMITMENT, TransactionType.INCOMING_PLEDGE),
                ValueArbitraries.money(), ValueArbitraries.partialDates())
            .as((p, organization, type, value, date) -> InvalidVariant.ofBuilder(Programme.class,
                "programme.incoming-provider-role", "programme " + p.id() + " receiving " + type.label()
                    + " from " + organization + ", which does not fund it",
                () -> bare(p).addParticipant(ProgrammeParticipant.of(organization, IatiOrganisationRole.EXTENDING))
                    .addTransaction(transaction(type, value, date).provider(organization).build())));
    }

    /** @return programmes committing or disbursing money to their funder alone, a warning */
    public static Arbitrary<InvalidVariant<Programme>> outgoingToFunder() {
        return Combinators.combine(programmes(), ValueArbitraries.entityIds(), Arbitraries.of(
                TransactionType.OUTGOING_COMMITMENT, TransactionType.DISBURSEMENT, TransactionType.OUTGOING_PLEDGE),
                ValueArbitraries.money(), ValueArbitraries.partialDates())
            .as((p, funder, type, value, date) -> InvalidVariant.ofBuilder(Programme.class,
                "programme.outgoing-receiver-role", "programme " + p.id() + " with a " + type.label() + " to "
                    + funder + ", its funder",
                () -> bare(p).addParticipant(ProgrammeParticipant.of(funder, IatiOrganisationRole.FUNDING))
                    .addTransaction(transaction(type, value, date).receiver(funder).build())));
    }

    /** @return transactions from an organisation to itself, a warning */
    public static Arbitrary<InvalidVariant<Transaction>> providerIsReceiver() {
        return Combinators.combine(ProgrammeArbitraries.transactions(), ValueArbitraries.entityIds())
            .as((t, organization) -> InvalidVariant.ofBuilder(Transaction.class, "transaction.provider-is-receiver",
                "a " + t.type().label() + " from " + organization + " to itself",
                () -> Transaction.builder().from(t).provider(organization).receiver(organization)));
    }

    /** @return budgets ending before they start */
    public static Arbitrary<InvalidVariant<Budget>> budgetEndingBeforeStart() {
        return Combinators.combine(ProgrammeArbitraries.budgets(), Arbitraries.integers().between(2, 9999),
                Arbitraries.integers().between(1, 30))
            .as((b, year, back) -> InvalidVariant.ofBuilder(Budget.class, "budget.end-before-start",
                "a budget from " + year + " to " + Math.max(1, year - back),
                () -> Budget.builder().from(b).start(PartialDate.of(year)).end(PartialDate.of(Math.max(1, year - back)))
                    .valueDate(PartialDate.of(year))));
    }

    /** @return budgets over more than a year, as a project's whole budget is, a warning */
    public static Arbitrary<InvalidVariant<Budget>> budgetOverAYear() {
        return Combinators.combine(ProgrammeArbitraries.budgets(), Arbitraries.integers().between(1, 9990),
                Arbitraries.integers().between(1, 8))
            .as((b, year, years) -> InvalidVariant.ofBuilder(Budget.class, "budget.longer-than-a-year",
                "a budget from " + year + " to " + (year + years),
                () -> Budget.builder().from(b).start(PartialDate.of(year)).end(PartialDate.of(year + years))));
    }

    private static Money negative(Money money, int cents) {
        BigDecimal amount = money.amount().negate().subtract(BigDecimal.valueOf(cents));
        return Money.of(amount.setScale(money.amount().scale()), money.currency());
    }

    /** @return negative budgets */
    public static Arbitrary<InvalidVariant<Budget>> negativeBudget() {
        return Combinators.combine(ProgrammeArbitraries.budgets(), Arbitraries.integers().between(1, 1_000_000))
            .as((b, n) -> {
                Money value = negative(b.value(), n);
                return InvalidVariant.ofBuilder(Budget.class, "money.negative", "a budget of " + value,
                    () -> Budget.builder().from(b).value(value));
            });
    }

    /** @return negative planned disbursements */
    public static Arbitrary<InvalidVariant<PlannedDisbursement>> negativePlannedDisbursement() {
        return Combinators.combine(ProgrammeArbitraries.plannedDisbursements(),
                Arbitraries.integers().between(1, 1_000_000))
            .as((d, n) -> {
                Money value = negative(d.value(), n);
                return InvalidVariant.ofBuilder(PlannedDisbursement.class, "money.negative",
                    "a planned disbursement of " + value, () -> PlannedDisbursement.builder().from(d).value(value));
            });
    }

    /** @return planned disbursements ending before they start */
    public static Arbitrary<InvalidVariant<PlannedDisbursement>> plannedDisbursementEndingBeforeStart() {
        return Combinators.combine(ProgrammeArbitraries.plannedDisbursements(), Arbitraries.integers().between(2,
                9999), Arbitraries.integers().between(1, 30))
            .as((d, year, back) -> InvalidVariant.ofBuilder(PlannedDisbursement.class,
                "planned-disbursement.end-before-start", "a planned disbursement from " + year + " to "
                    + Math.max(1, year - back),
                () -> PlannedDisbursement.builder().from(d).start(PartialDate.of(year))
                    .end(PartialDate.of(Math.max(1, year - back)))));
    }

    /** @return locations with neither reference, name, administrative area nor point */
    public static Arbitrary<InvalidVariant<Location>> emptyLocation() {
        return ProgrammeArbitraries.locations().map(l -> InvalidVariant.ofBuilder(Location.class, "location.empty",
            "a location with only its description, reach or exactness", () -> {
                Location.Builder b = Location.builder();
                l.description().ifPresent(b::description);
                l.reach().ifPresent(b::reach);
                l.exactness().ifPresent(b::exactness);
                return b;
            }));
    }

    /** @return points beyond a pole */
    public static Arbitrary<InvalidVariant<GeoPoint>> latitudeOffTheEarth() {
        return Combinators.combine(ProgrammeArbitraries.points(), Arbitraries.bigDecimals().between(
                new BigDecimal("90.00001"), new BigDecimal("1000")).ofScale(5), Arbitraries.of(true, false))
            .as((p, beyond, north) -> {
                BigDecimal latitude = north ? beyond : beyond.negate();
                return InvalidVariant.ofBuilder(GeoPoint.class, "geo-point.latitude-range", "latitude " + latitude,
                    () -> GeoPoint.builder().from(p).latitude(latitude));
            });
    }

    /** @return points beyond the date line */
    public static Arbitrary<InvalidVariant<GeoPoint>> longitudeOffTheEarth() {
        return Combinators.combine(ProgrammeArbitraries.points(), Arbitraries.bigDecimals().between(
                new BigDecimal("180.0001"), new BigDecimal("1000")).ofScale(4), Arbitraries.of(true, false))
            .as((p, beyond, east) -> {
                BigDecimal longitude = east ? beyond : beyond.negate();
                return InvalidVariant.ofBuilder(GeoPoint.class, "geo-point.longitude-range",
                    "longitude " + longitude, () -> GeoPoint.builder().from(p).longitude(longitude));
            });
    }

    /** @return baselines of year 0 or after 9999, undated */
    public static Arbitrary<InvalidVariant<IndicatorBaseline>> baselineYearOutOfRange() {
        return Combinators.combine(ProgrammeArbitraries.baselines(), Arbitraries.oneOf(
                Arbitraries.integers().between(-100, 0), Arbitraries.integers().between(10000, 20000)))
            .as((b, year) -> InvalidVariant.ofBuilder(IndicatorBaseline.class, "indicator-baseline.year-range",
                "a baseline of year " + year, () -> {
                    IndicatorBaseline.Builder builder = IndicatorBaseline.builder().year(year);
                    b.value().ifPresent(builder::value);
                    b.comment().ifPresent(builder::comment);
                    return builder;
                }));
    }

    /** @return baselines dated in another year than theirs */
    public static Arbitrary<InvalidVariant<IndicatorBaseline>> baselineDatedInAnotherYear() {
        return Combinators.combine(ProgrammeArbitraries.baselines(), ValueArbitraries.partialDates(),
                Arbitraries.integers().between(1, 50))
            .as((b, date, shift) -> {
                int year = date.year() > 5000 ? date.year() - shift : date.year() + shift;
                return InvalidVariant.ofBuilder(IndicatorBaseline.class, "indicator-baseline.date-year",
                    "a baseline of " + year + " dated " + date,
                    () -> IndicatorBaseline.builder().from(b).year(year).date(date));
            });
    }

    /** @return indicator periods ending before they start */
    public static Arbitrary<InvalidVariant<IndicatorPeriod>> indicatorPeriodEndingBeforeStart() {
        return Combinators.combine(ProgrammeArbitraries.indicatorPeriods(), Arbitraries.integers().between(2, 9999),
                Arbitraries.integers().between(1, 30))
            .as((p, year, back) -> InvalidVariant.ofBuilder(IndicatorPeriod.class,
                "indicator-period.end-before-start", "an indicator period from " + year + " to "
                    + Math.max(1, year - back),
                () -> IndicatorPeriod.builder().from(p).start(PartialDate.of(year))
                    .end(PartialDate.of(Math.max(1, year - back)))));
    }

    private static Arbitrary<IndicatorMeasure> quantitative() {
        return Arbitraries.of(IndicatorMeasure.UNIT, IndicatorMeasure.PERCENTAGE, IndicatorMeasure.NOMINAL,
            IndicatorMeasure.ORDINAL);
    }

    /** An indicator of a measure with the given baseline and periods alone. */
    private static ResultIndicator.Builder indicator(ResultIndicator i, IndicatorMeasure measure) {
        return ResultIndicator.builder().measure(measure).title(i.title()).sdgIndicators(i.sdgIndicators());
    }

    /** @return quantitative indicators whose baseline has no value, a warning */
    public static Arbitrary<InvalidVariant<ResultIndicator>> baselineWithoutValue() {
        return Combinators.combine(ProgrammeArbitraries.indicators(), quantitative(),
                Arbitraries.integers().between(1, 9999))
            .as((i, measure, year) -> InvalidVariant.ofBuilder(ResultIndicator.class,
                "result-indicator.baseline-without-value", "a " + measure.label() + " indicator with a baseline of "
                    + year + " and no value",
                () -> indicator(i, measure).baseline(IndicatorBaseline.builder().year(year).build())));
    }

    /** @return quantitative indicators with a target or an actual in words alone, a warning */
    public static Arbitrary<InvalidVariant<ResultIndicator>> commentWithoutValue() {
        return Combinators.combine(ProgrammeArbitraries.indicators(), quantitative(),
                ValueArbitraries.localizedTexts(), ValueArbitraries.partialDates(), Arbitraries.of(true, false))
            .as((i, measure, words, date, target) -> InvalidVariant.ofBuilder(ResultIndicator.class,
                "result-indicator.comment-without-value", "a " + measure.label() + " indicator with "
                    + (target ? "a target" : "an actual") + " in words alone",
                () -> {
                    IndicatorPeriod.Builder period = IndicatorPeriod.builder().start(date).end(date);
                    if (target) {
                        period.targetComment(words);
                    } else {
                        period.actualComment(words);
                    }
                    return indicator(i, measure).addPeriod(period.build());
                }));
    }

    /** @return qualitative indicators with a value, a warning */
    public static Arbitrary<InvalidVariant<ResultIndicator>> qualitativeValue() {
        return Combinators.combine(ProgrammeArbitraries.indicators(), Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal(1000)).ofScale(1), ValueArbitraries.partialDates(),
                Arbitraries.integers().between(0, 2))
            .as((i, value, date, where) -> InvalidVariant.ofBuilder(ResultIndicator.class,
                "result-indicator.qualitative-value", "a qualitative indicator valued " + value,
                () -> {
                    ResultIndicator.Builder b = indicator(i, IndicatorMeasure.QUALITATIVE);
                    if (where == 0) {
                        return b.baseline(IndicatorBaseline.of(date.year(), value));
                    }
                    IndicatorPeriod.Builder period = IndicatorPeriod.builder().start(date).end(date);
                    return b.addPeriod((where == 1 ? period.target(value) : period.actual(value)).build());
                }));
    }

    /** @return documents at addresses that are not http or https addresses with a host */
    public static Arbitrary<InvalidVariant<DocumentLink>> documentNotOnTheWeb() {
        return Combinators.combine(ProgrammeArbitraries.documentLinks(), Arbitraries.of("ftp://example.org/a.pdf",
                "mailto:sante@example.org", "/documents/rapport.pdf", "file:///tmp/x.pdf", "https:///sans-hote",
                "urn:isbn:9789240080379"))
            .as((l, url) -> InvalidVariant.ofBuilder(DocumentLink.class, "document-link.url", "a document at " + url,
                () -> DocumentLink.builder().from(l).url(URI.create(url))));
    }

    /** @return documents whose format is no media type */
    public static Arbitrary<InvalidVariant<DocumentLink>> documentOfNoMediaType() {
        return Combinators.combine(ProgrammeArbitraries.documentLinks(), Arbitraries.of("pdf", "PDF", "application/",
                "/pdf", "text html", "application/pdf; charset=utf-8", "", "application/pdf/x", "-a/b"))
            .as((l, format) -> InvalidVariant.ofBuilder(DocumentLink.class, "document-link.format",
                "a document of format '" + format + "'", () -> DocumentLink.builder().from(l).format(format)));
    }

    /** @return documents in a language that is no language tag */
    public static Arbitrary<InvalidVariant<DocumentLink>> documentInMalformedLanguage() {
        return Combinators.combine(ProgrammeArbitraries.documentLinks(), Arbitraries.of("French", "fr_FR", "f",
                "français", "EN-", "123"))
            .as((l, language) -> InvalidVariant.ofBuilder(DocumentLink.class, "language-tag.format",
                "a document in '" + language + "'", () -> DocumentLink.builder().from(l).languages(List.of(language))));
    }

    /** @return related activities naming neither a programme nor an IATI identifier, or both */
    public static Arbitrary<InvalidVariant<RelatedActivity>> relatedToNothingOrTwice() {
        return Combinators.combine(Arbitraries.of(RelatedActivityType.class), ValueArbitraries.entityIds(),
                ProgrammeArbitraries.iatiIdentifiers(), Arbitraries.of(true, false))
            .as((type, programme, iati, both) -> InvalidVariant.ofBuilder(RelatedActivity.class,
                "related-activity.target", both ? "a related activity both " + programme + " and " + iati
                    : "a related activity of type " + type.code() + " naming nothing",
                () -> both ? RelatedActivity.builder().type(type).programme(programme).iatiIdentifier(iati)
                    : RelatedActivity.builder().type(type)));
    }

    /** @return IATI identifiers with whitespace, a line break or an invisible character, or empty */
    public static Arbitrary<InvalidVariant<IatiIdentifier>> malformedIatiIdentifier() {
        return Combinators.combine(ProgrammeArbitraries.iatiIdentifiers(), Arbitraries.of(" ", "\t", "\n", "\r",
                "\u00A0", "\u200B", "\uFEFF", "\u2028", "\u3000"), Arbitraries.integers().between(0, 40),
                Arbitraries.of(true, false))
            .as((valid, character, at, empty) -> {
                String text = valid.toString();
                int i = at % (text.length() + 1);
                String value = empty ? "" : text.substring(0, i) + character + text.substring(i);
                return InvalidVariant.of(IatiIdentifier.class, "iati-identifier.format",
                    "IATI identifier '" + value + "'", () -> IatiIdentifier.of(value));
            });
    }
}

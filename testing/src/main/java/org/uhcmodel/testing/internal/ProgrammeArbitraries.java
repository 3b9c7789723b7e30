package org.uhcmodel.testing.internal;

import static org.uhcmodel.testing.internal.Recipe.resolve;
import static org.uhcmodel.testing.internal.Recipe.set;
import static org.uhcmodel.testing.internal.Recipe.setIfPresent;
import static org.uhcmodel.testing.internal.ValueArbitraries.citationDrafts;
import static org.uhcmodel.testing.internal.ValueArbitraries.enumSets;
import static org.uhcmodel.testing.internal.ValueArbitraries.localizedTexts;
import static org.uhcmodel.testing.internal.ValueArbitraries.partialDates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.uhcmodel.meta.Property;
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
import org.uhcmodel.sdg.SdgIndicators;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.DacSector;
import org.uhcmodel.value.Direction;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Percentage;
import org.uhcmodel.value.Statistic;

/**
 * Arbitraries of programmes at the grade of IATI activities, and of their parts, valid by construction and without
 * warnings: shares of recipients and sectors that add up to 100 (or a single one, with no share or 100), ends that
 * do not come before their starts, an actual end for a closed programme with dates, budgets of a year at most,
 * indicators whose values fit their measure, transactions whose organisations' roles fit their type.
 * <p>
 * Not part of the public API: use {@link org.uhcmodel.testing.Programmes}.
 */
public final class ProgrammeArbitraries {

    private static final Property<?> PARTICIPANT = Meta.property(ProgrammeParticipant.class, "organization");
    private static final Property<?> REPORTING = Meta.property(Programme.class, "reportingOrganization");
    private static final Property<?> OWNER = Meta.property(OtherIdentifier.class, "owner");
    private static final Property<?> PROVIDER = Meta.property(Transaction.class, "provider");
    private static final Property<?> RELATED = Meta.property(RelatedActivity.class, "programme");
    private static final Property<?> CITATION_SOURCE = Meta.property(Citation.class, "source");
    private static final List<String> MEDIA_TYPES = List.of("application/pdf", "text/html", "application/msword",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "image/png", "text/csv");

    /** The arbitraries of shares of up to five parts, made once: a flat map asks for one at every try. */
    private static final List<Arbitrary<List<Optional<Percentage>>>> SHARES = List.of(sharesOf(0), sharesOf(1),
        sharesOf(2), sharesOf(3), sharesOf(4), sharesOf(5));

    private ProgrammeArbitraries() {
    }

    // ---- identifiers

    /** @return IATI identifiers, as publishers write them and as real data has them */
    public static Arbitrary<IatiIdentifier> iatiIdentifiers() {
        Arbitrary<String> prefixes = Arbitraries.of("XM-DAC-41114", "BE-BCE_KBO-0264814354", "44000",
            "XI-IATI-EC_INTPA", "DAC-1601", "GB-GOV-1", "FR-RCS-123456789");
        Arbitrary<String> codes = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9')
            .withChars('_', '.', '/', 'é').ofMinLength(1).ofMaxLength(12);
        return Combinators.combine(prefixes, codes, Arbitraries.integers().between(0, 4))
            .as((p, c, form) -> IatiIdentifier.of(form == 0 ? c : p + "-" + c));
    }

    /** @return other identifiers of every type, some naming their owner */
    public static Arbitrary<OtherIdentifier> otherIdentifiers() {
        return Combinators.combine(Arbitraries.of(OtherIdentifierType.class), iatiIdentifiers(),
                ValueArbitraries.entityIds().optional(0.5))
            .as((type, value, owner) -> {
                OtherIdentifier.Builder b = OtherIdentifier.builder().type(type).value(value);
                owner.ifPresent(b::owner);
                return b.build();
            });
    }

    /** A value present with the given probability, always when it is 1. */
    private static <T> Arbitrary<Optional<T>> present(Arbitrary<T> values, double probability) {
        return probability >= 1 ? values.map(Optional::of) : values.optional(probability);
    }

    // ---- dates

    /** @return an end that never comes before the start: the same date, or a later year */
    private static Arbitrary<PartialDate[]> spans() {
        return Combinators.combine(partialDates(), Arbitraries.integers().between(0, 6),
                Arbitraries.of(true, false))
            .as((start, years, same) -> new PartialDate[] {start,
                same ? start : PartialDate.of(Math.min(9999, start.year() + years))});
    }

    /** @return dates of each type */
    public static Arbitrary<ActivityDate> activityDates() {
        return Combinators.combine(Arbitraries.of(ActivityDateType.class), partialDates()).as(ActivityDate::of);
    }

    /**
     * The status and the dates of a programme: an end of each kind after its start, a closed one ended; for an IATI
     * activity, a status and a start.
     */
    private static Arbitrary<Tuple.Tuple2<Optional<ActivityStatus>, List<ActivityDate>>> statusAndDates(
            boolean activity) {
        Arbitrary<Integer> datesGiven = Arbitraries.integers().between(0, 15);
        return Combinators.combine(present(Arbitraries.of(ActivityStatus.class), activity ? 1 : 0.9), spans(),
                spans(), activity ? datesGiven.filter(w -> (w & 3) != 0) : datesGiven)
            .as((status, planned, actual, which) -> {
                List<ActivityDate> dates = new ArrayList<>();
                boolean plannedStart = (which & 1) != 0;
                boolean actualStart = (which & 2) != 0;
                boolean plannedEnd = (which & 4) != 0;
                boolean actualEnd = (which & 8) != 0;
                if (plannedStart) {
                    dates.add(ActivityDate.of(ActivityDateType.PLANNED_START, planned[0]));
                }
                if (actualStart) {
                    dates.add(ActivityDate.of(ActivityDateType.ACTUAL_START, actual[0]));
                }
                if (plannedEnd) {
                    dates.add(ActivityDate.of(ActivityDateType.PLANNED_END, planned[1]));
                }
                if (actualEnd || status.orElse(null) == ActivityStatus.CLOSED && !dates.isEmpty()) {
                    dates.add(ActivityDate.of(ActivityDateType.ACTUAL_END, actual[1]));
                }
                return Tuple.of(status, dates);
            });
    }

    // ---- where

    /**
     * Shares of {@code n} parts: none for no part, none or 100 for one, and for several a share each, in tenths, that
     * add up to 100.
     */
    private static Arbitrary<List<Optional<Percentage>>> shares(int n) {
        if (n < SHARES.size()) {
            return SHARES.get(n);
        }
        return sharesOf(n);
    }

    private static Arbitrary<List<Optional<Percentage>>> sharesOf(int n) {
        if (n == 0) {
            return Arbitraries.just(List.of());
        }
        if (n == 1) {
            return Arbitraries.of(Optional.<Percentage>empty(), Optional.of(Percentage.of(100)),
                Optional.of(Percentage.parse("100.0"))).map(List::of);
        }
        return Arbitraries.integers().between(0, 1000).list().ofSize(n - 1).map(cuts -> {
            List<Integer> sorted = new ArrayList<>(cuts);
            sorted.sort(null);
            List<Optional<Percentage>> shares = new ArrayList<>();
            int previous = 0;
            for (int i = 0; i <= sorted.size(); i++) {
                int next = i < sorted.size() ? sorted.get(i) : 1000;
                shares.add(Optional.of(Percentage.of(BigDecimal.valueOf(next - previous, 1))));
                previous = next;
            }
            return shares;
        });
    }

    /** @return recipient countries, with or without a share */
    public static Arbitrary<RecipientCountry> recipientCountries() {
        return Combinators.combine(ValueArbitraries.countryCodes(), ValueArbitraries.percentages().optional())
            .as((c, p) -> p.map(s -> RecipientCountry.of(c, s)).orElseGet(() -> RecipientCountry.of(c)));
    }

    /** @return recipient regions, with or without a share */
    public static Arbitrary<RecipientRegion> recipientRegions() {
        return Combinators.combine(Arbitraries.of(DacRegion.class), ValueArbitraries.percentages().optional())
            .as((r, p) -> p.map(s -> RecipientRegion.of(r, s)).orElseGet(() -> RecipientRegion.of(r)));
    }

    /**
     * The recipients of a programme: distinct countries and regions whose shares add up to 100; for an IATI
     * activity, at least one.
     */
    private static Arbitrary<Tuple.Tuple2<List<RecipientCountry>, List<RecipientRegion>>> recipients(
            boolean activity) {
        Arbitrary<Set<CountryCode>> countries = ValueArbitraries.countryCodes().set().ofMaxSize(3);
        Arbitrary<Set<DacRegion>> regions = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Set.of())),
            Tuple.of(1, enumSets(DacRegion.class, 2)));
        return Combinators.combine(countries, regions).as(Tuple::of)
            .filter(t -> !activity || !t.get1().isEmpty() || !t.get2().isEmpty()).flatMap(t ->
            shares(t.get1().size() + t.get2().size()).map(shares -> {
                List<RecipientCountry> cs = new ArrayList<>();
                int i = 0;
                for (CountryCode country : t.get1()) {
                    Optional<Percentage> share = shares.get(i++);
                    cs.add(share.map(s -> RecipientCountry.of(country, s))
                        .orElseGet(() -> RecipientCountry.of(country)));
                }
                List<RecipientRegion> rs = new ArrayList<>();
                for (DacRegion region : t.get2()) {
                    Optional<Percentage> share = shares.get(i++);
                    rs.add(share.map(s -> RecipientRegion.of(region, s)).orElseGet(() -> RecipientRegion.of(region)));
                }
                return Tuple.of(cs, rs);
            }));
    }

    /** @return sectors, with or without a share */
    public static Arbitrary<ProgrammeSector> sectors() {
        return Combinators.combine(Arbitraries.of(DacSector.class), ValueArbitraries.percentages().optional())
            .as((s, p) -> p.map(share -> ProgrammeSector.of(s, share)).orElseGet(() -> ProgrammeSector.of(s)));
    }

    /** The sectors of a programme: distinct, with shares that add up to 100; for an IATI activity, at least one. */
    private static Arbitrary<List<ProgrammeSector>> sectorShares(boolean activity) {
        return Arbitraries.of(DacSector.class).set().ofMinSize(activity ? 1 : 0).ofMaxSize(3).flatMap(sectors ->
            shares(sectors.size()).map(shares -> {
                List<ProgrammeSector> all = new ArrayList<>();
                int i = 0;
                for (DacSector sector : sectors) {
                    Optional<Percentage> share = shares.get(i++);
                    all.add(share.map(s -> ProgrammeSector.of(sector, s)).orElseGet(() -> ProgrammeSector.of(sector)));
                }
                return all;
            }));
    }

    /** @return administrative areas of every gazetteer, with or without a level */
    public static Arbitrary<AdministrativeArea> administrativeAreas() {
        Arbitrary<String> codes = Arbitraries.oneOf(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(9),
            Arbitraries.of("MRT.1_1", "DZA.16_1", "CI-AB", "SN-DK"));
        return Combinators.combine(Arbitraries.of(GeographicVocabulary.class), codes,
                Arbitraries.integers().between(0, 5).optional())
            .as((v, c, l) -> {
                AdministrativeArea.Builder b = AdministrativeArea.builder().vocabulary(v).code(c);
                l.ifPresent(b::level);
                return b.build();
            });
    }

    /** @return points on the whole Earth, its poles and date line included */
    public static Arbitrary<GeoPoint> points() {
        Arbitrary<BigDecimal> latitudes = Arbitraries.bigDecimals().between(new BigDecimal(-90), new BigDecimal(90))
            .ofScale(5).edgeCases(c -> c.add(new BigDecimal(90)).add(new BigDecimal(-90)));
        Arbitrary<BigDecimal> longitudes = Arbitraries.bigDecimals().between(new BigDecimal(-180),
            new BigDecimal(180)).ofScale(4);
        return Combinators.combine(latitudes, longitudes).as(GeoPoint::of);
    }

    /** @return locations named by a reference, a name, an administrative area or a point, often several */
    public static Arbitrary<Location> locations() {
        Arbitrary<String> references = Arbitraries.strings().withCharRange('A', 'Z').withChars('-', ' ')
            .ofMinLength(1).ofMaxLength(10).filter(s -> !s.isBlank());
        return Combinators.combine(references.optional(0.4), localizedTexts().optional(0.7),
                localizedTexts().optional(0.3), Arbitraries.of(GeographicLocationReach.class).optional(),
                administrativeAreas().list().ofMaxSize(2), points().optional(0.5),
                Arbitraries.of(GeographicExactness.class).optional())
            .as((ref, name, description, reach, areas, point, exactness) -> {
                Location.Builder b = Location.builder();
                ref.ifPresent(b::reference);
                name.ifPresent(b::name);
                description.ifPresent(b::description);
                reach.ifPresent(b::reach);
                b.administrativeAreas(areas);
                point.ifPresent(b::point);
                exactness.ifPresent(b::exactness);
                if (ref.isEmpty() && name.isEmpty() && areas.isEmpty() && point.isEmpty()) {
                    b.reference("SITE-1");
                }
                return b.build();
            });
    }

    // ---- money

    /** @return periods of a year at most: a year, a month or a day, twelve months, or days within a year */
    private static Arbitrary<PartialDate[]> budgetPeriods() {
        Arbitrary<PartialDate[]> same = partialDates().map(d -> new PartialDate[] {d, d});
        Arbitrary<PartialDate[]> twelveMonths = Combinators.combine(Arbitraries.integers().between(1, 9998),
                Arbitraries.integers().between(2, 12))
            .as((y, m) -> new PartialDate[] {PartialDate.of(y, m), PartialDate.of(y + 1, m - 1)});
        Arbitrary<PartialDate[]> days = Combinators.combine(Arbitraries.integers().between(1, 9998),
                Arbitraries.integers().between(1, 365), Arbitraries.integers().between(0, 365))
            .as((y, day, length) -> {
                LocalDate start = LocalDate.ofYearDay(y, day);
                return new PartialDate[] {PartialDate.of(start), PartialDate.of(start.plusDays(length))};
            });
        return Arbitraries.oneOf(same, twelveMonths, days);
    }

    /** @return budgets of a year at most, original or revised, indicative or committed */
    public static Arbitrary<Budget> budgets() {
        return Combinators.combine(Arbitraries.of(BudgetType.class).optional(), Arbitraries.of(BudgetStatus.class)
                .optional(), budgetPeriods(), ValueArbitraries.money(), partialDates().optional(0.3))
            .as((type, status, period, value, valueDate) -> {
                Budget.Builder b = Budget.builder().start(period[0]).end(period[1]).value(value)
                    .valueDate(valueDate.orElse(period[0]));
                type.ifPresent(b::type);
                status.ifPresent(b::status);
                return b.build();
            });
    }

    /** A transaction with all its choices made but its organisations, which the programme's roles decide. */
    private static final class TransactionDraft {
        final TransactionType type;
        final PartialDate date;
        final Money value;
        final Optional<String> reference;
        final Optional<LocalizedText> description;
        final Optional<Integer> provider;
        final Optional<Integer> receiver;
        final Optional<IatiIdentifier> providerActivity;
        final Optional<IatiIdentifier> receiverActivity;

        TransactionDraft(TransactionType type, PartialDate date, Money value, Optional<String> reference,
                         Optional<LocalizedText> description, Optional<Integer> provider, Optional<Integer> receiver,
                         Optional<IatiIdentifier> providerActivity, Optional<IatiIdentifier> receiverActivity) {
            this.type = type;
            this.date = date;
            this.value = value;
            this.reference = reference;
            this.description = description;
            this.provider = provider;
            this.receiver = receiver;
            this.providerActivity = providerActivity;
            this.receiverActivity = receiverActivity;
        }

        /** Builds it: incoming money from a funder, outgoing money to another than a funder alone. */
        Transaction build(List<EntityId> organizations, Set<EntityId> funders, Set<EntityId> others) {
            List<EntityId> providers = type.isIncoming() ? new ArrayList<>(funders) : organizations;
            List<EntityId> receivers = new ArrayList<>(organizations);
            if (type.isOutgoing()) {
                receivers.removeIf(o -> funders.contains(o) && !others.contains(o));
            }
            Optional<EntityId> from = Pick.of(providers, provider);
            Optional<EntityId> to = Pick.of(receivers, receiver).filter(r -> !from.equals(Optional.of(r)));
            Transaction.Builder b = Transaction.builder().type(type).date(date).value(value).valueDate(date);
            reference.ifPresent(b::reference);
            description.ifPresent(b::description);
            from.ifPresent(b::provider);
            to.ifPresent(b::receiver);
            providerActivity.ifPresent(b::providerActivity);
            receiverActivity.ifPresent(b::receiverActivity);
            return b.build();
        }
    }

    private static Arbitrary<Money> signedMoney() {
        return Combinators.combine(ValueArbitraries.money(), Arbitraries.integers().between(0, 3))
            .as((m, sign) -> sign == 0 ? Money.of(m.amount().negate(), m.currency()) : m);
    }

    private static Arbitrary<TransactionDraft> transactionDrafts() {
        Arbitrary<String> references = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9')
            .withChars('-', ' ', '\t').ofMinLength(1).ofMaxLength(8).filter(s -> !s.isBlank());
        return Combinators.combine(Arbitraries.of(TransactionType.class), partialDates(), signedMoney(),
                references.optional(0.4), localizedTexts().optional(0.3), Pick.index().optional(0.7),
                Pick.index().optional(0.7), iatiIdentifiers().optional(0.2))
            .as((type, date, value, reference, description, provider, receiver, activity) -> new TransactionDraft(
                type, date, value, reference, description, provider, receiver,
                type.isIncoming() ? activity : Optional.empty(), type.isIncoming() ? Optional.empty() : activity));
    }

    /** @return transactions of every type, signed, their organisations distinct */
    public static Arbitrary<Transaction> transactions() {
        return Combinators.combine(transactionDrafts(), ValueArbitraries.entityIds().list().uniqueElements()
                .ofMinSize(2).ofMaxSize(3))
            .as((draft, ids) -> draft.build(ids, new LinkedHashSet<>(ids), new LinkedHashSet<>(ids)));
    }

    private static Arbitrary<Function<List<EntityId>, PlannedDisbursement>> plannedDrafts() {
        return Combinators.combine(Arbitraries.of(BudgetType.class).optional(), spans(), Arbitraries.of(true, false),
                ValueArbitraries.money(), Pick.index().optional(0.6), Pick.index().optional(0.6),
                iatiIdentifiers().optional(0.2))
            .as((type, span, ended, value, provider, receiver, activity) -> organizations -> {
                PlannedDisbursement.Builder b = PlannedDisbursement.builder().start(span[0]).value(value)
                    .valueDate(span[0]);
                type.ifPresent(b::type);
                if (ended) {
                    b.end(span[1]);
                }
                Optional<EntityId> from = Pick.of(organizations, provider);
                from.ifPresent(b::provider);
                Pick.of(organizations, receiver).filter(r -> !from.equals(Optional.of(r))).ifPresent(b::receiver);
                activity.ifPresent(b::receiverActivity);
                return b.build();
            });
    }

    /** @return planned disbursements, some from a provider to a receiver */
    public static Arbitrary<PlannedDisbursement> plannedDisbursements() {
        return Combinators.combine(plannedDrafts(), ValueArbitraries.entityIds().list().uniqueElements().ofMaxSize(3))
            .as(Function::apply);
    }

    // ---- results

    /** @return baselines, some dated within their year */
    public static Arbitrary<IndicatorBaseline> baselines() {
        return Combinators.combine(partialDates(), Arbitraries.of(true, false), indicatorValues().optional(0.8),
                localizedTexts().optional(0.3))
            .as((date, dated, value, comment) -> {
                IndicatorBaseline.Builder b = IndicatorBaseline.builder().year(date.year());
                if (dated) {
                    b.date(date);
                }
                value.ifPresent(b::value);
                comment.ifPresent(b::comment);
                return b.build();
            });
    }

    private static Arbitrary<BigDecimal> indicatorValues() {
        return Arbitraries.bigDecimals().between(new BigDecimal(-1000), new BigDecimal(1000000)).ofScale(2);
    }

    /** @return periods of indicators with targets and actuals, values or words */
    public static Arbitrary<IndicatorPeriod> indicatorPeriods() {
        return indicatorPeriods(true);
    }

    private static Arbitrary<IndicatorPeriod> indicatorPeriods(boolean quantitative) {
        return periodDrafts().map(d -> d.apply(quantitative));
    }

    /** Periods of indicators, to be built for a quantitative measure (values) or a qualitative one (words). */
    private static Arbitrary<Function<Boolean, IndicatorPeriod>> periodDrafts() {
        return Combinators.combine(spans(), indicatorValues().optional(0.7), indicatorValues().optional(0.7),
                localizedTexts().optional(0.4), localizedTexts().optional(0.4))
            .as((span, target, actual, targetComment, actualComment) -> quantitative -> {
                IndicatorPeriod.Builder b = IndicatorPeriod.builder().start(span[0]).end(span[1]);
                if (quantitative) {
                    target.ifPresent(t -> {
                        b.target(t);
                        targetComment.ifPresent(b::targetComment);
                    });
                    actual.ifPresent(a -> {
                        b.actual(a);
                        actualComment.ifPresent(b::actualComment);
                    });
                } else {
                    targetComment.ifPresent(b::targetComment);
                    actualComment.ifPresent(b::actualComment);
                }
                return b.build();
            });
    }

    /** @return indicators of every measure, their values fitting the measure */
    public static Arbitrary<ResultIndicator> indicators() {
        return Combinators.combine(Arbitraries.of(IndicatorMeasure.class), localizedTexts(),
                localizedTexts().optional(0.3), Arbitraries.of(Direction.class).optional(),
                Arbitraries.of(SdgIndicators.SERVICE_COVERAGE.code(), SdgIndicators.FINANCIAL_PROTECTION.code()).set(), baselines().optional(0.5), periodDrafts().list().ofMaxSize(2))
            .as((measure, title, description, direction, sdg, baseline, periods) -> {
                ResultIndicator.Builder b = ResultIndicator.builder().measure(measure).title(title)
                    .sdgIndicators(sdg);
                for (Function<Boolean, IndicatorPeriod> period : periods) {
                    b.addPeriod(period.apply(measure.isQuantitative()));
                }
                description.ifPresent(b::description);
                direction.ifPresent(b::direction);
                baseline.map(base -> fitting(base, measure)).ifPresent(b::baseline);
                return b.build();
            });
    }

    /** A baseline with a value for a quantitative measure, without one for a qualitative measure. */
    private static IndicatorBaseline fitting(IndicatorBaseline baseline, IndicatorMeasure measure) {
        IndicatorBaseline.Builder b = IndicatorBaseline.builder().year(baseline.year());
        baseline.date().ifPresent(b::date);
        baseline.comment().ifPresent(b::comment);
        if (measure.isQuantitative()) {
            b.value(baseline.value().orElse(BigDecimal.ZERO));
        }
        return b.build();
    }

    /** @return results of every type with one or two indicators */
    public static Arbitrary<Result> results() {
        return Combinators.combine(Arbitraries.of(ResultType.class), localizedTexts(), localizedTexts().optional(0.3),
                indicators().list().ofMinSize(1).ofMaxSize(2))
            .as((type, title, description, indicators) -> {
                Result.Builder b = Result.builder().type(type).title(title).indicators(indicators);
                description.ifPresent(b::description);
                return b.build();
            });
    }

    // ---- documents and relations

    /** @return documents on the web of every category, some in several languages */
    public static Arbitrary<DocumentLink> documentLinks() {
        return Combinators.combine(EntityArbitraries.urls(), Arbitraries.of(MEDIA_TYPES), localizedTexts(),
                localizedTexts().optional(0.3), Arbitraries.of(DocumentCategory.class).set().ofMinSize(1)
                    .ofMaxSize(3), ValueArbitraries.languageTags().set().ofMaxSize(2), partialDates().optional(0.5))
            .as((url, format, title, description, categories, languages, date) -> {
                DocumentLink.Builder b = DocumentLink.builder().url(url).format(format).title(title)
                    .categories(categories).languages(languages);
                description.ifPresent(b::description);
                date.ifPresent(b::date);
                return b.build();
            });
    }

    /** @return related activities: programmes by id, activities by IATI identifier */
    public static Arbitrary<RelatedActivity> relatedActivities() {
        return Combinators.combine(Arbitraries.of(RelatedActivityType.class), ValueArbitraries.entityIds(),
                iatiIdentifiers(), Arbitraries.of(true, false))
            .as((type, programme, iati, byId) -> byId ? RelatedActivity.of(type, programme)
                : RelatedActivity.of(type, iati));
    }

    // ---- programmes

    /** An identifier made unique among the programmes of a dataset by the id of its programme. */
    private static IatiIdentifier unique(IatiIdentifier identifier, EntityId programme) {
        return IatiIdentifier.of(identifier + "-" + programme);
    }

    /**
     * Relates a programme to other programmes of the dataset, each once, and to activities named by their IATI
     * identifier, other than the programme's own.
     */
    private static void relate(Programme.Builder b, Optional<IatiIdentifier> own,
                               List<Tuple.Tuple4<RelatedActivityType, Integer, IatiIdentifier, Boolean>> related,
                               List<EntityId> programmes) {
        Set<EntityId> named = new HashSet<>();
        for (Tuple.Tuple4<RelatedActivityType, Integer, IatiIdentifier, Boolean> r : related) {
            if (r.get4() && !programmes.isEmpty()) {
                EntityId other = Pick.of(programmes, r.get2());
                if (named.add(other)) {
                    b.addRelatedActivity(RelatedActivity.of(r.get1(), other));
                }
            } else if (!own.equals(Optional.of(r.get3()))) {
                b.addRelatedActivity(RelatedActivity.of(r.get1(), r.get3()));
            }
        }
    }

    /** The organisations of a programme, drawn from the pool once it is known. */
    private static final class Organisations {
        final List<Tuple.Tuple2<Integer, IatiOrganisationRole>> participants;
        final Optional<Integer> reporting;
        final List<Tuple.Tuple3<OtherIdentifierType, IatiIdentifier, Optional<Integer>>> identifiers;
        final Optional<IatiIdentifier> ownCode;
        final List<TransactionDraft> transactions;
        final List<Function<List<EntityId>, PlannedDisbursement>> planned;

        Organisations(List<Tuple.Tuple2<Integer, IatiOrganisationRole>> participants, Optional<Integer> reporting,
                      List<Tuple.Tuple3<OtherIdentifierType, IatiIdentifier, Optional<Integer>>> identifiers,
                      Optional<IatiIdentifier> ownCode, List<TransactionDraft> transactions,
                      List<Function<List<EntityId>, PlannedDisbursement>> planned) {
            this.participants = participants;
            this.reporting = reporting;
            this.identifiers = identifiers;
            this.ownCode = ownCode;
            this.transactions = transactions;
            this.planned = planned;
        }

        /**
         * Sets the organisations of a programme and its identifiers.
         *
         * @param unique  whether the programme's own code is made unique in the dataset by its id
         */
        void applyTo(Programme.Builder b, boolean statedIdentifier, EntityId id, Refs refs, boolean unique) {
            List<EntityId> organizations = refs.pool(PARTICIPANT, EntityKind.PROGRAMME, id);
            Set<ProgrammeParticipant> distinct = new LinkedHashSet<>();
            Set<EntityId> funders = new LinkedHashSet<>();
            Set<EntityId> others = new LinkedHashSet<>();
            if (!organizations.isEmpty()) {
                for (Tuple.Tuple2<Integer, IatiOrganisationRole> p : participants) {
                    EntityId organization = Pick.of(organizations, p.get1());
                    distinct.add(ProgrammeParticipant.of(organization, p.get2()));
                    (p.get2() == IatiOrganisationRole.FUNDING ? funders : others).add(organization);
                }
            }
            b.participants(distinct);
            Optional<EntityId> reporter = Pick.of(refs.pool(REPORTING, EntityKind.PROGRAMME, id), reporting);
            reporter.ifPresent(b::reportingOrganization);
            List<EntityId> owners = refs.pool(OWNER, EntityKind.PROGRAMME, id);
            List<OtherIdentifier> all = new ArrayList<>();
            if (!statedIdentifier && reporter.isPresent() && ownCode.isPresent()) {
                all.add(OtherIdentifier.builder().type(OtherIdentifierType.REPORTING_ORGANISATION_INTERNAL)
                    .value(unique ? unique(ownCode.get(), id) : ownCode.get()).owner(reporter.get()).build());
            }
            for (Tuple.Tuple3<OtherIdentifierType, IatiIdentifier, Optional<Integer>> t : identifiers) {
                OtherIdentifier.Builder identifier = OtherIdentifier.builder().type(t.get1()).value(t.get2());
                Pick.of(owners, t.get3()).ifPresent(identifier::owner);
                all.add(identifier.build());
            }
            b.identifiers(all);
            List<EntityId> parties = refs.pool(PROVIDER, EntityKind.PROGRAMME, id);
            for (TransactionDraft transaction : transactions) {
                b.addTransaction(transaction.build(parties, funders, others));
            }
            for (Function<List<EntityId>, PlannedDisbursement> p : planned) {
                b.addPlannedDisbursement(p.apply(parties));
            }
        }
    }

    /** The organisations of a programme; for an IATI activity, a participant, the reporting one and its code. */
    private static Arbitrary<Organisations> organisations(boolean activity) {
        return Combinators.combine(
                Combinators.combine(Pick.index(), Arbitraries.of(IatiOrganisationRole.class)).as(Tuple::of)
                    .list().ofMinSize(activity ? 1 : 0).ofMaxSize(4),
                present(Pick.index(), activity ? 1 : 0.85),
                Combinators.combine(Arbitraries.of(OtherIdentifierType.class), iatiIdentifiers(),
                    Pick.index().optional(0.5)).as(Tuple::of).list().ofMaxSize(2),
                present(iatiIdentifiers(), activity ? 1 : 0.8),
                transactionDrafts().list().ofMaxSize(3),
                plannedDrafts().list().ofMaxSize(2))
            .as(Organisations::new);
    }

    /** @return drafts of programmes at the grade of IATI activities, without warnings */
    public static Arbitrary<Draft<Programme>> programmes() {
        return programmes(false);
    }

    /**
     * Drafts of programmes at the grade of IATI activities, without warnings.
     *
     * @param activity  whether each programme has what IATI requires of an activity: an activity identifier or the
     *  reporting organisation's own code to build it from, unique in the dataset, a reporting organisation, a
     *  participant, a description, a status, a start, a recipient and a sector (given a dataset with an organisation)
     * @return the drafts
     */
    public static Arbitrary<Draft<Programme>> programmes(boolean activity) {
        Arbitrary<Optional<IatiIdentifier>> stated = iatiIdentifiers().optional(0.4);
        Arbitrary<List<Tuple.Tuple4<RelatedActivityType, Integer, IatiIdentifier, Boolean>>> related =
            Combinators.combine(Arbitraries.of(RelatedActivityType.class), Pick.index(), iatiIdentifiers(),
                Arbitraries.of(true, false)).as(Tuple::of).list().ofMaxSize(2);
        return Builders.<Recipe<Programme.Builder>>withBuilder(Recipe::new)
            .use(localizedTexts()).inSetter(set(Programme.Builder::name))
            .use(EntityArbitraries.acronyms().optional(0.5)).inSetter(setIfPresent(Programme.Builder::acronym))
            .use(Arbitraries.of(ProgrammeKind.class)).inSetter(set(Programme.Builder::kind))
            .use(present(localizedTexts(), activity ? 1 : 0.8))
            .inSetter(setIfPresent(Programme.Builder::description))
            .use(Combinators.combine(stated, organisations(activity), related).as(Tuple::of))
            .inSetter(resolve((b, t, id, refs) -> {
                Optional<IatiIdentifier> own = t.get1().map(i -> activity ? unique(i, id) : i);
                own.ifPresent(b::iatiIdentifier);
                t.get2().applyTo(b, own.isPresent(), id, refs, activity);
                relate(b, own, t.get3(), refs.pool(RELATED, EntityKind.PROGRAMME, id));
            }))
            .use(statusAndDates(activity)).inSetter(set((b, t) -> {
                t.get1().ifPresent(b::status);
                b.dates(t.get2());
            }))
            .use(recipients(activity)).inSetter(set((b, t) -> {
                b.recipientCountries(t.get1());
                b.recipientRegions(t.get2());
            }))
            .use(locations().list().ofMaxSize(2)).inSetter(set(Programme.Builder::locations))
            .use(sectorShares(activity)).inSetter(set(Programme.Builder::sectors))
            .use(enumSets(SdgTarget.class, 2)).inSetter(set(Programme.Builder::sdgTargets))
            .use(ValueArbitraries.objectives().list().ofMaxSize(2)).inSetter(set(Programme.Builder::objectives))
            .use(budgets().list().ofMaxSize(2)).inSetter(set(Programme.Builder::budgets))
            .use(results().list().ofMaxSize(2)).inSetter(set(Programme.Builder::results))
            .use(ValueArbitraries.statisticDrafts().list().ofMaxSize(2)).inSetter(resolve((b, ss, id, refs) -> {
                for (Function<List<EntityId>, Statistic> s : ss) {
                    b.addFigure(s.apply(refs.pool(CITATION_SOURCE, EntityKind.PROGRAMME, id)));
                }
            }))
            .use(documentLinks().list().ofMaxSize(2)).inSetter(set(Programme.Builder::documentLinks))
            .use(citationDrafts()).inSetter(resolve((b, c, id, refs) ->
                b.citations(c.apply(refs.pool(CITATION_SOURCE, EntityKind.PROGRAMME, id)))))
            .build(r -> (id, refs) -> {
                Programme.Builder b = Programme.builder();
                r.applyTo(b, id, refs);
                return b.id(id).build();
            });
    }
}

package org.uhcmodel.testing.internal;

import static org.uhcmodel.testing.internal.EntityArbitraries.alone;

import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.uhcmodel.actor.FacilityLevel;
import org.uhcmodel.actor.FacilityOwnership;
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
import org.uhcmodel.testing.InvalidVariant;
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
 * Arbitraries of inputs that break exactly one rule of the model, by rule code.
 * <p>
 * Not part of the public API: use the facades of {@code org.uhcmodel.testing} and
 * {@link org.uhcmodel.testing.InvalidVariants}.
 */
public final class InvalidArbitraries {

    /** The vocabularies of the model, each with a static {@code fromCode(String)}. */
    public static final List<Class<? extends Enum<?>>> VOCABULARIES = List.of(
        AdministrativeLevel.class, DacSector.class, DateBasis.class, Direction.class, IdentifierScheme.class,
        SourceKind.class, FacilityLevel.class, FacilityOwnership.class, FacilityType.class, Honorific.class,
        IatiOrganisationType.class, OrganizationKind.class, RoleKind.class, AgreementKind.class, AgreementStatus.class,
        BodyKind.class, CommitmentKind.class, CooperationArea.class, EventKind.class, PartyRole.class,
        ActivityStatus.class, IatiOrganisationRole.class, ProgrammeKind.class, ContributionBasis.class,
        ContributionPeriod.class, FinancingScheme.class, Membership.class, PayerType.class, PopulationGroup.class,
        SchemeType.class, ServiceCategory.class, SdgTarget.class, SdgIndicator.class, SpendingThreshold.class,
        IndicatorUnit.class, Tracer.class, TracerCategory.class, DisaggregationDimension.class,
        DisaggregationGroup.class);

    private static final Map<String, Supplier<Arbitrary<InvalidVariant>>> BY_RULE = catalogue();

    private InvalidArbitraries() {
    }

    /** @return the rule codes that have invalid variants, sorted */
    public static Set<String> rules() {
        return Collections.unmodifiableSet(BY_RULE.keySet());
    }

    /**
     * @param rule  a rule code
     * @return inputs breaking exactly that rule
     * @throws IllegalArgumentException  if no variant breaks the rule
     */
    public static Arbitrary<InvalidVariant> forRule(String rule) {
        Supplier<Arbitrary<InvalidVariant>> found = BY_RULE.get(rule);
        if (found == null) {
            throw new IllegalArgumentException("No invalid variant breaks rule " + rule + "; known rules: " + BY_RULE.keySet());
        }
        return found.get();
    }

    private static InvalidVariant variant(String rule, String description, Supplier<?> build) {
        return InvalidVariant.of(rule, description, build);
    }

    private static Map<String, Supplier<Arbitrary<InvalidVariant>>> catalogue() {
        Map<String, Supplier<Arbitrary<InvalidVariant>>> m = new TreeMap<>();
        // built-in constraints
        m.put("required", InvalidArbitraries::missingRequired);
        m.put("not-blank", InvalidArbitraries::blankText);
        m.put("not-empty", InvalidArbitraries::emptyBenefitPackage);
        m.put("positive-or-zero", InvalidArbitraries::negativeCount);
        m.put("unknown-code", InvalidArbitraries::unknownCode);
        // shared values
        m.put("language-tag.format", InvalidArbitraries::malformedLanguageTag);
        m.put("localized-text.empty", InvalidArbitraries::emptyText);
        m.put("partial-date.format", InvalidArbitraries::malformedDate);
        m.put("partial-date.year-range", InvalidArbitraries::yearOutOfRange);
        m.put("partial-date.month-range", InvalidArbitraries::monthOutOfRange);
        m.put("partial-date.invalid-day", InvalidArbitraries::invalidDay);
        m.put("country-code.format", InvalidArbitraries::malformedCountryCode);
        m.put("country-code.unassigned", InvalidArbitraries::unassignedCountryCode);
        m.put("entity-id.format", InvalidArbitraries::malformedEntityId);
        m.put("identifier.format", InvalidArbitraries::malformedIdentifier);
        m.put("money.negative", InvalidArbitraries::negativeMoney);
        m.put("money.scale", InvalidArbitraries::moneyTooPrecise);
        m.put("money.currency", InvalidArbitraries::unknownCurrency);
        m.put("money.amount-format", InvalidArbitraries::malformedAmount);
        m.put("percentage.range", InvalidArbitraries::percentageOutOfRange);
        m.put("percentage.format", InvalidArbitraries::malformedPercentage);
        m.put("decimal.digits", InvalidArbitraries::decimalWithTooManyDigits);
        m.put("period.empty", InvalidArbitraries::emptyPeriod);
        m.put("period.end-before-start", InvalidArbitraries::periodEndingBeforeStart);
        m.put("place.parent-country", InvalidArbitraries::placeInParentOfOtherCountry);
        m.put("statistic.as-of-and-period", InvalidArbitraries::statisticAsOfAndOverPeriod);
        m.put("objective.target-without-metric", InvalidArbitraries::objectiveTargetWithoutMetric);
        m.put("objective.target-against-direction", InvalidArbitraries::objectiveTargetAgainstDirection);
        // source
        m.put("source-document.url", InvalidArbitraries::sourceWithNonWebUrl);
        // actor
        m.put("organization.multilateral-country", InvalidArbitraries::multilateralWithCountry);
        m.put("organization.facility-profile-kind", InvalidArbitraries::facilityProfileOnOtherKind);
        m.put("organization.own-parent", InvalidArbitraries::organizationOwnParent);
        m.put("organization.place-country", InvalidArbitraries::organizationPlaceInOtherCountry);
        m.put("organization.duplicate-identifier", InvalidArbitraries::organizationDuplicateIdentifier);
        m.put("person.duplicate-position", InvalidArbitraries::personDuplicatePosition);
        // agreement
        m.put("agreement.too-few-parties", InvalidArbitraries::agreementTooFewParties);
        m.put("agreement.duplicate-party", InvalidArbitraries::agreementDuplicateParty);
        m.put("agreement.signatory-not-party", InvalidArbitraries::agreementSignatoryOutsideParties);
        m.put("agreement.in-force-before-signing", InvalidArbitraries::agreementInForceBeforeSigning);
        m.put("agreement.own-framework", InvalidArbitraries::agreementOwnFramework);
        m.put("agreement.signed-while-proposed", InvalidArbitraries::agreementSignedWhileProposed);
        m.put("agreement.commitment-party-not-party", InvalidArbitraries::agreementCommitmentOutsideParties);
        m.put("governing-body.duplicate-member", InvalidArbitraries::bodyDuplicateMember);
        m.put("event.date-and-period", InvalidArbitraries::eventDateAndPeriod);
        m.put("event.duplicate-participant", InvalidArbitraries::eventDuplicateParticipant);
        // programme
        m.put("programme.duplicate-participant", InvalidArbitraries::programmeDuplicateParticipant);
        m.put("programme.related-to-itself", InvalidArbitraries::programmeRelatedToItself);
        m.put("programme.closed-without-end", InvalidArbitraries::programmeClosedWithoutEnd);
        // scheme
        m.put("benefit.negative-waiting-period", InvalidArbitraries::benefitNegativeWaitingPeriod);
        m.put("benefit.currency-mismatch", InvalidArbitraries::benefitCeilingInOtherCurrency);
        m.put("benefit-package.duplicate-category", InvalidArbitraries::benefitPackageDuplicateCategory);
        m.put("contribution-rule.rate-required", InvalidArbitraries::contributionWithoutRate);
        m.put("contribution-rule.amount-required", InvalidArbitraries::contributionWithoutAmount);
        m.put("contribution-rule.shares-sum", InvalidArbitraries::contributionSharesNotHundred);
        m.put("contribution-rule.duplicate-payer", InvalidArbitraries::contributionDuplicatePayer);
        m.put("coverage-snapshot.enrolled-exceeds-target", InvalidArbitraries::snapshotEnrolledExceedsTarget);
        m.put("coverage-snapshot.empty", InvalidArbitraries::emptySnapshot);
        m.put("coverage-scheme.membership-financing", InvalidArbitraries::schemeFinancingAgainstMembership);
        m.put("coverage-scheme.type-financing", InvalidArbitraries::schemeFinancingAgainstType);
        m.put("coverage-scheme.complements-itself", InvalidArbitraries::schemeComplementsItself);
        // sdg
        m.put("indicator-observation.year-range", InvalidArbitraries::observationYearOutOfRange);
        m.put("indicator-observation.source-missing", InvalidArbitraries::observationWithoutSource);
        m.put("indicator-observation.threshold-required", () -> withoutThreshold("indicator-observation"));
        m.put("indicator-observation.threshold-not-applicable", () -> thresholdNotApplicable("indicator-observation"));
        m.put("indicator-observation.value-range", InvalidArbitraries::observationValueOutOfRange);
        m.put("indicator-observation.place-country", () -> placeInOtherCountry("indicator-observation"));
        m.put("indicator-target.year-range", InvalidArbitraries::targetYearOutOfRange);
        m.put("indicator-target.threshold-required", () -> withoutThreshold("indicator-target"));
        m.put("indicator-target.threshold-not-applicable", () -> thresholdNotApplicable("indicator-target"));
        m.put("indicator-target.value-range", InvalidArbitraries::targetValueOutOfRange);
        m.put("indicator-target.place-country", () -> placeInOtherCountry("indicator-target"));
        m.put("indicator-target.baseline-incomplete", InvalidArbitraries::targetBaselineIncomplete);
        m.put("indicator-target.target-before-baseline", InvalidArbitraries::targetBeforeBaseline);
        m.put("indicator-target.target-against-direction", InvalidArbitraries::targetAgainstDirection);
        // dataset
        m.put("dataset.duplicate-id", InvalidArbitraries::datasetDuplicateId);
        m.put("dataset.unresolved-reference", InvalidArbitraries::datasetUnresolvedReference);
        m.put("dataset.reference-type", InvalidArbitraries::datasetReferenceOfWrongType);
        m.put("dataset.organization-parent-cycle", InvalidArbitraries::datasetOrganizationCycle);
        m.put("dataset.agreement-framework-cycle", InvalidArbitraries::datasetAgreementCycle);
        m.put("dataset.scheme-complements-cycle", InvalidArbitraries::datasetSchemeCycle);
        m.put("dataset.charter-party-not-collective", InvalidArbitraries::datasetCharterOfSingleNonCollective);
        return m;
    }

    // ---- built-in constraints

    /** @return inputs that leave out a required attribute or give it as null */
    public static Arbitrary<InvalidVariant> missingRequired() {
        return Arbitraries.oneOf(List.of(
            ValueArbitraries.currencies().map(c -> variant("required", "money without amount",
                () -> Money.of(null, c))),
            ValueArbitraries.partialDates().map(d -> variant("required", "reported date without basis",
                () -> ReportedDate.of(d, null))),
            Arbitraries.of(IdentifierScheme.class).map(s -> variant("required", "identifier without value",
                () -> Identifier.of(s, null))),
            Arbitraries.of(PartyRole.class).map(r -> variant("required", "party without actor",
                () -> Party.builder().role(r).build())),
            ValueArbitraries.entityIds().map(p -> variant("required", "signatory without party",
                () -> Signatory.builder().person(p).build())),
            ValueArbitraries.localizedTexts().map(n -> variant("required", "place without country",
                () -> Place.builder().name(n).build())),
            Arbitraries.just(variant("required", "citation without source", () -> Citation.builder().build())),
            EntityArbitraries.alone(EntityArbitraries.agreements()).map(a -> variant("required",
                "agreement " + a.id() + " given a null title", () -> Agreement.builder().from(a).title(null).build())),
            EntityArbitraries.alone(EntityArbitraries.organizations()).map(o -> variant("required",
                "organisation " + o.id() + " given a null name", () -> Organization.builder().from(o).name(null).build())),
            EntityArbitraries.alone(EntityArbitraries.schemes()).map(s -> variant("required",
                "scheme " + s.id() + " given a null operator",
                () -> CoverageScheme.builder().from(s).operator(null).build()))));
    }

    /** @return inputs with a blank required text */
    public static Arbitrary<InvalidVariant> blankText() {
        Arbitrary<String> blanks = Arbitraries.oneOf(Arbitraries.of("", " ", "   ", "\t", " \n "),
            Arbitraries.strings().withChars(' ', '\t', '\n', '\u00A0', '\u2007', '\u202F', '\u3000', '\u200B', '\u200C',
                '\u200D', '\u2060', '\uFEFF').ofMinLength(1).ofMaxLength(4));
        return Arbitraries.oneOf(List.of(
            Combinators.combine(EntityArbitraries.alone(EntityArbitraries.persons()), blanks).as((p, b) -> variant(
                "not-blank", "person " + p.id() + " named '" + b + "'", () -> Person.builder().from(p).name(b).build())),
            Combinators.combine(EntityArbitraries.alone(EntityArbitraries.organizations()), blanks).as((o, b) -> variant(
                "not-blank", "organisation " + o.id() + " with acronym '" + b + "'",
                () -> Organization.builder().from(o).acronym(b).build())),
            Combinators.combine(EntityArbitraries.alone(EntityArbitraries.sources()), blanks).as((s, b) -> variant(
                "not-blank", "source " + s.id() + " with publisher '" + b + "'",
                () -> SourceDocument.builder().from(s).publisher(b).build())),
            Combinators.combine(ValueArbitraries.statistics(), blanks).as((s, b) -> variant(
                "not-blank", "statistic with unit '" + b + "'", () -> Statistic.builder().from(s).unit(b).build())),
            Combinators.combine(ValueArbitraries.entityIds(), blanks).as((id, b) -> variant(
                "not-blank", "citation with locator '" + b + "'", () -> Citation.of(id, b))),
            Combinators.combine(ValueArbitraries.languageTags(), blanks).as((t, b) -> variant(
                "not-blank", "text in " + t + " that is '" + b + "'", () -> LocalizedText.of(t, b))),
            Combinators.combine(ValueArbitraries.text("fr"), blanks).as((t, b) -> variant(
                "not-blank", "text under the language tag '" + b + "'", () -> LocalizedText.of(b, t)))));
    }

    /** @return benefit packages without any benefit: built so, or from a package whose benefits are then all taken away */
    public static Arbitrary<InvalidVariant> emptyBenefitPackage() {
        return EntityArbitraries.benefitPackages().optional(0.9).map(p -> variant("not-empty", p.map(
                benefits -> "package of " + benefits.benefits().size() + " benefits rebuilt without any")
                .orElse("benefit package without benefits"),
            () -> p.isPresent() ? BenefitPackage.builder().from(p.get()).benefits(List.of()).build()
                : BenefitPackage.builder().build()));
    }

    /** @return inputs with a negative count or value */
    public static Arbitrary<InvalidVariant> negativeCount() {
        Arbitrary<Long> negative = Arbitraries.longs().between(-1_000_000L, -1L);
        return Arbitraries.oneOf(List.of(
            Combinators.combine(ValueArbitraries.statistics(), negative).as((s, n) -> variant("positive-or-zero",
                "statistic of value " + n, () -> Statistic.builder().from(s).value(BigDecimal.valueOf(n)).build())),
            Combinators.combine(EntityArbitraries.alone(EntityArbitraries.events()), negative).as((e, n) -> variant(
                "positive-or-zero", "event " + e.id() + " attended by " + n,
                () -> Event.builder().from(e).attendance((int) Math.max(n, Integer.MIN_VALUE)).build())),
            Combinators.combine(ValueArbitraries.reportedDates(), negative).as((d, n) -> variant("positive-or-zero",
                "coverage snapshot of " + n + " enrolled", () -> CoverageSnapshot.builder().date(d).enrolled(n).build())),
            Combinators.combine(ValueArbitraries.reportedDates(), negative).as((d, n) -> variant("positive-or-zero",
                "coverage snapshot of a target population of " + n,
                () -> CoverageSnapshot.builder().date(d).targetPopulation(n).build()))));
    }

    /** @return codes that are not codes of the vocabulary they are looked up in */
    public static Arbitrary<InvalidVariant> unknownCode() {
        Arbitrary<String> codes = Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('a', 'z').withChars('-', '.').ofMaxLength(12).map(s -> "no-such-" + s),
            Arbitraries.of("", " ", "UNKNOWN", "З.8", "علاج"));
        return Combinators.combine(Arbitraries.of(VOCABULARIES), codes.optional(0.95)).as((type, code) -> variant(
            "unknown-code", type.getSimpleName() + " code " + code.map(c -> "'" + c + "'").orElse("null"),
            () -> fromCode(type, code.orElse(null))));
    }

    /**
     * Looks a code up in a vocabulary through its public {@code fromCode}.
     *
     * @param type  the vocabulary
     * @param code  the code
     * @return the constant
     */
    public static Object fromCode(Class<?> type, String code) {
        try {
            return type.getMethod("fromCode", String.class).invoke(null, code);
        } catch (InvocationTargetException ex) {
            if (ex.getCause() instanceof RuntimeException) {
                throw (RuntimeException) ex.getCause();
            }
            throw new IllegalStateException(ex.getCause());
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(type + " has no public static fromCode(String)", ex);
        }
    }

    // ---- shared values

    /** @return texts under language tags that are malformed or not in canonical case */
    public static Arbitrary<InvalidVariant> malformedLanguageTag() {
        return Combinators.combine(Arbitraries.of("FR", "En", "ar-dz", "AR-DZ", "en_GB", "fr-", "-fr", "français",
                "123", "ru-RU-", "x", "e n"), ValueArbitraries.text("fr"))
            .as((tag, text) -> variant("language-tag.format", "text under the language tag '" + tag + "'",
                () -> LocalizedText.of(tag, text)));
    }

    /** @return texts in no language: built empty, or from a text whose entries are then all taken away */
    public static Arbitrary<InvalidVariant> emptyText() {
        return ValueArbitraries.localizedTexts().optional(0.9).map(t -> variant("localized-text.empty", t.map(
                text -> "text " + text + " rebuilt with no entry").orElse("text in no language"),
            () -> t.isPresent() ? LocalizedText.builder().from(t.get()).entries(Map.of()).build() : LocalizedText.builder().build()));
    }

    /** @return date texts not of the form yyyy, yyyy-MM or yyyy-MM-dd */
    public static Arbitrary<InvalidVariant> malformedDate() {
        Arbitrary<String> texts = Arbitraries.oneOf(
            Arbitraries.of("", "24", "2024/07", "2024-7", "2024-07-1", "07-2024", "2024-07-01T00:00", "٢٠٢٤", "year",
                " 2024", "2024-W01", "+2024"),
            Arbitraries.integers().between(0, 999).map(String::valueOf),
            Arbitraries.integers().between(10000, 99999).map(String::valueOf));
        return texts.map(t -> variant("partial-date.format", "date text '" + t + "'", () -> PartialDate.parse(t)));
    }

    /** @return years outside 1..9999 */
    public static Arbitrary<InvalidVariant> yearOutOfRange() {
        Arbitrary<Integer> years = Arbitraries.oneOf(Arbitraries.integers().between(-10000, 0),
            Arbitraries.integers().between(10000, 100000));
        return Combinators.combine(years, Arbitraries.integers().between(0, 2)).as((y, p) -> variant(
            "partial-date.year-range", "year " + y, () -> p == 0 ? PartialDate.of(y) : p == 1 ? PartialDate.of(y, 1)
                : PartialDate.of(y, 1, 1)));
    }

    /** @return months outside 1..12 */
    public static Arbitrary<InvalidVariant> monthOutOfRange() {
        Arbitrary<Integer> months = Arbitraries.oneOf(Arbitraries.integers().between(-12, 0),
            Arbitraries.integers().between(13, 99));
        return Combinators.combine(ValueArbitraries.years(), months, Arbitraries.of(true, false)).as((y, m, day) ->
            variant("partial-date.month-range", "month " + m + " of " + y,
                () -> day ? PartialDate.of(y, m, 1) : PartialDate.of(y, m)));
    }

    /** @return days that are not in the calendar, 29 February of common years included */
    public static Arbitrary<InvalidVariant> invalidDay() {
        Arbitrary<int[]> beyondMonth = Combinators.combine(ValueArbitraries.years(), Arbitraries.integers().between(1, 12))
            .as((y, m) -> new int[] {y, m, YearMonth.of(y, m).lengthOfMonth()});
        beyondMonth = Combinators.combine(beyondMonth, Arbitraries.integers().between(1, 60))
            .as((d, more) -> new int[] {d[0], d[1], d[2] + more});
        Arbitrary<int[]> zero = Combinators.combine(ValueArbitraries.years(), Arbitraries.integers().between(1, 12))
            .as((y, m) -> new int[] {y, m, 0});
        Arbitrary<int[]> commonLeapDay = ValueArbitraries.years().filter(y -> !java.time.Year.isLeap(y))
            .map(y -> new int[] {y, 2, 29});
        return Arbitraries.oneOf(beyondMonth, zero, commonLeapDay).map(d -> variant("partial-date.invalid-day",
            String.format("day %04d-%02d-%02d", d[0], d[1], d[2]), () -> PartialDate.of(d[0], d[1], d[2])));
    }

    /** @return country codes that are not two upper-case letters */
    public static Arbitrary<InvalidVariant> malformedCountryCode() {
        Arbitrary<String> codes = Arbitraries.oneOf(Malformed.countryCodes(),
            ValueArbitraries.countryCodes().map(c -> c.code().toLowerCase(java.util.Locale.ROOT)));
        return codes.optional(0.95).map(c -> variant("country-code.format", "country code " + c.orElse("null"),
            () -> CountryCode.of(c.orElse(null))));
    }

    /** @return two upper-case letters that are not an assigned country code */
    public static Arbitrary<InvalidVariant> unassignedCountryCode() {
        List<String> unassigned = new ArrayList<>();
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                String code = "" + a + b;
                if (!CountryCode.assignedCodes().contains(code)) {
                    unassigned.add(code);
                }
            }
        }
        return Arbitraries.of(unassigned).map(c -> variant("country-code.unassigned", "country code " + c,
            () -> CountryCode.of(c)));
    }

    /** @return ids that are not lower-case slugs of at most 100 characters */
    public static Arbitrary<InvalidVariant> malformedEntityId() {
        Arbitrary<String> ids = Arbitraries.oneOf(
            Arbitraries.of("", "-", "Dz-cnas", "dz--cnas", "-dz", "dz-", "dz_cnas", "dz cnas", "cnas.dz", "éé", "кнас"),
            ValueArbitraries.entityIds().map(id -> id.value().toUpperCase(java.util.Locale.ROOT)).filter(s -> !s.matches("[0-9-]*")),
            Arbitraries.strings().withCharRange('a', 'z').ofLength(101));
        return ids.map(id -> variant("entity-id.format", "entity id '" + id + "'", () -> EntityId.of(id)));
    }

    /** @return identifier values not of the form their scheme requires */
    public static Arbitrary<InvalidVariant> malformedIdentifier() {
        return Malformed.identifiers().map(t -> variant("identifier.format", t.get1().code() + " identifier '" + t.get2() + "'",
            () -> Identifier.of(t.get1(), t.get2())));
    }

    /** @return negative amounts of money */
    public static Arbitrary<InvalidVariant> negativeMoney() {
        return Combinators.combine(ValueArbitraries.currencies(), Arbitraries.integers().between(-1_000_000, -1))
            .as((c, n) -> variant("money.negative", c + " " + n, () -> Money.of(BigDecimal.valueOf(n), c)));
    }

    /** @return amounts with more decimal places than their currency has minor units */
    public static Arbitrary<InvalidVariant> moneyTooPrecise() {
        return Combinators.combine(ValueArbitraries.currencies(), Arbitraries.integers().between(1, 999_999))
            .as((c, n) -> {
                int scale = Math.max(c.getDefaultFractionDigits(), 0) + 1;
                BigDecimal amount = BigDecimal.valueOf(n * 10L + 1, scale);
                return variant("money.scale", c + " " + amount.toPlainString(), () -> Money.of(amount, c));
            });
    }

    /** @return currency codes that are not ISO 4217 codes */
    public static Arbitrary<InvalidVariant> unknownCurrency() {
        List<String> codes = new ArrayList<>();
        for (String code : List.of("EURO", "eur", "dzd", "US", "ABC", "QQQ", "$", "€", "DA", "دج", "")) {
            try {
                Currency.getInstance(code);
            } catch (IllegalArgumentException ex) {
                codes.add(code);
            }
        }
        return Combinators.combine(Arbitraries.of(codes), Arbitraries.integers().between(0, 1000))
            .as((c, n) -> variant("money.currency", "currency code '" + c + "'", () -> Money.of(String.valueOf(n), c)));
    }

    /** @return amount texts that are not decimal numbers */
    public static Arbitrary<InvalidVariant> malformedAmount() {
        return Combinators.combine(Malformed.nonDecimals(), ValueArbitraries.currencies())
            .as((a, c) -> variant("money.amount-format", "amount text '" + a + "'", () -> Money.of(a, c.getCurrencyCode())));
    }

    /** @return percentages below 0 or above 100 */
    public static Arbitrary<InvalidVariant> percentageOutOfRange() {
        Arbitrary<BigDecimal> values = Arbitraries.oneOf(
            Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("-0.01")).ofScale(2),
            Arbitraries.bigDecimals().between(new BigDecimal("100.01"), new BigDecimal("100000")).ofScale(2));
        return values.map(v -> variant("percentage.range", "percentage " + v.toPlainString(), () -> Percentage.of(v)));
    }

    /** @return percentage texts that are not decimal numbers */
    public static Arbitrary<InvalidVariant> malformedPercentage() {
        return Malformed.nonDecimals().map(t -> variant("percentage.format",
            "percentage text '" + t + "'", () -> Percentage.parse(t)));
    }


    /**
     * @return decimals of more than 30 digits before the decimal point or 18 after it, as given: whole amounts of money
     *  and counts of 31 to 40 digits, and valid percentages, counts, objective figures and indicator values written with
     *  19 to 24 digits after the point
     */
    public static Arbitrary<InvalidVariant> decimalWithTooManyDigits() {
        Arbitrary<BigDecimal> huge = Combinators.combine(Arbitraries.integers().between(1, 9), Arbitraries.integers().between(30, 39))
            .as((digit, zeros) -> BigDecimal.valueOf(digit).scaleByPowerOfTen(zeros).setScale(0));
        Arbitrary<Integer> scales = Arbitraries.integers().between(19, 24);
        return Arbitraries.oneOf(List.of(
            Combinators.combine(ValueArbitraries.currencies(), huge).as((c, n) -> variant("decimal.digits",
                c + " " + n.toPlainString(), () -> Money.of(n, c))),
            Combinators.combine(ValueArbitraries.currencies(), huge).as((c, n) -> variant("decimal.digits",
                "amount text '" + n.toPlainString() + "'", () -> Money.of(n.toPlainString(), c.getCurrencyCode()))),
            Combinators.combine(ValueArbitraries.percentages(), scales).as((p, scale) -> variant("decimal.digits",
                "percentage " + p.value().setScale(scale).toPlainString(), () -> Percentage.of(p.value().setScale(scale)))),
            Combinators.combine(ValueArbitraries.percentages(), scales).as((p, scale) -> variant("decimal.digits",
                "percentage text '" + p.value().setScale(scale).toPlainString() + "'",
                () -> Percentage.parse(p.value().setScale(scale).toPlainString()))),
            Combinators.combine(ValueArbitraries.statistics(), huge).as((s, n) -> variant("decimal.digits",
                "statistic of value " + n.toPlainString(), () -> Statistic.builder().from(s).value(n).build())),
            Combinators.combine(ValueArbitraries.statistics(), scales).as((s, scale) -> variant("decimal.digits",
                "statistic of value " + s.value().setScale(scale).toPlainString(),
                () -> Statistic.builder().from(s).value(s.value().setScale(scale)).build())),
            Combinators.combine(ValueArbitraries.objectives().filter(o -> o.target().isPresent()), scales).as((o, scale) ->
                variant("decimal.digits", "objective with target " + o.target().get().setScale(scale).toPlainString(),
                    () -> Objective.builder().from(o).target(o.target().get().setScale(scale)).build())),
            Combinators.combine(observations(), scales).as((o, scale) -> variant("decimal.digits",
                "observation " + o.id() + " of value " + o.value().setScale(scale).toPlainString(),
                () -> IndicatorObservation.builder().from(o).value(o.value().setScale(scale)).build())),
            Combinators.combine(targets(), scales).as((t, scale) -> variant("decimal.digits",
                "target " + t.id() + " of value " + t.targetValue().setScale(scale).toPlainString(),
                () -> IndicatorTarget.builder().from(t).targetValue(t.targetValue().setScale(scale)).build()))));
    }

    /** @return periods without start and end: built so, or from a period whose bounds are then taken away */
    public static Arbitrary<InvalidVariant> emptyPeriod() {
        return ValueArbitraries.periods().optional(0.9).map(p -> variant("period.empty", p.map(
                period -> "period " + period + " rebuilt without start and end").orElse("period without start and end"),
            () -> p.isPresent() ? Period.builder().from(p.get()).start(Optional.empty()).end(Optional.empty()).build()
                : Period.builder().build()));
    }

    /** @return periods that end before they start */
    public static Arbitrary<InvalidVariant> periodEndingBeforeStart() {
        return Combinators.combine(ValueArbitraries.partialDates(), ValueArbitraries.partialDates())
            .filter((a, b) -> a.isDefinitelyBefore(b) || b.isDefinitelyBefore(a))
            .as((a, b) -> {
                PartialDate start = a.isDefinitelyBefore(b) ? b : a;
                PartialDate end = a.isDefinitelyBefore(b) ? a : b;
                return variant("period.end-before-start", "period from " + start + " to " + end,
                    () -> Period.of(start, end));
            });
    }

    /** @return places inside a parent place of another country */
    public static Arbitrary<InvalidVariant> placeInParentOfOtherCountry() {
        return Combinators.combine(ValueArbitraries.places(), ValueArbitraries.places())
            .filter((p, parent) -> !p.country().equals(parent.country()))
            .as((p, parent) -> variant("place.parent-country", "place in " + p.country() + " inside a place in "
                + parent.country(), () -> Place.builder().from(p).parent(parent).build()));
    }

    /** @return statistics both as of a date and over a period */
    public static Arbitrary<InvalidVariant> statisticAsOfAndOverPeriod() {
        return Combinators.combine(ValueArbitraries.statistics(), ValueArbitraries.reportedDates(), ValueArbitraries.periods())
            .as((s, d, p) -> variant("statistic.as-of-and-period", "statistic as of " + d + " over " + p,
                () -> Statistic.builder().from(s).asOf(d).period(p).build()));
    }

    /** @return objectives with a baseline or a target but no metric */
    public static Arbitrary<InvalidVariant> objectiveTargetWithoutMetric() {
        return Combinators.combine(ValueArbitraries.localizedTexts(), Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal(1000)).ofScale(1), Arbitraries.of(true, false))
            .as((d, v, baseline) -> variant("objective.target-without-metric",
                (baseline ? "baseline " : "target ") + v + " without metric", () -> baseline
                    ? Objective.builder().description(d).baseline(v).build()
                    : Objective.builder().description(d).target(v).build()));
    }

    /** @return objectives whose target lies on the wrong side of the baseline */
    public static Arbitrary<InvalidVariant> objectiveTargetAgainstDirection() {
        Arbitrary<BigDecimal> numbers = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal(1000)).ofScale(1);
        return Combinators.combine(ValueArbitraries.localizedTexts(), Arbitraries.of(Direction.class), numbers, numbers)
            .as((d, dir, base, delta) -> {
                BigDecimal step = delta.signum() == 0 ? BigDecimal.ONE : delta;
                BigDecimal target = dir == Direction.INCREASE ? base.subtract(delta)
                    : dir == Direction.DECREASE ? base.add(delta) : base.add(step);
                return variant("objective.target-against-direction", dir.code() + " from " + base + " to " + target,
                    () -> Objective.builder().description(d).metric(d).direction(dir).baseline(base).target(target).build());
            });
    }

    // ---- source

    /** @return source documents whose address is not an absolute http or https address */
    public static Arbitrary<InvalidVariant> sourceWithNonWebUrl() {
        return Combinators.combine(EntityArbitraries.alone(EntityArbitraries.sources()),
                Arbitraries.of("ftp://cnas.dz/rapport.pdf", "mailto:contact@cnas.dz", "/actualites/1", "cnas.dz",
                    "file:///tmp/a.pdf", "http:///path", "urn:isbn:9780000000000"))
            .as((s, u) -> variant("source-document.url", "source " + s.id() + " at " + u,
                () -> SourceDocument.builder().from(s).url(URI.create(u)).build()));
    }

    // ---- actor

    private static Arbitrary<Organization> organizations(Arbitrary<OrganizationKind> kinds) {
        return EntityArbitraries.alone(EntityArbitraries.organizations(kinds));
    }

    /** @return multilateral organisations given a country */
    public static Arbitrary<InvalidVariant> multilateralWithCountry() {
        return Combinators.combine(organizations(Arbitraries.just(OrganizationKind.MULTILATERAL)), ValueArbitraries.countryCodes())
            .as((o, c) -> {
                CountryCode country = o.place().map(Place::country).orElse(c);
                return variant("organization.multilateral-country", "multilateral " + o.id() + " in " + country,
                    () -> Organization.builder().from(o).country(country).build());
            });
    }

    /** @return organisations other than health facilities with a facility profile */
    public static Arbitrary<InvalidVariant> facilityProfileOnOtherKind() {
        return Combinators.combine(organizations(Arbitraries.of(OrganizationKind.class)
                .filter(k -> k != OrganizationKind.HEALTH_FACILITY)), EntityArbitraries.facilityProfiles())
            .as((o, f) -> variant("organization.facility-profile-kind", o.kind().code() + " " + o.id() + " with a facility profile",
                () -> Organization.builder().from(o).facility(f).build()));
    }

    /** @return organisations that are their own parent */
    public static Arbitrary<InvalidVariant> organizationOwnParent() {
        return EntityArbitraries.alone(EntityArbitraries.organizations()).map(o -> variant("organization.own-parent",
            "organisation " + o.id() + " under itself", () -> Organization.builder().from(o).parent(o.id()).build()));
    }

    /** @return organisations placed in another country than their own */
    public static Arbitrary<InvalidVariant> organizationPlaceInOtherCountry() {
        return Combinators.combine(organizations(Arbitraries.of(OrganizationKind.class)
                .filter(k -> k != OrganizationKind.MULTILATERAL)), ValueArbitraries.countryCodes(), ValueArbitraries.places())
            .filter((o, c, p) -> !c.equals(p.country()))
            .as((o, c, p) -> variant("organization.place-country", "organisation " + o.id() + " of " + c + " placed in "
                + p.country(), () -> Organization.builder().from(o).country(c).place(p).build()));
    }

    /** @return organisations listing the same identifier twice */
    public static Arbitrary<InvalidVariant> organizationDuplicateIdentifier() {
        return Combinators.combine(EntityArbitraries.alone(EntityArbitraries.organizations()), ValueArbitraries.identifiers())
            .as((o, i) -> {
                List<Identifier> ids = new ArrayList<>(o.identifiers());
                if (!ids.contains(i)) {
                    ids.add(i);
                }
                ids.add(i);
                return variant("organization.duplicate-identifier", "organisation " + o.id() + " listing " + i + " twice",
                    () -> Organization.builder().from(o).identifiers(ids).build());
            });
    }

    /** @return persons listing the same position twice */
    public static Arbitrary<InvalidVariant> personDuplicatePosition() {
        return Combinators.combine(EntityArbitraries.alone(EntityArbitraries.persons()),
                EntityArbitraries.positionDrafts().map(p -> p.apply(List.of(EntityId.of("dz-msprh")))))
            .as((p, pos) -> {
                List<Position> positions = new ArrayList<>(p.positions());
                if (!positions.contains(pos)) {
                    positions.add(pos);
                }
                positions.add(pos);
                return variant("person.duplicate-position", "person " + p.id() + " holding the same position twice",
                    () -> Person.builder().from(p).positions(positions).build());
            });
    }

    // ---- agreement

    private static Arbitrary<Agreement> agreements(List<AgreementKind> kinds, List<AgreementStatus> statuses) {
        return EntityArbitraries.alone(EntityArbitraries.agreements(Arbitraries.of(kinds), Arbitraries.of(statuses)));
    }

    private static List<AgreementStatus> signedStatuses() {
        List<AgreementStatus> all = new ArrayList<>(List.of(AgreementStatus.values()));
        all.remove(AgreementStatus.PROPOSED);
        return all;
    }

    private static final EntityId OUTSIDER = EntityId.of("outsider-not-a-party");

    /** @return agreements with fewer distinct actors as parties than their kind needs */
    public static Arbitrary<InvalidVariant> agreementTooFewParties() {
        List<AgreementKind> notCharters = new ArrayList<>(List.of(AgreementKind.values()));
        notCharters.remove(AgreementKind.CHARTER);
        Arbitrary<InvalidVariant> single = agreements(notCharters, List.of(AgreementStatus.values())).map(a -> {
            EntityId actor = a.parties().get(0).actor();
            List<Party> parties = new ArrayList<>();
            for (Party p : a.parties()) {
                if (p.actor().equals(actor)) {
                    parties.add(p);
                }
            }
            return variant("agreement.too-few-parties", a.kind().code() + " " + a.id() + " with " + actor + " as sole party",
                () -> onlyParties(a, parties));
        });
        Arbitrary<InvalidVariant> none = agreements(List.of(AgreementKind.CHARTER), List.of(AgreementStatus.values()))
            .map(a -> variant("agreement.too-few-parties", "charter " + a.id() + " without parties",
                () -> onlyParties(a, List.of())));
        return Arbitraries.oneOf(single, none);
    }

    /** Rebuilds an agreement with fewer parties, dropping what would refer to the dropped ones. */
    private static Agreement onlyParties(Agreement a, List<Party> parties) {
        List<EntityId> actors = new ArrayList<>();
        for (Party p : parties) {
            actors.add(p.actor());
        }
        List<Signatory> signatories = new ArrayList<>();
        for (Signatory s : a.signatories()) {
            if (actors.contains(s.party())) {
                signatories.add(s);
            }
        }
        List<Commitment> commitments = new ArrayList<>();
        for (Commitment c : a.commitments()) {
            commitments.add(c.party().isPresent() && !actors.contains(c.party().get())
                ? Commitment.builder().from(c).party(Optional.empty()).build() : c);
        }
        return Agreement.builder().from(a).parties(parties).signatories(signatories).commitments(commitments).build();
    }

    /** @return agreements listing the same party twice */
    public static Arbitrary<InvalidVariant> agreementDuplicateParty() {
        return EntityArbitraries.alone(EntityArbitraries.agreements()).map(a -> {
            List<Party> parties = new ArrayList<>(a.parties());
            parties.add(parties.get(0));
            return variant("agreement.duplicate-party", "agreement " + a.id() + " listing " + parties.get(0) + " twice",
                () -> Agreement.builder().from(a).parties(parties).build());
        });
    }

    /** @return agreements with a signatory signing for an actor that is not a party */
    public static Arbitrary<InvalidVariant> agreementSignatoryOutsideParties() {
        return Combinators.combine(agreements(List.of(AgreementKind.values()), signedStatuses()), ValueArbitraries.entityIds())
            .as((a, person) -> variant("agreement.signatory-not-party", "agreement " + a.id() + " signed by " + person
                + " for " + OUTSIDER, () -> Agreement.builder().from(a).addSignatory(Signatory.of(person, OUTSIDER)).build()));
    }

    /** @return agreements in force before they were signed */
    public static Arbitrary<InvalidVariant> agreementInForceBeforeSigning() {
        return Combinators.combine(agreements(List.of(AgreementKind.values()), signedStatuses()),
                ValueArbitraries.reportedDates(), ValueArbitraries.partialDates())
            .filter((a, signed, inForce) -> inForce.isDefinitelyBefore(signed.date()))
            .as((a, signed, inForce) -> variant("agreement.in-force-before-signing", "agreement " + a.id() + " signed "
                + signed + ", in force " + inForce, () -> Agreement.builder().from(a).signed(signed).inForce(inForce).build()));
    }

    /** @return agreements that are their own framework */
    public static Arbitrary<InvalidVariant> agreementOwnFramework() {
        return EntityArbitraries.alone(EntityArbitraries.agreements()).map(a -> variant("agreement.own-framework",
            "agreement " + a.id() + " under itself", () -> Agreement.builder().from(a).framework(a.id()).build()));
    }

    /** @return proposed agreements with a signing date */
    public static Arbitrary<InvalidVariant> agreementSignedWhileProposed() {
        return Combinators.combine(agreements(List.of(AgreementKind.values()), List.of(AgreementStatus.PROPOSED)),
                ValueArbitraries.reportedDates())
            .as((a, signed) -> variant("agreement.signed-while-proposed", "proposed agreement " + a.id() + " signed " + signed,
                () -> Agreement.builder().from(a).signed(signed).inForce(Optional.empty()).build()));
    }

    /** @return agreements with a commitment undertaken by an actor that is not a party */
    public static Arbitrary<InvalidVariant> agreementCommitmentOutsideParties() {
        return Combinators.combine(EntityArbitraries.alone(EntityArbitraries.agreements()), Arbitraries.of(CommitmentKind.class))
            .as((a, k) -> variant("agreement.commitment-party-not-party", "agreement " + a.id() + " with a commitment of "
                + OUTSIDER, () -> Agreement.builder().from(a)
                .addCommitment(Commitment.builder().kind(k).party(OUTSIDER).build()).build()));
    }

    /** @return governing bodies listing the same member twice */
    public static Arbitrary<InvalidVariant> bodyDuplicateMember() {
        return Combinators.combine(EntityArbitraries.alone(EntityArbitraries.bodies()), ValueArbitraries.entityIds())
            .as((b, m) -> {
                List<EntityId> members = new ArrayList<>(b.members());
                if (!members.contains(m)) {
                    members.add(m);
                }
                members.add(m);
                return variant("governing-body.duplicate-member", "body " + b.id() + " listing " + m + " twice",
                    () -> GoverningBody.builder().from(b).members(members).build());
            });
    }

    /** @return events with both a date and a period */
    public static Arbitrary<InvalidVariant> eventDateAndPeriod() {
        return Combinators.combine(EntityArbitraries.alone(EntityArbitraries.events()), ValueArbitraries.reportedDates(),
                ValueArbitraries.periods())
            .as((e, d, p) -> variant("event.date-and-period", "event " + e.id() + " on " + d + " over " + p,
                () -> Event.builder().from(e).date(d).period(p).build()));
    }

    /** @return events listing the same participant twice */
    public static Arbitrary<InvalidVariant> eventDuplicateParticipant() {
        return Combinators.combine(EntityArbitraries.alone(EntityArbitraries.events()), ValueArbitraries.entityIds())
            .as((e, m) -> {
                List<EntityId> participants = new ArrayList<>(e.participants());
                if (!participants.contains(m)) {
                    participants.add(m);
                }
                participants.add(m);
                return variant("event.duplicate-participant", "event " + e.id() + " listing " + m + " twice",
                    () -> Event.builder().from(e).participants(participants).build());
            });
    }

    // ---- programme

    /** @return programmes listing the same participant twice */
    public static Arbitrary<InvalidVariant> programmeDuplicateParticipant() {
        return Combinators.combine(EntityArbitraries.alone(EntityArbitraries.programmes()),
                EntityArbitraries.participants())
            .as((p, participant) -> {
                List<ProgrammeParticipant> all = new ArrayList<>(p.participants());
                if (!all.contains(participant)) {
                    all.add(participant);
                }
                all.add(participant);
                return variant("programme.duplicate-participant", "programme " + p.id() + " listing " + participant.organization()
                    + " twice as " + participant.role().code(), () -> Programme.builder().from(p).participants(all).build());
            });
    }

    /** @return programmes related to themselves */
    public static Arbitrary<InvalidVariant> programmeRelatedToItself() {
        return EntityArbitraries.alone(EntityArbitraries.programmes()).map(p -> variant("programme.related-to-itself",
            "programme " + p.id() + " related to itself", () -> Programme.builder().from(p).addRelated(p.id()).build()));
    }

    /** @return closed programmes whose period has no end */
    public static Arbitrary<InvalidVariant> programmeClosedWithoutEnd() {
        return Combinators.combine(EntityArbitraries.alone(EntityArbitraries.programmes()), ValueArbitraries.partialDates())
            .as((p, start) -> variant("programme.closed-without-end", "closed programme " + p.id() + " from " + start,
                () -> Programme.builder().from(p).status(ActivityStatus.CLOSED).period(Period.starting(start)).build()));
    }

    // ---- scheme

    /** @return benefits with a negative waiting period */
    public static Arbitrary<InvalidVariant> benefitNegativeWaitingPeriod() {
        return Combinators.combine(EntityArbitraries.benefits(), Arbitraries.integers().between(1, 365),
                Arbitraries.of(true, false))
            .as((b, n, days) -> {
                java.time.Period waiting = days ? java.time.Period.ofDays(-n) : java.time.Period.ofMonths(-n);
                return variant("benefit.negative-waiting-period", "benefit waiting " + waiting,
                    () -> Benefit.builder().from(b).waitingPeriod(waiting).build());
            });
    }

    /** @return benefits whose ceiling is in another currency than their copayment */
    public static Arbitrary<InvalidVariant> benefitCeilingInOtherCurrency() {
        return Combinators.combine(Arbitraries.of(ServiceCategory.class), ValueArbitraries.money(), ValueArbitraries.money())
            .filter((c, copay, ceiling) -> !copay.currency().equals(ceiling.currency()))
            .as((c, copay, ceiling) -> variant("benefit.currency-mismatch", "copayment " + copay + ", ceiling " + ceiling,
                () -> Benefit.builder().category(c).copayment(copay).ceiling(ceiling).build()));
    }

    /** @return benefit packages covering a category twice */
    public static Arbitrary<InvalidVariant> benefitPackageDuplicateCategory() {
        return Combinators.combine(EntityArbitraries.benefitPackages(), EntityArbitraries.benefits())
            .as((p, other) -> {
                Benefit again = Benefit.builder().from(other).category(p.benefits().get(0).category()).build();
                return variant("benefit-package.duplicate-category", "package covering " + again.category().code()
                    + " twice", () -> BenefitPackage.builder().from(p).addBenefit(again).build());
            });
    }

    private static Arbitrary<ContributionRule> contributionRules(ContributionBasis basis) {
        return EntityArbitraries.contributionRules().filter(r -> r.basis() == basis);
    }

    /** @return contributions on a percentage of salary without a rate */
    public static Arbitrary<InvalidVariant> contributionWithoutRate() {
        return contributionRules(ContributionBasis.PERCENTAGE_OF_SALARY).map(r -> variant("contribution-rule.rate-required",
            "percentage of salary without rate", () -> ContributionRule.builder().from(r).rate(Optional.empty()).build()));
    }

    /** @return flat premiums without an amount */
    public static Arbitrary<InvalidVariant> contributionWithoutAmount() {
        return EntityArbitraries.contributionRules().filter(r -> r.basis() == ContributionBasis.FLAT_PREMIUM_PER_PERSON
                || r.basis() == ContributionBasis.FLAT_PREMIUM_PER_HOUSEHOLD).map(r -> variant("contribution-rule.amount-required",
                r.basis().code() + " without amount", () -> ContributionRule.builder().from(r).amount(Optional.empty()).build()));
    }

    /** @return contributions whose payers' shares do not add up to 100 */
    public static Arbitrary<InvalidVariant> contributionSharesNotHundred() {
        Arbitrary<List<PayerShare>> shares = Combinators.combine(
                Arbitraries.of(PayerType.class).list().uniqueElements().ofMinSize(1).ofMaxSize(3),
                ValueArbitraries.percentages().list().ofSize(3))
            .as((payers, ps) -> {
                List<PayerShare> all = new ArrayList<>();
                for (int i = 0; i < payers.size(); i++) {
                    all.add(PayerShare.of(payers.get(i), ps.get(i)));
                }
                return all;
            })
            .filter(all -> all.stream().map(s -> s.share().value()).reduce(BigDecimal.ZERO, BigDecimal::add)
                .compareTo(BigDecimal.valueOf(100)) != 0);
        return Combinators.combine(EntityArbitraries.contributionRules(), shares).as((r, s) -> variant(
            "contribution-rule.shares-sum", "shares " + s, () -> ContributionRule.builder().from(r).shares(s).build()));
    }

    /** @return contributions giving a payer two shares */
    public static Arbitrary<InvalidVariant> contributionDuplicatePayer() {
        return Combinators.combine(EntityArbitraries.contributionRules(), Arbitraries.of(PayerType.class),
                Arbitraries.integers().between(0, 100))
            .as((r, payer, n) -> {
                List<PayerShare> shares = List.of(PayerShare.of(payer, Percentage.of(n)), PayerShare.of(payer, Percentage.of(100 - n)));
                return variant("contribution-rule.duplicate-payer", payer.code() + " paying " + n + " and " + (100 - n),
                    () -> ContributionRule.builder().from(r).shares(shares).build());
            });
    }

    /** @return snapshots with more enrolled than targeted */
    public static Arbitrary<InvalidVariant> snapshotEnrolledExceedsTarget() {
        Arbitrary<Long> counts = Arbitraries.longs().between(0, 50_000_000L);
        return Combinators.combine(EntityArbitraries.snapshots(), counts, Arbitraries.longs().between(1, 1_000_000L))
            .as((s, target, more) -> variant("coverage-snapshot.enrolled-exceeds-target", (target + more) + " enrolled of "
                + target, () -> CoverageSnapshot.builder().from(s).enrolled(target + more).targetPopulation(target).build()));
    }

    /** @return snapshots with neither an enrolment nor a target population */
    public static Arbitrary<InvalidVariant> emptySnapshot() {
        return ValueArbitraries.reportedDates().map(d -> variant("coverage-snapshot.empty", "snapshot of " + d + " without figures",
            () -> CoverageSnapshot.builder().date(d).build()));
    }

    private static Arbitrary<CoverageScheme> schemes() {
        return EntityArbitraries.alone(EntityArbitraries.schemes());
    }

    /** @return schemes whose financing class does not fit their membership, though it fits their type */
    public static Arbitrary<InvalidVariant> schemeFinancingAgainstMembership() {
        List<Tuple.Tuple3<SchemeType, Membership, FinancingScheme>> wrong = new ArrayList<>();
        for (SchemeType t : SchemeType.values()) {
            for (Membership m : Membership.values()) {
                for (FinancingScheme f : FinancingScheme.values()) {
                    if (!f.isWithin(EntityArbitraries.financingOf(m))
                        && EntityArbitraries.financingOf(t).map(f::isWithin).orElse(true)) {
                        wrong.add(Tuple.of(t, m, f));
                    }
                }
            }
        }
        return Combinators.combine(schemes(), Arbitraries.of(wrong)).as((s, t) -> variant("coverage-scheme.membership-financing",
            t.get2().code() + " " + t.get1().code() + " scheme classed " + t.get3().code(),
            () -> CoverageScheme.builder().from(s).type(t.get1()).membership(t.get2()).financingClass(t.get3()).build()));
    }

    /** @return schemes whose financing class does not fit their type, though it fits their membership */
    public static Arbitrary<InvalidVariant> schemeFinancingAgainstType() {
        List<Tuple.Tuple3<SchemeType, Membership, FinancingScheme>> wrong = new ArrayList<>();
        for (SchemeType t : SchemeType.values()) {
            for (Membership m : Membership.values()) {
                for (FinancingScheme f : FinancingScheme.values()) {
                    if (f.isWithin(EntityArbitraries.financingOf(m))
                        && !EntityArbitraries.financingOf(t).map(f::isWithin).orElse(true)) {
                        wrong.add(Tuple.of(t, m, f));
                    }
                }
            }
        }
        return Combinators.combine(schemes(), Arbitraries.of(wrong)).as((s, t) -> variant("coverage-scheme.type-financing",
            t.get2().code() + " " + t.get1().code() + " scheme classed " + t.get3().code(),
            () -> CoverageScheme.builder().from(s).type(t.get1()).membership(t.get2()).financingClass(t.get3()).build()));
    }

    /** @return schemes that complement themselves */
    public static Arbitrary<InvalidVariant> schemeComplementsItself() {
        return schemes().map(s -> variant("coverage-scheme.complements-itself", "scheme " + s.id() + " complementing itself",
            () -> CoverageScheme.builder().from(s).complements(s.id()).build()));
    }

    // ---- sdg

    private static Arbitrary<IndicatorObservation> observations() {
        return EntityArbitraries.alone(EntityArbitraries.observations());
    }

    private static Arbitrary<IndicatorTarget> targets() {
        return EntityArbitraries.alone(EntityArbitraries.targets());
    }

    private static Arbitrary<Integer> yearsOutside2000To2100() {
        return Arbitraries.oneOf(Arbitraries.integers().between(1, 1999), Arbitraries.integers().between(2101, 9999));
    }

    private static Arbitrary<BigDecimal> valuesOutside0To100() {
        return Arbitraries.oneOf(
            Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("-0.1")).ofScale(1),
            Arbitraries.bigDecimals().between(new BigDecimal("100.1"), new BigDecimal("10000")).ofScale(1));
    }

    /** @return observations of a year outside 2000..2100 */
    public static Arbitrary<InvalidVariant> observationYearOutOfRange() {
        return Combinators.combine(observations(), yearsOutside2000To2100()).as((o, y) -> variant(
            "indicator-observation.year-range", "observation " + o.id() + " of " + y,
            () -> IndicatorObservation.builder().from(o).year(y).build()));
    }

    /** @return observations citing no source */
    public static Arbitrary<InvalidVariant> observationWithoutSource() {
        return observations().map(o -> variant("indicator-observation.source-missing", "observation " + o.id()
            + " without citation", () -> IndicatorObservation.builder().from(o).citations(List.of()).build()));
    }

    /** @return observations of a value outside the indicator's range */
    public static Arbitrary<InvalidVariant> observationValueOutOfRange() {
        return Combinators.combine(observations(), valuesOutside0To100()).as((o, v) -> variant(
            "indicator-observation.value-range", "observation " + o.id() + " of " + v,
            () -> IndicatorObservation.builder().from(o).value(v).build()));
    }

    private static Object withThreshold(Object value, Optional<SpendingThreshold> threshold) {
        return value instanceof IndicatorObservation
            ? IndicatorObservation.builder().from((IndicatorObservation) value).threshold(threshold).build()
            : IndicatorTarget.builder().from((IndicatorTarget) value).threshold(threshold).build();
    }

    private static Arbitrary<? extends org.uhcmodel.value.Entity> indicatorEntities(String type, SdgIndicator indicator) {
        return type.equals("indicator-observation")
            ? observations().filter(o -> o.indicator() == indicator)
            : targets().filter(t -> t.indicator() == indicator);
    }

    /**
     * @param type  {@code indicator-observation} or {@code indicator-target}
     * @return observations or targets of indicator 3.8.2 without a spending threshold
     */
    static Arbitrary<InvalidVariant> withoutThreshold(String type) {
        return indicatorEntities(type, SdgIndicator.CATASTROPHIC_SPENDING).map(e -> variant(type + ".threshold-required",
            e.id() + " of 3.8.2 without threshold", () -> withThreshold(e, Optional.empty())));
    }

    /**
     * @param type  {@code indicator-observation} or {@code indicator-target}
     * @return observations or targets of indicator 3.8.1 with a spending threshold
     */
    static Arbitrary<InvalidVariant> thresholdNotApplicable(String type) {
        return Combinators.combine(indicatorEntities(type, SdgIndicator.UHC_SERVICE_COVERAGE),
                Arbitraries.of(SpendingThreshold.class))
            .as((e, t) -> variant(type + ".threshold-not-applicable", e.id() + " of 3.8.1 at threshold " + t.code(),
                () -> withThreshold(e, Optional.of(t))));
    }

    /**
     * @param type  {@code indicator-observation} or {@code indicator-target}
     * @return observations or targets placed outside their country
     */
    static Arbitrary<InvalidVariant> placeInOtherCountry(String type) {
        Arbitrary<? extends org.uhcmodel.value.Entity> entities = type.equals("indicator-observation") ? observations() : targets();
        return Combinators.combine(entities, ValueArbitraries.places()).as((e, p) -> {
            CountryCode country = e instanceof IndicatorObservation ? ((IndicatorObservation) e).country()
                : ((IndicatorTarget) e).country();
            Place place = p.country().equals(country)
                ? ValueArbitraries.inCountry(p, CountryCode.of(country.code().equals("DZ") ? "FR" : "DZ")) : p;
            return variant(type + ".place-country", e.id() + " of " + country + " placed in " + place.country(),
                () -> e instanceof IndicatorObservation
                    ? IndicatorObservation.builder().from((IndicatorObservation) e).place(place).build()
                    : IndicatorTarget.builder().from((IndicatorTarget) e).place(place).build());
        });
    }

    /** @return targets whose target year lies outside 2000..2100, without baseline */
    public static Arbitrary<InvalidVariant> targetYearOutOfRange() {
        return Combinators.combine(targets(), yearsOutside2000To2100()).as((t, y) -> variant("indicator-target.year-range",
            "target " + t.id() + " for " + y, () -> IndicatorTarget.builder().from(t).baselineYear(Optional.empty())
                .baselineValue(Optional.empty()).targetYear(y).build()));
    }

    /** @return targets of a value outside the indicator's range, without baseline */
    public static Arbitrary<InvalidVariant> targetValueOutOfRange() {
        return Combinators.combine(targets(), valuesOutside0To100()).as((t, v) -> variant("indicator-target.value-range",
            "target " + t.id() + " of " + v, () -> IndicatorTarget.builder().from(t).baselineYear(Optional.empty())
                .baselineValue(Optional.empty()).targetValue(v).build()));
    }

    /** @return targets with a baseline year but no baseline value, or the other way round */
    public static Arbitrary<InvalidVariant> targetBaselineIncomplete() {
        return Combinators.combine(targets(), Arbitraries.of(true, false)).as((t, yearOnly) -> variant(
            "indicator-target.baseline-incomplete", "target " + t.id() + " with a baseline " + (yearOnly ? "year" : "value")
                + " only", () -> yearOnly
                ? IndicatorTarget.builder().from(t).baselineYear(2000).baselineValue(Optional.empty())
                    .targetYear(Math.max(2001, t.targetYear())).build()
                : IndicatorTarget.builder().from(t).baselineYear(Optional.empty()).baselineValue(t.targetValue()).build()));
    }

    /** @return targets whose target year does not come after the baseline year */
    public static Arbitrary<InvalidVariant> targetBeforeBaseline() {
        return Combinators.combine(targets(), Arbitraries.integers().between(0, 50)).as((t, back) -> {
            int baseYear = t.targetYear() + Math.min(back, 2100 - t.targetYear());
            return variant("indicator-target.target-before-baseline", "target " + t.id() + " for " + t.targetYear()
                + " from a baseline of " + baseYear, () -> IndicatorTarget.builder().from(t).baselineYear(baseYear)
                .baselineValue(t.targetValue()).build());
        });
    }

    /** @return targets worse than their baseline for the indicator's direction */
    public static Arbitrary<InvalidVariant> targetAgainstDirection() {
        return Combinators.combine(targets(), EntityArbitraries.indicatorValues(), EntityArbitraries.indicatorValues())
            .filter((t, a, b) -> a.compareTo(b) != 0)
            .as((t, a, b) -> {
                BigDecimal low = a.min(b);
                BigDecimal high = a.max(b);
                boolean higherIsBetter = t.indicator().higherIsBetter();
                BigDecimal base = higherIsBetter ? high : low;
                BigDecimal target = higherIsBetter ? low : high;
                return variant("indicator-target.target-against-direction", "target " + t.id() + " of " + t.indicator().code()
                    + " from " + base + " to " + target, () -> IndicatorTarget.builder().from(t)
                    .baselineYear(2000).baselineValue(base).targetYear(Math.max(2001, t.targetYear())).targetValue(target).build());
            });
    }

    // ---- dataset

    private static final EntityId MISSING = EntityId.of("missing-entity");

    private static Dataset.Builder copy(Dataset d) {
        return Dataset.builder().from(d);
    }

    private static Arbitrary<Organization> extraOrganizations(Arbitrary<OrganizationKind> kinds) {
        return EntityArbitraries.organizations(kinds).map(d -> d.build(EntityId.of("extra-org"), Refs.NONE));
    }

    /** @return datasets listing two entities under the same id */
    public static Arbitrary<InvalidVariant> datasetDuplicateId() {
        return Combinators.combine(DatasetArbitraries.datasets(), EntityArbitraries.sources())
            .as((d, s) -> {
                SourceDocument extra = s.build(EntityId.of("extra-source"), Refs.NONE);
                return variant("dataset.duplicate-id", "dataset of " + d.size() + " with extra-source twice",
                    () -> copy(d).addSource(extra).addSource(extra).build());
            });
    }

    /** @return datasets with a reference to no entity of the dataset */
    public static Arbitrary<InvalidVariant> datasetUnresolvedReference() {
        return Combinators.combine(DatasetArbitraries.datasets(), extraOrganizations(Arbitraries.of(OrganizationKind.class)))
            .as((d, o) -> variant("dataset.unresolved-reference", "dataset of " + d.size() + " with an organisation under "
                + MISSING, () -> copy(d).addOrganization(Organization.builder().from(o).parent(MISSING).build()).build()));
    }

    /** @return datasets with a reference to an entity of the wrong type */
    public static Arbitrary<InvalidVariant> datasetReferenceOfWrongType() {
        return Combinators.combine(DatasetArbitraries.datasets(), extraOrganizations(Arbitraries.of(OrganizationKind.class)),
                EntityArbitraries.sources())
            .as((d, o, s) -> {
                SourceDocument source = s.build(EntityId.of("extra-source"), Refs.NONE);
                return variant("dataset.reference-type", "dataset of " + d.size()
                    + " with an organisation under a source document", () -> copy(d).addSource(source)
                    .addOrganization(Organization.builder().from(o).parent(source.id()).build()).build());
            });
    }

    private static final int CYCLE_POOL = Cycles.LONGEST + Cycles.MOST_TAILS;

    /** @return datasets with two to six organisations each under the next, the last under the first */
    public static Arbitrary<InvalidVariant> datasetOrganizationCycle() {
        return Cycles.variants("dataset.organization-parent-cycle", "organizations", "parent", "organisations",
            new Cycles.Link<>(Dataset::organizations, Dataset.Builder::organizations,
                (o, id, next) -> Organization.builder().from(o).id(id).parent(next).build()),
            extraOrganizations(Arbitraries.of(OrganizationKind.class)).list().ofSize(CYCLE_POOL),
            Arbitraries.just(UnaryOperator.identity()), "cycle-org");
    }

    /** @return datasets with two to six agreements each the framework of the next, the last of the first */
    public static Arbitrary<InvalidVariant> datasetAgreementCycle() {
        EntityId o1 = EntityId.of("extra-org-1");
        EntityId o2 = EntityId.of("extra-org-2");
        Refs twoOrganizations = new Refs(List.of(o1, o2), Set.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of());
        Arbitrary<List<Agreement>> agreements = EntityArbitraries.agreements().list().ofSize(CYCLE_POOL)
            .map(drafts -> drafts.stream().map(a -> a.build(EntityId.of("cycle-draft"), twoOrganizations)).toList());
        Arbitrary<UnaryOperator<Dataset.Builder>> twoParties = extraOrganizations(Arbitraries.of(OrganizationKind.class))
            .map(o -> b -> b.addOrganization(Organization.builder().from(o).id(o1).build())
                .addOrganization(Organization.builder().from(o).id(o2).build()));
        return Cycles.variants("dataset.agreement-framework-cycle", "agreements", "framework", "agreements",
            new Cycles.Link<>(Dataset::agreements, Dataset.Builder::agreements,
                (a, id, next) -> Agreement.builder().from(a).id(id).framework(next).build()),
            agreements, twoParties, "cycle-agreement");
    }

    /** @return datasets with two to six schemes each complementing the next, the last the first */
    public static Arbitrary<InvalidVariant> datasetSchemeCycle() {
        EntityId operator = EntityId.of("extra-org");
        Refs oneOrganization = new Refs(List.of(operator), Set.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of());
        Arbitrary<List<CoverageScheme>> schemes = EntityArbitraries.schemes().list().ofSize(CYCLE_POOL)
            .map(drafts -> drafts.stream().map(s -> s.build(EntityId.of("cycle-draft"), oneOrganization)).toList());
        Arbitrary<UnaryOperator<Dataset.Builder>> withOperator = extraOrganizations(Arbitraries.of(OrganizationKind.class))
            .map(o -> b -> b.addOrganization(o));
        return Cycles.variants("dataset.scheme-complements-cycle", "schemes", "complements", "schemes",
            new Cycles.Link<>(Dataset::schemes, Dataset.Builder::schemes,
                (c, id, next) -> CoverageScheme.builder().from(c).id(id).complements(next).build()),
            schemes, withOperator, "cycle-scheme");
    }

    /**
     * @return datasets with a charter whose single party is a person, or an organisation that is neither network nor
     *  federation
     */
    public static Arbitrary<InvalidVariant> datasetCharterOfSingleNonCollective() {
        EntityId party = EntityId.of("extra-org");
        Refs oneOrganization = new Refs(List.of(party), Set.of(party), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of());
        Arbitrary<InvalidVariant> ofOrganization = Combinators.combine(DatasetArbitraries.datasets(),
                extraOrganizations(Arbitraries.of(OrganizationKind.class).filter(k -> !k.isCollective())),
                EntityArbitraries.agreements(Arbitraries.just(AgreementKind.CHARTER), Arbitraries.of(AgreementStatus.class)))
            .as((d, o, a) -> {
                Agreement charter = a.build(EntityId.of("extra-charter"), oneOrganization);
                return variant("dataset.charter-party-not-collective", "dataset of " + d.size() + " with a charter of a "
                    + o.kind().code() + " alone", () -> copy(d).addOrganization(o).addAgreement(charter).build());
            });
        EntityId personId = EntityId.of("extra-person");
        Arbitrary<InvalidVariant> ofPerson = Combinators.combine(DatasetArbitraries.datasets(),
                Arbitraries.of("Amina Ould Ahmed", "Ольга Петрова", "فاطمة الزهراء"), Arbitraries.of(PartyRole.class),
                EntityArbitraries.agreements(Arbitraries.just(AgreementKind.CHARTER), Arbitraries.of(AgreementStatus.class)))
            .as((d, name, role, a) -> {
                Person person = Person.builder().id(personId).name(name).build();
                Agreement charter = Agreement.builder().from(a.build(EntityId.of("extra-charter"), oneOrganization))
                    .parties(List.of(Party.of(personId, role))).commitments(List.of()).build();
                return variant("dataset.charter-party-not-collective", "dataset of " + d.size()
                    + " with a charter of a person alone", () -> copy(d).addPerson(person).addAgreement(charter).build());
            });
        return Arbitraries.oneOf(ofOrganization, ofPerson);
    }
}

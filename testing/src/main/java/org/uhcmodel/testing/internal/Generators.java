package org.uhcmodel.testing.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.uhcmodel.actor.FacilityProfile;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.Person;
import org.uhcmodel.actor.Position;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.Commitment;
import org.uhcmodel.agreement.Event;
import org.uhcmodel.agreement.GoverningBody;
import org.uhcmodel.agreement.Party;
import org.uhcmodel.agreement.Signatory;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.meta.Property;
import org.uhcmodel.meta.TextType;
import org.uhcmodel.meta.Vocabularies;
import org.uhcmodel.meta.Vocabulary;
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
import org.uhcmodel.scheme.Accreditation;
import org.uhcmodel.scheme.Benefit;
import org.uhcmodel.scheme.BenefitPackage;
import org.uhcmodel.scheme.Contract;
import org.uhcmodel.scheme.ContributionRule;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.scheme.CoverageSnapshot;
import org.uhcmodel.scheme.Earmark;
import org.uhcmodel.scheme.Exclusion;
import org.uhcmodel.scheme.Exemption;
import org.uhcmodel.scheme.MemberCategory;
import org.uhcmodel.scheme.OperatorTerm;
import org.uhcmodel.scheme.PayerShare;
import org.uhcmodel.area.Area;
import org.uhcmodel.area.SubnationalArea;
import org.uhcmodel.scheme.PaymentMechanism;
import org.uhcmodel.scheme.QuantityLimit;
import org.uhcmodel.scheme.Revenue;
import org.uhcmodel.sdg.DatedValue;
import org.uhcmodel.sdg.DeclaredCategory;
import org.uhcmodel.sdg.DeclaredDimension;
import org.uhcmodel.sdg.Disaggregation;
import org.uhcmodel.sdg.Indicator;
import org.uhcmodel.sdg.IndicatorCode;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorSeries;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.sdg.MethodEdition;
import org.uhcmodel.sdg.ObservationKey;
import org.uhcmodel.sdg.ReferencePeriod;
import org.uhcmodel.sdg.SeriesCode;
import org.uhcmodel.sdg.ServiceCoverageIndex;
import org.uhcmodel.sdg.SocietalPovertyLine;
import org.uhcmodel.sdg.SpendingThreshold;
import org.uhcmodel.value.AdministrativeLevel;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.testing.Actors;
import org.uhcmodel.testing.Agreements;
import org.uhcmodel.testing.CoverageSchemes;
import org.uhcmodel.testing.Datasets;
import org.uhcmodel.testing.Programmes;
import org.uhcmodel.testing.Sdg;
import org.uhcmodel.testing.Sources;
import org.uhcmodel.testing.Values;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Rules;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.Coded;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.CurrencyCode;
import org.uhcmodel.value.Entity;
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
 * The arbitrary of valid values of each type of the model, by class: every type of {@link ModelTypes#classes()}, the
 * interfaces {@link Entity} and {@link Coded}, and the description of the model itself (its types, properties, rules
 * and vocabularies).
 */
public final class Generators {

    private static final Map<Class<?>, Supplier<Arbitrary<?>>> VALID = valid();

    private Generators() {
    }

    private static Map<Class<?>, Supplier<Arbitrary<?>>> valid() {
        Map<Class<?>, Supplier<Arbitrary<?>>> m = new LinkedHashMap<>();
        // values read from text
        m.put(EntityId.class, Values::entityIds);
        m.put(CountryCode.class, Values::countryCodes);
        m.put(CurrencyCode.class, Values::currencies);
        m.put(PartialDate.class, Values::partialDates);
        m.put(Percentage.class, Values::percentages);
        m.put(LocalizedText.class, Values::localizedTexts);
        m.put(IatiIdentifier.class, Programmes::iatiIdentifiers);
        // values built from properties
        m.put(Citation.class, Values::citations);
        m.put(Identifier.class, Values::identifiers);
        m.put(Money.class, Values::money);
        m.put(ReportedDate.class, Values::reportedDates);
        m.put(Period.class, Values::periods);
        m.put(Place.class, Values::places);
        m.put(Objective.class, Values::objectives);
        m.put(Statistic.class, Values::statistics);
        m.put(SourceDocument.class, Sources::sources);
        m.put(FacilityProfile.class, Actors::facilityProfiles);
        m.put(Organization.class, Actors::organizations);
        m.put(Position.class, Actors::positions);
        m.put(Person.class, Actors::persons);
        m.put(Party.class, Agreements::parties);
        m.put(Signatory.class, Agreements::signatories);
        m.put(Commitment.class, Agreements::commitments);
        m.put(Agreement.class, Agreements::agreements);
        m.put(Event.class, Agreements::events);
        m.put(GoverningBody.class, Agreements::governingBodies);
        m.put(ProgrammeParticipant.class, Programmes::participants);
        m.put(OtherIdentifier.class, Programmes::otherIdentifiers);
        m.put(ActivityDate.class, Programmes::activityDates);
        m.put(RecipientCountry.class, Programmes::recipientCountries);
        m.put(RecipientRegion.class, Programmes::recipientRegions);
        m.put(AdministrativeArea.class, Programmes::administrativeAreas);
        m.put(GeoPoint.class, Programmes::points);
        m.put(Location.class, Programmes::locations);
        m.put(ProgrammeSector.class, Programmes::sectors);
        m.put(Budget.class, Programmes::budgets);
        m.put(PlannedDisbursement.class, Programmes::plannedDisbursements);
        m.put(Transaction.class, Programmes::transactions);
        m.put(IndicatorBaseline.class, Programmes::baselines);
        m.put(IndicatorPeriod.class, Programmes::indicatorPeriods);
        m.put(ResultIndicator.class, Programmes::indicators);
        m.put(Result.class, Programmes::results);
        m.put(DocumentLink.class, Programmes::documentLinks);
        m.put(RelatedActivity.class, Programmes::relatedActivities);
        m.put(Programme.class, Programmes::programmes);
        m.put(Benefit.class, CoverageSchemes::benefits);
        m.put(BenefitPackage.class, CoverageSchemes::benefitPackages);
        m.put(PayerShare.class, CoverageSchemes::payerShares);
        m.put(ContributionRule.class, CoverageSchemes::contributionRules);
        m.put(CoverageSnapshot.class, CoverageSchemes::snapshots);
        m.put(MemberCategory.class, CoverageSchemes::memberCategories);
        m.put(OperatorTerm.class, CoverageSchemes::operatorTerms);
        m.put(QuantityLimit.class, CoverageSchemes::quantityLimits);
        m.put(Exclusion.class, CoverageSchemes::exclusions);
        m.put(Exemption.class, CoverageSchemes::exemptions);
        m.put(Earmark.class, CoverageSchemes::earmarks);
        m.put(Revenue.class, CoverageSchemes::revenues);
        m.put(PaymentMechanism.class, CoverageSchemes::paymentMechanisms);
        m.put(Accreditation.class, CoverageSchemes::accreditations);
        m.put(CoverageScheme.class, CoverageSchemes::schemes);
        m.put(Area.class, Sdg::areas);
        m.put(IndicatorCode.class, Sdg::indicatorCodes);
        m.put(SeriesCode.class, Sdg::seriesCodes);
        m.put(ReferencePeriod.class, Sdg::referencePeriods);
        m.put(AdministrativeLevel.class, Values::administrativeLevels);
        m.put(SubnationalArea.class, Sdg::subnationalAreas);
        m.put(SpendingThreshold.class, Sdg::spendingThresholds);
        m.put(MethodEdition.class, Sdg::methodEditions);
        m.put(IndicatorSeries.class, Sdg::indicatorSeries);
        m.put(Indicator.class, Sdg::indicators);
        m.put(Disaggregation.class, Sdg::disaggregations);
        m.put(DeclaredCategory.class, Sdg::declaredCategories);
        m.put(DeclaredDimension.class, Sdg::declaredDimensions);
        m.put(SocietalPovertyLine.class, Sdg::povertyLines);
        m.put(DatedValue.class, Sdg::datedValues);
        m.put(Contract.class, CoverageSchemes::contracts);
        m.put(IndicatorObservation.class, Sdg::observations);
        m.put(IndicatorTarget.class, Sdg::indicatorTargets);
        m.put(ObservationKey.class, Sdg::observationKeys);
        m.put(ServiceCoverageIndex.class, Sdg::serviceCoverageIndices);
        m.put(Dataset.class, Datasets::datasets);
        // the interfaces
        m.put(Entity.class, Generators::entities);
        m.put(Coded.class, Generators::codes);
        // the description of the model
        m.put(ModelType.class, () -> Arbitraries.of(ModelTypes.all()));
        m.put(Property.class, Generators::properties);
        m.put(Rule.class, () -> Arbitraries.of(Rules.all()));
        m.put(Vocabulary.class, () -> Arbitraries.of(Vocabularies.all()));
        m.put(TextType.class, () -> Arbitraries.of(ModelTypes.textTypes()));
        return m;
    }

    /**
     * Gets the types of which valid values are generated, vocabularies excluded.
     *
     * @return the types, unmodifiable, not null
     */
    public static java.util.Set<Class<?>> types() {
        return Collections.unmodifiableSet(VALID.keySet());
    }

    /**
     * Gets the arbitrary of valid values of a type.
     *
     * @param <T>  the type
     * @param type  a type of {@link #types()}
     * @return the arbitrary
     * @throws IllegalArgumentException if no valid values of the type are generated
     */
    @SuppressWarnings("unchecked")
    public static <T> Arbitrary<T> valid(Class<T> type) {
        Supplier<Arbitrary<?>> found = VALID.get(type);
        if (found == null) {
            throw new IllegalArgumentException("No arbitrary of " + type.getName());
        }
        return (Arbitrary<T>) found.get();
    }

    private static Arbitrary<?> entities() {
        List<Arbitrary<?>> each = new ArrayList<>();
        for (ModelType<?> type : ModelTypes.all()) {
            if (type.entityKind().isPresent()) {
                each.add(valid(type.javaType()));
            }
        }
        return Arbitraries.oneOf(each.stream().map(a -> a.map(Object.class::cast)).toList());
    }

    private static Arbitrary<?> codes() {
        return Arbitraries.of(Vocabularies.all()).flatMap(v -> Arbitraries.of(v.terms()));
    }

    private static Arbitrary<?> properties() {
        List<Property<?>> all = new ArrayList<>();
        for (ModelType<?> type : ModelTypes.all()) {
            all.addAll(type.properties());
        }
        return Arbitraries.of(all);
    }
}

package org.uhcmodel.testing.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
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
import org.uhcmodel.programme.Programme;
import org.uhcmodel.programme.ProgrammeParticipant;
import org.uhcmodel.scheme.Benefit;
import org.uhcmodel.scheme.BenefitPackage;
import org.uhcmodel.scheme.ContributionRule;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.scheme.CoverageSnapshot;
import org.uhcmodel.scheme.PayerShare;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.testing.Actors;
import org.uhcmodel.testing.Agreements;
import org.uhcmodel.testing.CoverageSchemes;
import org.uhcmodel.testing.InvalidVariant;
import org.uhcmodel.testing.InvalidVariants;
import org.uhcmodel.testing.Datasets;
import org.uhcmodel.testing.Programmes;
import org.uhcmodel.testing.Sdg;
import org.uhcmodel.testing.Sources;
import org.uhcmodel.testing.Values;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.Coded;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.Entity;
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
 * Lets {@code @ForAll} generate every type of the model with no {@code @Provide}: registered in
 * {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}.
 * <p>
 * Vocabularies (enums) are left to jqwik, which generates their constants; this provider adds the value types, the
 * entities, {@link Entity} and {@link Coded} (any entity, any constant of a vocabulary), {@link InvalidVariant}, and the
 * refusals of invalid variants, {@link ModelViolationException} and {@link Violation}.
 */
public final class UhcArbitraryProvider implements ArbitraryProvider {

    private static final Map<Class<?>, Supplier<Arbitrary<?>>> BY_TYPE = byType();

    /** Creates the provider; called by jqwik's service loading. */
    public UhcArbitraryProvider() {
    }

    private static Map<Class<?>, Supplier<Arbitrary<?>>> byType() {
        Map<Class<?>, Supplier<Arbitrary<?>>> m = new LinkedHashMap<>();
        // shared values
        m.put(LocalizedText.class, Values::localizedTexts);
        m.put(PartialDate.class, Values::partialDates);
        m.put(ReportedDate.class, Values::reportedDates);
        m.put(Period.class, Values::periods);
        m.put(CountryCode.class, Values::countryCodes);
        m.put(EntityId.class, Values::entityIds);
        m.put(Citation.class, Values::citations);
        m.put(Identifier.class, Values::identifiers);
        m.put(Money.class, Values::money);
        m.put(Percentage.class, Values::percentages);
        m.put(Statistic.class, Values::statistics);
        m.put(Place.class, Values::places);
        m.put(Objective.class, Values::objectives);
        // source and actor
        m.put(SourceDocument.class, Sources::sources);
        m.put(Organization.class, Actors::organizations);
        m.put(FacilityProfile.class, Actors::facilityProfiles);
        m.put(Person.class, Actors::persons);
        m.put(Position.class, Actors::positions);
        // agreement
        m.put(Agreement.class, Agreements::agreements);
        m.put(Party.class, Agreements::parties);
        m.put(Signatory.class, Agreements::signatories);
        m.put(Commitment.class, Agreements::commitments);
        m.put(GoverningBody.class, Agreements::governingBodies);
        m.put(Event.class, Agreements::events);
        // programme
        m.put(Programme.class, Programmes::programmes);
        m.put(ProgrammeParticipant.class, Programmes::participants);
        // scheme
        m.put(CoverageScheme.class, CoverageSchemes::schemes);
        m.put(BenefitPackage.class, CoverageSchemes::benefitPackages);
        m.put(Benefit.class, CoverageSchemes::benefits);
        m.put(ContributionRule.class, CoverageSchemes::contributionRules);
        m.put(PayerShare.class, CoverageSchemes::payerShares);
        m.put(CoverageSnapshot.class, CoverageSchemes::snapshots);
        // sdg and dataset
        m.put(IndicatorObservation.class, Sdg::observations);
        m.put(IndicatorTarget.class, Sdg::indicatorTargets);
        m.put(Dataset.class, Datasets::datasets);
        // the interfaces, and the invalid inputs
        m.put(Entity.class, UhcArbitraryProvider::entities);
        m.put(Coded.class, UhcArbitraryProvider::codes);
        m.put(InvalidVariant.class, InvalidVariants::all);
        m.put(ModelViolationException.class, InvalidVariants::refusals);
        m.put(Violation.class, InvalidVariants::violations);
        return m;
    }

    /**
     * Gets the types this provider generates, vocabularies excluded.
     *
     * @return the types, not null
     */
    public static Set<Class<?>> types() {
        return BY_TYPE.keySet();
    }

    private static Arbitrary<?> entities() {
        return Arbitraries.oneOf(List.of(Sources.sources(), Actors.organizations(), Actors.persons(),
            Agreements.agreements(), Agreements.governingBodies(), Agreements.events(), Programmes.programmes(),
            CoverageSchemes.schemes(), Sdg.observations(), Sdg.indicatorTargets()));
    }

    private static Arbitrary<?> codes() {
        return Arbitraries.of(InvalidArbitraries.VOCABULARIES).flatMap(type -> Arbitraries.of(type.getEnumConstants()));
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return BY_TYPE.containsKey(targetType.getRawType());
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        return Set.of(BY_TYPE.get(targetType.getRawType()).get());
    }
}

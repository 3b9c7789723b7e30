package org.uhcmodel.testing;

import static org.uhcmodel.testing.Refusals.check;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
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
import org.uhcmodel.area.Area;
import org.uhcmodel.area.SubnationalArea;
import org.uhcmodel.dataset.Dataset;
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
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.testing.usage.Revalidation;
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
 * Each area's domain generates, on its own and without the global provider, every model type its facade offers;
 * each value passes again through a public entry point of the model and comes back equal.
 */
@AtLeastThousandTries
class DomainProperties {

    /** Each domain and the facade whose valid arbitraries it provides. */
    private static final Map<Class<?>, Class<?>> FACADE_OF = Map.of(ValuesDomain.class, Values.class,
        SourcesDomain.class, Sources.class, ActorsDomain.class, Actors.class, AgreementsDomain.class, Agreements.class,
        ProgrammesDomain.class, Programmes.class, CoverageSchemesDomain.class, CoverageSchemes.class,
        SdgDomain.class, Sdg.class, DatasetsDomain.class, Datasets.class);

    private static void revalidated(Object... values) {
        for (Object value : values) {
            Revalidation.check(value);
        }
    }

    @Property(tries = 1000)
    @Domain(ValuesDomain.class)
    void valuesDomainGeneratesEveryValue(
            @ForAll LocalizedText text, @ForAll PartialDate date, @ForAll ReportedDate reported, @ForAll Period period,
            @ForAll CountryCode country, @ForAll EntityId id, @ForAll Citation citation, @ForAll Identifier identifier,
            @ForAll Money money, @ForAll Percentage percentage, @ForAll Statistic statistic, @ForAll Place place,
            @ForAll Objective objective, @ForAll CurrencyCode currency, @ForAll AdministrativeLevel level) {
        revalidated(
            text, date, reported, period, country, id, citation, identifier, money, percentage, statistic, place,
            objective, currency, level);
    }

    @Property(tries = 1000)
    @Domain(SourcesDomain.class)
    void sourcesDomainGeneratesSources(@ForAll SourceDocument source) {
        revalidated(source);
    }

    @Property(tries = 1000)
    @Domain(ActorsDomain.class)
    void actorsDomainGeneratesEveryActor(@ForAll Organization organization, @ForAll FacilityProfile facility,
                                         @ForAll Person person, @ForAll Position position) {
        revalidated(organization, facility, person, position);
    }

    @Property(tries = 1000)
    @Domain(AgreementsDomain.class)
    void agreementsDomainGeneratesEveryPartOfAgreements(@ForAll Agreement agreement, @ForAll Party party,
                                                        @ForAll Signatory signatory, @ForAll Commitment commitment,
                                                        @ForAll GoverningBody body, @ForAll Event event) {
        revalidated(agreement, party, signatory, commitment, body, event);
    }

    @Property(tries = 1000)
    @Domain(ProgrammesDomain.class)
    void programmesDomainGeneratesEveryPartOfProgrammes(
            @ForAll Programme programme, @ForAll ProgrammeParticipant participant,
            @ForAll IatiIdentifier iatiIdentifier, @ForAll OtherIdentifier otherIdentifier,
            @ForAll ActivityDate activityDate, @ForAll RecipientCountry recipientCountry,
            @ForAll RecipientRegion recipientRegion, @ForAll ProgrammeSector programmeSector,
            @ForAll AdministrativeArea administrativeArea, @ForAll GeoPoint geoPoint, @ForAll Location location,
            @ForAll Budget budget, @ForAll PlannedDisbursement plannedDisbursement, @ForAll Transaction transaction,
            @ForAll IndicatorBaseline indicatorBaseline, @ForAll IndicatorPeriod indicatorPeriod,
            @ForAll ResultIndicator resultIndicator, @ForAll Result result, @ForAll DocumentLink documentLink,
            @ForAll RelatedActivity relatedActivity) {
        revalidated(programme, participant, iatiIdentifier, otherIdentifier, activityDate, recipientCountry,
                recipientRegion, programmeSector, administrativeArea, geoPoint, location, budget, plannedDisbursement,
                transaction, indicatorBaseline, indicatorPeriod, resultIndicator, result, documentLink,
                relatedActivity);
    }

    @Property(tries = 1000)
    @Domain(CoverageSchemesDomain.class)
    void schemesDomainGeneratesEveryPartOfSchemes(@ForAll CoverageScheme scheme, @ForAll BenefitPackage benefits,
                                                  @ForAll Benefit benefit, @ForAll ContributionRule contribution,
                                                  @ForAll PayerShare share, @ForAll CoverageSnapshot snapshot) {
        revalidated(scheme, benefits, benefit, contribution, share, snapshot);
    }

    @Property(tries = 1000)
    @Domain(CoverageSchemesDomain.class)
    void schemesDomainGeneratesContractsAndTheTermsOfSchemes(@ForAll Contract contract,
                                                             @ForAll MemberCategory category,
                                                             @ForAll OperatorTerm term, @ForAll QuantityLimit limit,
                                                             @ForAll Exclusion exclusion, @ForAll Exemption exemption,
                                                             @ForAll Earmark earmark, @ForAll Revenue revenue,
                                                             @ForAll PaymentMechanism mechanism,
                                                             @ForAll Accreditation accreditation) {
        revalidated(contract, category, term, limit, exclusion, exemption, earmark, revenue, mechanism,
            accreditation);
    }

    @Property(tries = 1000)
    @Domain(SdgDomain.class)
    void sdgDomainGeneratesObservationsAndTargets(
            @ForAll IndicatorObservation observation, @ForAll IndicatorTarget target, @ForAll Indicator indicator,
            @ForAll IndicatorSeries series, @ForAll MethodEdition edition, @ForAll IndicatorCode code,
            @ForAll SeriesCode seriesCode, @ForAll ReferencePeriod period, @ForAll Disaggregation breakdown,
            @ForAll DeclaredDimension dimension, @ForAll DeclaredCategory category, @ForAll ObservationKey key,
            @ForAll DatedValue dated, @ForAll SocietalPovertyLine povertyLine, @ForAll SpendingThreshold threshold,
            @ForAll ServiceCoverageIndex index) {
        revalidated(observation, target, indicator, series, edition, code, seriesCode, period, breakdown, dimension,
            category, key, dated, povertyLine, threshold, index);
    }

    @Property(tries = 1000)
    @Domain(SdgDomain.class)
    void sdgDomainGeneratesAreas(@ForAll Area area, @ForAll SubnationalArea subnational) {
        revalidated(area, subnational);
    }

    @Property(tries = 1000)
    @Domain(DatasetsDomain.class)
    void datasetsDomainGeneratesWholeDatasets(@ForAll Dataset dataset) {
        revalidated(dataset);
    }

    private static Class<?> argument(Type type) {
        Type t = ((ParameterizedType) type).getActualTypeArguments()[0];
        return t instanceof Class<?> c ? c : Object.class;
    }

    @Example
    void eachDomainProvidesEveryModelTypeOfItsFacadeAndEachIsTriedHere() {
        Set<String> wrong = new TreeSet<>();
        for (Map.Entry<Class<?>, Class<?>> e : FACADE_OF.entrySet()) {
            Set<String> offered = new TreeSet<>();
            for (Method m : e.getValue().getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
                    && m.getReturnType() == net.jqwik.api.Arbitrary.class) {
                    Class<?> t = argument(m.getGenericReturnType());
                    if (t.getName().startsWith("org.uhcmodel.") && !t.isEnum() && t != InvalidVariant.class) {
                        offered.add(t.getName());
                    }
                }
            }
            Set<String> provided = new TreeSet<>();
            for (Method m : e.getKey().getMethods()) {
                if (m.isAnnotationPresent(Provide.class)) {
                    provided.add(argument(m.getGenericReturnType()).getName());
                }
            }
            if (!offered.equals(provided)) {
                wrong.add(e.getKey().getSimpleName() + " provides " + provided + ", " + e.getValue().getSimpleName()
                    + " offers " + offered);
            }
            Set<String> tried = new TreeSet<>();
            for (Method m : DomainProperties.class.getDeclaredMethods()) {
                Domain d = m.getAnnotation(Domain.class);
                if (d != null && d.value() == e.getKey()) {
                    for (Class<?> p : m.getParameterTypes()) {
                        tried.add(p.getName());
                    }
                }
            }
            if (!tried.equals(provided)) {
                wrong.add(e.getKey().getSimpleName() + " is tried here on " + tried + " but provides " + provided);
            }
        }
        check(FACADE_OF.size() == 8 && wrong.isEmpty(), String.join("\n", wrong));
        check(List.of(ValuesDomain.class.getDeclaredMethods()).size() >= 13,
                "too few provider methods in ValuesDomain");
    }
}

package org.uhcmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.uhcmodel.actor.FacilityLevel;
import org.uhcmodel.actor.FacilityOwnership;
import org.uhcmodel.actor.FacilityProfile;
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
import org.uhcmodel.area.Area;
import org.uhcmodel.area.SubnationalArea;
import org.uhcmodel.dataset.Dataset;
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
import org.uhcmodel.sdg.BudgetBasis;
import org.uhcmodel.sdg.DatedValue;
import org.uhcmodel.sdg.DeclaredCategory;
import org.uhcmodel.sdg.DeclaredDimension;
import org.uhcmodel.sdg.Disaggregation;
import org.uhcmodel.sdg.DisaggregationDimension;
import org.uhcmodel.sdg.HealthWorkforceCadre;
import org.uhcmodel.sdg.HouseholdType;
import org.uhcmodel.sdg.Indicator;
import org.uhcmodel.sdg.IndicatorCode;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorSeries;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.sdg.IndicatorUnit;
import org.uhcmodel.sdg.MethodEdition;
import org.uhcmodel.sdg.ObservationNature;
import org.uhcmodel.sdg.Quintile;
import org.uhcmodel.sdg.ReferencePeriod;
import org.uhcmodel.sdg.ReportingType;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.sdg.SeriesCode;
import org.uhcmodel.sdg.SeriesPublisher;
import org.uhcmodel.sdg.ServiceCoverageEdition;
import org.uhcmodel.sdg.Sex;
import org.uhcmodel.sdg.SocietalPovertyLine;
import org.uhcmodel.sdg.SpendingThreshold;
import org.uhcmodel.sdg.TargetKind;
import org.uhcmodel.sdg.Tracer;
import org.uhcmodel.sdg.TracerCategory;
import org.uhcmodel.sdg.UrbanRural;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.source.SourceKind;
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
 * {@code read(write(x))} equals {@code x} for every public type of the model and for whole datasets, over the
 * public arbitraries of {@code uhc-model-testing}; every document written is valid against the JSON Schema and
 * written again byte for byte the same.
 */
class PublicArbitraryProperties {

    private static void roundTrips(Object value, Class<?> type) {
        String json = UhcJson.writer().write(value);
        assertEquals(value, UhcJson.reader().read(json, type), json);
        assertEquals(json, UhcJson.writer().write(UhcJson.reader().read(json, type)));
        assertEquals(List.of(), SchemaTest.validate(json, type.getSimpleName()), json);
    }

    @Property(tries = 1000)
    void datasetsReadBackEqualInCompactAndPrettyForm(@ForAll Dataset dataset) {
        roundTrips(dataset, Dataset.class);
        String pretty = UhcJson.writer().pretty().write(dataset);
        assertEquals(dataset, UhcJson.reader().read(pretty, Dataset.class));
        assertEquals(List.of(), SchemaTest.validate(pretty, "Dataset"));
    }

    @Property(tries = 1000)
    void entityIdReadsBackEqual(@ForAll EntityId value) {
        roundTrips(value, EntityId.class);
    }

    @Property(tries = 1000)
    void countryCodeReadsBackEqual(@ForAll CountryCode value) {
        roundTrips(value, CountryCode.class);
    }

    @Property(tries = 1000)
    void partialDateReadsBackEqual(@ForAll PartialDate value) {
        roundTrips(value, PartialDate.class);
    }

    @Property(tries = 1000)
    void percentageReadsBackEqual(@ForAll Percentage value) {
        roundTrips(value, Percentage.class);
    }

    @Property(tries = 1000)
    void localizedTextReadsBackEqual(@ForAll LocalizedText value) {
        roundTrips(value, LocalizedText.class);
    }

    @Property(tries = 1000)
    void citationReadsBackEqual(@ForAll Citation value) {
        roundTrips(value, Citation.class);
    }

    @Property(tries = 1000)
    void identifierReadsBackEqual(@ForAll Identifier value) {
        roundTrips(value, Identifier.class);
    }

    @Property(tries = 1000)
    void moneyReadsBackEqual(@ForAll Money value) {
        roundTrips(value, Money.class);
    }

    @Property(tries = 1000)
    void reportedDateReadsBackEqual(@ForAll ReportedDate value) {
        roundTrips(value, ReportedDate.class);
    }

    @Property(tries = 1000)
    void periodReadsBackEqual(@ForAll Period value) {
        roundTrips(value, Period.class);
    }

    @Property(tries = 1000)
    void placeReadsBackEqual(@ForAll Place value) {
        roundTrips(value, Place.class);
    }

    @Property(tries = 1000)
    void objectiveReadsBackEqual(@ForAll Objective value) {
        roundTrips(value, Objective.class);
    }

    @Property(tries = 1000)
    void statisticReadsBackEqual(@ForAll Statistic value) {
        roundTrips(value, Statistic.class);
    }

    @Property(tries = 1000)
    void sourceDocumentReadsBackEqual(@ForAll SourceDocument value) {
        roundTrips(value, SourceDocument.class);
    }

    @Property(tries = 1000)
    void facilityProfileReadsBackEqual(@ForAll FacilityProfile value) {
        roundTrips(value, FacilityProfile.class);
    }

    @Property(tries = 1000)
    void organizationReadsBackEqual(@ForAll Organization value) {
        roundTrips(value, Organization.class);
    }

    @Property(tries = 1000)
    void positionReadsBackEqual(@ForAll Position value) {
        roundTrips(value, Position.class);
    }

    @Property(tries = 1000)
    void personReadsBackEqual(@ForAll Person value) {
        roundTrips(value, Person.class);
    }

    @Property(tries = 1000)
    void partyReadsBackEqual(@ForAll Party value) {
        roundTrips(value, Party.class);
    }

    @Property(tries = 1000)
    void signatoryReadsBackEqual(@ForAll Signatory value) {
        roundTrips(value, Signatory.class);
    }

    @Property(tries = 1000)
    void commitmentReadsBackEqual(@ForAll Commitment value) {
        roundTrips(value, Commitment.class);
    }

    @Property(tries = 1000)
    void agreementReadsBackEqual(@ForAll Agreement value) {
        roundTrips(value, Agreement.class);
    }

    @Property(tries = 1000)
    void eventReadsBackEqual(@ForAll Event value) {
        roundTrips(value, Event.class);
    }

    @Property(tries = 1000)
    void governingBodyReadsBackEqual(@ForAll GoverningBody value) {
        roundTrips(value, GoverningBody.class);
    }

    @Property(tries = 1000)
    void programmeParticipantReadsBackEqual(@ForAll ProgrammeParticipant value) {
        roundTrips(value, ProgrammeParticipant.class);
    }

    @Property(tries = 1000)
    void programmeReadsBackEqual(@ForAll Programme value) {
        roundTrips(value, Programme.class);
    }

    @Property(tries = 1000)
    void benefitReadsBackEqual(@ForAll Benefit value) {
        roundTrips(value, Benefit.class);
    }

    @Property(tries = 1000)
    void benefitPackageReadsBackEqual(@ForAll BenefitPackage value) {
        roundTrips(value, BenefitPackage.class);
    }

    @Property(tries = 1000)
    void payerShareReadsBackEqual(@ForAll PayerShare value) {
        roundTrips(value, PayerShare.class);
    }

    @Property(tries = 1000)
    void contributionRuleReadsBackEqual(@ForAll ContributionRule value) {
        roundTrips(value, ContributionRule.class);
    }

    @Property(tries = 1000)
    void coverageSnapshotReadsBackEqual(@ForAll CoverageSnapshot value) {
        roundTrips(value, CoverageSnapshot.class);
    }

    @Property(tries = 1000)
    void coverageSchemeReadsBackEqual(@ForAll CoverageScheme value) {
        roundTrips(value, CoverageScheme.class);
    }

    @Property(tries = 1000)
    void indicatorObservationReadsBackEqual(@ForAll IndicatorObservation value) {
        roundTrips(value, IndicatorObservation.class);
    }

    @Property(tries = 1000)
    void indicatorTargetReadsBackEqual(@ForAll IndicatorTarget value) {
        roundTrips(value, IndicatorTarget.class);
    }

    @Property(tries = 1000)
    void areaReadsBackEqual(@ForAll Area value) {
        roundTrips(value, Area.class);
    }

    @Property(tries = 1000)
    void subnationalAreaReadsBackEqual(@ForAll SubnationalArea value) {
        roundTrips(value, SubnationalArea.class);
    }

    @Property(tries = 1000)
    void indicatorCodeReadsBackEqual(@ForAll IndicatorCode value) {
        roundTrips(value, IndicatorCode.class);
    }

    @Property(tries = 1000)
    void seriesCodeReadsBackEqual(@ForAll SeriesCode value) {
        roundTrips(value, SeriesCode.class);
    }

    @Property(tries = 1000)
    void referencePeriodReadsBackEqual(@ForAll ReferencePeriod value) {
        roundTrips(value, ReferencePeriod.class);
    }

    @Property(tries = 1000)
    void methodEditionReadsBackEqual(@ForAll MethodEdition value) {
        roundTrips(value, MethodEdition.class);
    }

    @Property(tries = 1000)
    void indicatorSeriesReadsBackEqual(@ForAll IndicatorSeries value) {
        roundTrips(value, IndicatorSeries.class);
    }

    @Property(tries = 1000)
    void indicatorReadsBackEqual(@ForAll Indicator value) {
        roundTrips(value, Indicator.class);
    }

    @Property(tries = 1000)
    void disaggregationReadsBackEqual(@ForAll Disaggregation value) {
        roundTrips(value, Disaggregation.class);
    }

    @Property(tries = 1000)
    void declaredCategoryReadsBackEqual(@ForAll DeclaredCategory value) {
        roundTrips(value, DeclaredCategory.class);
    }

    @Property(tries = 1000)
    void declaredDimensionReadsBackEqual(@ForAll DeclaredDimension value) {
        roundTrips(value, DeclaredDimension.class);
    }

    @Property(tries = 1000)
    void societalPovertyLineReadsBackEqual(@ForAll SocietalPovertyLine value) {
        roundTrips(value, SocietalPovertyLine.class);
    }

    @Property(tries = 1000)
    void datedValueReadsBackEqual(@ForAll DatedValue value) {
        roundTrips(value, DatedValue.class);
    }

    @Property(tries = 1000)
    void sexReadsBackEqual(@ForAll Sex value) {
        roundTrips(value, Sex.class);
    }

    @Property(tries = 1000)
    void urbanRuralReadsBackEqual(@ForAll UrbanRural value) {
        roundTrips(value, UrbanRural.class);
    }

    @Property(tries = 1000)
    void quintileReadsBackEqual(@ForAll Quintile value) {
        roundTrips(value, Quintile.class);
    }

    @Property(tries = 1000)
    void householdTypeReadsBackEqual(@ForAll HouseholdType value) {
        roundTrips(value, HouseholdType.class);
    }

    @Property(tries = 1000)
    void observationNatureReadsBackEqual(@ForAll ObservationNature value) {
        roundTrips(value, ObservationNature.class);
    }

    @Property(tries = 1000)
    void reportingTypeReadsBackEqual(@ForAll ReportingType value) {
        roundTrips(value, ReportingType.class);
    }

    @Property(tries = 1000)
    void targetKindReadsBackEqual(@ForAll TargetKind value) {
        roundTrips(value, TargetKind.class);
    }

    @Property(tries = 1000)
    void seriesPublisherReadsBackEqual(@ForAll SeriesPublisher value) {
        roundTrips(value, SeriesPublisher.class);
    }

    @Property(tries = 1000)
    void budgetBasisReadsBackEqual(@ForAll BudgetBasis value) {
        roundTrips(value, BudgetBasis.class);
    }

    @Property(tries = 1000)
    void healthWorkforceCadreReadsBackEqual(@ForAll HealthWorkforceCadre value) {
        roundTrips(value, HealthWorkforceCadre.class);
    }

    @Property(tries = 1000)
    void serviceCoverageEditionReadsBackEqual(@ForAll ServiceCoverageEdition value) {
        roundTrips(value, ServiceCoverageEdition.class);
    }

    @Property(tries = 1000)
    void administrativeLevelReadsBackEqual(@ForAll AdministrativeLevel value) {
        roundTrips(value, AdministrativeLevel.class);
    }

    @Property(tries = 1000)
    void dacSectorReadsBackEqual(@ForAll DacSector value) {
        roundTrips(value, DacSector.class);
    }

    @Property(tries = 1000)
    void dateBasisReadsBackEqual(@ForAll DateBasis value) {
        roundTrips(value, DateBasis.class);
    }

    @Property(tries = 1000)
    void directionReadsBackEqual(@ForAll Direction value) {
        roundTrips(value, Direction.class);
    }

    @Property(tries = 1000)
    void identifierSchemeReadsBackEqual(@ForAll IdentifierScheme value) {
        roundTrips(value, IdentifierScheme.class);
    }

    @Property(tries = 1000)
    void sdgTargetReadsBackEqual(@ForAll SdgTarget value) {
        roundTrips(value, SdgTarget.class);
    }

    @Property(tries = 1000)
    void disaggregationDimensionReadsBackEqual(@ForAll DisaggregationDimension value) {
        roundTrips(value, DisaggregationDimension.class);
    }

    @Property(tries = 1000)
    void indicatorUnitReadsBackEqual(@ForAll IndicatorUnit value) {
        roundTrips(value, IndicatorUnit.class);
    }

    @Property(tries = 1000)
    void spendingThresholdReadsBackEqual(@ForAll SpendingThreshold value) {
        roundTrips(value, SpendingThreshold.class);
    }

    @Property(tries = 1000)
    void tracerReadsBackEqual(@ForAll Tracer value) {
        roundTrips(value, Tracer.class);
    }

    @Property(tries = 1000)
    void tracerCategoryReadsBackEqual(@ForAll TracerCategory value) {
        roundTrips(value, TracerCategory.class);
    }

    @Property(tries = 1000)
    void sourceKindReadsBackEqual(@ForAll SourceKind value) {
        roundTrips(value, SourceKind.class);
    }

    @Property(tries = 1000)
    void facilityLevelReadsBackEqual(@ForAll FacilityLevel value) {
        roundTrips(value, FacilityLevel.class);
    }

    @Property(tries = 1000)
    void facilityOwnershipReadsBackEqual(@ForAll FacilityOwnership value) {
        roundTrips(value, FacilityOwnership.class);
    }

    @Property(tries = 1000)
    void facilityTypeReadsBackEqual(@ForAll FacilityType value) {
        roundTrips(value, FacilityType.class);
    }

    @Property(tries = 1000)
    void honorificReadsBackEqual(@ForAll Honorific value) {
        roundTrips(value, Honorific.class);
    }

    @Property(tries = 1000)
    void iatiOrganisationTypeReadsBackEqual(@ForAll IatiOrganisationType value) {
        roundTrips(value, IatiOrganisationType.class);
    }

    @Property(tries = 1000)
    void organizationKindReadsBackEqual(@ForAll OrganizationKind value) {
        roundTrips(value, OrganizationKind.class);
    }

    @Property(tries = 1000)
    void roleKindReadsBackEqual(@ForAll RoleKind value) {
        roundTrips(value, RoleKind.class);
    }

    @Property(tries = 1000)
    void agreementKindReadsBackEqual(@ForAll AgreementKind value) {
        roundTrips(value, AgreementKind.class);
    }

    @Property(tries = 1000)
    void agreementStatusReadsBackEqual(@ForAll AgreementStatus value) {
        roundTrips(value, AgreementStatus.class);
    }

    @Property(tries = 1000)
    void bodyKindReadsBackEqual(@ForAll BodyKind value) {
        roundTrips(value, BodyKind.class);
    }

    @Property(tries = 1000)
    void commitmentKindReadsBackEqual(@ForAll CommitmentKind value) {
        roundTrips(value, CommitmentKind.class);
    }

    @Property(tries = 1000)
    void cooperationAreaReadsBackEqual(@ForAll CooperationArea value) {
        roundTrips(value, CooperationArea.class);
    }

    @Property(tries = 1000)
    void eventKindReadsBackEqual(@ForAll EventKind value) {
        roundTrips(value, EventKind.class);
    }

    @Property(tries = 1000)
    void partyRoleReadsBackEqual(@ForAll PartyRole value) {
        roundTrips(value, PartyRole.class);
    }

    @Property(tries = 1000)
    void activityStatusReadsBackEqual(@ForAll ActivityStatus value) {
        roundTrips(value, ActivityStatus.class);
    }

    @Property(tries = 1000)
    void iatiOrganisationRoleReadsBackEqual(@ForAll IatiOrganisationRole value) {
        roundTrips(value, IatiOrganisationRole.class);
    }

    @Property(tries = 1000)
    void programmeKindReadsBackEqual(@ForAll ProgrammeKind value) {
        roundTrips(value, ProgrammeKind.class);
    }

    @Property(tries = 1000)
    void contributionBasisReadsBackEqual(@ForAll ContributionBasis value) {
        roundTrips(value, ContributionBasis.class);
    }

    @Property(tries = 1000)
    void contributionPeriodReadsBackEqual(@ForAll ContributionPeriod value) {
        roundTrips(value, ContributionPeriod.class);
    }

    @Property(tries = 1000)
    void financingSchemeReadsBackEqual(@ForAll FinancingScheme value) {
        roundTrips(value, FinancingScheme.class);
    }

    @Property(tries = 1000)
    void membershipReadsBackEqual(@ForAll Membership value) {
        roundTrips(value, Membership.class);
    }

    @Property(tries = 1000)
    void payerTypeReadsBackEqual(@ForAll PayerType value) {
        roundTrips(value, PayerType.class);
    }

    @Property(tries = 1000)
    void populationGroupReadsBackEqual(@ForAll PopulationGroup value) {
        roundTrips(value, PopulationGroup.class);
    }

    @Property(tries = 1000)
    void schemeTypeReadsBackEqual(@ForAll SchemeType value) {
        roundTrips(value, SchemeType.class);
    }

    @Property(tries = 1000)
    void serviceCategoryReadsBackEqual(@ForAll ServiceCategory value) {
        roundTrips(value, ServiceCategory.class);
    }
}

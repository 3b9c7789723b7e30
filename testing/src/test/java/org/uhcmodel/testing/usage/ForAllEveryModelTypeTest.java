package org.uhcmodel.testing.usage;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.uhcmodel.testing.AtLeastThousandTries;

/**
 * Written as a user of uhc-model-testing would: {@code @ForAll} on every public top-level type of the model, with no
 * {@code @Provide} and no {@code @Domain}; the arbitraries come from the provider registered in
 * {@code META-INF/services}. Each value generated passes again through a public entry point of the model, which
 * validates it, and must come back equal ({@link Revalidation}); {@link EveryPublicTypeIsGeneratedTest} checks that
 * no public type of the model is left out.
 */
@AtLeastThousandTries
class ForAllEveryModelTypeTest {

    private static void given(Object... values) {
        for (Object value : values) {
            Revalidation.check(value);
        }
    }

    @Property(tries = 1000)
    void everyTypeOfValueIsGenerated(
            @ForAll org.uhcmodel.value.AdministrativeLevel administrativeLevel,
            @ForAll org.uhcmodel.value.Citation citation,
            @ForAll org.uhcmodel.value.Coded coded,
            @ForAll org.uhcmodel.value.CountryCode countryCode,
            @ForAll org.uhcmodel.value.CurrencyCode currencyCode,
            @ForAll org.uhcmodel.value.DacCategory dacCategory,
            @ForAll org.uhcmodel.value.DacSector dacSector,
            @ForAll org.uhcmodel.value.DateBasis dateBasis,
            @ForAll org.uhcmodel.value.DatePrecision datePrecision,
            @ForAll org.uhcmodel.value.Direction direction,
            @ForAll org.uhcmodel.value.Entity entity,
            @ForAll org.uhcmodel.value.EntityId entityId,
            @ForAll org.uhcmodel.value.EntityKind entityKind,
            @ForAll org.uhcmodel.value.Identifier identifier,
            @ForAll org.uhcmodel.value.IdentifierScheme identifierScheme,
            @ForAll org.uhcmodel.value.LocalizedText localizedText,
            @ForAll org.uhcmodel.value.Money money,
            @ForAll org.uhcmodel.value.Objective objective,
            @ForAll org.uhcmodel.value.PartialDate partialDate,
            @ForAll org.uhcmodel.value.Percentage percentage,
            @ForAll org.uhcmodel.value.Period period,
            @ForAll org.uhcmodel.value.Place place,
            @ForAll org.uhcmodel.value.ReportedDate reportedDate,
            @ForAll org.uhcmodel.value.Statistic statistic) {
        given(administrativeLevel, citation, coded, countryCode, currencyCode, dacCategory, dacSector, dateBasis,
                datePrecision, direction, entity, entityId, entityKind, identifier, identifierScheme, localizedText,
                money, objective, partialDate, percentage, period, place, reportedDate, statistic);
    }

    @Property(tries = 1000)
    void everyTypeOfSourceIsGenerated(
            @ForAll org.uhcmodel.source.SourceDocument sourceDocument,
            @ForAll org.uhcmodel.source.SourceKind sourceKind) {
        given(sourceDocument, sourceKind);
    }

    @Property(tries = 1000)
    void everyTypeOfActorIsGenerated(
            @ForAll org.uhcmodel.actor.FacilityLevel facilityLevel,
            @ForAll org.uhcmodel.actor.FacilityOwnership facilityOwnership,
            @ForAll org.uhcmodel.actor.FacilityProfile facilityProfile,
            @ForAll org.uhcmodel.actor.FacilityType facilityType,
            @ForAll org.uhcmodel.actor.Honorific honorific,
            @ForAll org.uhcmodel.actor.IatiOrganisationType iatiOrganisationType,
            @ForAll org.uhcmodel.actor.Organization organization,
            @ForAll org.uhcmodel.actor.OrganizationKind organizationKind,
            @ForAll org.uhcmodel.actor.Person person,
            @ForAll org.uhcmodel.actor.Position position,
            @ForAll org.uhcmodel.actor.RoleKind roleKind) {
        given(facilityLevel, facilityOwnership, facilityProfile, facilityType, honorific, iatiOrganisationType,
                organization, organizationKind, person, position, roleKind);
    }

    @Property(tries = 1000)
    void everyTypeOfAgreementIsGenerated(
            @ForAll org.uhcmodel.agreement.Agreement agreement,
            @ForAll org.uhcmodel.agreement.AgreementKind agreementKind,
            @ForAll org.uhcmodel.agreement.AgreementStatus agreementStatus,
            @ForAll org.uhcmodel.agreement.BodyKind bodyKind,
            @ForAll org.uhcmodel.agreement.Commitment commitment,
            @ForAll org.uhcmodel.agreement.CommitmentKind commitmentKind,
            @ForAll org.uhcmodel.agreement.CooperationArea cooperationArea,
            @ForAll org.uhcmodel.agreement.Event event,
            @ForAll org.uhcmodel.agreement.EventKind eventKind,
            @ForAll org.uhcmodel.agreement.GoverningBody governingBody,
            @ForAll org.uhcmodel.agreement.Party party,
            @ForAll org.uhcmodel.agreement.PartyRole partyRole,
            @ForAll org.uhcmodel.agreement.Signatory signatory) {
        given(agreement, agreementKind, agreementStatus, bodyKind, commitment, commitmentKind, cooperationArea, event,
                eventKind, governingBody, party, partyRole, signatory);
    }

    @Property(tries = 1000)
    void everyTypeOfProgrammeIsGenerated(
            @ForAll org.uhcmodel.programme.ActivityDate activityDate,
            @ForAll org.uhcmodel.programme.ActivityDateType activityDateType,
            @ForAll org.uhcmodel.programme.ActivityStatus activityStatus,
            @ForAll org.uhcmodel.programme.AdministrativeArea administrativeArea,
            @ForAll org.uhcmodel.programme.Budget budget,
            @ForAll org.uhcmodel.programme.BudgetStatus budgetStatus,
            @ForAll org.uhcmodel.programme.BudgetType budgetType,
            @ForAll org.uhcmodel.programme.DacRegion dacRegion,
            @ForAll org.uhcmodel.programme.DocumentCategory documentCategory,
            @ForAll org.uhcmodel.programme.DocumentLink documentLink,
            @ForAll org.uhcmodel.programme.GeoPoint geoPoint,
            @ForAll org.uhcmodel.programme.GeographicExactness geographicExactness,
            @ForAll org.uhcmodel.programme.GeographicLocationReach geographicLocationReach,
            @ForAll org.uhcmodel.programme.GeographicVocabulary geographicVocabulary,
            @ForAll org.uhcmodel.programme.IatiIdentifier iatiIdentifier,
            @ForAll org.uhcmodel.programme.IatiOrganisationRole iatiOrganisationRole,
            @ForAll org.uhcmodel.programme.IndicatorBaseline indicatorBaseline,
            @ForAll org.uhcmodel.programme.IndicatorMeasure indicatorMeasure,
            @ForAll org.uhcmodel.programme.IndicatorPeriod indicatorPeriod,
            @ForAll org.uhcmodel.programme.Location location,
            @ForAll org.uhcmodel.programme.OtherIdentifier otherIdentifier,
            @ForAll org.uhcmodel.programme.OtherIdentifierType otherIdentifierType,
            @ForAll org.uhcmodel.programme.PlannedDisbursement plannedDisbursement,
            @ForAll org.uhcmodel.programme.Programme programme,
            @ForAll org.uhcmodel.programme.ProgrammeKind programmeKind,
            @ForAll org.uhcmodel.programme.ProgrammeParticipant programmeParticipant,
            @ForAll org.uhcmodel.programme.ProgrammeSector programmeSector,
            @ForAll org.uhcmodel.programme.RecipientCountry recipientCountry,
            @ForAll org.uhcmodel.programme.RecipientRegion recipientRegion,
            @ForAll org.uhcmodel.programme.RelatedActivity relatedActivity,
            @ForAll org.uhcmodel.programme.RelatedActivityType relatedActivityType,
            @ForAll org.uhcmodel.programme.Result result,
            @ForAll org.uhcmodel.programme.ResultIndicator resultIndicator,
            @ForAll org.uhcmodel.programme.ResultType resultType,
            @ForAll org.uhcmodel.programme.Transaction transaction,
            @ForAll org.uhcmodel.programme.TransactionType transactionType) {
        given(activityDate, activityDateType, activityStatus, administrativeArea, budget, budgetStatus, budgetType,
                dacRegion, documentCategory, documentLink, geoPoint, geographicExactness, geographicLocationReach,
                geographicVocabulary, iatiIdentifier, iatiOrganisationRole, indicatorBaseline, indicatorMeasure,
                indicatorPeriod, location, otherIdentifier, otherIdentifierType, plannedDisbursement, programme,
                programmeKind, programmeParticipant, programmeSector, recipientCountry, recipientRegion,
                relatedActivity, relatedActivityType, result, resultIndicator, resultType, transaction,
                transactionType);
    }

    @Property(tries = 1000)
    void everyTypeOfSchemeIsGenerated(
            @ForAll org.uhcmodel.scheme.Benefit benefit,
            @ForAll org.uhcmodel.scheme.BenefitPackage benefitPackage,
            @ForAll org.uhcmodel.scheme.ContributionBasis contributionBasis,
            @ForAll org.uhcmodel.scheme.ContributionPeriod contributionPeriod,
            @ForAll org.uhcmodel.scheme.ContributionRule contributionRule,
            @ForAll org.uhcmodel.scheme.CoverageScheme coverageScheme,
            @ForAll org.uhcmodel.scheme.CoverageSnapshot coverageSnapshot,
            @ForAll org.uhcmodel.scheme.FinancingScheme financingScheme,
            @ForAll org.uhcmodel.scheme.Membership membership,
            @ForAll org.uhcmodel.scheme.PayerShare payerShare,
            @ForAll org.uhcmodel.scheme.PayerType payerType,
            @ForAll org.uhcmodel.scheme.PopulationGroup populationGroup,
            @ForAll org.uhcmodel.scheme.SchemeType schemeType,
            @ForAll org.uhcmodel.scheme.ServiceCategory serviceCategory) {
        given(benefit, benefitPackage, contributionBasis, contributionPeriod, contributionRule, coverageScheme,
                coverageSnapshot, financingScheme, membership, payerShare, payerType, populationGroup, schemeType,
                        serviceCategory);
    }

    @Property(tries = 1000)
    void everyTermOfSchemesAndEveryContractIsGenerated(
            @ForAll org.uhcmodel.scheme.AccessCondition accessCondition,
            @ForAll org.uhcmodel.scheme.Accreditation accreditation,
            @ForAll org.uhcmodel.scheme.AmountBasis amountBasis,
            @ForAll org.uhcmodel.scheme.Contract contract,
            @ForAll org.uhcmodel.scheme.Earmark earmark,
            @ForAll org.uhcmodel.scheme.Exclusion exclusion,
            @ForAll org.uhcmodel.scheme.Exemption exemption,
            @ForAll org.uhcmodel.scheme.ExemptionScope exemptionScope,
            @ForAll org.uhcmodel.scheme.MemberCategory memberCategory,
            @ForAll org.uhcmodel.scheme.OperatorTerm operatorTerm,
            @ForAll org.uhcmodel.scheme.PaymentMechanism paymentMechanism,
            @ForAll org.uhcmodel.scheme.PaymentMethod paymentMethod,
            @ForAll org.uhcmodel.scheme.ProviderClass providerClass,
            @ForAll org.uhcmodel.scheme.QuantityLimit quantityLimit,
            @ForAll org.uhcmodel.scheme.Revenue revenue,
            @ForAll org.uhcmodel.scheme.RevenueClass revenueClass,
            @ForAll org.uhcmodel.scheme.SchemeStatus schemeStatus) {
        given(accessCondition, accreditation, amountBasis, contract, earmark, exclusion, exemption, exemptionScope,
                memberCategory, operatorTerm, paymentMechanism, paymentMethod, providerClass, quantityLimit, revenue,
                        revenueClass, schemeStatus);
    }

    @Property(tries = 1000)
    void everyTypeOfAreaIsGenerated(
            @ForAll org.uhcmodel.area.Area area,
            @ForAll org.uhcmodel.area.AreaKind areaKind,
            @ForAll org.uhcmodel.area.SubnationalArea subnationalArea) {
        given(area, areaKind, subnationalArea);
    }

    @Property(tries = 1000)
    void everyVocabularyOfSdgIsGenerated(
            @ForAll org.uhcmodel.sdg.BudgetBasis budgetBasis,
            @ForAll org.uhcmodel.sdg.DisaggregationDimension disaggregationDimension,
            @ForAll org.uhcmodel.sdg.HealthWorkforceCadre healthWorkforceCadre,
            @ForAll org.uhcmodel.sdg.HouseholdType householdType,
            @ForAll org.uhcmodel.sdg.IndicatorUnit indicatorUnit,
            @ForAll org.uhcmodel.sdg.ObservationNature observationNature,
            @ForAll org.uhcmodel.sdg.Quintile quintile,
            @ForAll org.uhcmodel.sdg.ReportingType reportingType,
            @ForAll org.uhcmodel.sdg.SdgTarget sdgTarget,
            @ForAll org.uhcmodel.sdg.SeriesPublisher seriesPublisher,
            @ForAll org.uhcmodel.sdg.ServiceCoverageEdition serviceCoverageEdition,
            @ForAll org.uhcmodel.sdg.Sex sex,
            @ForAll org.uhcmodel.sdg.TargetKind targetKind,
            @ForAll org.uhcmodel.sdg.Tracer tracer,
            @ForAll org.uhcmodel.sdg.TracerCategory tracerCategory,
            @ForAll org.uhcmodel.sdg.UrbanRural urbanRural) {
        given(budgetBasis, disaggregationDimension, healthWorkforceCadre, householdType, indicatorUnit,
                observationNature, quintile, reportingType, sdgTarget, seriesPublisher, serviceCoverageEdition, sex,
                        targetKind, tracer, tracerCategory, urbanRural);
    }

    @Property(tries = 1000)
    void everyTypeOfSdgIsGenerated(
            @ForAll org.uhcmodel.sdg.DatedValue datedValue,
            @ForAll org.uhcmodel.sdg.DeclaredCategory declaredCategory,
            @ForAll org.uhcmodel.sdg.DeclaredDimension declaredDimension,
            @ForAll org.uhcmodel.sdg.Disaggregation disaggregation,
            @ForAll org.uhcmodel.sdg.Indicator indicator,
            @ForAll org.uhcmodel.sdg.IndicatorCode indicatorCode,
            @ForAll org.uhcmodel.sdg.IndicatorObservation indicatorObservation,
            @ForAll org.uhcmodel.sdg.IndicatorSeries indicatorSeries,
            @ForAll org.uhcmodel.sdg.IndicatorTarget indicatorTarget,
            @ForAll org.uhcmodel.sdg.MethodEdition methodEdition,
            @ForAll org.uhcmodel.sdg.ObservationKey observationKey,
            @ForAll org.uhcmodel.sdg.ReferencePeriod referencePeriod,
            @ForAll org.uhcmodel.sdg.SeriesCode seriesCode,
            @ForAll org.uhcmodel.sdg.ServiceCoverageIndex serviceCoverageIndex,
            @ForAll org.uhcmodel.sdg.SocietalPovertyLine societalPovertyLine,
            @ForAll org.uhcmodel.sdg.SpendingThreshold spendingThreshold) {
        given(datedValue, declaredCategory, declaredDimension, disaggregation, indicator, indicatorCode,
                indicatorObservation, indicatorSeries, indicatorTarget, methodEdition, observationKey,
                        referencePeriod, seriesCode, serviceCoverageIndex, societalPovertyLine, spendingThreshold);
    }

    @Property(tries = 1000)
    void everyTypeOfValidationIsGenerated(
            @ForAll org.uhcmodel.validation.ModelViolationException modelViolationException,
            @ForAll org.uhcmodel.validation.Rule rule,
            @ForAll org.uhcmodel.validation.Severity severity,
            @ForAll org.uhcmodel.validation.Violation violation) {
        given(modelViolationException, rule, severity, violation);
    }

    @Property(tries = 1000)
    void everyTypeOfTheDescriptionOfTheModelIsGenerated(
            @ForAll org.uhcmodel.meta.Cardinality cardinality,
            @ForAll org.uhcmodel.meta.ModelType<?> modelType,
            @ForAll org.uhcmodel.meta.Property<?> property,
            @ForAll org.uhcmodel.meta.Vocabulary<?> vocabulary,
            @ForAll org.uhcmodel.meta.TextType<?> textType) {
        given(cardinality, modelType, property, vocabulary, textType);
    }

    @Property(tries = 1000)
    void everyTypeOfDatasetIsGenerated(
            @ForAll org.uhcmodel.dataset.Dataset dataset) {
        given(dataset);
    }
}

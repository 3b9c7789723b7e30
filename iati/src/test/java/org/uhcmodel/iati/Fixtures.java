package org.uhcmodel.iati;

import java.math.BigDecimal;
import java.net.URI;
import org.uhcmodel.actor.FacilityOwnership;
import org.uhcmodel.actor.FacilityProfile;
import org.uhcmodel.actor.FacilityType;
import org.uhcmodel.actor.IatiOrganisationType;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.dataset.Dataset;
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
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.source.SourceKind;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.DacSector;
import org.uhcmodel.value.Direction;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.Identifier;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.Objective;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Percentage;
import org.uhcmodel.value.ReportedDate;
import org.uhcmodel.value.Statistic;

/** A dataset whose programmes use every part of an IATI activity the model holds. */
final class Fixtures {

    static final EntityId SOURCE = EntityId.of("src-enabel-project-page");
    static final EntityId ENABEL = EntityId.of("be-enabel");
    static final EntityId EU = EntityId.of("eu");
    static final EntityId MINISTRY = EntityId.of("mr-ministry-of-health");
    static final EntityId CNASS = EntityId.of("mr-cnass");
    static final EntityId CLINIC = EntityId.of("mr-clinique-chifa");
    static final EntityId AI_PASS2 = EntityId.of("mr-ai-pass2");
    static final EntityId PASS = EntityId.of("mr-pass");
    static final CountryCode MR = CountryCode.of("MR");
    static final CountryCode SN = CountryCode.of("SN");

    private Fixtures() {
    }

    static Organization enabel() {
        return Organization.builder().id(ENABEL).name(LocalizedText.of("fr", "Enabel")).acronym("Enabel")
            .kind(OrganizationKind.DEVELOPMENT_AGENCY).country(CountryCode.of("BE"))
            .addIdentifier(Identifier.iati("BE-BCE_KBO-0264814354")).build();
    }

    static Dataset dataset() {
        return Dataset.builder()
            .addSource(SourceDocument.builder().id(SOURCE).title(LocalizedText.of("fr", "AI-PASS2")).publisher("Enabel")
                .language("fr").kind(SourceKind.PROJECT_PAGE).build())
            .addOrganization(enabel())
            .addOrganization(Organization.builder().id(EU).name(LocalizedText.builder()
                    .putEntry("fr", "Union européenne").putEntry("en", "European Union").build())
                .kind(OrganizationKind.MULTILATERAL).build())
            .addOrganization(Organization.builder().id(MINISTRY)
                .name(LocalizedText.builder().putEntry("fr", "Ministère de la Santé")
                    .putEntry("ar", "وزارة الصحة").build())
                .kind(OrganizationKind.MINISTRY).country(MR).build())
            .addOrganization(Organization.builder().id(CNASS)
                .name(LocalizedText.of("fr", "Caisse Nationale de Solidarité en Santé")).acronym("CNASS")
                .kind(OrganizationKind.HEALTH_INSURANCE_FUND).country(MR).parent(MINISTRY).build())
            .addOrganization(Organization.builder().id(CLINIC).name(LocalizedText.of("fr", "Clinique Chifa"))
                .kind(OrganizationKind.HEALTH_FACILITY).country(MR)
                .facility(FacilityProfile.builder().type(FacilityType.CLINIC)
                    .ownership(FacilityOwnership.PRIVATE_FOR_PROFIT).build()).build())
            .addProgramme(aiPass2())
            .addProgramme(pass())
            .build();
    }

    static Programme aiPass2() {
        return Programme.builder().id(AI_PASS2)
            .name(LocalizedText.of("fr", "Appui Institutionnel du Programme d’appui au secteur de la santé 2"))
            .acronym("AI-PASS2 \"bis\"").kind(ProgrammeKind.DEVELOPMENT_PROJECT)
            .addIdentifier(OtherIdentifier.builder().type(OtherIdentifierType.REPORTING_ORGANISATION_INTERNAL)
                .value(IatiIdentifier.of("MRT21001")).owner(ENABEL).build())
            .description(LocalizedText.of("fr", "Accompagner le ministère de la santé vers la couverture sanitaire "
                + "universelle.\r\nLigne après un retour chariot."))
            .reportingOrganization(ENABEL)
            .addParticipant(ProgrammeParticipant.of(EU, IatiOrganisationRole.FUNDING))
            .addParticipant(ProgrammeParticipant.of(ENABEL, IatiOrganisationRole.IMPLEMENTING))
            .addParticipant(ProgrammeParticipant.builder().organization(CNASS).role(IatiOrganisationRole.IMPLEMENTING)
                .iatiType(IatiOrganisationType.OTHER_PUBLIC_SECTOR).build())
            .addParticipant(ProgrammeParticipant.of(CLINIC, IatiOrganisationRole.IMPLEMENTING))
            .status(ActivityStatus.CLOSED)
            .addDate(ActivityDate.of(ActivityDateType.ACTUAL_START, PartialDate.of(2021, 12, 1)))
            .addDate(ActivityDate.of(ActivityDateType.PLANNED_END, PartialDate.of(2024, 7)))
            .addDate(ActivityDate.of(ActivityDateType.ACTUAL_END, PartialDate.of(2025, 1, 1)))
            .addRecipientCountry(RecipientCountry.of(MR, Percentage.parse("80.5")))
            .addRecipientRegion(RecipientRegion.of(DacRegion.WESTERN_AFRICA, Percentage.parse("19.5")))
            .addLocation(Location.builder().reference("DAR-NAIM\tcentre\nde santé & <annexe>")
                .name(LocalizedText.of("fr", "Dar Naim"))
                .reach(GeographicLocationReach.ACTIVITY)
                .addAdministrativeArea(AdministrativeArea.builder().vocabulary(GeographicVocabulary.GEONAMES)
                    .code("2377449").level(1).build())
                .point(GeoPoint.of(new BigDecimal("18.1235"), new BigDecimal("-15.932")))
                .exactness(GeographicExactness.APPROXIMATE).build())
            .addSector(ProgrammeSector.of(DacSector.HEALTH_POLICY, Percentage.of(70)))
            .addSector(ProgrammeSector.of(DacSector.BASIC_HEALTH_CARE, Percentage.of(30)))
            .addSdgTarget(SdgTarget.T3_8)
            .addSdgTarget(SdgTarget.T3_1)
            .addObjective(Objective.builder()
                .description(LocalizedText.of("fr", "Améliorer l’accès équitable aux soins"))
                .direction(Direction.INCREASE).metric(LocalizedText.of("fr", "personnes couvertes"))
                .baseline(BigDecimal.ZERO).target(new BigDecimal("1000000")).targetDate(PartialDate.of(2027)).build())
            .addObjective(Objective.of(LocalizedText.of("fr", "Réduire les transferts à l’étranger")))
            .addBudget(Budget.builder().type(BudgetType.ORIGINAL).status(BudgetStatus.COMMITTED)
                .start(PartialDate.of(2022)).end(PartialDate.of(2022)).value(Money.of("1500000.00", "EUR"))
                .valueDate(PartialDate.of(2022, 1, 1)).build())
            .addBudget(Budget.builder().type(BudgetType.REVISED).start(PartialDate.of(2023, 4, 1))
                .end(PartialDate.of(2024, 3, 31)).value(Money.of("1200000", "EUR")).valueDate(PartialDate.of(2023, 4))
                .build())
            .addPlannedDisbursement(PlannedDisbursement.builder().type(BudgetType.ORIGINAL)
                .start(PartialDate.of(2024, 1)).end(PartialDate.of(2024, 6)).value(Money.of("250000", "EUR"))
                .valueDate(PartialDate.of(2024, 1, 15)).provider(EU).receiver(ENABEL)
                .receiverActivity(IatiIdentifier.of("BE-BCE_KBO-0264814354-MRT21001")).build())
            .addTransaction(Transaction.builder().reference("TX-1").type(TransactionType.INCOMING_FUNDS)
                .date(PartialDate.of(2022, 3, 15)).value(Money.of("1500000.00", "EUR"))
                .valueDate(PartialDate.of(2022, 3, 15)).provider(EU).receiver(ENABEL).build())
            .addTransaction(Transaction.builder().type(TransactionType.OUTGOING_COMMITMENT)
                .date(PartialDate.of(2024, 6)).value(Money.of("-20000", "EUR")).valueDate(PartialDate.of(2024, 6))
                .description(LocalizedText.of("fr", "Désengagement")).provider(ENABEL).receiver(CNASS).build())
            .addTransaction(Transaction.builder().type(TransactionType.EXPENDITURE).date(PartialDate.of(2023))
                .value(Money.of("7500", "MRU")).valueDate(PartialDate.of(2023)).build())
            .addResult(Result.builder().type(ResultType.OUTPUT).title(LocalizedText.of("fr", "Informatisation"))
                .description(LocalizedText.of("fr", "Hôpitaux informatisés"))
                .addIndicator(ResultIndicator.builder().measure(IndicatorMeasure.UNIT)
                    .title(LocalizedText.of("fr", "Hôpitaux publics informatisés")).direction(Direction.INCREASE)
                    .baseline(IndicatorBaseline.builder().year(2021).date(PartialDate.of(2021, 12))
                        .value(BigDecimal.ZERO).comment(LocalizedText.of("fr", "Aucun")).build())
                    .addPeriod(IndicatorPeriod.builder().start(PartialDate.of(2022, 1, 1))
                        .end(PartialDate.of(2023, 12, 31)).target(BigDecimal.valueOf(40))
                        .actual(BigDecimal.valueOf(36)).actualComment(LocalizedText.of("fr", "Burundi")).build())
                    .build())
                .addIndicator(ResultIndicator.builder().measure(IndicatorMeasure.QUALITATIVE)
                    .title(LocalizedText.of("en", "Governance")).direction(Direction.DECREASE)
                    .addPeriod(IndicatorPeriod.builder().start(PartialDate.of(2023)).end(PartialDate.of(2023))
                        .targetComment(LocalizedText.of("en", "A roadmap")).build())
                    .build())
                .build())
            .addResult(Result.builder().type(ResultType.IMPACT).title(LocalizedText.of("en", "Coverage"))
                .addIndicator(ResultIndicator.builder().measure(IndicatorMeasure.UNIT)
                    .title(LocalizedText.of("en", "UHC service coverage index"))
                    .addSdgIndicator(SdgIndicators.SERVICE_COVERAGE.code()).build())
                .addIndicator(ResultIndicator.builder().measure(IndicatorMeasure.PERCENTAGE)
                    .title(LocalizedText.of("en", "Share of the budget spent on health"))
                    .direction(Direction.MAINTAIN).build())
                .build())
            .addFigure(Statistic.builder().measure(LocalizedText.of("fr", "Centres de santé informatisés"))
                .value(BigDecimal.valueOf(30)).unit("centres").asOf(ReportedDate.stated(PartialDate.of(2024, 7)))
                .addCitation(Citation.of(SOURCE, "paragraphe 6")).build())
            .addDocumentLink(DocumentLink.builder().url(URI.create("https://open.enabel.be/en/MRT/2501/p/x.html"))
                .format("text/html").title(LocalizedText.of("fr", "AI-PASS2"))
                .description(LocalizedText.of("fr", "Fiche du projet"))
                .addCategory(DocumentCategory.ACTIVITY_WEB_PAGE).addCategory(DocumentCategory.RESULTS)
                .addLanguage("fr").addLanguage("nl").date(PartialDate.of(2024, 7)).build())
            .addRelatedActivity(RelatedActivity.of(RelatedActivityType.PARENT, PASS))
            .addRelatedActivity(RelatedActivity.of(RelatedActivityType.SIBLING,
                IatiIdentifier.of("BE-BCE_KBO-0264814354-MRT17001")))
            .addCitation(Citation.of(SOURCE))
            .build();
    }

    static Programme pass() {
        return Programme.builder().id(PASS).name(LocalizedText.of("fr", "Programme d’Appui au Secteur de la Santé"))
            .acronym("PASS").kind(ProgrammeKind.SUPPORT_PROGRAMME)
            .iatiIdentifier(IatiIdentifier.of("XI-IATI-EC_INTPA-2019-041-789"))
            .reportingOrganization(ENABEL)
            .addObjective(Objective.of(LocalizedText.of("fr", "Réhabiliter le centre de santé de Dar Naim")))
            .addParticipant(ProgrammeParticipant.of(EU, IatiOrganisationRole.FUNDING))
            .addParticipant(ProgrammeParticipant.of(MINISTRY, IatiOrganisationRole.IMPLEMENTING))
            .status(ActivityStatus.IMPLEMENTATION)
            .addDate(ActivityDate.of(ActivityDateType.PLANNED_START, PartialDate.of(2017)))
            .addRecipientCountry(RecipientCountry.of(MR))
            .addSector(ProgrammeSector.of(DacSector.BASIC_HEALTH_INFRASTRUCTURE))
            .build();
    }
}

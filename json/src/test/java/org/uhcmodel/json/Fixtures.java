package org.uhcmodel.json;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.uhcmodel.actor.FacilityLevel;
import org.uhcmodel.actor.FacilityOwnership;
import org.uhcmodel.actor.FacilityProfile;
import org.uhcmodel.actor.FacilityType;
import org.uhcmodel.actor.Honorific;
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
import org.uhcmodel.sdg.DatedValue;
import org.uhcmodel.sdg.DeclaredCategory;
import org.uhcmodel.sdg.DeclaredDimension;
import org.uhcmodel.sdg.Disaggregation;
import org.uhcmodel.sdg.DisaggregationDimension;
import org.uhcmodel.sdg.Indicator;
import org.uhcmodel.sdg.IndicatorCode;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.sdg.IndicatorUnit;
import org.uhcmodel.sdg.ObservationNature;
import org.uhcmodel.sdg.ReferencePeriod;
import org.uhcmodel.sdg.ReportingType;
import org.uhcmodel.sdg.SdgIndicators;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.sdg.SeriesCode;
import org.uhcmodel.sdg.TargetKind;
import org.uhcmodel.sdg.UrbanRural;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.source.SourceKind;
import org.uhcmodel.value.AdministrativeLevel;
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
import org.uhcmodel.value.Period;
import org.uhcmodel.value.Place;
import org.uhcmodel.value.ReportedDate;
import org.uhcmodel.value.Statistic;

/** Hand-built, fully populated values of every public model type. */
final class Fixtures {

    private Fixtures() {
    }

    static final EntityId CNAS = EntityId.of("dz-cnas");
    static final EntityId CHU = EntityId.of("be-chu-bruxelles");
    static final EntityId MINISTRY = EntityId.of("dz-ministry-of-health");
    static final EntityId ARTICLE = EntityId.of("aps-2024-05-10");
    static final EntityId CNAS_DG = EntityId.of("dz-cnas-director-general");

    static final LocalizedText CNAS_NAME = LocalizedText.builder()
        .putEntry("fr", "Caisse nationale des assurances sociales des travailleurs salariés")
        .putEntry("ar", "الصندوق الوطني للتأمينات الاجتماعية للعمال الأجراء")
        .build();

    static final Citation CITATION = Citation.of(ARTICLE, "§3");

    static final Place ALGIERS = Place.builder()
        .name(LocalizedText.builder().putEntry("fr", "Alger").putEntry("ar", "الجزائر").build())
        .country(CountryCode.of("DZ"))
        .level(AdministrativeLevel.named(LocalizedText.of("fr", "ville")))
        .parent(Place.builder().name(LocalizedText.of("fr", "Wilaya d'Alger")).country(CountryCode.of("DZ"))
            .level(AdministrativeLevel.of(1, LocalizedText.of("fr", "wilaya"))).build())
        .build();

    static final Organization CNAS_ORG = Organization.builder()
        .id(CNAS)
        .name(CNAS_NAME)
        .acronym("CNAS")
        .kind(OrganizationKind.SOCIAL_SECURITY_FUND)
        .country(CountryCode.of("DZ"))
        .parent(MINISTRY)
        .addIdentifier(Identifier.wikidata("Q2933546"))
        .place(ALGIERS)
        .addCitation(CITATION)
        .build();

    static final Organization CHU_ORG = Organization.builder()
        .id(CHU)
        .name(LocalizedText.of("fr", "CHU de Bruxelles"))
        .kind(OrganizationKind.HEALTH_FACILITY)
        .country(CountryCode.of("BE"))
        .facility(FacilityProfile.builder().type(FacilityType.UNIVERSITY_HOSPITAL).level(FacilityLevel.TERTIARY)
            .ownership(FacilityOwnership.PUBLIC).build())
        .build();

    static final Person CNAS_DIRECTOR = Person.builder()
        .id(CNAS_DG)
        .name("Fayçal Bentaleb")
        .honorific(Honorific.MISTER)
        .addPosition(Position.builder().role(RoleKind.DIRECTOR_GENERAL).organization(CNAS)
            .title(LocalizedText.of("fr", "directeur général")).period(Period.starting(PartialDate.of(2021, 3)))
            .build())
        .addCitation(Citation.of(ARTICLE))
        .build();

    static final SourceDocument ARTICLE_DOC = SourceDocument.builder()
        .id(ARTICLE)
        .title(LocalizedText.of("fr", "Signature d'une convention CNAS – CHU de Bruxelles"))
        .publisher("APS")
        .published(PartialDate.of(2024, 5, 10))
        .language("fr")
        .kind(SourceKind.NEWS_ARTICLE)
        .url(URI.create("https://www.aps.dz/sante/cnas-chu-bruxelles"))
        .build();

    static final Objective OBJECTIVE = Objective.builder()
        .description(LocalizedText.of("fr", "Réduire les transferts à l'étranger"))
        .direction(Direction.DECREASE)
        .metric(LocalizedText.of("fr", "transferts par an"))
        .baseline(new BigDecimal("1200"))
        .target(new BigDecimal("300.50"))
        .targetDate(PartialDate.of(2027))
        .build();

    static final Agreement AGREEMENT = Agreement.builder()
        .id(EntityId.of("dz-cnas-chu-bruxelles-convention"))
        .kind(AgreementKind.PARTNERSHIP_CONVENTION)
        .title(LocalizedText.of("fr", "Convention de partenariat CNAS – CHU de Bruxelles"))
        .addParty(Party.of(CNAS, PartyRole.SIGNATORY))
        .addParty(Party.of(CHU, PartyRole.SIGNATORY))
        .addSignatory(Signatory.builder().person(CNAS_DG).party(CNAS)
            .title(LocalizedText.of("fr", "directeur général")).build())
        .status(AgreementStatus.SIGNED)
        .signed(ReportedDate.stated(PartialDate.of(2024, 5, 10)))
        .inForce(PartialDate.of(2024, 6))
        .place(ALGIERS)
        .validity(Period.of(PartialDate.of(2024, 6), PartialDate.of(2027)))
        .addAllCooperationAreas(java.util.List.of(CooperationArea.PAEDIATRIC_CARDIAC_SURGERY,
            CooperationArea.NEUROSURGERY, CooperationArea.ONCOLOGY))
        .addCommitment(Commitment.builder().kind(CommitmentKind.TRAINING).party(CHU)
            .description(LocalizedText.of("fr", "Former des médecins algériens"))
            .addArea(CooperationArea.ONCOLOGY).build())
        .addObjective(OBJECTIVE)
        .addAllSdgTargets(java.util.List.of(SdgTarget.T3_8, SdgTarget.T3_C))
        .addCitation(CITATION)
        .build();

    static final Event EVENT = Event.builder()
        .id(EntityId.of("dz-be-signing-2024"))
        .kind(EventKind.SIGNING_CEREMONY)
        .title(LocalizedText.of("fr", "Cérémonie de signature"))
        .date(ReportedDate.inferred(PartialDate.of(2024, 5)))
        .place(ALGIERS)
        .addOrganiser(CNAS)
        .addAllParticipants(java.util.List.of(CNAS, CHU))
        .attendance(120)
        .addAgreementsSigned(EntityId.of("dz-cnas-chu-bruxelles-convention"))
        .addBodiesCreated(EntityId.of("dz-be-joint-commission"))
        .addDecision(LocalizedText.of("fr", "Créer une commission mixte"))
        .addSdgTarget(SdgTarget.T3_8)
        .addCitation(CITATION)
        .build();

    static final GoverningBody BODY = GoverningBody.builder()
        .id(EntityId.of("dz-be-joint-commission"))
        .name(LocalizedText.of("fr", "Commission mixte"))
        .kind(BodyKind.JOINT_COMMISSION)
        .addAllMembers(java.util.List.of(CNAS, CHU))
        .addMandate(LocalizedText.of("fr", "Suivre la convention"))
        .establishedBy(EntityId.of("dz-cnas-chu-bruxelles-convention"))
        .addCitation(CITATION)
        .build();

    static final Statistic STATISTIC = Statistic.builder()
        .measure(LocalizedText.of("en", "health workers trained"))
        .value(new BigDecimal("1500.5"))
        .unit("people")
        .period(Period.of(PartialDate.of(2019), PartialDate.of(2023)))
        .addCitation(CITATION)
        .build();

    static final Programme PROGRAMME = Programme.builder()
        .id(EntityId.of("dz-pasts"))
        .name(LocalizedText.of("fr", "Programme d'appui au secteur de la santé"))
        .acronym("PASS")
        .kind(ProgrammeKind.SUPPORT_PROGRAMME)
        .iatiIdentifier(org.uhcmodel.programme.IatiIdentifier.of("XM-DAC-41114-DZ-PASS"))
        .addRecipientCountry(org.uhcmodel.programme.RecipientCountry.of(CountryCode.of("DZ"), Percentage.of(60)))
        .addRecipientCountry(org.uhcmodel.programme.RecipientCountry.of(CountryCode.of("BE"), Percentage.of(40)))
        .addDate(org.uhcmodel.programme.ActivityDate.of(org.uhcmodel.programme.ActivityDateType.ACTUAL_START,
            PartialDate.of(2019)))
        .addDate(org.uhcmodel.programme.ActivityDate.of(org.uhcmodel.programme.ActivityDateType.ACTUAL_END,
            PartialDate.of(2024)))
        .addParticipant(ProgrammeParticipant.of(MINISTRY, IatiOrganisationRole.IMPLEMENTING))
        .addParticipant(ProgrammeParticipant.of(CNAS, IatiOrganisationRole.ACCOUNTABLE))
        .status(ActivityStatus.CLOSED)
        .addObjective(OBJECTIVE)
        .addSector(org.uhcmodel.programme.ProgrammeSector.of(DacSector.HEALTH_POLICY, Percentage.of(70)))
        .addSector(org.uhcmodel.programme.ProgrammeSector.of(DacSector.BASIC_HEALTH_CARE, Percentage.of(30)))
        .addSdgTarget(SdgTarget.T3_8)
        .addBudget(org.uhcmodel.programme.Budget.builder().start(PartialDate.of(2019, 1, 1))
            .end(PartialDate.of(2019, 12, 31)).value(Money.of("1500000.5", "EUR")).valueDate(PartialDate.of(2019, 1, 1))
            .build())
        .addFigure(STATISTIC)
        .addRelatedActivity(org.uhcmodel.programme.RelatedActivity.of(org.uhcmodel.programme.RelatedActivityType.PARENT,
            EntityId.of("dz-other-programme")))
        .addCitation(CITATION)
        .build();

    static final ContributionRule CONTRIBUTION = ContributionRule.builder()
        .basis(ContributionBasis.PERCENTAGE_OF_SALARY)
        .rate(Percentage.of(new BigDecimal("9")))
        .period(ContributionPeriod.MONTH)
        .addShare(PayerShare.of(PayerType.EMPLOYER, Percentage.of(new BigDecimal("12.5"))))
        .addShare(PayerShare.of(PayerType.EMPLOYEE, Percentage.of(new BigDecimal("87.5"))))
        .build();

    static final Benefit BENEFIT = Benefit.builder()
        .category(ServiceCategory.INPATIENT)
        .coinsurance(Percentage.of(20))
        .copayment(Money.of("100", "DZD"))
        .ceiling(Money.of("50000", "DZD"))
        .waitingPeriod(java.time.Period.ofMonths(3))
        .build();

    static final CoverageScheme SCHEME = CoverageScheme.builder()
        .id(EntityId.of("dz-cnas-shi"))
        .name(LocalizedText.of("fr", "Assurance maladie des salariés"))
        .acronym("AMS")
        .operator(CNAS)
        .country(CountryCode.of("DZ"))
        .type(SchemeType.SOCIAL_HEALTH_INSURANCE)
        .financingClass(FinancingScheme.HF_1_2_1)
        .membership(Membership.COMPULSORY)
        .addAllTargetGroups(java.util.List.of(PopulationGroup.FORMAL_SECTOR_EMPLOYEES, PopulationGroup.DEPENDANTS))
        .supervisor(MINISTRY)
        .launched(ReportedDate.approximate(PartialDate.of(1983)))
        .benefits(BenefitPackage.builder().addBenefit(BENEFIT).addBenefit(Benefit.of(ServiceCategory.OUTPATIENT))
            .build())
        .addContribution(CONTRIBUTION)
        .addSnapshot(CoverageSnapshot.builder().date(ReportedDate.stated(PartialDate.of(2023)))
            .enrolled(9_000_000_000L).targetPopulation(12_000_000_000L).addCitation(CITATION).build())
        .addAdministrator(CHU)
        .addSdgTarget(SdgTarget.T3_8)
        .addCitation(CITATION)
        .build();

    static final Organization MINISTRY_ORG = Organization.builder()
        .id(MINISTRY)
        .name(LocalizedText.of("fr", "Ministère de la Santé"))
        .kind(OrganizationKind.MINISTRY)
        .country(CountryCode.of("DZ"))
        .build();

    static final Programme OTHER_PROGRAMME = Programme.builder()
        .id(EntityId.of("dz-other-programme"))
        .name(LocalizedText.of("en", "Another programme"))
        .kind(ProgrammeKind.NATIONAL_STRATEGY)
        .build();

    static final IndicatorObservation OBSERVATION = IndicatorObservation.builder()
        .indicator(SdgIndicators.SERVICE_COVERAGE)
        .series(SeriesCode.of("SH_ACS_UNHC"))
        .area(Area.of("DZ"))
        .period(ReferencePeriod.ofYear(2021))
        .value(new BigDecimal("74"))
        .addDimension(Disaggregation.of(DisaggregationDimension.LOCATION, UrbanRural.URBAN))
        .nature(ObservationNature.ESTIMATED)
        .reportingType(ReportingType.GLOBAL)
        .source("WHO Global Health Observatory")
        .addCitation(CITATION)
        .build();

    static final SubnationalArea ORAN = SubnationalArea.builder()
        .id(EntityId.of("dz-oran"))
        .country(CountryCode.of("DZ"))
        .level(AdministrativeLevel.of(1, LocalizedText.of("fr", "wilaya")))
        .code("31")
        .name(LocalizedText.of("fr", "Oran"))
        .build();

    static final Indicator ENROLMENT = Indicator.builder()
        .id(EntityId.of("dz-cnas-enrolment"))
        .code(IndicatorCode.of("DZ-CNAS-1"))
        .name(LocalizedText.of("fr", "Taux d'affiliation à la CNAS"))
        .unit(IndicatorUnit.PERCENT)
        .minimum(BigDecimal.ZERO)
        .maximum(BigDecimal.valueOf(100))
        .direction(Direction.INCREASE)
        .sdgTarget(SdgTarget.T3_8)
        .build();

    static final DeclaredDimension MEMBERSHIP = DeclaredDimension.builder()
        .id(EntityId.of("scheme-membership"))
        .name(LocalizedText.of("fr", "Régime"))
        .addCategory(DeclaredCategory.of("salaried", LocalizedText.of("fr", "Salariés")))
        .build();

    static final IndicatorObservation ENROLMENT_IN_ORAN = IndicatorObservation.builder()
        .indicator(ENROLMENT)
        .area(Area.of("DZ"))
        .subnationalArea(ORAN.id())
        .period(ReferencePeriod.ofYear(2022))
        .value(new BigDecimal("81.5"))
        .addDimension(Disaggregation.of(MEMBERSHIP.id().toString(), "salaried"))
        .addCitation(CITATION)
        .build();

    static final IndicatorTarget TARGET = IndicatorTarget.builder()
        .id(EntityId.of("dz-catastrophic-2030"))
        .indicator(SdgIndicators.FINANCIAL_PROTECTION)
        .series(SeriesCode.of("SH_XPD_EARN10"))
        .area(Area.of("DZ"))
        .kind(TargetKind.CEILING)
        .baseline(DatedValue.of(2017, new BigDecimal("6.2")))
        .targetValue(new BigDecimal("3.5"))
        .targetYear(2030)
        .setBy(PROGRAMME.id())
        .addCitation(CITATION)
        .build();

    static final Dataset DATASET = Dataset.builder()
        .addSource(ARTICLE_DOC)
        .addAllOrganizations(java.util.List.of(CNAS_ORG, CHU_ORG, MINISTRY_ORG))
        .addPerson(CNAS_DIRECTOR)
        .addAgreement(AGREEMENT)
        .addBody(BODY)
        .addEvent(EVENT)
        .addAllProgrammes(java.util.List.of(PROGRAMME, OTHER_PROGRAMME))
        .addScheme(SCHEME)
        .addArea(ORAN)
        .addIndicator(ENROLMENT)
        .addDimension(MEMBERSHIP)
        .addObservation(OBSERVATION)
        .addObservation(ENROLMENT_IN_ORAN)
        .addTarget(TARGET)
        .build();

    /** One fully populated value of every public type, by a name for the test report. */
    static Map<String, Object> all() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("EntityId", CNAS);
        m.put("CountryCode", CountryCode.of("DZ"));
        m.put("PartialDate", PartialDate.of(2024, 7));
        m.put("Percentage", Percentage.of(new BigDecimal("12.5")));
        m.put("LocalizedText", CNAS_NAME);
        m.put("Citation", CITATION);
        m.put("Identifier", Identifier.iati("DZ-GOV-123"));
        m.put("Money", Money.of("1500000.5", "EUR"));
        m.put("ReportedDate", ReportedDate.inferred(PartialDate.of(2024, 7)));
        m.put("Period", Period.ending(PartialDate.of(2030)));
        m.put("Place", ALGIERS);
        m.put("Objective", OBJECTIVE);
        m.put("Statistic", STATISTIC);
        m.put("SourceDocument", ARTICLE_DOC);
        m.put("FacilityProfile", CHU_ORG.facility().orElseThrow());
        m.put("Organization", CNAS_ORG);
        m.put("Organization (facility)", CHU_ORG);
        m.put("Position", CNAS_DIRECTOR.positions().get(0));
        m.put("Person", CNAS_DIRECTOR);
        m.put("Party", AGREEMENT.parties().get(0));
        m.put("Signatory", AGREEMENT.signatories().get(0));
        m.put("Commitment", AGREEMENT.commitments().get(0));
        m.put("Agreement", AGREEMENT);
        m.put("Event", EVENT);
        m.put("GoverningBody", BODY);
        m.put("ProgrammeParticipant", PROGRAMME.participants().get(0));
        m.put("Programme", PROGRAMME);
        m.put("Benefit", BENEFIT);
        m.put("BenefitPackage", SCHEME.benefits().orElseThrow());
        m.put("PayerShare", CONTRIBUTION.shares().get(0));
        m.put("ContributionRule", CONTRIBUTION);
        m.put("CoverageSnapshot", SCHEME.snapshots().get(0));
        m.put("CoverageScheme", SCHEME);
        m.put("IndicatorObservation", OBSERVATION);
        m.put("IndicatorObservation (declared indicator)", ENROLMENT_IN_ORAN);
        m.put("IndicatorTarget", TARGET);
        m.put("Area", Area.of("WHO:AFR"));
        m.put("SubnationalArea", ORAN);
        m.put("Indicator", ENROLMENT);
        m.put("Indicator (built in)", SdgIndicators.FINANCIAL_PROTECTION);
        m.put("DeclaredDimension", MEMBERSHIP);
        m.put("Dataset", DATASET);
        m.put("Dataset (empty)", Dataset.builder().build());
        m.put("SdgTarget", SdgTarget.T3_8);
        m.put("FinancingScheme", FinancingScheme.HF_1_2_1);
        return m;
    }

    /**
     * Makes the bytes of a document with raw bytes in its middle, such as bytes that are not UTF-8.
     *
     * @param before  the text before, written in UTF-8
     * @param middle  the raw bytes
     * @param after  the text after, written in UTF-8
     * @return the bytes
     */
    static byte[] bytes(String before, int[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        for (int b : middle) {
            out.write(b);
        }
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}

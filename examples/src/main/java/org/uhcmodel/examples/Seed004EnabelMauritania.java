package org.uhcmodel.examples;

import static org.uhcmodel.examples.SeedText.fr;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.uhcmodel.actor.FacilityLevel;
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
import org.uhcmodel.agreement.Commitment;
import org.uhcmodel.agreement.CommitmentKind;
import org.uhcmodel.agreement.CooperationArea;
import org.uhcmodel.agreement.Event;
import org.uhcmodel.agreement.EventKind;
import org.uhcmodel.agreement.Party;
import org.uhcmodel.agreement.PartyRole;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.programme.ActivityDate;
import org.uhcmodel.programme.ActivityDateType;
import org.uhcmodel.programme.ActivityStatus;
import org.uhcmodel.programme.IatiIdentifier;
import org.uhcmodel.programme.IatiOrganisationRole;
import org.uhcmodel.programme.OtherIdentifier;
import org.uhcmodel.programme.OtherIdentifierType;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.programme.ProgrammeKind;
import org.uhcmodel.programme.ProgrammeParticipant;
import org.uhcmodel.programme.ProgrammeSector;
import org.uhcmodel.programme.RecipientCountry;
import org.uhcmodel.programme.RelatedActivity;
import org.uhcmodel.programme.RelatedActivityType;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.scheme.FinancingScheme;
import org.uhcmodel.scheme.Membership;
import org.uhcmodel.scheme.SchemeType;
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
import org.uhcmodel.value.Objective;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Place;
import org.uhcmodel.value.ReportedDate;
import org.uhcmodel.value.Statistic;

/**
 * Seed 004: Enabel's project page on AI-PASS2 in Mauritania, funded by the European Union: the CNASS and its voluntary
 * health insurance, the conference in Mechelen (Malines), the Dar Naim health centre, two visits, a backstopping
 * mission and the study visit to Burundi.
 * <p>
 * The conference took place "last April" under the Belgian presidency of the Council, which ran in the first half of
 * 2024, so it is dated April 2024, inferred. The page dates nothing else. Enabel's identifier is its IATI
 * organisation identifier; the European Union as a whole has none ({@code XI-IATI-EC_INTPA} is the Commission's
 * Directorate-General for International Partnerships, which publishes for it).
 * <p>
 * AI-PASS2 is an IATI activity of Enabel's: Enabel's record of the project on its open data site (a second source)
 * gives its code MRT21001, its phase (closed), its sector (12110), its start and end dates (1 December 2021, 1 January
 * 2025: the project being closed, the dates it ran) and its budget (6,542,057.00 EUR, kept as a figure: IATI budgets
 * cover a year at most). Its IATI activity identifier is not stated; the IATI writer builds it from Enabel's IATI
 * identifier and that code. The programme sits under the EU's PASS, which it supports ("Appui Institutionnel du PASS").
 * The national plan and strategy it follows (PNDS, SNPS) are named in its objectives. The digitalisation of Burundi's
 * health sector is classed under 12110, as the health information systems of hospitals strengthen the health system
 * (12196 is health statistics and data).
 */
final class Seed004EnabelMauritania {

    /** The project page. */
    static final EntityId SOURCE = EntityId.of("seed-004-enabel");
    /** Enabel's record of the AI-PASS2 project on its open data site. */
    static final EntityId PROJECT_RECORD = EntityId.of("enabel-open-ai-pass2");
    /** Enabel, the Belgian development agency. */
    static final EntityId ENABEL = EntityId.of("be-enabel");
    /** The European Union. */
    static final EntityId EU = EntityId.of("eu-european-union");
    /** The European Commission. */
    static final EntityId COMMISSION = EntityId.of("eu-european-commission");
    /** The Belgian presidency of the Council. */
    static final EntityId PRESIDENCY = EntityId.of("be-council-presidency-2024");
    /** The Kingdom of Belgium, whose special envoy for the Sahel visits. */
    static final EntityId BELGIUM = EntityId.of("be-kingdom");
    /** Be-cause Health. */
    static final EntityId BE_CAUSE_HEALTH = EntityId.of("be-cause-health");
    /** Memisa Belgium. */
    static final EntityId MEMISA = EntityId.of("be-memisa");
    /** Mauritania's ministry of health. */
    static final EntityId MR_MINISTRY_HEALTH = EntityId.of("mr-ministry-health");
    /** Caisse Nationale de Solidarité en Santé. */
    static final EntityId CNASS = EntityId.of("mr-cnass");
    /** The Dar Naim health centre. */
    static final EntityId DAR_NAIM = EntityId.of("mr-dar-naim-health-centre");
    /** The UC-PASS. */
    static final EntityId UC_PASS = EntityId.of("mr-uc-pass");
    /** Burundi's ministry of public health. */
    static final EntityId BI_MINISTRY_HEALTH = EntityId.of("bi-mspls");
    /** Director-general of the CNASS. */
    static final EntityId CHEIKH_ABDALLAHI = EntityId.of("amal-cheikh-abdallahi");
    /** Belgian minister of development cooperation. */
    static final EntityId GENNEZ = EntityId.of("caroline-gennez");
    /** Director-general at the European Commission. */
    static final EntityId DOENS = EntityId.of("koen-doens");
    /** Belgium's special envoy for the Sahel. */
    static final EntityId DE_GROOF = EntityId.of("bart-de-groof");
    /** Enabel's country director. */
    static final EntityId LARDINOIS = EntityId.of("mathias-lardinois");
    /** Enabel's health coordinator. */
    static final EntityId TRASANCOS = EntityId.of("veronica-trasancos");
    /** Enabel's health expert. */
    static final EntityId BOSSENS = EntityId.of("paul-bossens");
    /** The technical partnership between the CNASS and Enabel. */
    static final EntityId CNASS_ENABEL = EntityId.of("cnass-enabel-technical-partnership");
    /** The Mechelen conference. */
    static final EntityId CONFERENCE = EntityId.of("mechelen-health-equity-conference");
    /** The inauguration of the Dar Naim health centre. */
    static final EntityId DAR_NAIM_INAUGURATION = EntityId.of("dar-naim-health-centre-inauguration");
    /** The special envoy's visit. */
    static final EntityId DE_GROOF_VISIT = EntityId.of("de-groof-visit-mauritania");
    /** The third backstopping mission. */
    static final EntityId BACKSTOPPING = EntityId.of("bossens-third-backstopping-mission");
    /** The study visit to Burundi. */
    static final EntityId BURUNDI_VISIT = EntityId.of("burundi-study-visit");
    /** AI-PASS2. */
    static final EntityId AI_PASS2 = EntityId.of("ai-pass2");
    /** The EU's health sector support programme in Mauritania. */
    static final EntityId PASS = EntityId.of("mr-pass");
    /** The national health development plan. */
    static final EntityId PNDS = EntityId.of("mr-pnds");
    /** The national social protection strategy. */
    static final EntityId SNPS = EntityId.of("mr-snps");
    /** The digitalisation of Burundi's health sector. */
    static final EntityId BURUNDI_DIGITAL = EntityId.of("bi-health-digitalisation");
    /** The CNASS's voluntary health insurance. */
    static final EntityId CNASS_INSURANCE = EntityId.of("mr-cnass-voluntary-health-insurance");

    private static final Citation CITED = Citation.of(SOURCE);
    private static final Citation PROJECT_RECORD_CITED = Citation.of(PROJECT_RECORD);
    private static final CountryCode BE = CountryCode.of("BE");
    private static final CountryCode MR = CountryCode.of("MR");
    private static final CountryCode BI = CountryCode.of("BI");
    private static final Place MAURITANIA = SeedText.country("Mauritanie", "MR");
    private static final Place NOUAKCHOTT = SeedText.place("Nouakchott", "MR", SeedText.CITY);
    private static final Place DAR_NAIM_PLACE = SeedText.placeIn("Dar Naim", SeedText.COMMUNE, NOUAKCHOTT);
    private static final Place MECHELEN = Place.builder()
        .name(LocalizedText.builder().putEntry("fr", "Malines").putEntry("nl", "Mechelen").build())
        .country(BE)
        .level(SeedText.CITY)
        .build();

    private Seed004EnabelMauritania() {
    }

    /**
     * Adds the entities of seed 004 to a dataset under construction.
     *
     * @param dataset  the builder, not null
     */
    static void addTo(Dataset.Builder dataset) {
        dataset.addSource(SourceDocument.builder()
            .id(SOURCE)
            .title(fr("Partenariat réussi entre Enabel, l’UE et MS Mauritanie : bilan des actions majeures d’Enabel "
                + "dans le domaine de la santé"))
            .publisher("Enabel")
            .publisherOrganization(ENABEL)
            .language("fr")
            .kind(SourceKind.PROJECT_PAGE)
            .build());
        dataset.addSource(SourceDocument.builder()
            .id(PROJECT_RECORD)
            .title(LocalizedText.of("nl", "AI-PASS2 – Mauritanië"))
            .publisher("Enabel")
            .publisherOrganization(ENABEL)
            .language("nl")
            .kind(SourceKind.PROJECT_PAGE)
            .url(URI.create("https://open-test.enabel.be/nl/project/id/2501"))
            .build());
        organizations(dataset);
        persons(dataset);
        programmes(dataset);
        events(dataset);

        dataset.addAgreement(Agreement.builder()
            .id(CNASS_ENABEL)
            .kind(AgreementKind.COOPERATION_AGREEMENT)
            .title(fr("Partenariat technique CNASS – Enabel"))
            .status(AgreementStatus.IN_FORCE)
            .addParty(Party.of(CNASS, PartyRole.BENEFICIARY))
            .addParty(Party.of(ENABEL, PartyRole.IMPLEMENTER))
            .addAllCooperationAreas(List.of(CooperationArea.SOCIAL_HEALTH_PROTECTION, CooperationArea.HEALTH_FINANCING))
            .addCommitment(Commitment.builder()
                .kind(CommitmentKind.TECHNICAL_ASSISTANCE)
                .party(ENABEL)
                .description(fr("Appui technique à la CNASS, dont l’assurance maladie volontaire"))
                .build())
            .framework(AI_PASS2)
            .addSdgTarget(SdgTarget.T3_8)
            .addCitation(CITED)
            .build());

        dataset.addScheme(CoverageScheme.builder()
            .id(CNASS_INSURANCE)
            .name(fr("Assurance maladie volontaire"))
            .operator(CNASS)
            .country(MR)
            .type(SchemeType.UNIVERSAL_HEALTH_INSURANCE)
            .financingClass(FinancingScheme.HF_2_1)
            .membership(Membership.VOLUNTARY)
            .addSdgTarget(SdgTarget.T3_8)
            .addCitation(CITED)
            .build());
    }

    private static void organizations(Dataset.Builder dataset) {
        dataset.addOrganization(Organization.builder()
                .id(ENABEL)
                .name(fr("Enabel"))
                .kind(OrganizationKind.DEVELOPMENT_AGENCY)
                .country(BE)
                .addIdentifier(Identifier.iati("BE-BCE_KBO-0264814354"))
                .addCitation(CITED)
                .build())
            .addOrganization(Organization.builder()
                .id(EU)
                .name(fr("Union européenne"))
                .acronym("UE")
                .kind(OrganizationKind.MULTILATERAL)
                .addCitation(CITED)
                .build())
            .addOrganization(Organization.builder()
                .id(COMMISSION)
                .name(fr("Commission européenne"))
                .kind(OrganizationKind.MULTILATERAL)
                .parent(EU)
                .addCitation(CITED)
                .build())
            .addOrganization(organization(BELGIUM, "Royaume de Belgique", null, OrganizationKind.GOVERNMENT, BE))
            .addOrganization(organization(PRESIDENCY, "Présidence belge du Conseil européen", null,
                OrganizationKind.GOVERNMENT, BE))
            .addOrganization(organization(BE_CAUSE_HEALTH, "Be-cause Health", null, OrganizationKind.NETWORK, BE))
            .addOrganization(organization(MEMISA, "Memisa Belgium", null, OrganizationKind.NGO, BE))
            .addOrganization(organization(MR_MINISTRY_HEALTH, "Ministère de la Santé", "MS", OrganizationKind.MINISTRY,
                MR))
            .addOrganization(organization(CNASS, "Caisse Nationale de Solidarité en Santé", "CNASS",
                OrganizationKind.HEALTH_INSURANCE_FUND, MR))
            .addOrganization(Organization.builder()
                .id(DAR_NAIM)
                .name(fr("Centre de Santé de Dar Naim"))
                .kind(OrganizationKind.HEALTH_FACILITY)
                .country(MR)
                .place(DAR_NAIM_PLACE)
                .facility(FacilityProfile.builder()
                    .type(FacilityType.HEALTH_CENTRE)
                    .level(FacilityLevel.PRIMARY)
                    .build())
                .addCitation(CITED)
                .build())
            .addOrganization(organization(UC_PASS, "UC-PASS", "UC-PASS", OrganizationKind.PROGRAMME_MANAGEMENT_UNIT,
                MR))
            .addOrganization(organization(BI_MINISTRY_HEALTH, "Ministère de la Santé Publique", "MSPLS",
                OrganizationKind.MINISTRY, BI));
    }

    private static void persons(Dataset.Builder dataset) {
        dataset.addPerson(person(CHEIKH_ABDALLAHI, "Amal Cheikh Abdallahi", Honorific.MADAM,
                position(RoleKind.DIRECTOR_GENERAL, "Directrice Générale", CNASS)))
            .addPerson(person(GENNEZ, "Caroline Gennez", Honorific.MADAM,
                position(RoleKind.MINISTER, "ministre de la Coopération au développement", null)))
            .addPerson(person(DOENS, "Koen Doens", Honorific.MISTER,
                position(RoleKind.DIRECTOR_GENERAL, "Directeur général de la Coopération internationale et du "
                    + "Développement", COMMISSION)))
            .addPerson(person(DE_GROOF, "Bart De Groof", Honorific.MISTER,
                position(RoleKind.SPECIAL_ENVOY, "envoyé spécial du Royaume de Belgique pour le Sahel", BELGIUM)))
            .addPerson(person(LARDINOIS, "Mathias Lardinois", null,
                position(RoleKind.COUNTRY_DIRECTOR, "Directeur pays", ENABEL)))
            .addPerson(person(TRASANCOS, "Veronica Trasancos", null,
                position(RoleKind.COORDINATOR, "Coordinatrice santé", ENABEL)))
            .addPerson(person(BOSSENS, "Paul Bossens", Honorific.DOCTOR, position(RoleKind.EXPERT, "expert santé",
                ENABEL)));
    }

    private static void programmes(Dataset.Builder dataset) {
        dataset.addProgramme(Programme.builder()
                .id(AI_PASS2)
                .name(fr("Appui Institutionnel du Programme d’appui au secteur de la santé 2"))
                .acronym("AI-PASS2")
                .kind(ProgrammeKind.DEVELOPMENT_PROJECT)
                .addIdentifier(OtherIdentifier.builder()
                    .type(OtherIdentifierType.REPORTING_ORGANISATION_INTERNAL)
                    .value(IatiIdentifier.of("MRT21001"))
                    .owner(ENABEL)
                    .build())
                .reportingOrganization(ENABEL)
                .addParticipant(ProgrammeParticipant.of(EU, IatiOrganisationRole.FUNDING))
                .addParticipant(ProgrammeParticipant.of(ENABEL, IatiOrganisationRole.IMPLEMENTING))
                .status(ActivityStatus.CLOSED)
                .addDate(ActivityDate.of(ActivityDateType.ACTUAL_START, PartialDate.of(2021, 12, 1)))
                .addDate(ActivityDate.of(ActivityDateType.ACTUAL_END, PartialDate.of(2025, 1, 1)))
                .addRecipientCountry(RecipientCountry.of(MR))
                .addSector(ProgrammeSector.of(DacSector.HEALTH_POLICY))
                .addObjective(Objective.builder()
                    .description(fr("Appuyer le ministère de la Santé jusqu’à la couverture sanitaire universelle"))
                    .direction(Direction.INCREASE)
                    .build())
                .addObjective(Objective.of(fr("Concevoir et mettre en place la CNASS")))
                .addObjective(Objective.builder()
                    .description(fr("Moins de pauvreté en Mauritanie grâce à une population en meilleure "
                        + "santé à tous les âges"))
                    .direction(Direction.DECREASE)
                    .build())
                .addObjective(Objective.builder()
                    .description(fr("Un accès meilleur et plus juste à des soins de qualité, dans la ligne "
                        + "du PNDS et de la SNPS"))
                    .direction(Direction.INCREASE)
                    .build())
                .addSdgTarget(SdgTarget.T3_8)
                .addFigure(Statistic.builder()
                    .measure(fr("Budget du projet"))
                    .value(new BigDecimal("6542057.00"))
                    .unit("EUR")
                    .addCitation(PROJECT_RECORD_CITED)
                    .build())
                .addRelatedActivity(RelatedActivity.of(RelatedActivityType.PARENT, PASS))
                .addCitation(CITED)
                .addCitation(PROJECT_RECORD_CITED)
                .build())
            .addProgramme(Programme.builder()
                .id(PASS)
                .name(fr("Programme d’Appui au Secteur de la Santé"))
                .acronym("PASS")
                .kind(ProgrammeKind.SUPPORT_PROGRAMME)
                .addRecipientCountry(RecipientCountry.of(MR))
                .addParticipant(ProgrammeParticipant.of(EU, IatiOrganisationRole.FUNDING))
                .addParticipant(ProgrammeParticipant.of(UC_PASS, IatiOrganisationRole.IMPLEMENTING))
                .addParticipant(ProgrammeParticipant.of(ENABEL, IatiOrganisationRole.IMPLEMENTING))
                .addObjective(Objective.of(fr("Réhabiliter le centre de santé de Dar Naim")))
                .addSector(ProgrammeSector.of(DacSector.BASIC_HEALTH_INFRASTRUCTURE))
                .addCitation(CITED)
                .build())
            .addProgramme(Programme.builder()
                .id(PNDS)
                .name(fr("Plan National de Développement Sanitaire"))
                .acronym("PNDS")
                .kind(ProgrammeKind.NATIONAL_STRATEGY)
                .addRecipientCountry(RecipientCountry.of(MR))
                .addCitation(CITED)
                .build())
            .addProgramme(Programme.builder()
                .id(SNPS)
                .name(fr("Stratégie Nationale de Protection Sociale"))
                .acronym("SNPS")
                .kind(ProgrammeKind.NATIONAL_STRATEGY)
                .addRecipientCountry(RecipientCountry.of(MR))
                .addCitation(CITED)
                .build())
            .addProgramme(Programme.builder()
                .id(BURUNDI_DIGITAL)
                .name(fr("Digitalisation du secteur de la santé au Burundi"))
                .kind(ProgrammeKind.SUPPORT_PROGRAMME)
                .addRecipientCountry(RecipientCountry.of(BI))
                .addParticipant(ProgrammeParticipant.of(BI_MINISTRY_HEALTH, IatiOrganisationRole.IMPLEMENTING))
                .addParticipant(ProgrammeParticipant.of(ENABEL, IatiOrganisationRole.IMPLEMENTING))
                .addSector(ProgrammeSector.of(DacSector.HEALTH_POLICY))
                .addFigure(figure("Hôpitaux publics informatisés", 36, "hôpitaux"))
                .addFigure(figure("Centres de santé informatisés", 30, "centres de santé"))
                .addCitation(CITED)
                .build());
    }

    private static void events(Dataset.Builder dataset) {
        dataset.addEvent(Event.builder()
                .id(CONFERENCE)
                .kind(EventKind.CONFERENCE)
                .title(fr("Vers l’Équité en Santé : Systèmes de santé solides, couverture sanitaire universelle et "
                    + "participation sociale"))
                .date(ReportedDate.inferred(PartialDate.of(2024, 4)))
                .place(MECHELEN)
                .addAllOrganisers(List.of(PRESIDENCY, ENABEL, BE_CAUSE_HEALTH))
                .addAllParticipants(List.of(CNASS, CHEIKH_ABDALLAHI, GENNEZ, DOENS))
                .attendance(200)
                .addSdgTarget(SdgTarget.T3_8)
                .addCitation(CITED)
                .build())
            .addEvent(Event.builder()
                .id(DAR_NAIM_INAUGURATION)
                .kind(EventKind.INAUGURATION)
                .title(fr("Inauguration du centre de santé de Dar Naim réhabilité"))
                .place(DAR_NAIM_PLACE)
                .addParticipant(DAR_NAIM)
                .addCitation(CITED)
                .build())
            .addEvent(Event.builder()
                .id(DE_GROOF_VISIT)
                .kind(EventKind.OFFICIAL_VISIT)
                .title(fr("Visite de l’envoyé spécial de la Belgique pour le Sahel"))
                .place(MAURITANIA)
                .addAllParticipants(List.of(DE_GROOF, CHEIKH_ABDALLAHI, LARDINOIS, TRASANCOS, CNASS, ENABEL))
                .addCitation(CITED)
                .build())
            .addEvent(Event.builder()
                .id(BACKSTOPPING)
                .kind(EventKind.BACKSTOPPING_MISSION)
                .title(fr("Troisième mission de backstopping d’Enabel auprès de la CNASS"))
                .place(MAURITANIA)
                .addAllParticipants(List.of(BOSSENS, ENABEL, MEMISA, CNASS))
                .addCitation(CITED)
                .build())
            .addEvent(Event.builder()
                .id(BURUNDI_VISIT)
                .kind(EventKind.STUDY_VISIT)
                .title(fr("Visite d’échange d’expériences au Burundi sur la digitalisation de la santé"))
                .place(SeedText.country("Burundi", "BI"))
                .addAllParticipants(List.of(MR_MINISTRY_HEALTH, ENABEL, BI_MINISTRY_HEALTH))
                .addCitation(CITED)
                .build());
    }

    private static Organization organization(EntityId id, String name, String acronym, OrganizationKind kind,
            CountryCode country) {
        Organization.Builder builder = Organization.builder().id(id).name(fr(name)).kind(kind).country(country)
            .addCitation(CITED);
        if (acronym != null) {
            builder.acronym(acronym);
        }
        return builder.build();
    }

    private static Position position(RoleKind role, String title, EntityId organization) {
        Position.Builder builder = Position.builder().role(role).title(fr(title));
        if (organization != null) {
            builder.organization(organization);
        }
        return builder.build();
    }

    private static Person person(EntityId id, String name, Honorific honorific, Position position) {
        Person.Builder builder = Person.builder().id(id).name(name).addPosition(position).addCitation(CITED);
        if (honorific != null) {
            builder.honorific(honorific);
        }
        return builder.build();
    }

    private static Statistic figure(String measure, int value, String unit) {
        return Statistic.builder()
            .measure(fr(measure))
            .value(BigDecimal.valueOf(value))
            .unit(unit)
            .addCitation(CITED)
            .build();
    }
}

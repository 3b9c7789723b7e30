package org.uhcmodel.examples;

import static org.uhcmodel.examples.SeedText.fr;

import java.util.List;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.actor.Person;
import org.uhcmodel.actor.Position;
import org.uhcmodel.actor.RoleKind;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.AgreementKind;
import org.uhcmodel.agreement.AgreementStatus;
import org.uhcmodel.agreement.CooperationArea;
import org.uhcmodel.agreement.Event;
import org.uhcmodel.agreement.EventKind;
import org.uhcmodel.agreement.Party;
import org.uhcmodel.agreement.PartyRole;
import org.uhcmodel.agreement.Signatory;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.programme.ActivityDate;
import org.uhcmodel.programme.ActivityDateType;
import org.uhcmodel.programme.IatiOrganisationRole;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.programme.ProgrammeKind;
import org.uhcmodel.programme.ProgrammeParticipant;
import org.uhcmodel.programme.ProgrammeSector;
import org.uhcmodel.programme.RecipientCountry;
import org.uhcmodel.programme.RelatedActivity;
import org.uhcmodel.programme.RelatedActivityType;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.source.SourceKind;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.DacSector;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.Objective;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Period;
import org.uhcmodel.value.Place;
import org.uhcmodel.value.ReportedDate;

/**
 * Seed 003: France and Kazakhstan sign a declaration of intent to join the Global Coalition of countries for primary
 * health care, and the EHESP signs two memoranda of understanding; press release of the French ministry of health.
 * <p>
 * The text says "Monday 4 November" without a year; the French minister named held office in autumn 2024 and
 * 4 November 2024 was a Monday, so the signing date is 2024-11-04, inferred, on the three agreements and the signing
 * ceremony. The press release is of that day ("today") and the coalition was launched "last November", so in
 * November 2023, inferred as well; but the publication date of a source, the period of a position and the period of
 * a programme take no date basis in the model, so these inferred dates are left out rather than shown as stated. The
 * months the text states (the visit to Astana and the joint declaration of November 2023, the strategy 2023-2027)
 * are kept. The declaration of intent sits under the joint declaration the two presidents signed in Astana in
 * November 2023 (its article 10 is on health). The roadmap through which the two countries' cooperation is carried
 * out is kept as a programme, in line with France's global health strategy, which the model records as its parent
 * activity; the text gives neither its date nor its status, and Kazakhstan is the country it benefits, France
 * being the partner that provides the cooperation. The strategy's years 2023-2027 are its planned start and end; its
 * country, France, is not a recipient country of it, and the model records France as its accountable participant.
 */
final class Seed003FranceKazakhstan {

    /** The press release. */
    static final EntityId SOURCE = EntityId.of("seed-003-ministere-sante-fr");
    /** France's ministry of health. */
    static final EntityId FR_MINISTRY_HEALTH = EntityId.of("fr-ministry-health");
    /** Kazakhstan's ministry of health. */
    static final EntityId KZ_MINISTRY_HEALTH = EntityId.of("kz-ministry-health");
    /** École des hautes études en santé publique. */
    static final EntityId EHESP = EntityId.of("fr-ehesp");
    /** Karaganda medical university. */
    static final EntityId KARAGANDA = EntityId.of("kz-karaganda-medical-university");
    /** The French Republic. */
    static final EntityId FRANCE = EntityId.of("fr-republic");
    /** The Republic of Kazakhstan. */
    static final EntityId KAZAKHSTAN = EntityId.of("kz-republic");
    /** French minister of health. */
    static final EntityId DARRIEUSSECQ = EntityId.of("genevieve-darrieussecq");
    /** Kazakh vice-minister of health. */
    static final EntityId MURATOV = EntityId.of("timur-muratov");
    /** Director of the EHESP. */
    static final EntityId RICHARD = EntityId.of("isabelle-richard");
    /** Rector of Karaganda medical university. */
    static final EntityId TURMUKHAMBETOVA = EntityId.of("anar-turmukhambetova");
    /** President of France. */
    static final EntityId MACRON = EntityId.of("emmanuel-macron");
    /** President of Kazakhstan. */
    static final EntityId TOKAYEV = EntityId.of("kassym-jomart-tokayev");
    /** The joint declaration of November 2023. */
    static final EntityId JOINT_DECLARATION = EntityId.of("fr-kz-joint-declaration-2023");
    /** The declaration of intent to join the coalition. */
    static final EntityId DECLARATION_OF_INTENT = EntityId.of("fr-kz-phc-coalition-declaration-of-intent");
    /** The MoU between the EHESP and Kazakhstan's ministry of health. */
    static final EntityId MOU_MINISTRY = EntityId.of("ehesp-kz-ministry-health-mou");
    /** The MoU between the EHESP and Karaganda medical university. */
    static final EntityId MOU_KARAGANDA = EntityId.of("ehesp-karaganda-mou");
    /** The signing of 4 November 2024. */
    static final EntityId SIGNING = EntityId.of("fr-kz-health-signing-2024");
    /** The French president's visit to Astana. */
    static final EntityId ASTANA_VISIT = EntityId.of("fr-president-astana-visit-2023");
    /** The Global Coalition of countries for primary health care. */
    static final EntityId COALITION = EntityId.of("global-coalition-primary-health-care");
    /** France's global health strategy 2023-2027. */
    static final EntityId GLOBAL_HEALTH_STRATEGY = EntityId.of("fr-global-health-strategy-2023-2027");
    /** The roadmap of the French-Kazakh cooperation in health. */
    static final EntityId ROADMAP = EntityId.of("fr-kz-health-cooperation-roadmap");

    private static final Citation CITED = Citation.of(SOURCE);
    private static final Citation ARTICLE_10 = Citation.of(SOURCE, "art. 10 of the joint declaration");
    private static final CountryCode FR = CountryCode.of("FR");
    private static final CountryCode KZ = CountryCode.of("KZ");
    private static final PartialDate NOVEMBER_4_2024 = PartialDate.of(2024, 11, 4);
    private static final ReportedDate SIGNED_ON = ReportedDate.inferred(NOVEMBER_4_2024);
    private static final PartialDate NOVEMBER_2023 = PartialDate.of(2023, 11);
    private static final Place ASTANA = SeedText.place("Astana", "KZ", SeedText.CITY);

    private Seed003FranceKazakhstan() {
    }

    /**
     * Adds the entities of seed 003 to a dataset under construction.
     *
     * @param dataset  the builder, not null
     */
    static void addTo(Dataset.Builder dataset) {
        dataset.addSource(SourceDocument.builder()
            .id(SOURCE)
            .title(fr("La France et le Kazakhstan approfondissent leur coopération en santé"))
            .publisher("Ministère de la Santé et de la Prévention")
            .publisherOrganization(FR_MINISTRY_HEALTH)
            .language("fr")
            .kind(SourceKind.PRESS_RELEASE)
            .build());
        organizations(dataset);
        persons(dataset);
        agreements(dataset);

        dataset.addEvent(Event.builder()
                .id(SIGNING)
                .kind(EventKind.SIGNING_CEREMONY)
                .title(fr("Signature franco-kazakhstanaise en santé : déclaration d’intention et mémorandums "
                    + "d’entente"))
                .date(SIGNED_ON)
                .addOrganiser(FR_MINISTRY_HEALTH)
                .addAllParticipants(List.of(DARRIEUSSECQ, MURATOV, RICHARD, TURMUKHAMBETOVA))
                .addAllAgreementsSigned(List.of(DECLARATION_OF_INTENT, MOU_MINISTRY, MOU_KARAGANDA))
                .addCitation(CITED)
                .build())
            .addEvent(Event.builder()
                .id(ASTANA_VISIT)
                .kind(EventKind.OFFICIAL_VISIT)
                .title(fr("Visite du président de la République française à Astana"))
                .date(ReportedDate.stated(NOVEMBER_2023))
                .place(ASTANA)
                .addAllParticipants(List.of(MACRON, TOKAYEV))
                .addAgreementsSigned(JOINT_DECLARATION)
                .addCitation(CITED)
                .build());

        dataset.addProgramme(Programme.builder()
                .id(COALITION)
                .name(fr("Coalition mondiale des pays pour les soins de santé primaires"))
                .kind(ProgrammeKind.INTERNATIONAL_INITIATIVE)
                .addParticipant(ProgrammeParticipant.of(KAZAKHSTAN, IatiOrganisationRole.ACCOUNTABLE))
                .addObjective(Objective.of(fr("Renforcer les soins de santé primaires et promouvoir les réformes "
                    + "qui en font la base de la couverture sanitaire universelle")))
                .addObjective(Objective.of(fr("Élargir la coalition à de nouveaux pays")))
                .addSector(ProgrammeSector.of(DacSector.BASIC_HEALTH_CARE))
                .addSdgTarget(SdgTarget.T3_8)
                .addCitation(CITED)
                .build())
            .addProgramme(Programme.builder()
                .id(GLOBAL_HEALTH_STRATEGY)
                .name(fr("Stratégie de la France en santé mondiale"))
                .kind(ProgrammeKind.NATIONAL_STRATEGY)
                .addDate(ActivityDate.of(ActivityDateType.PLANNED_START, PartialDate.of(2023)))
                .addDate(ActivityDate.of(ActivityDateType.PLANNED_END, PartialDate.of(2027)))
                .addParticipant(ProgrammeParticipant.of(FRANCE, IatiOrganisationRole.ACCOUNTABLE))
                .addCitation(CITED)
                .build())
            .addProgramme(Programme.builder()
                .id(ROADMAP)
                .name(fr("Feuille de route de la coopération franco-kazakhstanaise en santé"))
                .kind(ProgrammeKind.INTERNATIONAL_INITIATIVE)
                .addRecipientCountry(RecipientCountry.of(KZ))
                .addObjective(Objective.of(fr("Consolider et structurer les actions de coopération des nombreux "
                    + "acteurs des deux pays")))
                .addObjective(Objective.of(fr("Renforcer les soins de santé primaires et atteindre la couverture "
                    + "sanitaire universelle")))
                .addSector(ProgrammeSector.of(DacSector.BASIC_HEALTH_CARE))
                .addSdgTarget(SdgTarget.T3_8)
                .addRelatedActivity(RelatedActivity.of(RelatedActivityType.PARENT, GLOBAL_HEALTH_STRATEGY))
                .addCitation(CITED)
                .build());
    }

    private static void organizations(Dataset.Builder dataset) {
        dataset.addOrganization(organization(FR_MINISTRY_HEALTH, "Ministère de la Santé et de l’Accès aux soins", null,
                OrganizationKind.MINISTRY, FR))
            .addOrganization(organization(KZ_MINISTRY_HEALTH, "Ministère de la Santé du Kazakhstan", null,
                OrganizationKind.MINISTRY, KZ))
            .addOrganization(organization(EHESP, "École des hautes études en santé publique", "EHESP",
                OrganizationKind.ACADEMIC, FR))
            .addOrganization(organization(KARAGANDA, "Université de médecine de Karaganda", null,
                OrganizationKind.ACADEMIC, KZ))
            .addOrganization(organization(FRANCE, "République française", null, OrganizationKind.GOVERNMENT, FR))
            .addOrganization(organization(KAZAKHSTAN, "République du Kazakhstan", null, OrganizationKind.GOVERNMENT,
                KZ));
    }

    private static void persons(Dataset.Builder dataset) {
        // The positions held at the signing are left undated: its year is inferred and a position's period has no
        // date basis. The presidents' positions are as of the visit of November 2023, which the text states.
        Period nov2023 = Period.starting(NOVEMBER_2023);
        dataset.addPerson(person(DARRIEUSSECQ, "Geneviève Darrieussecq", RoleKind.MINISTER,
                "ministre de la Santé et de l’Accès aux soins", FR_MINISTRY_HEALTH, null))
            .addPerson(person(MURATOV, "Timur Muratov", RoleKind.VICE_MINISTER,
                "Vice-ministre de la Santé du Kazakhstan", KZ_MINISTRY_HEALTH, null))
            .addPerson(person(RICHARD, "Isabelle Richard", RoleKind.DIRECTOR, "directrice", EHESP, null))
            .addPerson(person(TURMUKHAMBETOVA, "Anar Turmukhambetova", RoleKind.RECTOR, "rectrice", KARAGANDA, null))
            .addPerson(person(MACRON, "Emmanuel Macron", RoleKind.HEAD_OF_STATE, "président de la République", FRANCE,
                nov2023))
            .addPerson(person(TOKAYEV, "Kassym-Jomart Tokaïev", RoleKind.HEAD_OF_STATE, "président", KAZAKHSTAN,
                nov2023));
    }

    private static void agreements(Dataset.Builder dataset) {
        dataset.addAgreement(Agreement.builder()
                .id(JOINT_DECLARATION)
                .kind(AgreementKind.JOINT_DECLARATION)
                .title(fr("Déclaration conjointe France – Kazakhstan"))
                .status(AgreementStatus.SIGNED)
                .signed(ReportedDate.stated(NOVEMBER_2023))
                .place(ASTANA)
                .addParty(Party.of(FRANCE, PartyRole.SIGNATORY))
                .addParty(Party.of(KAZAKHSTAN, PartyRole.SIGNATORY))
                .addSignatory(Signatory.of(MACRON, FRANCE))
                .addSignatory(Signatory.of(TOKAYEV, KAZAKHSTAN))
                .addAllCooperationAreas(List.of(CooperationArea.ONCOLOGY, CooperationArea.TELEMEDICINE,
                    CooperationArea.REHABILITATION, CooperationArea.PSYCHOMOTRICITY,
                    CooperationArea.REPRODUCTIVE_HEALTH))
                .addObjective(Objective.of(fr("Des liens plus étroits entre les hôpitaux et les instituts de formation "
                    + "et de recherche français et kazakhstanais")))
                .addCitation(ARTICLE_10)
                .build())
            .addAgreement(Agreement.builder()
                .id(DECLARATION_OF_INTENT)
                .kind(AgreementKind.DECLARATION_OF_INTENT)
                .title(fr("Déclaration d’intention sur l’adhésion à la Coalition mondiale des pays pour les soins "
                    + "de santé primaires"))
                .status(AgreementStatus.SIGNED)
                .signed(SIGNED_ON)
                .addParty(Party.of(FRANCE, PartyRole.SIGNATORY))
                .addParty(Party.of(KAZAKHSTAN, PartyRole.SIGNATORY))
                .addSignatory(Signatory.of(DARRIEUSSECQ, FRANCE))
                .addSignatory(Signatory.of(MURATOV, KAZAKHSTAN))
                .addCooperationArea(CooperationArea.PRIMARY_HEALTH_CARE)
                .addObjective(Objective.of(fr("Pilier 1 : des soins primaires mieux articulés avec les autres "
                    + "niveaux de soins")))
                .addObjective(Objective.of(fr("Pilier 2 : des politiques de santé réformées autour des soins "
                    + "primaires, en vue de la couverture sanitaire universelle")))
                .addObjective(Objective.of(fr("Pilier 3 : une action internationale mieux mobilisée et coordonnée en "
                    + "faveur des soins primaires, et une coalition ouverte à de nouveaux pays")))
                .framework(JOINT_DECLARATION)
                .addSdgTarget(SdgTarget.T3_8)
                .addCitation(CITED)
                .build())
            .addAgreement(Agreement.builder()
                .id(MOU_MINISTRY)
                .kind(AgreementKind.MEMORANDUM_OF_UNDERSTANDING)
                .title(fr("Mémorandum d’entente EHESP – Ministère de la Santé du Kazakhstan"))
                .status(AgreementStatus.SIGNED)
                .signed(SIGNED_ON)
                .addParty(Party.of(EHESP, PartyRole.SIGNATORY))
                .addParty(Party.of(KZ_MINISTRY_HEALTH, PartyRole.SIGNATORY))
                .addSignatory(Signatory.of(RICHARD, EHESP))
                .addSignatory(Signatory.of(MURATOV, KZ_MINISTRY_HEALTH))
                .addCitation(CITED)
                .build())
            .addAgreement(Agreement.builder()
                .id(MOU_KARAGANDA)
                .kind(AgreementKind.MEMORANDUM_OF_UNDERSTANDING)
                .title(fr("Mémorandum d’entente EHESP – Université de médecine de Karaganda"))
                .status(AgreementStatus.SIGNED)
                .signed(SIGNED_ON)
                .addParty(Party.of(EHESP, PartyRole.SIGNATORY))
                .addParty(Party.of(KARAGANDA, PartyRole.SIGNATORY))
                .addSignatory(Signatory.of(RICHARD, EHESP))
                .addSignatory(Signatory.of(TURMUKHAMBETOVA, KARAGANDA))
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

    private static Person person(EntityId id, String name, RoleKind role, String title, EntityId organization,
            Period asOf) {
        Position.Builder position = Position.builder().role(role).title(fr(title)).organization(organization);
        if (asOf != null) {
            position.period(asOf);
        }
        return Person.builder()
            .id(id)
            .name(name)
            .addPosition(position.build())
            .addCitation(CITED)
            .build();
    }
}

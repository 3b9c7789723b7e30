package org.uhcmodel.examples;

import static org.uhcmodel.examples.SeedText.fr;

import java.util.List;
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
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.source.SourceKind;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.Direction;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.Objective;
import org.uhcmodel.value.Place;

/**
 * Seed 001: the meeting of the health ministers of Algeria and Belarus, as the Algerian ministry's communiqué reports
 * it.
 * <p>
 * The text gives only weekdays (a Tuesday evening meeting, a Wednesday communiqué) and no month, so no date is
 * recorded. The roadmap the joint commission must draw up is encoded as a proposed cooperation agreement between
 * the two ministries, carrying the areas and forms of cooperation each minister put forward.
 */
final class Seed001AlgeriaBelarus {

    /** The communiqué. */
    static final EntityId SOURCE = EntityId.of("seed-001-ministere-sante-dz");
    /** Algeria's ministry of health. */
    static final EntityId DZ_MINISTRY_HEALTH = EntityId.of("dz-ministry-health");
    /** Belarus's ministry of health. */
    static final EntityId BY_MINISTRY_HEALTH = EntityId.of("by-ministry-health");
    /** Algeria's minister of health. */
    static final EntityId AIT_MESSAOUDENE = EntityId.of("mohamed-seddik-ait-messaoudene");
    /** Belarus's minister of health. */
    static final EntityId KHODJAEV = EntityId.of("alexander-khodjaev");
    /** The meeting. */
    static final EntityId MEETING = EntityId.of("dz-by-health-ministers-meeting");
    /** The joint commission. */
    static final EntityId JOINT_COMMISSION = EntityId.of("dz-by-health-joint-commission");
    /** The roadmap the commission must draw up. */
    static final EntityId ROADMAP = EntityId.of("dz-by-health-roadmap");

    private static final Citation CITED = Citation.of(SOURCE);

    private Seed001AlgeriaBelarus() {
    }

    /**
     * Adds the entities of seed 001 to a dataset under construction.
     *
     * @param dataset  the builder, not null
     */
    static void addTo(Dataset.Builder dataset) {
        dataset.addSource(SourceDocument.builder()
            .id(SOURCE)
            .title(fr("Rencontre des ministres de la Santé d’Algérie et de Biélorussie"))
            .publisher("Ministère de la Santé")
            .publisherOrganization(DZ_MINISTRY_HEALTH)
            .language("fr")
            .kind(SourceKind.OFFICIAL_COMMUNIQUE)
            .build());

        dataset.addOrganization(Organization.builder()
                .id(DZ_MINISTRY_HEALTH)
                .name(fr("Ministère de la Santé"))
                .kind(OrganizationKind.MINISTRY)
                .country(CountryCode.of("DZ"))
                .addCitation(CITED)
                .build())
            .addOrganization(Organization.builder()
                .id(BY_MINISTRY_HEALTH)
                .name(fr("Ministère de la Santé de Biélorussie"))
                .kind(OrganizationKind.MINISTRY)
                .country(CountryCode.of("BY"))
                .addCitation(CITED)
                .build());

        dataset.addPerson(Person.builder()
                .id(AIT_MESSAOUDENE)
                .name("Mohamed Seddik Ait Messaoudene")
                .honorific(Honorific.MISTER)
                .addPosition(Position.builder()
                    .role(RoleKind.MINISTER)
                    .title(fr("ministre de la Santé"))
                    .organization(DZ_MINISTRY_HEALTH)
                    .build())
                .addCitation(CITED)
                .build())
            .addPerson(Person.builder()
                .id(KHODJAEV)
                .name("Alexander Khodjaev")
                .honorific(Honorific.MISTER)
                .addPosition(Position.builder()
                    .role(RoleKind.MINISTER)
                    .title(fr("ministre biélorusse de la Santé"))
                    .organization(BY_MINISTRY_HEALTH)
                    .build())
                .addCitation(CITED)
                .build());

        dataset.addAgreement(Agreement.builder()
            .id(ROADMAP)
            .kind(AgreementKind.COOPERATION_AGREEMENT)
            .title(fr("Feuille de route de la coopération sanitaire algéro-biélorusse"))
            .status(AgreementStatus.PROPOSED)
            .addParty(Party.of(DZ_MINISTRY_HEALTH, PartyRole.SIGNATORY))
            .addParty(Party.of(BY_MINISTRY_HEALTH, PartyRole.SIGNATORY))
            .addAllCooperationAreas(List.of(CooperationArea.PAEDIATRIC_CARDIAC_SURGERY, CooperationArea.OPHTHALMOLOGY,
                CooperationArea.NEUROLOGY, CooperationArea.ARTIFICIAL_INTELLIGENCE, CooperationArea.PRIMARY_HEALTH_CARE,
                CooperationArea.OBSTETRICS_GYNAECOLOGY, CooperationArea.HEALTH_WORKFORCE_TRAINING,
                CooperationArea.DIGITAL_HEALTH, CooperationArea.TELEMEDICINE, CooperationArea.MEDICAL_IMAGING))
            .addCommitment(Commitment.builder()
                .kind(CommitmentKind.EXCHANGE_OF_EXPERTISE)
                .party(DZ_MINISTRY_HEALTH)
                .description(fr("Coopération proposée par l’Algérie dans des spécialités médicales de pointe"))
                .addAllAreas(List.of(CooperationArea.PAEDIATRIC_CARDIAC_SURGERY, CooperationArea.OPHTHALMOLOGY,
                    CooperationArea.NEUROLOGY))
                .build())
            .addCommitment(Commitment.builder()
                .kind(CommitmentKind.DIGITALISATION)
                .party(DZ_MINISTRY_HEALTH)
                .description(fr("Recours élargi à l’intelligence artificielle dans les services de santé"))
                .addArea(CooperationArea.ARTIFICIAL_INTELLIGENCE)
                .build())
            .addCommitment(Commitment.builder()
                .kind(CommitmentKind.TRAINING)
                .party(BY_MINISTRY_HEALTH)
                .description(fr("Coopération proposée par la Biélorussie en gynécologie-obstétrique et formation "
                    + "médicale"))
                .addAllAreas(List.of(CooperationArea.OBSTETRICS_GYNAECOLOGY, CooperationArea.HEALTH_WORKFORCE_TRAINING))
                .build())
            .addCommitment(Commitment.builder()
                .kind(CommitmentKind.EXCHANGE_OF_EXPERTISE)
                .party(BY_MINISTRY_HEALTH)
                .description(fr("Réunions par visioconférence et visites de terrain mutuelles"))
                .build())
            .addCommitment(Commitment.builder()
                .kind(CommitmentKind.DIGITALISATION)
                .description(fr("Numérisation, télémédecine et radiologie appuyée sur l’IA"))
                .addAllAreas(List.of(CooperationArea.DIGITAL_HEALTH, CooperationArea.TELEMEDICINE,
                    CooperationArea.MEDICAL_IMAGING, CooperationArea.ARTIFICIAL_INTELLIGENCE))
                .build())
            .addObjective(Objective.of(fr("Des soins de meilleure qualité pour les citoyens")))
            .addObjective(Objective.of(fr("Des services de santé plus efficaces")))
            .addObjective(Objective.of(fr("Développer les pôles sanitaires et la santé de proximité")))
            .addObjective(Objective.builder()
                .description(fr("Étendre ces technologies aux régions éloignées et enclavées"))
                .direction(Direction.INCREASE)
                .build())
            .addCitation(CITED)
            .build());

        Place headquarters = Place.builder()
            .name(fr("Siège du ministère de la Santé"))
            .country(CountryCode.of("DZ"))
            .build();
        dataset.addEvent(Event.builder()
            .id(MEETING)
            .kind(EventKind.BILATERAL_MEETING)
            .title(fr("Rencontre des ministres de la Santé d’Algérie et de Biélorussie"))
            .place(headquarters)
            .addOrganiser(DZ_MINISTRY_HEALTH)
            .addAllParticipants(List.of(AIT_MESSAOUDENE, KHODJAEV, DZ_MINISTRY_HEALTH, BY_MINISTRY_HEALTH))
            .addBodiesCreated(JOINT_COMMISSION)
            .addDecision(fr("Mise en place d’une commission mixte chargée d’une feuille de route"))
            .addCitation(CITED)
            .build());

        dataset.addBody(GoverningBody.builder()
            .id(JOINT_COMMISSION)
            .name(fr("Commission mixte algéro-biélorusse de la santé"))
            .kind(BodyKind.JOINT_COMMISSION)
            .addAllMembers(List.of(DZ_MINISTRY_HEALTH, BY_MINISTRY_HEALTH))
            .addMandate(fr("Feuille de route des échanges de savoir-faire, en priorité dans les spécialités de pointe"))
            .addMandate(fr("Numérisation, télémédecine et imagerie appuyée sur l’IA au service des régions isolées"))
            .establishedBy(MEETING)
            .addCitation(CITED)
            .build());
    }
}

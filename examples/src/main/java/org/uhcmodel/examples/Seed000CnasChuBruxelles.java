package org.uhcmodel.examples;

import static org.uhcmodel.examples.SeedText.fr;

import java.util.List;
import org.uhcmodel.actor.FacilityLevel;
import org.uhcmodel.actor.FacilityProfile;
import org.uhcmodel.actor.FacilityType;
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
import org.uhcmodel.agreement.Party;
import org.uhcmodel.agreement.PartyRole;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.scheme.Benefit;
import org.uhcmodel.scheme.BenefitPackage;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.scheme.FinancingScheme;
import org.uhcmodel.scheme.Membership;
import org.uhcmodel.scheme.PopulationGroup;
import org.uhcmodel.scheme.SchemeType;
import org.uhcmodel.scheme.ServiceCategory;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.source.SourceKind;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.Direction;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.Objective;

/**
 * Seed 000: the partnership convention between Algeria's social insurance fund (CNAS) and the CHU de Bruxelles,
 * reported by Le Jeune Indépendant.
 * <p>
 * The article reports the signature without its date, so the convention has no signing date. Nor does it say
 * who signed, so the convention has parties but no signatories. The minister's remark that fewer Algerian patients
 * have needed care abroad in recent years gives no figure, so it is not a statistic; the objective of fewer transfers
 * abroad carries the direction without a number.
 */
final class Seed000CnasChuBruxelles {

    /** The article. */
    static final EntityId SOURCE = EntityId.of("seed-000-jeune-independant");
    /** Caisse nationale des assurances sociales. */
    static final EntityId CNAS = EntityId.of("dz-cnas");
    /** CHU de Bruxelles. */
    static final EntityId CHU_BRUXELLES = EntityId.of("be-chu-bruxelles");
    /** Algeria's ministry of labour, employment and social security. */
    static final EntityId MINISTRY_LABOUR = EntityId.of("dz-ministry-labour");
    /** The newspaper. */
    static final EntityId JEUNE_INDEPENDANT = EntityId.of("dz-le-jeune-independant");
    /** The minister of labour. */
    static final EntityId BENTALEB = EntityId.of("faycal-bentaleb");
    /** The convention. */
    static final EntityId CONVENTION = EntityId.of("cnas-chu-bruxelles-convention");
    /** The social insurance the CNAS runs. */
    static final EntityId CNAS_INSURANCE = EntityId.of("dz-cnas-social-insurance");

    private static final Citation CITED = Citation.of(SOURCE);
    private static final CountryCode DZ = CountryCode.of("DZ");

    private Seed000CnasChuBruxelles() {
    }

    /**
     * Adds the entities of seed 000 to a dataset under construction.
     *
     * @param dataset  the builder, not null
     */
    static void addTo(Dataset.Builder dataset) {
        dataset.addSource(SourceDocument.builder()
            .id(SOURCE)
            .title(fr("Partenariat CNAS-CHU de Bruxelles : L’expertise belge au profit des patients algériens"))
            .publisher("Le Jeune Indépendant")
            .publisherOrganization(JEUNE_INDEPENDANT)
            .language("fr")
            .kind(SourceKind.NEWS_ARTICLE)
            .build());

        dataset.addOrganization(Organization.builder()
                .id(MINISTRY_LABOUR)
                .name(fr("Ministère du Travail, de l’Emploi et de la Sécurité sociale"))
                .kind(OrganizationKind.MINISTRY)
                .country(DZ)
                .addCitation(CITED)
                .build())
            .addOrganization(Organization.builder()
                .id(CNAS)
                .name(fr("Caisse nationale des assurances sociales"))
                .acronym("CNAS")
                .kind(OrganizationKind.SOCIAL_SECURITY_FUND)
                .country(DZ)
                .parent(MINISTRY_LABOUR)
                .addCitation(CITED)
                .build())
            .addOrganization(Organization.builder()
                .id(CHU_BRUXELLES)
                .name(fr("Centre hospitalier universitaire de Bruxelles"))
                .acronym("CHU de Bruxelles")
                .kind(OrganizationKind.HEALTH_FACILITY)
                .country(CountryCode.of("BE"))
                .facility(FacilityProfile.builder()
                    .type(FacilityType.UNIVERSITY_HOSPITAL)
                    .level(FacilityLevel.TERTIARY)
                    .build())
                .addCitation(CITED)
                .build())
            .addOrganization(Organization.builder()
                .id(JEUNE_INDEPENDANT)
                .name(fr("Le Jeune Indépendant"))
                .kind(OrganizationKind.MEDIA)
                .country(DZ)
                .addCitation(CITED)
                .build());

        dataset.addPerson(Person.builder()
            .id(BENTALEB)
            .name("Fayçal Bentaleb")
            .addPosition(Position.builder()
                .role(RoleKind.MINISTER)
                .title(fr("ministre du Travail, de l’Emploi et de la Sécurité sociale"))
                .organization(MINISTRY_LABOUR)
                .build())
            .addCitation(CITED)
            .build());

        dataset.addAgreement(Agreement.builder()
            .id(CONVENTION)
            .kind(AgreementKind.PARTNERSHIP_CONVENTION)
            .title(fr("Convention de partenariat CNAS – CHU de Bruxelles"))
            .status(AgreementStatus.SIGNED)
            .addParty(Party.of(CNAS, PartyRole.SIGNATORY))
            .addParty(Party.of(CHU_BRUXELLES, PartyRole.SIGNATORY))
            .addAllCooperationAreas(List.of(CooperationArea.PAEDIATRICS, CooperationArea.NUCLEAR_MEDICINE,
                CooperationArea.NEUROSURGERY, CooperationArea.CARDIAC_SURGERY, CooperationArea.VASCULAR_SURGERY,
                CooperationArea.HEALTH_WORKFORCE_TRAINING, CooperationArea.MEDICAL_TECHNOLOGY))
            .addCommitment(Commitment.builder()
                .kind(CommitmentKind.TRAINING)
                .description(fr("Formation des professionnels de santé algériens"))
                .addAllAreas(List.of(CooperationArea.PAEDIATRICS, CooperationArea.NUCLEAR_MEDICINE,
                    CooperationArea.NEUROSURGERY, CooperationArea.CARDIAC_SURGERY, CooperationArea.VASCULAR_SURGERY))
                .build())
            .addCommitment(Commitment.builder()
                .kind(CommitmentKind.EXCHANGE_OF_EXPERTISE)
                .description(fr("Échange de compétences et de savoir-faire médical entre spécialistes"))
                .build())
            .addCommitment(Commitment.builder()
                .kind(CommitmentKind.TECHNOLOGY_TRANSFER)
                .description(fr("Échanges technologiques et introduction de technologies médicales avancées en "
                    + "Algérie"))
                .addArea(CooperationArea.MEDICAL_TECHNOLOGY)
                .build())
            .addObjective(Objective.builder()
                .description(fr("Moins de patients envoyés se soigner à l’étranger"))
                .metric(fr("transferts de patients algériens à l’étranger"))
                .direction(Direction.DECREASE)
                .build())
            .addObjective(Objective.of(fr("Améliorer la prise en charge des patients algériens")))
            .addObjective(Objective.builder()
                .description(fr("Accueillir davantage de patients"))
                .direction(Direction.INCREASE)
                .build())
            .addObjective(Objective.of(fr("Faire face à la demande croissante de soins spécialisés en Algérie")))
            .addCitation(CITED)
            .build());

        dataset.addScheme(CoverageScheme.builder()
            .id(CNAS_INSURANCE)
            .name(fr("Assurances sociales des travailleurs salariés"))
            .acronym("CNAS")
            .operator(CNAS)
            .country(DZ)
            .type(SchemeType.SOCIAL_HEALTH_INSURANCE)
            .financingClass(FinancingScheme.HF_1_2_1)
            .membership(Membership.COMPULSORY)
            .addTargetGroup(PopulationGroup.FORMAL_SECTOR_EMPLOYEES)
            .supervisor(MINISTRY_LABOUR)
            .benefits(BenefitPackage.builder().addBenefit(Benefit.of(ServiceCategory.TREATMENT_ABROAD)).build())
            .addCitation(CITED)
            .build());
    }
}

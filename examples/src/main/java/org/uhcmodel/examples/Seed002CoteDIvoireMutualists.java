package org.uhcmodel.examples;

import static org.uhcmodel.examples.SeedText.fr;

import java.math.BigDecimal;
import java.util.List;
import org.uhcmodel.actor.FacilityLevel;
import org.uhcmodel.actor.FacilityOwnership;
import org.uhcmodel.actor.FacilityProfile;
import org.uhcmodel.actor.FacilityType;
import org.uhcmodel.actor.IatiOrganisationType;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.actor.Person;
import org.uhcmodel.actor.Position;
import org.uhcmodel.actor.RoleKind;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.AgreementKind;
import org.uhcmodel.agreement.AgreementStatus;
import org.uhcmodel.agreement.Event;
import org.uhcmodel.agreement.EventKind;
import org.uhcmodel.agreement.Party;
import org.uhcmodel.agreement.PartyRole;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.programme.ActivityStatus;
import org.uhcmodel.programme.IatiOrganisationRole;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.programme.ProgrammeKind;
import org.uhcmodel.programme.ProgrammeParticipant;
import org.uhcmodel.programme.ProgrammeSector;
import org.uhcmodel.programme.RecipientCountry;
import org.uhcmodel.scheme.Contract;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.scheme.FinancingScheme;
import org.uhcmodel.scheme.Membership;
import org.uhcmodel.scheme.PopulationGroup;
import org.uhcmodel.scheme.SchemeType;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.source.SourceKind;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.DacSector;
import org.uhcmodel.value.Direction;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.Objective;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Place;
import org.uhcmodel.value.Statistic;

/**
 * Seed 002: in Côte d'Ivoire, the PASS and the Fédération nationale de la mutualité française open the first health
 * microsystem, in Cocody, around the MUMAP health centre; members of a francophone network of mutualist health
 * centres sign a charter. Reported by the AIP from an information note of Tuesday 23 July 2024.
 * <p>
 * The dispatch relays an information note sent to the AIP on Tuesday 23 July 2024, the one date the text states; the
 * source is dated by it. The text does not date the ceremony itself, so the inauguration and the charter have no date.
 * The figures of the OXANCE group and of the French health companies are kept as statistics of the microsystem
 * programme, whose peer support they describe, because an organisation carries no figures in the model. The AIP, the
 * state news agency of Côte d'Ivoire, states the IATI organisation type Other Public Sector (15): a news agency's type
 * does not follow from its kind, public or private. The microsystem is a mutualist offer of care, basic health care
 * (DAC 12220). The CMU needs an operator: it is the Caisse nationale d'assurance maladie, which the text does not name
 * (cited with a locator saying so).
 */
final class Seed002CoteDIvoireMutualists {

    /** The AIP article. */
    static final EntityId SOURCE = EntityId.of("seed-002-aip");
    /** Programme d'appui aux mutualités sociales. */
    static final EntityId PASS = EntityId.of("ci-pass");
    /** Fédération nationale de la mutualité française. */
    static final EntityId FNMF = EntityId.of("fr-fnmf");
    /** The French Healthcare association. */
    static final EntityId FRENCH_HEALTHCARE = EntityId.of("fr-french-healthcare");
    /** The OXANCE mutualist group. */
    static final EntityId OXANCE = EntityId.of("fr-oxance");
    /** Mutuelle médicale des agents de Prosuma. */
    static final EntityId MUMAP = EntityId.of("ci-mumap");
    /** Prosuma, whose staff the MUMAP covers. */
    static final EntityId PROSUMA = EntityId.of("ci-prosuma");
    /** The MUMAP health centre. */
    static final EntityId MUMAP_CENTRE = EntityId.of("ci-mumap-health-centre");
    /** Réseau francophone des centres de santé mutualistes. */
    static final EntityId NETWORK = EntityId.of("reseau-francophone-centres-sante-mutualistes");
    /** France's ministry for Europe and foreign affairs. */
    static final EntityId MEAE = EntityId.of("fr-meae");
    /** The Ivorian press agency. */
    static final EntityId AIP = EntityId.of("ci-aip");
    /** The Ivorian national health insurance fund, operator of the CMU. */
    static final EntityId CNAM = EntityId.of("ci-cnam");
    /** Director-general of the PASS. */
    static final EntityId AYITE = EntityId.of("jean-victor-ayite");
    /** Health export coordinator of the French foreign ministry. */
    static final EntityId LAJONCHERE = EntityId.of("jean-patrick-lajonchere");
    /** President of the FNMF. */
    static final EntityId CHENUT = EntityId.of("eric-chenut");
    /** The charter. */
    static final EntityId CHARTER = EntityId.of("reseau-centres-sante-mutualistes-charter");
    /** The inauguration ceremony. */
    static final EntityId INAUGURATION = EntityId.of("cocody-health-microsystem-inauguration");
    /** The health microsystem. */
    static final EntityId MICROSYSTEM = EntityId.of("cocody-health-microsystem");
    /** The universal health coverage. */
    static final EntityId CMU = EntityId.of("ci-cmu");
    /** The MUMAP's mutual health insurance. */
    static final EntityId MUMAP_INSURANCE = EntityId.of("ci-mumap-mutual-insurance");
    /** The care the MUMAP centre gives the members of the MUMAP's insurance, the staff it was built for. */
    static final EntityId MUMAP_CENTRE_CARE = EntityId.of("ci-mumap-health-centre-care");

    private static final Citation CITED = Citation.of(SOURCE);
    private static final CountryCode CI = CountryCode.of("CI");
    private static final CountryCode FR = CountryCode.of("FR");
    private static final Place ABIDJAN = SeedText.place("Abidjan", "CI", SeedText.CITY);
    private static final Place COCODY = SeedText.placeIn("Cocody", SeedText.COMMUNE, ABIDJAN);

    private Seed002CoteDIvoireMutualists() {
    }

    /**
     * Adds the entities of seed 002 to a dataset under construction.
     *
     * @param dataset  the builder, not null
     */
    static void addTo(Dataset.Builder dataset) {
        dataset.addSource(SourceDocument.builder()
            .id(SOURCE)
            .title(fr("Inauguration du premier microsystème de santé mutualiste à Cocody"))
            .publisher("AIP")
            .publisherOrganization(AIP)
            .published(PartialDate.of(2024, 7, 23))
            .language("fr")
            .kind(SourceKind.NEWS_ARTICLE)
            .build());
        organizations(dataset);
        persons(dataset);

        dataset.addAgreement(Agreement.builder()
            .id(CHARTER)
            .kind(AgreementKind.CHARTER)
            .title(fr("Charte du Réseau francophone des centres de santé mutualistes"))
            .status(AgreementStatus.SIGNED)
            .place(COCODY)
            .addParty(Party.of(NETWORK, PartyRole.SIGNATORY))
            .addCitation(CITED)
            .build());

        dataset.addEvent(Event.builder()
            .id(INAUGURATION)
            .kind(EventKind.INAUGURATION)
            .title(fr("Inauguration du microsystème de santé de Cocody au centre de santé de la MUMAP"))
            .place(COCODY)
            .addAllOrganisers(List.of(PASS, FNMF))
            .addAllParticipants(List.of(LAJONCHERE, CHENUT, MUMAP, NETWORK))
            .addAgreementsSigned(CHARTER)
            .addCitation(CITED)
            .build());

        dataset.addProgramme(Programme.builder()
            .id(MICROSYSTEM)
            .name(fr("Microsystème de santé de Cocody"))
            .kind(ProgrammeKind.SUPPORT_PROGRAMME)
            .addRecipientCountry(RecipientCountry.of(CI))
            .addParticipant(ProgrammeParticipant.of(PASS, IatiOrganisationRole.IMPLEMENTING))
            .addParticipant(ProgrammeParticipant.of(FNMF, IatiOrganisationRole.IMPLEMENTING))
            .addParticipant(ProgrammeParticipant.of(FRENCH_HEALTHCARE, IatiOrganisationRole.IMPLEMENTING))
            .addParticipant(ProgrammeParticipant.of(OXANCE, IatiOrganisationRole.IMPLEMENTING))
            .addParticipant(ProgrammeParticipant.of(MUMAP, IatiOrganisationRole.IMPLEMENTING))
            .status(ActivityStatus.IMPLEMENTATION)
            .addObjective(Objective.builder()
                .description(fr("Développer l’offre de soins mutualistes et en améliorer la qualité"))
                .direction(Direction.INCREASE)
                .build())
            .addObjective(Objective.of(fr("Assistance technique gratuite entre pairs pour les mutuelles du "
                + "microsystème, avec les animateurs du groupement OXANCE")))
            .addObjective(Objective.of(fr("Formation des mutuelles : gestion des centres de santé, échanges de bonnes "
                + "pratiques, stages professionnels")))
            .addObjective(Objective.of(fr("Accès privilégié à l’expertise d’entreprises françaises de la santé "
                + "(équipement, conseil, construction, télé-expertise)")))
            .addObjective(Objective.of(fr("Offre de soins graduée, articulée avec la couverture maladie universelle")))
            .addObjective(Objective.of(fr("Une gestion du centre de santé fondée sur la bonne gouvernance")))
            .addObjective(Objective.of(fr("Faire du centre le point de départ du microsystème de santé dans l’offre de "
                + "soins mutualiste ivoirienne")))
            .addSector(ProgrammeSector.of(DacSector.BASIC_HEALTH_CARE))
            .addFigure(figure("Établissements de santé du groupement OXANCE", "145", "établissements"))
            .addFigure(figure("Départements où opère le groupement OXANCE", "18", "départements"))
            .addFigure(figure("Régions où opère le groupement OXANCE", "5", "régions"))
            .addFigure(figure("Collaborateurs du groupement OXANCE", "2000", "collaborateurs"))
            .addFigure(figure("Personnes accueillies par le groupement OXANCE", "1000000", "personnes par an"))
            .addFigure(figure("Entreprises françaises de la santé opérant à l’international ouvertes aux mutuelles",
                "350", "entreprises"))
            .addCitation(CITED)
            .build());

        dataset.addScheme(CoverageScheme.builder()
                .id(CMU)
                .name(fr("Couverture maladie universelle"))
                .acronym("CMU")
                .operator(CNAM)
                .country(CI)
                .type(SchemeType.UNIVERSAL_HEALTH_INSURANCE)
                .financingClass(FinancingScheme.HF_1_2)
                .membership(Membership.COMPULSORY)
                .addTargetGroup(PopulationGroup.WHOLE_POPULATION)
                .addSdgTarget(SdgTarget.T3_8)
                .addCitation(CITED)
                .build())
            .addScheme(CoverageScheme.builder()
                .id(MUMAP_INSURANCE)
                .name(fr("Mutuelle médicale des agents de Prosuma"))
                .acronym("MUMAP")
                .operator(MUMAP)
                .country(CI)
                .type(SchemeType.MUTUAL_HEALTH_INSURANCE)
                .financingClass(FinancingScheme.HF_2_1)
                .membership(Membership.VOLUNTARY)
                .addTargetGroup(PopulationGroup.EMPLOYER_STAFF)
                .complements(CMU)
                .addCitation(CITED)
                .build())
            // The centre was built by the MUMAP for Prosuma's staff, its members: the care they receive there.
            .addContract(Contract.builder()
                .id(MUMAP_CENTRE_CARE)
                .purchaser(MUMAP)
                .addScheme(MUMAP_INSURANCE)
                .addProvider(MUMAP_CENTRE)
                .addCitation(CITED)
                .build());
    }

    private static void organizations(Dataset.Builder dataset) {
        dataset.addOrganization(organization(PASS, "Programme d’appui aux mutualités sociales", "PASS",
                OrganizationKind.PROGRAMME_MANAGEMENT_UNIT, CI))
            .addOrganization(organization(FNMF, "Fédération nationale de la mutualité française", "FNMF",
                OrganizationKind.FEDERATION_OF_MUTUALS, FR))
            .addOrganization(organization(FRENCH_HEALTHCARE, "French Healthcare", null, OrganizationKind.NGO, FR))
            .addOrganization(organization(OXANCE, "OXANCE", null, OrganizationKind.MUTUAL_HEALTH_ORGANISATION, FR))
            .addOrganization(organization(PROSUMA, "Prosuma", null, OrganizationKind.PRIVATE_COMPANY, CI))
            .addOrganization(organization(MUMAP, "Mutuelle médicale des agents de Prosuma", "MUMAP",
                OrganizationKind.MUTUAL_HEALTH_ORGANISATION, CI))
            .addOrganization(Organization.builder()
                .id(MUMAP_CENTRE)
                .name(fr("Centre de santé de la MUMAP"))
                .kind(OrganizationKind.HEALTH_FACILITY)
                .country(CI)
                .parent(MUMAP)
                .place(COCODY)
                .facility(FacilityProfile.builder()
                    .type(FacilityType.HEALTH_CENTRE)
                    .level(FacilityLevel.PRIMARY)
                    .ownership(FacilityOwnership.MUTUALIST)
                    .build())
                .addCitation(CITED)
                .build())
            .addOrganization(organization(NETWORK, "Réseau francophone des centres de santé mutualistes", null,
                OrganizationKind.NETWORK, null))
            .addOrganization(organization(MEAE, "Ministère de l’Europe et des Affaires étrangères", "MEAE",
                OrganizationKind.MINISTRY, FR))
            .addOrganization(Organization.builder().from(organization(AIP, "Agence ivoirienne de presse", "AIP",
                    OrganizationKind.MEDIA, CI))
                .iatiType(IatiOrganisationType.OTHER_PUBLIC_SECTOR)
                .build())
            .addOrganization(Organization.builder()
                .id(CNAM)
                .name(fr("Caisse nationale d’assurance maladie"))
                .acronym("CNAM")
                .kind(OrganizationKind.HEALTH_INSURANCE_FUND)
                .country(CI)
                .addCitation(Citation.of(SOURCE, "operator of the CMU the text names; not named in the text"))
                .build());
    }

    private static void persons(Dataset.Builder dataset) {
        dataset.addPerson(person(AYITE, "Jean Victor Ayité", RoleKind.DIRECTOR_GENERAL, "directeur général", PASS))
            .addPerson(person(LAJONCHERE, "Jean-Patrick Lajonchère", RoleKind.COORDINATOR,
                "fédérateur santé à l’export", MEAE))
            .addPerson(person(CHENUT, "Eric Chenut", RoleKind.PRESIDENT, "président", FNMF));
    }

    private static Organization organization(EntityId id, String name, String acronym, OrganizationKind kind,
            CountryCode country) {
        Organization.Builder builder = Organization.builder().id(id).name(fr(name)).kind(kind).addCitation(CITED);
        if (acronym != null) {
            builder.acronym(acronym);
        }
        if (country != null) {
            builder.country(country);
        }
        return builder.build();
    }

    private static Person person(EntityId id, String name, RoleKind role, String title, EntityId organization) {
        return Person.builder()
            .id(id)
            .name(name)
            .addPosition(Position.builder().role(role).title(fr(title)).organization(organization).build())
            .addCitation(CITED)
            .build();
    }

    private static Statistic figure(String measure, String value, String unit) {
        return Statistic.builder()
            .measure(fr(measure))
            .value(new BigDecimal(value))
            .unit(unit)
            .addCitation(CITED)
            .build();
    }
}

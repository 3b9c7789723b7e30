package org.uhcmodel.examples;

import java.io.PrintStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.actor.Person;
import org.uhcmodel.actor.Position;
import org.uhcmodel.actor.RoleKind;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.AgreementKind;
import org.uhcmodel.agreement.AgreementStatus;
import org.uhcmodel.agreement.CooperationArea;
import org.uhcmodel.agreement.Party;
import org.uhcmodel.agreement.PartyRole;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.source.SourceKind;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.Direction;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Objective;

/**
 * Builds a dataset from the seed texts with the public API, validates it and prints a summary.
 */
public final class SeedExamples {

    private SeedExamples() {
    }

    /**
     * Runs the examples.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        // The validator announces its version at INFO on first use; the summary below is this program's output.
        Logger.getLogger("org.hibernate.validator").setLevel(Level.WARNING);
        Dataset dataset = seedDataset();
        print(dataset, System.out);
        demonstrateRefusal(System.out);
    }

    /**
     * Builds the dataset of the seed texts.
     *
     * @return the dataset, not null
     */
    public static Dataset seedDataset() {
        EntityId source = EntityId.of("seed-000-jeune-independant");
        Citation cited = Citation.of(source);
        EntityId cnas = EntityId.of("dz-cnas");
        EntityId chu = EntityId.of("be-chu-bruxelles");
        EntityId ministry = EntityId.of("dz-ministry-labour");
        return Dataset.builder()
            .addSource(SourceDocument.builder()
                .id(source)
                .title(LocalizedText.of("fr",
                    "Partenariat CNAS-CHU de Bruxelles : L’expertise belge au profit des patients algériens"))
                .publisher("Le Jeune Indépendant")
                .language("fr")
                .kind(SourceKind.NEWS_ARTICLE)
                .build())
            .addOrganization(Organization.builder()
                .id(cnas)
                .name(LocalizedText.of("fr", "Caisse nationale des assurances sociales"))
                .acronym("CNAS")
                .kind(OrganizationKind.SOCIAL_SECURITY_FUND)
                .country(CountryCode.of("DZ"))
                .addCitation(cited)
                .build())
            .addOrganization(Organization.builder()
                .id(chu)
                .name(LocalizedText.of("fr", "Centre hospitalier universitaire de Bruxelles"))
                .acronym("CHU de Bruxelles")
                .kind(OrganizationKind.HEALTH_FACILITY)
                .country(CountryCode.of("BE"))
                .addCitation(cited)
                .build())
            .addOrganization(Organization.builder()
                .id(ministry)
                .name(LocalizedText.of("fr", "Ministère du Travail, de l’Emploi et de la Sécurité sociale"))
                .kind(OrganizationKind.MINISTRY)
                .country(CountryCode.of("DZ"))
                .addCitation(cited)
                .build())
            .addPerson(Person.builder()
                .id(EntityId.of("faycal-bentaleb"))
                .name("Fayçal Bentaleb")
                .addPosition(Position.builder().role(RoleKind.MINISTER).organization(ministry).build())
                .addCitation(cited)
                .build())
            .addAgreement(Agreement.builder()
                .id(EntityId.of("cnas-chu-bruxelles-convention"))
                .kind(AgreementKind.PARTNERSHIP_CONVENTION)
                .title(LocalizedText.of("fr", "Convention de partenariat CNAS – CHU de Bruxelles"))
                .status(AgreementStatus.SIGNED)
                .addParty(Party.of(cnas, PartyRole.SIGNATORY))
                .addParty(Party.of(chu, PartyRole.SIGNATORY))
                .addCooperationAreas(CooperationArea.PAEDIATRICS, CooperationArea.NUCLEAR_MEDICINE,
                    CooperationArea.NEUROSURGERY, CooperationArea.CARDIAC_SURGERY, CooperationArea.VASCULAR_SURGERY)
                .addObjective(Objective.builder()
                    .description(LocalizedText.of("fr", "Réduire les transferts de patients à l’étranger"))
                    .direction(Direction.DECREASE)
                    .build())
                .addCitation(cited)
                .build())
            .build();
    }

    private static void print(Dataset dataset, PrintStream out) {
        out.println("uhc-model seed dataset: " + dataset.size() + " entities");
        out.printf("  %-14s %d%n", "sources", dataset.sources().size());
        out.printf("  %-14s %d%n", "organisations", dataset.organizations().size());
        out.printf("  %-14s %d%n", "persons", dataset.persons().size());
        out.printf("  %-14s %d%n", "agreements", dataset.agreements().size());
        out.println();
        out.println("Agreements:");
        for (Agreement agreement : dataset.agreements()) {
            String parties = agreement.actors().stream()
                .map(id -> dataset.find(id, Organization.class).map(o -> o.acronym().orElse(o.name().first()))
                    .orElse(id.value()))
                .reduce((a, b) -> a + " + " + b).orElse("");
            out.printf("  %-24s %-40s %s%n", agreement.kind().code(), parties,
                agreement.signed().map(Object::toString).orElse("date not given"));
        }
    }

    private static void demonstrateRefusal(PrintStream out) {
        out.println();
        out.println("An agreement with a single party is refused:");
        try {
            Agreement.builder()
                .id(EntityId.of("lonely-agreement"))
                .kind(AgreementKind.MEMORANDUM_OF_UNDERSTANDING)
                .title(LocalizedText.of("en", "A memorandum with one party"))
                .status(AgreementStatus.SIGNED)
                .addParty(Party.of(EntityId.of("dz-cnas"), PartyRole.SIGNATORY))
                .build();
        } catch (ModelViolationException ex) {
            out.println(ex.getMessage());
        }
    }
}

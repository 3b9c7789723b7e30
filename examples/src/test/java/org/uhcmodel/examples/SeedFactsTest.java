package org.uhcmodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.uhcmodel.actor.Honorific;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.actor.Person;
import org.uhcmodel.actor.RoleKind;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.AgreementKind;
import org.uhcmodel.agreement.AgreementStatus;
import org.uhcmodel.agreement.BodyKind;
import org.uhcmodel.agreement.CooperationArea;
import org.uhcmodel.agreement.Event;
import org.uhcmodel.agreement.EventKind;
import org.uhcmodel.agreement.GoverningBody;
import org.uhcmodel.agreement.Signatory;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.programme.ActivityDateType;
import org.uhcmodel.programme.IatiOrganisationRole;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.programme.RecipientCountry;
import org.uhcmodel.programme.RelatedActivity;
import org.uhcmodel.programme.RelatedActivityType;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.scheme.FinancingScheme;
import org.uhcmodel.scheme.Membership;
import org.uhcmodel.scheme.ServiceCategory;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.Direction;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.Identifier;
import org.uhcmodel.value.Objective;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Period;
import org.uhcmodel.value.ReportedDate;
import org.uhcmodel.value.Statistic;

/**
 * Spot checks of the key facts of each seed, as the texts state them.
 */
class SeedFactsTest {

    private static final Dataset DATASET = SeedDataset.build();

    private static <T extends org.uhcmodel.value.Entity> T get(EntityId id, Class<T> type) {
        return DATASET.find(id, type).orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + id));
    }

    @Test
    void seed000TheConventionHasNoSigningDateAndAimsAtFewerTransfersAbroad() {
        Agreement convention = get(Seed000CnasChuBruxelles.CONVENTION, Agreement.class);
        assertEquals(AgreementKind.PARTNERSHIP_CONVENTION, convention.kind());
        assertEquals(AgreementStatus.SIGNED, convention.status());
        assertEquals(Optional.empty(), convention.signed());
        assertEquals(List.of(), convention.signatories());
        assertEquals(List.of(Seed000CnasChuBruxelles.CNAS, Seed000CnasChuBruxelles.CHU_BRUXELLES), convention.actors());
        assertTrue(convention.cooperationAreas().containsAll(Set.of(CooperationArea.PAEDIATRICS,
            CooperationArea.NUCLEAR_MEDICINE, CooperationArea.NEUROSURGERY, CooperationArea.CARDIAC_SURGERY,
            CooperationArea.VASCULAR_SURGERY)));
        Objective transfers = convention.objectives().get(0);
        assertEquals(Optional.of(Direction.DECREASE), transfers.direction());
        assertEquals(Optional.empty(), transfers.target());
        assertEquals(4, convention.objectives().size());
        assertEquals(List.of(RoleKind.MINISTER), get(Seed000CnasChuBruxelles.BENTALEB, Person.class)
            .positionsAt(Seed000CnasChuBruxelles.MINISTRY_LABOUR).stream().map(p -> p.role())
            .collect(Collectors.toList()));
        assertEquals(Optional.of(Seed000CnasChuBruxelles.MINISTRY_LABOUR),
            get(Seed000CnasChuBruxelles.CNAS, Organization.class).parent());

        CoverageScheme cnas = get(Seed000CnasChuBruxelles.CNAS_INSURANCE, CoverageScheme.class);
        assertEquals(FinancingScheme.HF_1_2_1, cnas.financingClass());
        assertEquals(Membership.COMPULSORY, cnas.membership());
        assertFalse(cnas.benefits().orElseThrow().benefitsFor(ServiceCategory.TREATMENT_ABROAD).isEmpty());
        assertEquals(Optional.empty(), get(Seed000CnasChuBruxelles.SOURCE, SourceDocument.class).published());
    }

    @Test
    void seed001TheMeetingIsUndatedAndSetsUpTheJointCommissionWithItsRoadmap() {
        Event meeting = get(Seed001AlgeriaBelarus.MEETING, Event.class);
        assertEquals(EventKind.BILATERAL_MEETING, meeting.kind());
        assertEquals(Optional.empty(), meeting.date());
        assertEquals(List.of(Seed001AlgeriaBelarus.JOINT_COMMISSION), meeting.bodiesCreated());

        GoverningBody commission = get(Seed001AlgeriaBelarus.JOINT_COMMISSION, GoverningBody.class);
        assertEquals(BodyKind.JOINT_COMMISSION, commission.kind());
        assertEquals(Optional.of(Seed001AlgeriaBelarus.MEETING), commission.establishedBy());
        assertEquals(List.of(Seed001AlgeriaBelarus.DZ_MINISTRY_HEALTH, Seed001AlgeriaBelarus.BY_MINISTRY_HEALTH),
            commission.members());
        assertTrue(commission.mandate().get(0).first().startsWith("Feuille de route"));

        Agreement roadmap = get(Seed001AlgeriaBelarus.ROADMAP, Agreement.class);
        assertEquals(AgreementStatus.PROPOSED, roadmap.status());
        assertEquals(Optional.empty(), roadmap.signed());
        assertTrue(roadmap.cooperationAreas().containsAll(Set.of(CooperationArea.DIGITAL_HEALTH,
            CooperationArea.TELEMEDICINE, CooperationArea.MEDICAL_IMAGING, CooperationArea.ARTIFICIAL_INTELLIGENCE)));
        assertEquals(Optional.of(Honorific.MISTER),
            get(Seed001AlgeriaBelarus.KHODJAEV, Person.class).honorific());
        assertEquals(List.of(), roadmap.signatories());
        assertEquals(List.of(Seed001AlgeriaBelarus.AIT_MESSAOUDENE, Seed001AlgeriaBelarus.KHODJAEV,
                Seed001AlgeriaBelarus.DZ_MINISTRY_HEALTH, Seed001AlgeriaBelarus.BY_MINISTRY_HEALTH),
            meeting.participants());
        for (EntityId minister : List.of(Seed001AlgeriaBelarus.AIT_MESSAOUDENE, Seed001AlgeriaBelarus.KHODJAEV)) {
            Person person = get(minister, Person.class);
            assertEquals(Optional.of(Honorific.MISTER), person.honorific());
            assertEquals(RoleKind.MINISTER, person.positions().get(0).role());
        }
        assertEquals(Optional.empty(), get(Seed001AlgeriaBelarus.SOURCE, SourceDocument.class).published());
    }

    @Test
    void seed002TheCharterIsSignedByTheNetworkAndTheMutuelleComplementsTheCmu() {
        Agreement charter = get(Seed002CoteDIvoireMutualists.CHARTER, Agreement.class);
        assertEquals(AgreementKind.CHARTER, charter.kind());
        assertEquals(List.of(Seed002CoteDIvoireMutualists.NETWORK), charter.actors());
        assertEquals(OrganizationKind.NETWORK,
            get(Seed002CoteDIvoireMutualists.NETWORK, Organization.class).kind());

        CoverageScheme mumap = get(Seed002CoteDIvoireMutualists.MUMAP_INSURANCE, CoverageScheme.class);
        assertEquals(Optional.of(Seed002CoteDIvoireMutualists.CMU), mumap.complements());
        assertEquals(FinancingScheme.HF_2_1, mumap.financingClass());
        assertEquals(Membership.VOLUNTARY, mumap.membership());
        assertEquals(List.of(Seed002CoteDIvoireMutualists.MUMAP_CENTRE),
            DATASET.networkOf(Seed002CoteDIvoireMutualists.MUMAP_INSURANCE));

        Programme microsystem = get(Seed002CoteDIvoireMutualists.MICROSYSTEM, Programme.class);
        Statistic people = microsystem.figures().get(4);
        assertEquals(new BigDecimal("1000000"), people.value());
        assertEquals("personnes par an", people.unit());

        Event inauguration = get(Seed002CoteDIvoireMutualists.INAUGURATION, Event.class);
        assertEquals(List.of(Seed002CoteDIvoireMutualists.CHARTER), inauguration.agreementsSigned());
        assertEquals("Cocody", inauguration.place().orElseThrow().name().first());
        assertEquals(List.of(RoleKind.PRESIDENT), get(Seed002CoteDIvoireMutualists.CHENUT, Person.class)
            .positionsAt(Seed002CoteDIvoireMutualists.FNMF).stream().map(p -> p.role()).collect(Collectors.toList()));
        assertTrue(get(Seed002CoteDIvoireMutualists.CNAM, Organization.class).citations().get(0).locator().isPresent());
        assertEquals(List.of(RoleKind.DIRECTOR_GENERAL), get(Seed002CoteDIvoireMutualists.AYITE, Person.class)
            .positionsAt(Seed002CoteDIvoireMutualists.PASS).stream().map(p -> p.role()).collect(Collectors.toList()));
        assertEquals(List.of(RoleKind.COORDINATOR), get(Seed002CoteDIvoireMutualists.LAJONCHERE, Person.class)
            .positionsAt(Seed002CoteDIvoireMutualists.MEAE).stream().map(p -> p.role()).collect(Collectors.toList()));
        assertEquals(7, microsystem.objectives().size());
        assertEquals(Optional.of(Seed002CoteDIvoireMutualists.MUMAP),
            get(Seed002CoteDIvoireMutualists.MUMAP_CENTRE, Organization.class).parent());
        assertEquals(Optional.of(PartialDate.of(2024, 7, 23)),
            get(Seed002CoteDIvoireMutualists.SOURCE, SourceDocument.class).published());
        // The text dates only the note it relays, not the ceremony.
        assertEquals(Optional.empty(), inauguration.date());
        assertEquals(Optional.empty(), charter.signed());
    }

    @Test
    void seed003TheDeclarationOfIntentSitsUnderTheJointDeclarationOf2023() {
        Agreement intent = get(Seed003FranceKazakhstan.DECLARATION_OF_INTENT, Agreement.class);
        assertEquals(AgreementKind.DECLARATION_OF_INTENT, intent.kind());
        assertEquals(Optional.of(Seed003FranceKazakhstan.JOINT_DECLARATION), intent.framework());
        assertEquals(Optional.of(ReportedDate.inferred(PartialDate.of(2024, 11, 4))), intent.signed());
        assertEquals(3, intent.objectives().size());
        assertEquals(Set.of(SdgTarget.T3_8), intent.sdgTargets());
        assertEquals(List.of(Signatory.of(Seed003FranceKazakhstan.DARRIEUSSECQ, Seed003FranceKazakhstan.FRANCE),
            Signatory.of(Seed003FranceKazakhstan.MURATOV, Seed003FranceKazakhstan.KAZAKHSTAN)), intent.signatories());

        Agreement joint = get(Seed003FranceKazakhstan.JOINT_DECLARATION, Agreement.class);
        assertEquals(Optional.of(ReportedDate.stated(PartialDate.of(2023, 11))), joint.signed());
        assertEquals("Astana", joint.place().orElseThrow().name().first());
        assertEquals(Optional.of("art. 10 of the joint declaration"), joint.citations().get(0).locator());

        List<Agreement> byEhesp = DATASET.agreementsOf(Seed003FranceKazakhstan.EHESP);
        assertEquals(2, byEhesp.size());
        byEhesp.forEach(mou -> {
            assertEquals(AgreementKind.MEMORANDUM_OF_UNDERSTANDING, mou.kind());
            assertEquals(Seed003FranceKazakhstan.RICHARD, mou.signatories().get(0).person());
        });
        Event signing = get(Seed003FranceKazakhstan.SIGNING, Event.class);
        assertEquals(3, signing.agreementsSigned().size());
        assertEquals(Optional.of(ReportedDate.inferred(PartialDate.of(2024, 11, 4))), signing.date());
    }

    @Test
    void seed003InferredDatesAppearOnlyWhereTheModelMarksThemInferred() {
        // "Monday 4 November" and "last November" give their years by inference; a source's publication date, a
        // position's period and a programme's period cannot say so, so they stay empty.
        assertEquals(Optional.empty(), get(Seed003FranceKazakhstan.SOURCE, SourceDocument.class).published());
        for (EntityId id : List.of(Seed003FranceKazakhstan.DARRIEUSSECQ, Seed003FranceKazakhstan.MURATOV,
                Seed003FranceKazakhstan.RICHARD, Seed003FranceKazakhstan.TURMUKHAMBETOVA)) {
            assertEquals(Optional.empty(), get(id, Person.class).positions().get(0).period(), id.value());
        }
        assertEquals(List.of(), get(Seed003FranceKazakhstan.COALITION, Programme.class).dates());
        // November 2023 for the presidents' visit and the 2023-2027 strategy are stated.
        assertEquals(Optional.of(Period.starting(PartialDate.of(2023, 11))),
            get(Seed003FranceKazakhstan.MACRON, Person.class).positions().get(0).period());
        assertEquals(Optional.of(ReportedDate.stated(PartialDate.of(2023, 11))),
            get(Seed003FranceKazakhstan.ASTANA_VISIT, Event.class).date());
        Programme strategy = get(Seed003FranceKazakhstan.GLOBAL_HEALTH_STRATEGY, Programme.class);
        assertEquals(Optional.of(PartialDate.of(2023)), strategy.date(ActivityDateType.PLANNED_START));
        assertEquals(Optional.of(PartialDate.of(2027)), strategy.date(ActivityDateType.PLANNED_END));
    }

    @Test
    void seed003TheCooperationRunsThroughARoadmapInLineWithFrancesGlobalHealthStrategy() {
        Programme roadmap = get(Seed003FranceKazakhstan.ROADMAP, Programme.class);
        // Kazakhstan benefits from the cooperation; France provides it and is no recipient.
        assertEquals(List.of(RecipientCountry.of(CountryCode.of("KZ"))), roadmap.recipientCountries());
        assertEquals(List.of(RelatedActivity.of(RelatedActivityType.PARENT,
            Seed003FranceKazakhstan.GLOBAL_HEALTH_STRATEGY)), roadmap.relatedActivities());
        assertEquals(List.of(), roadmap.dates());
        assertEquals(Optional.empty(), roadmap.status());
        assertEquals(Set.of(SdgTarget.T3_8), roadmap.sdgTargets());
        assertEquals(List.of(RoleKind.MINISTER, RoleKind.VICE_MINISTER, RoleKind.DIRECTOR, RoleKind.RECTOR,
                RoleKind.HEAD_OF_STATE, RoleKind.HEAD_OF_STATE),
            List.of(Seed003FranceKazakhstan.DARRIEUSSECQ, Seed003FranceKazakhstan.MURATOV,
                    Seed003FranceKazakhstan.RICHARD, Seed003FranceKazakhstan.TURMUKHAMBETOVA,
                    Seed003FranceKazakhstan.MACRON, Seed003FranceKazakhstan.TOKAYEV)
                .stream().map(id -> get(id, Person.class).positions().get(0).role()).collect(Collectors.toList()));
    }

    @Test
    void seed004TheMechelenConferenceGathered200AndBurundiComputerised36HospitalsAnd30Centres() {
        Event conference = get(Seed004EnabelMauritania.CONFERENCE, Event.class);
        assertEquals(EventKind.CONFERENCE, conference.kind());
        assertEquals(Optional.of(200), conference.attendance());
        assertEquals(Optional.of("Mechelen"), conference.place().orElseThrow().name().in("nl"));
        assertEquals(Optional.of("Malines"), conference.place().orElseThrow().name().in("fr"));
        assertEquals(Optional.of(ReportedDate.inferred(PartialDate.of(2024, 4))), conference.date());
        assertEquals(Set.of(SdgTarget.T3_8), conference.sdgTargets());

        Programme burundi = get(Seed004EnabelMauritania.BURUNDI_DIGITAL, Programme.class);
        assertEquals(List.of(new BigDecimal(36), new BigDecimal(30)),
            burundi.figures().stream().map(Statistic::value).collect(Collectors.toList()));
        assertEquals(EventKind.STUDY_VISIT, get(Seed004EnabelMauritania.BURUNDI_VISIT, Event.class).kind());

        Programme aiPass2 = get(Seed004EnabelMauritania.AI_PASS2, Programme.class);
        assertEquals(Optional.of("AI-PASS2"), aiPass2.acronym());
        assertEquals(List.of(Seed004EnabelMauritania.EU), aiPass2.participantsWithRole(IatiOrganisationRole.FUNDING));
        assertEquals(List.of(Seed004EnabelMauritania.ENABEL),
            aiPass2.participantsWithRole(IatiOrganisationRole.IMPLEMENTING));
        assertEquals(Set.of(SdgTarget.T3_8), aiPass2.sdgTargets());

        Organization enabel = get(Seed004EnabelMauritania.ENABEL, Organization.class);
        assertEquals(List.of(Identifier.iati("BE-BCE_KBO-0264814354")), enabel.identifiers());
        Organization eu = get(Seed004EnabelMauritania.EU, Organization.class);
        assertEquals(List.of(), eu.identifiers(), "XI-IATI-EC_INTPA is DG INTPA, not the European Union");
        assertEquals(Optional.empty(), eu.country());

        CoverageScheme cnass = get(Seed004EnabelMauritania.CNASS_INSURANCE, CoverageScheme.class);
        assertEquals(Seed004EnabelMauritania.CNASS, cnass.operator());
        assertEquals(Membership.VOLUNTARY, cnass.membership());
        assertEquals(List.of(cnass), DATASET.schemesIn(CountryCode.of("MR")));
        assertEquals(Optional.of(Honorific.DOCTOR), get(Seed004EnabelMauritania.BOSSENS, Person.class).honorific());
        assertEquals(Optional.of(Seed004EnabelMauritania.BELGIUM),
            get(Seed004EnabelMauritania.DE_GROOF, Person.class).positions().get(0).organization());
        assertEquals(OrganizationKind.GOVERNMENT, get(Seed004EnabelMauritania.BELGIUM, Organization.class).kind());
        // The text does not say whose minister of development cooperation Caroline Gennez is.
        assertEquals(Optional.empty(), get(Seed004EnabelMauritania.GENNEZ, Person.class).positions().get(0)
            .organization());
    }
}

package org.uhcmodel.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertWarned;
import static org.uhcmodel.RuleAssertions.only;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.actor.Person;
import org.uhcmodel.actor.Position;
import org.uhcmodel.actor.RoleKind;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.AgreementKind;
import org.uhcmodel.agreement.AgreementStatus;
import org.uhcmodel.agreement.BodyKind;
import org.uhcmodel.agreement.Event;
import org.uhcmodel.agreement.EventKind;
import org.uhcmodel.agreement.GoverningBody;
import org.uhcmodel.agreement.Party;
import org.uhcmodel.agreement.PartyRole;
import org.uhcmodel.agreement.Signatory;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.programme.IatiIdentifier;
import org.uhcmodel.programme.IatiOrganisationRole;
import org.uhcmodel.programme.OtherIdentifier;
import org.uhcmodel.programme.OtherIdentifierType;
import org.uhcmodel.programme.PlannedDisbursement;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.programme.ProgrammeKind;
import org.uhcmodel.programme.ProgrammeParticipant;
import org.uhcmodel.programme.RecipientCountry;
import org.uhcmodel.programme.RelatedActivity;
import org.uhcmodel.programme.RelatedActivityType;
import org.uhcmodel.programme.Transaction;
import org.uhcmodel.programme.TransactionType;
import org.uhcmodel.scheme.Contract;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.scheme.CoverageSnapshot;
import org.uhcmodel.scheme.FinancingScheme;
import org.uhcmodel.scheme.Membership;
import org.uhcmodel.scheme.SchemeType;
import org.uhcmodel.area.Area;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.sdg.ReferencePeriod;
import org.uhcmodel.sdg.SdgIndicators;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.sdg.TargetKind;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.source.SourceKind;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Period;
import org.uhcmodel.value.ReportedDate;
import org.uhcmodel.value.Statistic;

class DatasetTest {

    private static final CountryCode DZ = CountryCode.of("DZ");
    private static final CountryCode BE = CountryCode.of("BE");
    private static final CountryCode MR = CountryCode.of("MR");

    private static final EntityId SOURCE = EntityId.of("seed-000");
    private static final EntityId CNAS = EntityId.of("dz-cnas");
    private static final EntityId CHU = EntityId.of("be-chu-bruxelles");
    private static final EntityId MINISTRY = EntityId.of("dz-ministry-labour");
    private static final EntityId CNASS = EntityId.of("mr-cnass");
    private static final EntityId NETWORK = EntityId.of("francophone-mutualist-network");
    private static final EntityId MINISTER = EntityId.of("faycal-bentaleb");
    private static final EntityId CONVENTION = EntityId.of("cnas-chu-convention");
    private static final EntityId COMMISSION = EntityId.of("dz-by-joint-commission");
    private static final EntityId MEETING = EntityId.of("dz-by-meeting");
    private static final EntityId PROGRAMME = EntityId.of("ai-pass2");
    private static final EntityId CNAS_SCHEME = EntityId.of("dz-cnas-insurance");
    private static final EntityId TARGET = EntityId.of("dz-uhc-index-2030");
    private static final EntityId CONTRACT = EntityId.of("cnas-chu-contract");
    private static final Citation CITED = Citation.of(SOURCE);

    private static SourceDocument source(EntityId id) {
        return SourceDocument.builder().id(id).title(LocalizedText.of("fr", "Partenariat CNAS – CHU de Bruxelles"))
            .publisher("Le Jeune Indépendant").language("fr").kind(SourceKind.NEWS_ARTICLE).build();
    }

    private static Organization organization(EntityId id, OrganizationKind kind, CountryCode country) {
        return Organization.builder().id(id).name(LocalizedText.of("fr", id.value())).kind(kind).country(country)
            .addCitation(CITED).build();
    }

    private static Organization.Builder organizationBuilder(EntityId id) {
        Organization.Builder builder = Organization.builder();
        builder.id(id).name(LocalizedText.of("fr", id.value())).kind(OrganizationKind.PUBLIC_AGENCY).country(DZ);
        return builder;
    }

    private static Agreement.Builder agreementBuilder(EntityId id) {
        Agreement.Builder builder = Agreement.builder();
        builder.id(id).kind(AgreementKind.PARTNERSHIP_CONVENTION).title(LocalizedText.of("fr", "Convention"))
            .status(AgreementStatus.SIGNED).addParty(Party.of(CNAS, PartyRole.SIGNATORY))
            .addParty(Party.of(CHU, PartyRole.SIGNATORY));
        return builder;
    }

    private static CoverageScheme.Builder schemeBuilder(EntityId id) {
        CoverageScheme.Builder builder = CoverageScheme.builder();
        builder.id(id).name(LocalizedText.of("fr", "Assurance maladie " + id.value())).operator(CNAS).country(DZ)
            .type(SchemeType.SOCIAL_HEALTH_INSURANCE).financingClass(FinancingScheme.HF_1_2_1)
            .membership(Membership.COMPULSORY);
        return builder;
    }

    /** A dataset with one entity of each kind, all references resolving. */
    private static Dataset.Builder complete() {
        Dataset.Builder builder = Dataset.builder();
        builder.addSource(source(SOURCE))
            .addOrganization(organization(CNAS, OrganizationKind.SOCIAL_SECURITY_FUND, DZ))
            .addOrganization(organization(CHU, OrganizationKind.HEALTH_FACILITY, BE))
            .addOrganization(organizationBuilder(MINISTRY).kind(OrganizationKind.MINISTRY).build())
            .addOrganization(organization(CNASS, OrganizationKind.SOCIAL_SECURITY_FUND, MR))
            .addOrganization(organization(NETWORK, OrganizationKind.NETWORK, DZ))
            .addPerson(Person.builder().id(MINISTER).name("Fayçal Bentaleb")
                .addPosition(Position.of(RoleKind.MINISTER, MINISTRY)).addCitation(CITED).build())
            .addAgreement(agreementBuilder(CONVENTION).addSignatory(Signatory.of(MINISTER, CNAS))
                .addSdgTarget(SdgTarget.T3_8).addCitation(CITED).build())
            .addBody(GoverningBody.builder().id(COMMISSION).name(LocalizedText.of("fr", "Commission mixte"))
                .kind(BodyKind.JOINT_COMMISSION).addMember(MINISTRY).addMember(MINISTER).establishedBy(MEETING).build())
            .addEvent(Event.builder().id(MEETING).kind(EventKind.BILATERAL_MEETING)
                .title(LocalizedText.of("fr", "Rencontre bilatérale")).addParticipant(MINISTRY).addParticipant(MINISTER)
                .addOrganiser(MINISTRY).addAgreementsSigned(CONVENTION).addBodiesCreated(COMMISSION).build())
            .addProgramme(Programme.builder().id(PROGRAMME).name(LocalizedText.of("fr", "AI-PASS2"))
                .kind(ProgrammeKind.SUPPORT_PROGRAMME).addRecipientCountry(RecipientCountry.of(MR))
                .addParticipant(ProgrammeParticipant.of(CNASS, IatiOrganisationRole.IMPLEMENTING))
                .addFigure(Statistic.builder().measure(LocalizedText.of("fr", "hôpitaux publics informatisés"))
                    .value(BigDecimal.valueOf(36)).unit("hospitals").addCitation(CITED).build())
                .addSdgTarget(SdgTarget.T3_8).build())
            .addScheme(schemeBuilder(CNAS_SCHEME).supervisor(MINISTRY)
                .addSnapshot(CoverageSnapshot.builder().date(ReportedDate.stated(PartialDate.of(2023)))
                    .enrolled(1000L).addCitation(CITED).build())
                .build())
            .addContract(Contract.builder().id(CONTRACT).purchaser(CNAS).addScheme(CNAS_SCHEME).addProvider(CHU)
                .validity(Period.of(PartialDate.of(2020), PartialDate.of(2022))).addCitation(CITED).build())
            .addObservation(IndicatorObservation.builder().indicator(SdgIndicators.SERVICE_COVERAGE)
                .area(Area.of(DZ)).period(ReferencePeriod.ofYear(2021)).value(new BigDecimal("74")).addCitation(CITED)
                .build())
            .addTarget(IndicatorTarget.builder().id(TARGET).indicator(SdgIndicators.SERVICE_COVERAGE).area(Area.of(DZ))
                .kind(TargetKind.LEVEL).targetValue(new BigDecimal("80")).targetYear(2030).addCitation(CITED).build());
        return builder;
    }

    @Test
    void completeDatasetBuildsAndHoldsEveryEntity() {
        Dataset dataset = complete().build();
        assertEquals(14, dataset.size());
        assertEquals(14, dataset.entities().size());
        assertEquals(SOURCE, dataset.entities().get(0).id());
        assertEquals(Optional.of("Fayçal Bentaleb"), dataset.find(MINISTER, Person.class).map(Person::name));
    }

    @Test
    void emptyDatasetIsValid() {
        Dataset empty = Dataset.builder().build();
        assertEquals(0, empty.size());
        assertEquals(List.of(), empty.entities());
    }

    @Test
    void equalInputsGiveEqualDatasets() {
        assertEquals(complete().build(), complete().build());
        assertEquals(complete().build().hashCode(), complete().build().hashCode());
        assertNotEquals(complete().build(), Dataset.builder().build());
    }

    @Test
    void findByIdAndType() {
        Dataset dataset = complete().build();
        assertTrue(dataset.find(CNAS).isPresent());
        assertEquals(Optional.empty(), dataset.find(EntityId.of("nobody")));
        assertEquals(Optional.empty(), dataset.find(CNAS, Person.class));
        assertEquals(CNAS, dataset.find(CNAS, Organization.class).orElseThrow().id());
    }

    @Test
    void lookUpsRefuseNullNamingTheParameter() {
        Dataset dataset = complete().build();
        assertEquals("id", assertThrows(NullPointerException.class, () -> dataset.find(null)).getMessage());
        assertEquals("id", assertThrows(NullPointerException.class, () -> dataset.find(null, Person.class)).getMessage());
        assertEquals("type", assertThrows(NullPointerException.class, () -> dataset.find(CNAS, null)).getMessage());
        assertEquals("actor", assertThrows(NullPointerException.class, () -> dataset.agreementsOf(null)).getMessage());
        assertEquals("country", assertThrows(NullPointerException.class, () -> dataset.schemesIn(null)).getMessage());
        assertEquals("target", assertThrows(NullPointerException.class, () -> dataset.taggedWith(null)).getMessage());
        assertEquals("source", assertThrows(NullPointerException.class, () -> dataset.citing(null)).getMessage());
    }

    @Test
    void agreementsOfAnActorIncludePartiesAndSignatories() {
        Dataset dataset = complete().build();
        assertEquals(List.of(CONVENTION), ids(dataset.agreementsOf(CNAS)));
        assertEquals(List.of(CONVENTION), ids(dataset.agreementsOf(MINISTER)));
        assertEquals(List.of(), ids(dataset.agreementsOf(CNASS)));
    }

    @Test
    void schemesOfACountry() {
        Dataset dataset = complete().build();
        assertEquals(List.of(CNAS_SCHEME), ids(dataset.schemesIn(DZ)));
        assertEquals(List.of(), ids(dataset.schemesIn(MR)));
    }

    @Test
    void everythingTaggedWithTarget38() {
        Dataset dataset = complete().build();
        assertEquals(List.of(CONVENTION, PROGRAMME, TARGET), ids(dataset.taggedWith(SdgTarget.T3_8)));
        assertEquals(List.of(), ids(dataset.taggedWith(SdgTarget.T3_1)));
    }

    @Test
    void entitiesCitingASource() {
        Dataset dataset = complete().build();
        assertEquals(List.of(CNAS, CHU, CNASS, NETWORK, MINISTER, CONVENTION, TARGET, CONTRACT),
            ids(dataset.citing(SOURCE)));
    }

    @Test
    void returnedListsAreUnmodifiable() {
        Dataset dataset = complete().build();
        assertThrows(UnsupportedOperationException.class, () -> dataset.entities().clear());
        assertThrows(UnsupportedOperationException.class, () -> dataset.organizations().clear());
        assertThrows(UnsupportedOperationException.class, () -> dataset.agreementsOf(CNAS).clear());
    }

    @Test
    void idsAreUniqueAcrossTheWholeDataset() {
        ModelViolationException ex = assertBroken(() -> complete().addPerson(Person.builder().id(CNAS).name("X").build())
            .build(), "persons[1].id", "dataset.duplicate-id");
        assertEquals(Optional.of(CNAS), only(ex).invalidValue());
    }

    @Test
    void idsAreUniqueWithinOneCollection() {
        assertBroken(() -> complete().addSource(source(SOURCE)).build(), "sources[1].id", "dataset.duplicate-id");
    }

    @Test
    void signatoryMustBeAPersonOfTheDataset() {
        assertBroken(() -> complete().addAgreement(agreementBuilder(EntityId.of("second"))
                .addSignatory(Signatory.of(EntityId.of("nobody"), CHU)).build()).build(),
            "agreements[1].signatories[0].person", "dataset.unresolved-reference");
    }

    @Test
    void signatoryMustBeAPersonNotAnOrganisation() {
        assertBroken(() -> complete().addAgreement(agreementBuilder(EntityId.of("second"))
                .addSignatory(Signatory.of(CNASS, CHU)).build()).build(),
            "agreements[1].signatories[0].person", "dataset.reference-type");
    }

    @Test
    void referenceMessagesNameTheExpectedAndActualTypes() {
        ModelViolationException wrongType = assertThrows(ModelViolationException.class, () -> complete()
            .addAgreement(agreementBuilder(EntityId.of("second")).addSignatory(Signatory.of(CNASS, CHU)).build()).build());
        assertEquals("names an entity of type Organization; expected type: Person", only(wrongType).message());
        ModelViolationException missing = assertThrows(ModelViolationException.class, () -> complete()
            .addAgreement(agreementBuilder(EntityId.of("second")).framework(EntityId.of("nowhere")).build()).build());
        assertEquals("names no entity of the dataset; expected type: Agreement or Programme", only(missing).message());
    }

    @Test
    void aPartyMayBeAnOrganisationOrAPerson() {
        EntityId accord = EntityId.of("second");
        Dataset dataset = complete().addAgreement(Agreement.builder().id(accord)
            .kind(AgreementKind.COOPERATION_AGREEMENT).title(LocalizedText.of("fr", "Accord"))
            .status(AgreementStatus.SIGNED).addParty(Party.of(CNAS, PartyRole.SIGNATORY))
            .addParty(Party.of(MINISTER, PartyRole.SIGNATORY)).build()).build();
        assertEquals(List.of(CONVENTION, accord), ids(dataset.agreementsOf(MINISTER)),
            "signatory of the convention, party to the accord");
        assertEquals(List.of(CONVENTION, accord), ids(dataset.agreementsOf(CNAS)));
    }

    @Test
    void aPersonWhoIsOnlyAPartyHasTheAgreement() {
        EntityId envoy = EntityId.of("special-envoy");
        EntityId accord = EntityId.of("second");
        Dataset dataset = complete().addPerson(Person.builder().id(envoy).name("Envoyé spécial").build())
            .addAgreement(agreementBuilder(accord).addParty(Party.of(envoy, PartyRole.BENEFICIARY)).build()).build();
        assertEquals(List.of(accord), ids(dataset.agreementsOf(envoy)));
    }

    @Test
    void aPartyMustBeAnOrganisationOrAPerson() {
        ModelViolationException ex = assertBroken(() -> complete().addAgreement(Agreement.builder()
                .id(EntityId.of("second")).kind(AgreementKind.COOPERATION_AGREEMENT).title(LocalizedText.of("fr", "Accord"))
                .status(AgreementStatus.SIGNED).addParty(Party.of(CNAS, PartyRole.SIGNATORY))
                .addParty(Party.of(PROGRAMME, PartyRole.SIGNATORY)).build()).build(),
            "agreements[1].parties[1].actor", "dataset.reference-type");
        assertEquals("names an entity of type Programme; expected type: Organization or Person", only(ex).message());
    }

    @Test
    void aReferenceForwardBesideAWrongOneIsNoProblem() {
        // The framework names a programme, which the dataset holds after its agreements: it names no entity when the
        // agreement is walked and is looked up again once every entity is indexed.
        ModelViolationException ex = assertBroken(() -> complete().addAgreement(Agreement.builder()
                .id(EntityId.of("second")).kind(AgreementKind.COOPERATION_AGREEMENT).title(LocalizedText.of("fr", "Accord"))
                .status(AgreementStatus.SIGNED).addParty(Party.of(CNAS, PartyRole.SIGNATORY))
                .addParty(Party.of(SOURCE, PartyRole.SIGNATORY)).framework(PROGRAMME).build()).build(),
            "agreements[1].parties[1].actor", "dataset.reference-type");
        assertEquals("names an entity of type SourceDocument; expected type: Organization or Person",
            only(ex).message());
    }

    @Test
    void aReferenceToNoEntityBesideAReferenceForwardIsReported() {
        // Neither scheme-c nor nowhere is indexed when scheme-a is walked; only nowhere is missing at the end.
        EntityId a = EntityId.of("scheme-a");
        EntityId c = EntityId.of("scheme-c");
        assertBroken(() -> complete().addScheme(schemeBuilder(a).complements(c).partOf(EntityId.of("nowhere")).build())
                .addScheme(schemeBuilder(c).build()).build(),
            "schemes[1].partOf", "dataset.unresolved-reference");
    }

    @Test
    void aCharterWithAPersonAsItsSinglePartyIsAWarning() {
        Agreement.Builder charter = Agreement.builder();
        charter.id(EntityId.of("charter-of-one")).kind(AgreementKind.CHARTER).title(LocalizedText.of("fr", "Charte"))
            .status(AgreementStatus.SIGNED).addParty(Party.of(MINISTER, PartyRole.SIGNATORY));
        Dataset dataset = complete().addAgreement(charter.build()).build();
        assertWarned(Dataset.class, dataset, "agreements[1].parties dataset.charter-party-not-collective");
        assertEquals(ModelTypes.of(Dataset.class).warnings(dataset), dataset.warnings());
    }

    @Test
    void citationMustNameASourceOfTheDataset() {
        assertBroken(() -> complete().addOrganization(organizationBuilder(EntityId.of("other"))
                .addCitation(Citation.of(EntityId.of("missing-source"))).build()).build(),
            "organizations[5].citations[0].source", "dataset.unresolved-reference");
    }

    @Test
    void citationMustNameASourceNotAnotherEntity() {
        assertBroken(() -> complete().addOrganization(organizationBuilder(EntityId.of("other"))
                .addCitation(Citation.of(CNAS)).build()).build(),
            "organizations[5].citations[0].source", "dataset.reference-type");
    }

    @Test
    void nestedCitationsOfResultsAndSnapshotsMustResolve() {
        Dataset.Builder builder = complete();
        builder.addProgramme(Programme.builder().id(EntityId.of("other-programme")).name(LocalizedText.of("fr", "P"))
            .kind(ProgrammeKind.DEVELOPMENT_PROJECT)
            .addFigure(Statistic.builder().measure(LocalizedText.of("fr", "centres de santé")).value(BigDecimal.TEN)
                .unit("centres").addCitation(Citation.of(EntityId.of("nowhere"))).build())
            .build());
        builder.addScheme(schemeBuilder(EntityId.of("other-scheme"))
            .addSnapshot(CoverageSnapshot.builder().date(ReportedDate.stated(PartialDate.of(2024))).enrolled(5L)
                .addCitation(Citation.of(EntityId.of("nowhere"))).build())
            .build());
        assertBrokenAll(builder::build,
            "programmes[1].figures[0].citations[0].source dataset.unresolved-reference",
            "schemes[1].snapshots[0].citations[0].source dataset.unresolved-reference");
    }

    @Test
    void everyKindOfReferenceIsResolved() {
        EntityId nobody = EntityId.of("nobody");
        Dataset.Builder builder = Dataset.builder();
        builder.addSource(SourceDocument.builder().id(SOURCE).title(LocalizedText.of("fr", "Titre"))
                .publisher("AIP").publisherOrganization(nobody).language("fr").kind(SourceKind.PRESS_RELEASE).build())
            .addOrganization(organizationBuilder(CNAS).parent(nobody).build())
            .addOrganization(organizationBuilder(CHU).build())
            .addPerson(Person.builder().id(MINISTER).name("Fayçal Bentaleb")
                .addPosition(Position.of(RoleKind.MINISTER, nobody)).build())
            .addAgreement(agreementBuilder(CONVENTION).framework(nobody).build())
            .addBody(GoverningBody.builder().id(COMMISSION).name(LocalizedText.of("fr", "Commission mixte"))
                .kind(BodyKind.JOINT_COMMISSION).addMember(nobody).establishedBy(nobody).build())
            .addEvent(Event.builder().id(MEETING).kind(EventKind.CONFERENCE).title(LocalizedText.of("fr", "Conférence"))
                .addOrganiser(nobody).addParticipant(nobody).addAgreementsSigned(nobody).addBodiesCreated(nobody).build())
            .addProgramme(Programme.builder().id(PROGRAMME).name(LocalizedText.of("fr", "AI-PASS2"))
                .kind(ProgrammeKind.SUPPORT_PROGRAMME)
                .addParticipant(ProgrammeParticipant.of(nobody, IatiOrganisationRole.FUNDING))
                .reportingOrganization(nobody)
                .addIdentifier(OtherIdentifier.builder().type(OtherIdentifierType.REPORTING_ORGANISATION_INTERNAL)
                    .value(IatiIdentifier.of("MRT21001")).owner(nobody).build())
                .addPlannedDisbursement(PlannedDisbursement.builder().start(PartialDate.of(2024))
                    .value(Money.of("1000", "EUR")).valueDate(PartialDate.of(2024)).provider(nobody).receiver(nobody)
                    .build())
                .addTransaction(Transaction.builder().type(TransactionType.DISBURSEMENT).date(PartialDate.of(2024))
                    .value(Money.of("1000", "EUR")).valueDate(PartialDate.of(2024)).provider(nobody).receiver(nobody)
                    .build())
                .addRelatedActivity(RelatedActivity.of(RelatedActivityType.PARENT, nobody)).build())
            .addScheme(schemeBuilder(CNAS_SCHEME).operator(nobody).supervisor(nobody).complements(nobody)
                .addAdministrator(nobody).partOf(nobody).addReplaced(nobody).build())
            .addContract(Contract.builder().id(CONTRACT).purchaser(nobody).addScheme(nobody).addProvider(nobody)
                .build());
        String unresolved = " dataset.unresolved-reference";
        assertBrokenAll(builder::build,
            "agreements[0].framework" + unresolved,
            "bodies[0].establishedBy" + unresolved,
            "bodies[0].members[0]" + unresolved,
            "contracts[0].providers[0]" + unresolved,
            "contracts[0].purchaser" + unresolved,
            "contracts[0].schemes[0]" + unresolved,
            "events[0].agreementsSigned[0]" + unresolved,
            "events[0].bodiesCreated[0]" + unresolved,
            "events[0].organisers[0]" + unresolved,
            "events[0].participants[0]" + unresolved,
            "organizations[0].parent" + unresolved,
            "persons[0].positions[0].organization" + unresolved,
            "programmes[0].identifiers[0].owner" + unresolved,
            "programmes[0].participants[0].organization" + unresolved,
            "programmes[0].plannedDisbursements[0].provider" + unresolved,
            "programmes[0].plannedDisbursements[0].receiver" + unresolved,
            "programmes[0].relatedActivities[0].programme" + unresolved,
            "programmes[0].reportingOrganization" + unresolved,
            "programmes[0].transactions[0].provider" + unresolved,
            "programmes[0].transactions[0].receiver" + unresolved,
            "schemes[0].administrators[0]" + unresolved,
            "schemes[0].complements" + unresolved,
            "schemes[0].operator" + unresolved,
            "schemes[0].partOf" + unresolved,
            "schemes[0].replaces[0]" + unresolved,
            "schemes[0].supervisor" + unresolved,
            "sources[0].publisherOrganization" + unresolved);
    }

    @Test
    void frameworkMayBeAProgrammeButNotAnOrganisation() {
        Dataset withProgramme = complete().addAgreement(agreementBuilder(EntityId.of("second")).framework(PROGRAMME)
            .build()).build();
        assertEquals(2, withProgramme.agreements().size());
        assertBroken(() -> complete().addAgreement(agreementBuilder(EntityId.of("second")).framework(CNAS).build())
            .build(), "agreements[1].framework", "dataset.reference-type");
    }

    @Test
    void organisationParentsMayNotFormACycle() {
        EntityId a = EntityId.of("org-a");
        EntityId b = EntityId.of("org-b");
        EntityId c = EntityId.of("org-c");
        assertBrokenAll(() -> complete().addOrganization(organizationBuilder(a).parent(b).build())
                .addOrganization(organizationBuilder(b).parent(c).build())
                .addOrganization(organizationBuilder(c).parent(a).build()).build(),
            "organizations[5].parent dataset.organization-parent-cycle",
            "organizations[6].parent dataset.organization-parent-cycle",
            "organizations[7].parent dataset.organization-parent-cycle");
    }

    @Test
    void theOffendingValueOfACycleIsTheLinkClosingIt() {
        EntityId a = EntityId.of("org-a");
        EntityId b = EntityId.of("org-b");
        ModelViolationException ex = assertThrows(ModelViolationException.class, () -> complete()
            .addOrganization(organizationBuilder(a).parent(b).build())
            .addOrganization(organizationBuilder(b).parent(a).build()).build());
        assertEquals(List.of(Optional.of(b), Optional.of(a)), ex.violations().stream().map(v -> v.invalidValue()).toList(),
            "the parent of each organisation on the cycle, at its .parent path");
    }

    @Test
    void aChainOfParentsIsNotACycle() {
        EntityId a = EntityId.of("org-a");
        EntityId b = EntityId.of("org-b");
        Dataset dataset = complete().addOrganization(organizationBuilder(a).parent(b).build())
            .addOrganization(organizationBuilder(b).parent(CNAS).build()).build();
        assertEquals(7, dataset.organizations().size());
    }

    @Test
    void aLongChainOfParentsIsNotACycle() {
        int n = 20_000;
        Dataset.Builder builder = Dataset.builder();
        for (int i = 0; i < n; i++) {
            Organization.Builder o = organizationBuilder(EntityId.of("org-" + i));
            if (i + 1 < n) {
                o.parent(EntityId.of("org-" + (i + 1)));
            }
            builder.addOrganization(o.build());
        }
        Dataset dataset = builder.build();
        assertEquals(n, dataset.organizations().size());
    }

    @Test
    void everyOrganisationOnALongCycleIsReported() {
        int n = 20_000;
        Dataset.Builder builder = Dataset.builder();
        // A chain of n / 2 organisations leads into a cycle of the other n / 2: only those on the cycle are reported.
        for (int i = 0; i < n; i++) {
            int parent = i + 1 < n ? i + 1 : n / 2;
            builder.addOrganization(organizationBuilder(EntityId.of("org-" + i)).parent(EntityId.of("org-" + parent))
                .build());
        }
        ModelViolationException ex = assertThrows(ModelViolationException.class, builder::build);
        assertEquals(n / 2, ex.violations().size());
        assertEquals(List.of("dataset.organization-parent-cycle"), ex.violations().stream().map(v -> v.rule()).distinct()
            .toList());
        assertEquals(IntStream.range(n / 2, n).mapToObj(i -> "organizations[" + i + "].parent").sorted().toList(),
            ex.violations().stream().map(v -> v.path()).toList());
    }

    @Test
    void twoCyclesAndTheChainsLeadingIntoThemReportTheCyclesOnly() {
        EntityId a = EntityId.of("org-a");
        EntityId b = EntityId.of("org-b");
        EntityId c = EntityId.of("org-c");
        EntityId d = EntityId.of("org-d");
        EntityId e = EntityId.of("org-e");
        assertBrokenAll(() -> complete().addOrganization(organizationBuilder(a).parent(b).build())
                .addOrganization(organizationBuilder(b).parent(c).build())
                .addOrganization(organizationBuilder(c).parent(b).build())
                .addOrganization(organizationBuilder(d).parent(e).build())
                .addOrganization(organizationBuilder(e).parent(d).build()).build(),
            "organizations[6].parent dataset.organization-parent-cycle",
            "organizations[7].parent dataset.organization-parent-cycle",
            "organizations[8].parent dataset.organization-parent-cycle",
            "organizations[9].parent dataset.organization-parent-cycle");
    }

    @Test
    void agreementFrameworksMayNotFormACycle() {
        EntityId a = EntityId.of("declaration-2023");
        EntityId b = EntityId.of("declaration-2024");
        assertBrokenAll(() -> complete().addAgreement(agreementBuilder(a).framework(b).build())
                .addAgreement(agreementBuilder(b).framework(a).build()).build(),
            "agreements[1].framework dataset.agreement-framework-cycle",
            "agreements[2].framework dataset.agreement-framework-cycle");
    }

    @Test
    void schemesMayNotComplementEachOtherInACycle() {
        EntityId a = EntityId.of("scheme-a");
        EntityId b = EntityId.of("scheme-b");
        assertBrokenAll(() -> complete().addScheme(schemeBuilder(a).complements(b).build())
                .addScheme(schemeBuilder(b).complements(a).build()).build(),
            "schemes[1].complements dataset.scheme-complements-cycle",
            "schemes[2].complements dataset.scheme-complements-cycle");
    }

    @Test
    void aCycleWithALinkForwardIsFound() {
        // scheme-a names scheme-b, and scheme-b names scheme-c, before either is indexed; scheme-b closes the loop.
        EntityId a = EntityId.of("scheme-a");
        EntityId b = EntityId.of("scheme-b");
        EntityId c = EntityId.of("scheme-c");
        assertBrokenAll(() -> complete().addScheme(schemeBuilder(a).partOf(b).build())
                .addScheme(schemeBuilder(b).complements(c).partOf(a).build())
                .addScheme(schemeBuilder(c).build()).build(),
            "schemes[1].partOf dataset.scheme-part-of-cycle",
            "schemes[2].partOf dataset.scheme-part-of-cycle");
    }

    @Test
    void aCharterWithOnePartyNeedsACollectiveParty() {
        Agreement.Builder charter = Agreement.builder();
        charter.kind(AgreementKind.CHARTER).title(LocalizedText.of("fr", "Charte")).status(AgreementStatus.SIGNED);
        Dataset ok = complete().addAgreement(charter.id(EntityId.of("charter-ok"))
            .parties(List.of(Party.of(NETWORK, PartyRole.SIGNATORY))).build()).build();
        assertEquals(2, ok.agreements().size());
        assertWarned(Dataset.class, ok);
        Dataset single = complete().addAgreement(charter.id(EntityId.of("charter-single"))
            .parties(List.of(Party.of(CNAS, PartyRole.SIGNATORY))).build()).build();
        assertWarned(Dataset.class, single, "agreements[1].parties dataset.charter-party-not-collective");
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        ModelViolationException ex = assertThrows(ModelViolationException.class, () -> complete()
            .addSource(source(SOURCE))
            .addAgreement(agreementBuilder(EntityId.of("second")).addSignatory(Signatory.of(EntityId.of("ghost"), CNAS))
                .addCitation(Citation.of(EntityId.of("lost"))).build())
            .build());
        assertEquals(List.of("agreements[1].citations[0].source", "agreements[1].signatories[0].person", "sources[1].id"),
            ex.violations().stream().map(v -> v.path()).toList());
        assertEquals("Dataset", ex.typeName());
    }

    @Test
    void aLargeDatasetBuilds() {
        Dataset.Builder builder = Dataset.builder().addSource(source(SOURCE));
        List<EntityId> ids = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            EntityId id = EntityId.of("org-" + i);
            ids.add(id);
            Organization.Builder organization = organizationBuilder(id).addCitation(CITED);
            if (i > 0) {
                organization.parent(ids.get(i / 2));
            }
            builder.addOrganization(organization.build());
        }
        Dataset dataset = builder.build();
        assertEquals(2001, dataset.size());
        assertEquals(2000, dataset.citing(SOURCE).size());
    }

    @Test
    void theNetworkOfASchemeIsTheProvidersOfItsContracts() {
        EntityId dzHospital = EntityId.of("dz-chu-oran");
        Dataset dataset = complete()
            .addOrganization(organization(dzHospital, OrganizationKind.HEALTH_FACILITY, DZ))
            .addContract(Contract.builder().id(EntityId.of("cnas-oran-contract")).purchaser(CNAS).addScheme(CNAS_SCHEME)
                .addProvider(dzHospital).addProvider(CHU).validity(Period.starting(PartialDate.of(2023))).build())
            .build();
        assertEquals(List.of(CONTRACT, EntityId.of("cnas-oran-contract")), ids(dataset.contractsOf(CNAS_SCHEME)));
        assertEquals(List.of(CHU, dzHospital), dataset.networkOf(CNAS_SCHEME));
        assertEquals(List.of(CHU), dataset.networkOf(CNAS_SCHEME, LocalDate.of(2021, 6, 1)));
        assertEquals(List.of(dzHospital, CHU), dataset.networkOf(CNAS_SCHEME, LocalDate.of(2024, 1, 1)));
        assertEquals(List.of(), dataset.networkOf(EntityId.of("other-scheme")));
        assertEquals("scheme", assertThrows(NullPointerException.class, () -> dataset.networkOf(null)).getMessage());
        assertEquals("date",
            assertThrows(NullPointerException.class, () -> dataset.networkOf(CNAS_SCHEME, null)).getMessage());
        assertEquals("scheme", assertThrows(NullPointerException.class, () -> dataset.contractsOf(null)).getMessage());
    }

    @Test
    void theComponentsOfASchemeAreTheSchemesPartOfIt() {
        EntityId contributory = EntityId.of("dz-cnas-contributory");
        EntityId other = EntityId.of("dz-other-scheme");
        Dataset dataset = complete()
            .addScheme(schemeBuilder(contributory).partOf(CNAS_SCHEME).build())
            .addScheme(schemeBuilder(other).build())
            .build();
        assertEquals(List.of(contributory), ids(dataset.componentsOf(CNAS_SCHEME)));
        assertEquals(List.of(), ids(dataset.componentsOf(other)));
        assertEquals("scheme", assertThrows(NullPointerException.class, () -> dataset.componentsOf(null)).getMessage());
    }

    @Test
    void schemesMayNotBeComponentsOfEachOtherInACycle() {
        EntityId a = EntityId.of("scheme-a");
        EntityId b = EntityId.of("scheme-b");
        assertBrokenAll(() -> complete().addScheme(schemeBuilder(a).partOf(b).build())
                .addScheme(schemeBuilder(b).partOf(a).build()).build(),
            "schemes[1].partOf dataset.scheme-part-of-cycle",
            "schemes[2].partOf dataset.scheme-part-of-cycle");
    }

    @Test
    void aContractMustNameSchemesAndProvidersOfTheRightType() {
        assertBrokenAll(() -> complete().addContract(Contract.builder().id(EntityId.of("odd-contract"))
                .purchaser(CNAS_SCHEME).addScheme(CNAS).addProvider(CHU).build()).build(),
            "contracts[1].purchaser dataset.reference-type",
            "contracts[1].schemes[0] dataset.reference-type");
    }

    @Test
    void aLegalBasisThatIsNotALegalTextIsAWarning() {
        EntityId law = EntityId.of("dz-law-83-11");
        Dataset dataset = complete()
            .addSource(SourceDocument.builder().id(law).title(LocalizedText.of("fr", "Loi n° 83-11"))
                .publisher("Journal officiel").language("fr").kind(SourceKind.LAW).build())
            .addScheme(schemeBuilder(EntityId.of("dz-legal-scheme")).addLegalBasis(Citation.of(law, "article 1"))
                .addLegalBasis(CITED).build())
            .build();
        List<Violation> warnings = assertWarned(Dataset.class, dataset,
            "schemes[1].legalBasis[1].source dataset.legal-basis-kind");
        assertTrue(warnings.get(0).message().contains("News article"), warnings.get(0).message());
    }

    private static List<EntityId> ids(List<? extends Entity> entities) {
        return entities.stream().map(Entity::id).toList();
    }

    @Test
    void theSameEntityListedTwiceIsADuplicateId() {
        SourceDocument once = source(SOURCE);
        assertBroken(() -> Dataset.builder().addSource(once).addSource(once).build(), "sources[1].id",
            "dataset.duplicate-id");
    }
}

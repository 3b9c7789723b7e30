package org.uhcmodel.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.programme.ActivityDate;
import org.uhcmodel.programme.ActivityDateType;
import org.uhcmodel.programme.ActivityStatus;
import org.uhcmodel.programme.Budget;
import org.uhcmodel.programme.IatiIdentifier;
import org.uhcmodel.programme.IatiOrganisationRole;
import org.uhcmodel.programme.IndicatorBaseline;
import org.uhcmodel.programme.IndicatorMeasure;
import org.uhcmodel.programme.OtherIdentifier;
import org.uhcmodel.programme.OtherIdentifierType;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.programme.ProgrammeKind;
import org.uhcmodel.programme.ProgrammeParticipant;
import org.uhcmodel.programme.ProgrammeSector;
import org.uhcmodel.programme.RecipientCountry;
import org.uhcmodel.programme.RelatedActivity;
import org.uhcmodel.programme.RelatedActivityType;
import org.uhcmodel.programme.Result;
import org.uhcmodel.programme.ResultIndicator;
import org.uhcmodel.programme.ResultType;
import org.uhcmodel.programme.Transaction;
import org.uhcmodel.programme.TransactionType;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.DacSector;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.Identifier;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.PartialDate;

/** What the writer writes, what it refuses, and why. */
class IatiWriterTest {

    private static final EntityId BARE = EntityId.of("bare");

    private static Programme.Builder bare() {
        return Programme.builder().id(BARE).name(LocalizedText.of("fr", "Programme"))
            .kind(ProgrammeKind.NATIONAL_STRATEGY);
    }

    /** A programme with what IATI requires, reported by Enabel, with Enabel's own identifier of it. */
    private static Programme.Builder publishable() {
        return bare().iatiIdentifier(IatiIdentifier.of("BE-BCE_KBO-0264814354-BARE"))
            .reportingOrganization(Fixtures.ENABEL)
            .description(LocalizedText.of("fr", "Description"))
            .addParticipant(ProgrammeParticipant.of(Fixtures.ENABEL, IatiOrganisationRole.IMPLEMENTING))
            .status(ActivityStatus.PIPELINE)
            .addDate(ActivityDate.of(ActivityDateType.PLANNED_START, PartialDate.of(2026)))
            .addRecipientCountry(RecipientCountry.of(Fixtures.MR))
            .addSector(ProgrammeSector.of(DacSector.BASIC_HEALTH_CARE));
    }

    private static Dataset with(Programme programme, Organization... organizations) {
        return Dataset.builder().addOrganization(Fixtures.enabel()).addAllOrganizations(List.of(organizations))
            .addProgramme(programme).build();
    }

    private static List<String> problems(Dataset dataset) {
        return assertThrows(IatiWriteException.class, () -> IatiWriter.create().writeActivities(dataset)).problems()
            .stream().map(p -> p.path() + " " + p.code()).collect(Collectors.toList());
    }

    @Test
    void aDocumentOfActivitiesIsValidAndTheSameEachTime() {
        String xml = IatiWriter.create().writeActivities(Fixtures.dataset());
        assertEquals(List.of(), IatiSchemas.validateActivities(xml));
        assertEquals(xml, IatiWriter.create().writeActivities(Fixtures.dataset()));
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities"), xml);
        assertTrue(xml.contains("version=\"2.03\""), xml);
        assertTrue(!xml.contains("generated-datetime"), xml);
    }

    @Test
    void anIndicatorToMaintainSaysSoInTheExtensionAsIatisFlagCannot() {
        String xml = IatiWriter.create().writeActivities(Fixtures.dataset());
        assertTrue(xml.contains("<indicator measure=\"2\" uhc:direction=\"maintain\">"), xml);
        assertTrue(xml.contains("<indicator measure=\"1\" ascending=\"1\">"), xml);
        assertTrue(xml.contains("<indicator measure=\"5\" ascending=\"0\">"), xml);
    }

    @Test
    void theGenerationTimeIsWrittenWhenGiven() {
        OffsetDateTime time = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);
        String xml = IatiWriter.create().generatedAt(time).writeActivities(Fixtures.dataset());
        assertTrue(xml.contains("generated-datetime=\"2026-01-02T03:04:05Z\""), xml);
        assertEquals(List.of(), IatiSchemas.validateActivities(xml));
    }

    @Test
    void aProgrammeWithWhatIatiRequiresIsWritten() {
        Dataset dataset = with(publishable().build());
        assertEquals(List.of(), IatiWriter.create().check(dataset, dataset.programmes().get(0)));
        assertEquals(List.of(), IatiSchemas.validateActivities(IatiWriter.create().writeActivities(dataset)));
    }

    @Test
    void everyRequirementOfIatiAProgrammeLacksIsReportedAtOnce() {
        assertEquals(List.of(
                "programmes[0].reportingOrganization iati.reporting-organization-missing",
                "programmes[0].iatiIdentifier iati.iati-identifier-missing",
                "programmes[0].description iati.description-missing",
                "programmes[0].participants iati.participant-missing",
                "programmes[0].status iati.status-missing",
                "programmes[0].dates iati.start-date-missing",
                "programmes[0].recipientCountries iati.recipient-missing",
                "programmes[0].sectors iati.sector-missing"),
            problems(with(bare().build())));
    }

    @Test
    void theReportingOrganisationNeedsAnIatiIdentifierAndAType() {
        Organization aip = Organization.builder().id(EntityId.of("ci-aip"))
            .name(LocalizedText.of("fr", "Agence ivoirienne de presse")).kind(OrganizationKind.MEDIA)
            .country(CountryCode.of("CI")).build();
        assertEquals(List.of(
                "programmes[0].reportingOrganization iati.reporting-organization-identifier",
                "programmes[0].reportingOrganization iati.reporting-organization-type"),
            problems(with(publishable().reportingOrganization(aip.id()).build(), aip)));
    }

    @Test
    void theActivityIdentifierIsBuiltFromTheReportingOrganisationsOwnCodeWhenNotStated() {
        OtherIdentifier ownCode = OtherIdentifier.of(OtherIdentifierType.REPORTING_ORGANISATION_INTERNAL,
            IatiIdentifier.of("X1"));
        Programme stated = publishable().addIdentifier(ownCode).build();
        assertTrue(IatiWriter.create().writeActivities(with(stated))
            .contains("<iati-identifier>BE-BCE_KBO-0264814354-BARE</iati-identifier>"));
        Programme unstated = withoutIatiIdentifier(stated);
        String xml = IatiWriter.create().writeActivities(with(unstated));
        assertTrue(xml.contains("<iati-identifier uhc:derived=\"true\">BE-BCE_KBO-0264814354-X1</iati-identifier>"),
            xml);
        assertEquals(List.of(unstated), IatiReader.create().read(xml, with(unstated)).programmes());
    }

    @Test
    void twoProgrammesWrittenWithOneActivityIdentifierAreRefused() {
        OtherIdentifier ownCode = OtherIdentifier.of(OtherIdentifierType.REPORTING_ORGANISATION_INTERNAL,
            IatiIdentifier.of("BARE"));
        Programme stated = publishable().build();
        Programme built = withoutIatiIdentifier(publishable().id(EntityId.of("other")).addIdentifier(ownCode).build());
        Dataset dataset = Dataset.builder().addOrganization(Fixtures.enabel()).addProgramme(stated)
            .addProgramme(built).build();
        assertEquals(List.of("programmes[0].iatiIdentifier iati.iati-identifier-duplicate",
                "programmes[1].iatiIdentifier iati.iati-identifier-duplicate"), problems(dataset));
        assertEquals(List.of("programmes[1].iatiIdentifier iati.iati-identifier-duplicate"),
            IatiWriter.create().check(dataset, built).stream().map(p -> p.path() + " " + p.code()).toList());
    }

    @Test
    void aRelatedActivityNamingTheActivitysOwnBuiltIdentifierIsRefused() {
        OtherIdentifier ownCode = OtherIdentifier.of(OtherIdentifierType.REPORTING_ORGANISATION_INTERNAL,
            IatiIdentifier.of("X1"));
        Programme unstated = Programme.builder().from(withoutIatiIdentifier(publishable().addIdentifier(ownCode)
                .build()))
            .addRelatedActivity(RelatedActivity.of(RelatedActivityType.PARENT,
                IatiIdentifier.of("BE-BCE_KBO-0264814354-X1")))
            .build();
        assertEquals(List.of("programmes[0].relatedActivities[0] iati.related-to-itself"), problems(with(unstated)));
    }

    /** The same programme with no IATI identifier stated: builders only set, so it is built anew. */
    private static Programme withoutIatiIdentifier(Programme programme) {
        return Programme.builder().id(programme.id()).name(programme.name()).kind(programme.kind())
            .identifiers(programme.identifiers()).description(programme.description().orElseThrow())
            .reportingOrganization(programme.reportingOrganization().orElseThrow())
            .participants(programme.participants()).status(programme.status().orElseThrow())
            .dates(programme.dates()).recipientCountries(programme.recipientCountries())
            .sectors(programme.sectors()).build();
    }

    @Test
    void theActivityIdentifierDiffersFromTheReportingOrganisations() {
        assertEquals(List.of("programmes[0].iatiIdentifier iati.iati-identifier-is-organisation"),
            problems(with(publishable().iatiIdentifier(IatiIdentifier.of("BE-BCE_KBO-0264814354")).build())));
    }

    @Test
    void whatTheModelWarnsOfAndIatiCountsAsAnErrorIsRefused() {
        Programme programme = publishable()
            .addRecipientCountry(RecipientCountry.of(CountryCode.of("SN")))
            .addSector(ProgrammeSector.of(DacSector.HEALTH_POLICY))
            .addBudget(Budget.builder().start(PartialDate.of(2024)).end(PartialDate.of(2025))
                .value(Money.of("10", "EUR")).valueDate(PartialDate.of(2024)).build())
            .addResult(Result.builder().type(ResultType.OUTCOME).title(LocalizedText.of("fr", "R"))
                .addIndicator(ResultIndicator.builder().measure(IndicatorMeasure.PERCENTAGE)
                    .title(LocalizedText.of("fr", "I")).baseline(IndicatorBaseline.builder().year(2020).build())
                    .build()).build())
            .build();
        assertEquals(List.of(
                "programmes[0].budgets[0].end iati.budget-longer-than-a-year",
                "programmes[0].recipientCountries[0].percentage iati.recipient-percentage-missing",
                "programmes[0].recipientCountries[1].percentage iati.recipient-percentage-missing",
                "programmes[0].results[0].indicators[0].baseline.value iati.result-indicator-value",
                "programmes[0].sectors[0].percentage iati.sector-percentage-missing",
                "programmes[0].sectors[1].percentage iati.sector-percentage-missing"),
            problems(with(programme)));
    }

    @Test
    void transactionsAgreeWithTheRolesOfTheirOrganisations() {
        Programme programme = publishable().addTransaction(Transaction.builder().type(TransactionType.INCOMING_FUNDS)
            .date(PartialDate.of(2026, 2)).value(Money.of("10", "EUR")).valueDate(PartialDate.of(2026, 2))
            .provider(Fixtures.ENABEL).build()).build();
        assertEquals(List.of("programmes[0].transactions[0].provider iati.transaction-role"),
            problems(with(programme)));
    }

    @Test
    void aRelationToAProgrammeWithoutIatiIdentifierIsKeptInTheExtension() {
        Programme other = bare().id(EntityId.of("other")).build();
        Programme programme = publishable()
            .addRelatedActivity(RelatedActivity.of(RelatedActivityType.PARENT, other.id()))
            .addRelatedActivity(RelatedActivity.of(RelatedActivityType.SIBLING, IatiIdentifier.of("XM-DAC-7-1")))
            .build();
        Dataset dataset = Dataset.builder().addOrganization(Fixtures.enabel()).addProgramme(programme)
            .addProgramme(other).build();
        assertEquals(List.of(), IatiWriter.create().check(dataset, programme));
        String xml = IatiWriter.create().writeActivities(dataset, List.of(programme));
        assertEquals(List.of(), IatiSchemas.validateActivities(xml));
        assertTrue(xml.contains("<related-activity ref=\"XM-DAC-7-1\" type=\"3\"/>"), xml);
        assertTrue(xml.contains("<uhc:related-activity>"), xml);
        assertEquals(List.of(programme), IatiReader.create().read(xml, dataset).programmes());
    }

    @Test
    void textXmlCannotCarryIsRefused() {
        Programme programme = publishable().description(LocalizedText.of("fr", "Bip\u0007 et \uD800")).build();
        assertEquals(List.of("programmes[0].description.fr iati.text-not-xml"), problems(with(programme)));
    }

    @Test
    void nothingIsWrittenWhenAProblemIsFound() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Dataset dataset = with(bare().build());
        assertThrows(IatiWriteException.class,
            () -> IatiWriter.create().writeActivities(dataset, dataset.programmes(), out));
        assertEquals(0, out.size());
        IatiWriteException none = assertThrows(IatiWriteException.class,
            () -> IatiWriter.create().writeActivities(dataset, List.of()));
        assertEquals("programmes", none.problems().get(0).path());
        assertEquals("iati.no-activity", none.problems().get(0).code());
        assertTrue(none.getMessage().contains("[iati.no-activity]"), none.getMessage());
    }

    @Test
    void aProgrammeOrOrganisationOutsideTheDatasetIsRefused() {
        Dataset dataset = with(publishable().build());
        assertThrows(IllegalArgumentException.class,
            () -> IatiWriter.create().writeActivities(dataset, List.of(Fixtures.pass())));
        assertThrows(IllegalArgumentException.class, () -> IatiWriter.create().check(dataset, Fixtures.pass()));
        assertThrows(NullPointerException.class, () -> IatiWriter.create().writeActivities(null));
        assertThrows(NullPointerException.class, () -> IatiWriter.create().generatedAt(null));
    }

    @Test
    void organisationsWithAnIatiIdentifierAndATypeAreWrittenValid() {
        Dataset dataset = Fixtures.dataset();
        Organization enabel = dataset.organizations().get(0);
        String xml = IatiWriter.create().writeOrganisations(dataset, List.of(enabel));
        assertEquals(List.of(), IatiSchemas.validateOrganisations(xml));
        assertTrue(xml.contains("<organisation-identifier>BE-BCE_KBO-0264814354</organisation-identifier>"), xml);
        assertTrue(xml.contains("<reporting-org ref=\"BE-BCE_KBO-0264814354\" type=\"10\">"), xml);
        IatiWriteException ex = assertThrows(IatiWriteException.class,
            () -> IatiWriter.create().writeOrganisations(dataset));
        assertEquals("organizations[1].identifiers", ex.problems().get(0).path());
        assertEquals("iati.organisation-identifier-missing", ex.problems().get(0).code());
        String bytes = new String(xml.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertEquals(xml, bytes);
    }
}

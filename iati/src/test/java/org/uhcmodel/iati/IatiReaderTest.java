package org.uhcmodel.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.uhcmodel.actor.IatiOrganisationType;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.programme.ActivityDateType;
import org.uhcmodel.programme.ActivityStatus;
import org.uhcmodel.programme.IatiIdentifier;
import org.uhcmodel.programme.IatiOrganisationRole;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.programme.ProgrammeKind;
import org.uhcmodel.programme.ProgrammeSector;
import org.uhcmodel.programme.RelatedActivity;
import org.uhcmodel.programme.RelatedActivityType;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.value.DacSector;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.Identifier;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.PartialDate;

/** Reading activities other publishers write: what is carried, what is reported, what is refused. */
class IatiReaderTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = IatiReaderTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> describe(List<IatiProblem> problems) {
        return problems.stream().map(p -> p.path() + " " + p.code()).collect(Collectors.toList());
    }

    private static String activity(String inner) {
        return "<iati-activities version=\"2.03\"><iati-activity default-currency=\"EUR\" xml:lang=\"fr\">\n"
            + "<iati-identifier>XM-DAC-1-1</iati-identifier>\n"
            + "<reporting-org ref=\"XM-DAC-1\" type=\"10\"><narrative>Donor</narrative></reporting-org>\n"
            + "<title><narrative>Titre</narrative></title>\n" + inner + "\n</iati-activity></iati-activities>";
    }

    @Test
    void anActivityOfAnotherPublisherIsReadWithWhatTheModelCarries() throws IOException {
        IatiActivities read = IatiReader.create().read(resource("foreign-activity.xml"));
        Programme programme = read.programmes().get(0);
        assertEquals(EntityId.of("44000-p163328"), programme.id());
        assertEquals(ProgrammeKind.DEVELOPMENT_PROJECT, programme.kind());
        assertEquals(Optional.of(IatiIdentifier.of("44000-P163328")), programme.iatiIdentifier());
        assertEquals(LocalizedText.builder().putEntry("en", "Health System Support Project")
            .putEntry("fr", "Projet d'appui au système de santé").build(), programme.name());
        assertEquals(Optional.of(ActivityStatus.IMPLEMENTATION), programme.status());
        assertEquals(Optional.of(PartialDate.of(2019, 9, 12)), programme.date(ActivityDateType.ACTUAL_START));
        assertEquals(List.of(ProgrammeSector.of(DacSector.BASIC_HEALTH_CARE)), programme.sectors(),
            "the share of 12220 is not carried, since the other sector is not");
        assertEquals(java.util.Set.of(SdgTarget.T3_8), programme.sdgTargets());
        assertEquals(Money.of("2500000", "USD"), programme.budgets().get(0).value(), "the default currency applies");
        assertEquals(new BigDecimal("1000000.50"), programme.transactions().get(0).value().amount());
        assertEquals(List.of(RelatedActivity.of(RelatedActivityType.PARENT, IatiIdentifier.of("44000-P100000"))),
            programme.relatedActivities());
        assertEquals(List.of(EntityId.of("44000")), programme.participantsWithRole(IatiOrganisationRole.FUNDING));
        assertEquals(Optional.of(EntityId.of("44000")), programme.reportingOrganization());
        assertEquals(Optional.of(EntityId.of("ministry-of-health")), programme.transactions().get(0).receiver());
    }

    @Test
    void theOrganisationsAnActivityNamesAreMadeFromTheFileWhenNotKnown() throws IOException {
        IatiActivities read = IatiReader.create().read(resource("foreign-activity.xml"));
        assertEquals(List.of(EntityId.of("44000"), EntityId.of("ministry-of-health")),
            read.organizations().stream().map(Organization::id).collect(Collectors.toList()));
        Organization worldBank = read.organizations().get(0);
        assertEquals(OrganizationKind.MULTILATERAL, worldBank.kind());
        assertEquals(Optional.of(IatiOrganisationType.MULTILATERAL), worldBank.iatiType());
        assertEquals(List.of(Identifier.iati("44000")), worldBank.identifiers());
        assertEquals(List.of(
                "/iati-activities/iati-activity[1] iati.read.kind-assumed",
                "/iati-activities/iati-activity[1]/reporting-org[1] iati.read.organisation-kind-assumed",
                "/iati-activities/iati-activity[1]/participating-org[2] iati.read.organisation-kind-assumed"),
            describe(read.assumptions()));
        Dataset dataset = Dataset.builder().addAllOrganizations(read.organizations())
            .addAllProgrammes(read.programmes()).build();
        assertEquals(1, dataset.programmes().size(), "what is read makes a dataset whose references resolve");
    }

    @Test
    void whatTheModelDoesNotCarryIsReportedElementByElement() throws IOException {
        IatiActivities read = IatiReader.create().read(resource("foreign-activity.xml"));
        String activity = "/iati-activities/iati-activity[1]";
        assertEquals(List.of(
                "/iati-activities/@generated-datetime iati.read.not-carried",
                activity + "/@hierarchy iati.read.not-carried",
                activity + "/@last-updated-datetime iati.read.not-carried",
                activity + "/description[2] iati.read.not-carried",
                activity + "/contact-info[1] iati.read.not-carried",
                activity + "/activity-scope[1] iati.read.not-carried",
                activity + "/sector[1]/@percentage iati.read.not-carried",
                activity + "/sector[2] iati.read.not-carried",
                activity + "/sector[3] iati.read.not-carried",
                activity + "/tag[3] iati.read.not-carried",
                activity + "/policy-marker[1] iati.read.not-carried",
                activity + "/default-aid-type[1] iati.read.not-carried",
                activity + "/transaction[1]/aid-type[1] iati.read.not-carried",
                activity + "/result[1]/@aggregation-status iati.read.not-carried",
                activity + "/result[1]/indicator[1]/reference[1] iati.read.not-carried",
                activity + "/result[1]/indicator[1]/baseline[2] iati.read.not-carried",
                activity + "/crs-add[1] iati.read.not-carried"),
            describe(read.notCarried()));
        IatiProblem policyMarker = read.notCarried().get(10);
        assertEquals(OptionalInt.of(40), policyMarker.line());
        assertTrue(policyMarker.toString().contains("(line 40, column"), policyMarker.toString());
    }

    @Test
    void organisationsAndProgrammesOfAKnownDatasetAreNamedByTheirIds() throws IOException {
        Organization worldBank = Organization.builder().id(EntityId.of("world-bank"))
            .name(LocalizedText.of("en", "World Bank Group")).kind(OrganizationKind.MULTILATERAL)
            .addIdentifier(Identifier.iati("44000")).build();
        Programme parent = Programme.builder().id(EntityId.of("parent")).name(LocalizedText.of("en", "Parent"))
            .kind(ProgrammeKind.SUPPORT_PROGRAMME).iatiIdentifier(IatiIdentifier.of("44000-P100000")).build();
        Dataset known = Dataset.builder().addOrganization(worldBank).addProgramme(parent).build();
        IatiActivities read = IatiReader.create().withKind(ProgrammeKind.SUPPORT_PROGRAMME)
            .read(resource("foreign-activity.xml"), known);
        Programme programme = read.programmes().get(0);
        assertEquals(ProgrammeKind.SUPPORT_PROGRAMME, programme.kind());
        assertEquals(Optional.of(worldBank.id()), programme.reportingOrganization());
        assertEquals(List.of(RelatedActivity.of(RelatedActivityType.PARENT, parent.id())),
            programme.relatedActivities());
        assertEquals(List.of(EntityId.of("ministry-of-health")),
            read.organizations().stream().map(Organization::id).collect(Collectors.toList()));
    }

    @Test
    void aNarrativeWithoutLanguageTakesTheDefaultOneOrIsUndetermined() {
        String xml = "<iati-activities version=\"2.03\"><iati-activity default-currency=\"EUR\">"
            + "<iati-identifier>XM-DAC-1-1</iati-identifier>"
            + "<reporting-org ref=\"XM-DAC-1\" type=\"10\"><narrative>Donor</narrative></reporting-org>"
            + "<title><narrative>Titre</narrative></title></iati-activity></iati-activities>";
        IatiActivities read = IatiReader.create().read(xml);
        assertEquals(LocalizedText.of("und", "Titre"), read.programmes().get(0).name());
        assertTrue(describe(read.assumptions()).contains(
            "/iati-activities/iati-activity[1]/title[1]/narrative[1] iati.read.language-assumed"));
        assertEquals(LocalizedText.of("fr", "Titre"), IatiReader.create().read(activity("")).programmes().get(0)
            .name());
    }

    @Test
    void everyProblemOfADocumentIsReportedAtOnceWithItsPlace() {
        String xml = activity("<activity-status code=\"9\"/>\n"
            + "<activity-date type=\"2\" iso-date=\"2023-02-30\"/>\n"
            + "<budget><period-start iso-date=\"2024-01-01\"/><period-end iso-date=\"2023-01-01\"/>"
            + "<value value-date=\"2024-01-01\">1e3</value></budget>\n"
            + "<transaction><transaction-type code=\"3\"/><transaction-date iso-date=\"2024-01-01\"/>"
            + "<value currency=\"EURO\" value-date=\"2024-01-01\">10</value></transaction>");
        IatiReadException ex = assertThrows(IatiReadException.class, () -> IatiReader.create().read(xml));
        String activity = "/iati-activities/iati-activity[1]";
        assertEquals(List.of(
                activity + "/activity-status[1] iati.read.code",
                activity + "/activity-date[1] iati.read.date",
                activity + "/budget[1]/value[1] iati.read.decimal",
                activity + "/budget[1] iati.read.model",
                activity + "/transaction[1]/value[1] iati.read.model",
                activity + "/transaction[1] iati.read.model"),
            describe(ex.problems()));
        assertEquals(OptionalInt.of(5), ex.problems().get(0).line());
    }

    @Test
    void aDateAsStatedMustGiveTheDayWritten() {
        String xml = activity("<activity-date type=\"1\" iso-date=\"2024-01-01\" uhc:iso-date=\"2023\" "
            + "xmlns:uhc=\"" + IatiWriter.EXTENSION_NAMESPACE + "\"/>");
        IatiReadException ex = assertThrows(IatiReadException.class, () -> IatiReader.create().read(xml));
        assertEquals(List.of("/iati-activities/iati-activity[1]/activity-date[1] iati.read.stated-date"),
            describe(ex.problems()));
    }

    @Test
    void aDocumentThatIsNotAnActivityFileIsRefused() {
        assertEquals("iati.read.xml", assertThrows(IatiReadException.class,
            () -> IatiReader.create().read("<iati-activities version=\"2.03\">")).problems().get(0).code());
        assertEquals("iati.read.not-activities", assertThrows(IatiReadException.class,
            () -> IatiReader.create().read("<iati-organisations version=\"2.03\"/>")).problems().get(0).code());
        assertEquals("iati.read.version", assertThrows(IatiReadException.class,
            () -> IatiReader.create().read("<iati-activities version=\"1.05\"/>")).problems().get(0).code());
        String withDtd = "<!DOCTYPE iati-activities SYSTEM \"http://example.org/x.dtd\">"
            + "<iati-activities version=\"2.03\"/>";
        assertEquals(List.of(), IatiReader.create().read(withDtd).programmes(),
            "a DTD is neither fetched nor applied");
        assertThrows(NullPointerException.class, () -> IatiReader.create().read((String) null));
        assertThrows(NullPointerException.class, () -> IatiReader.create().withKind(null));
    }
}

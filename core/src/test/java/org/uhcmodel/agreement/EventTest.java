package org.uhcmodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.only;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Period;
import org.uhcmodel.value.Place;
import org.uhcmodel.value.ReportedDate;

class EventTest {

    private static final EntityId CONFERENCE = EntityId.of("enabel-mechelen-conference-uhc");
    private static final EntityId ENABEL = EntityId.of("be-enabel");
    private static final EntityId CNASS = EntityId.of("mr-cnass");
    private static final EntityId EU = EntityId.of("eu-intpa");
    private static final EntityId MEETING = EntityId.of("dz-by-health-ministers-meeting");
    private static final EntityId DZ_MINISTRY = EntityId.of("dz-ministry-of-health");
    private static final EntityId BY_MINISTRY = EntityId.of("by-ministry-of-health");
    private static final EntityId COMMISSION = EntityId.of("dz-by-joint-health-commission");
    private static final LocalizedText CONFERENCE_TITLE = LocalizedText.of("fr",
        "Conférence sur l'équité en santé et la couverture sanitaire universelle");
    private static final LocalizedText MEETING_TITLE = LocalizedText.builder()
        .putEntry("fr", "Rencontre des ministres de la santé d'Algérie et du Bélarus")
        .putEntry("ru", "Встреча министров здравоохранения Алжира и Беларуси")
        .putEntry("ar", "لقاء وزيري الصحة الجزائري والبيلاروسي")
        .build();
    private static final Place MECHELEN = Place.of(LocalizedText.of("fr", "Malines"), CountryCode.of("BE"));
    private static final Period THREE_DAYS = Period.of(PartialDate.of(2024, 6, 11), PartialDate.of(2024, 6, 13));
    private static final ReportedDate JULY_23 = ReportedDate.stated(PartialDate.of(2024, 7, 23));
    private static final Citation SEED_004 = Citation.of(EntityId.of("seed-004"), "paragraph 5");

    private static Event.Builder meeting() {
        return Event.builder()
            .id(MEETING)
            .kind(EventKind.BILATERAL_MEETING)
            .title(MEETING_TITLE)
            .addParticipant(DZ_MINISTRY)
            .addParticipant(BY_MINISTRY);
    }

    private static Event conference() {
        return Event.builder()
            .id(CONFERENCE)
            .kind(EventKind.CONFERENCE)
            .title(CONFERENCE_TITLE)
            .period(THREE_DAYS)
            .place(MECHELEN)
            .addOrganiser(ENABEL)
            .addAllParticipants(List.of(CNASS, EU))
            .attendance(200)
            .addDecision(LocalizedText.of("fr", "Partager les leçons sur l'assurance maladie"))
            .addSdgTarget(SdgTarget.T3_8)
            .addCitation(SEED_004)
            .build();
    }

    @Test
    void holdsTheConferenceOfSeed004() {
        Event event = conference();
        assertEquals(CONFERENCE, event.id());
        assertEquals(EventKind.CONFERENCE, event.kind());
        assertEquals(CONFERENCE_TITLE, event.title());
        assertEquals(Optional.empty(), event.date());
        assertEquals(Optional.of(THREE_DAYS), event.period());
        assertEquals(Optional.of(MECHELEN), event.place());
        assertEquals(List.of(ENABEL), event.organisers());
        assertEquals(List.of(CNASS, EU), event.participants());
        assertEquals(Optional.of(200), event.attendance());
        assertEquals(1, event.decisions().size());
        assertEquals(Set.of(SdgTarget.T3_8), event.sdgTargets());
        assertEquals(List.of(SEED_004), event.citations());
        assertTrue(event.agreementsSigned().isEmpty());
        assertTrue(event.bodiesCreated().isEmpty());
    }

    @Test
    void recordsTheBodyAMeetingCreatedInCyrillicAndArabic() {
        Event event = meeting().addBodiesCreated(COMMISSION).build();
        assertEquals(List.of(COMMISSION), event.bodiesCreated());
        assertEquals(Optional.of("Встреча министров здравоохранения Алжира и Беларуси"), event.title().in("ru"));
        assertEquals(Optional.of("لقاء وزيري الصحة الجزائري والبيلاروسي"), event.title().in("ar"));
    }

    @Test
    void recordsAgreementsSignedAtACeremony() {
        EntityId mou = EntityId.of("ehesp-kz-mou-1");
        EntityId mou2 = EntityId.of("ehesp-kz-mou-2");
        Event ceremony = meeting().kind(EventKind.SIGNING_CEREMONY).date(JULY_23).addAgreementsSigned(mou)
            .addAllAgreementsSigned(List.of(mou2)).build();
        assertEquals(List.of(mou, mou2), ceremony.agreementsSigned());
        assertEquals(Optional.of(JULY_23), ceremony.date());
        assertEquals(Optional.empty(), ceremony.period());
    }

    @Test
    void zeroAttendanceIsAccepted() {
        assertEquals(Optional.of(0), meeting().kind(EventKind.VIDEOCONFERENCE).attendance(0).build().attendance());
    }

    @Test
    void equalsByValue() {
        assertEquals(conference(), conference());
        assertEquals(conference().hashCode(), conference().hashCode());
        assertNotEquals(meeting().build(), meeting().attendance(12).build());
    }

    @Test
    void toStringNamesIdAndKind() {
        String text = conference().toString();
        assertTrue(text.contains("enabel-mechelen-conference-uhc"), text);
        assertTrue(text.contains("CONFERENCE"), text);
    }

    @Test
    void collectionsAreUnmodifiable() {
        Event event = conference();
        assertThrows(UnsupportedOperationException.class, () -> event.organisers().clear());
        assertThrows(UnsupportedOperationException.class, () -> event.participants().add(ENABEL));
        assertThrows(UnsupportedOperationException.class, () -> event.agreementsSigned().add(ENABEL));
        assertThrows(UnsupportedOperationException.class, () -> event.bodiesCreated().add(ENABEL));
        assertThrows(UnsupportedOperationException.class, () -> event.decisions().clear());
        assertThrows(UnsupportedOperationException.class, () -> event.sdgTargets().clear());
        assertThrows(UnsupportedOperationException.class, () -> event.citations().clear());
    }

    @Test
    void requiredAttributesAreReportedTogether() {
        assertBrokenAll(() -> Event.builder().build(), "id required", "kind required", "title required");
    }

    @Test
    void kindIsRequired() {
        assertBroken(() -> Event.builder().id(MEETING).title(MEETING_TITLE).build(), "kind", "required");
    }

    @Test
    void attendanceMayNotBeNegative() {
        assertBroken(() -> meeting().attendance(-1).build(), "attendance", "positive-or-zero");
    }

    @Test
    void eventHasADateOrAPeriodNotBoth() {
        ModelViolationException ex = assertBroken(() -> meeting().date(JULY_23).period(THREE_DAYS).build(),
            "period", "event.date-and-period");
        assertEquals(Optional.of(THREE_DAYS), only(ex).invalidValue());
        assertNotEquals("event.date-and-period", only(ex).message());
    }

    @Test
    void participantMayNotBeListedTwice() {
        ModelViolationException ex = assertBroken(() -> meeting().addParticipant(DZ_MINISTRY).build(),
            "participants[2]", "event.duplicate-participant");
        assertEquals(Optional.of(DZ_MINISTRY), only(ex).invalidValue());
        assertNotEquals("event.duplicate-participant", only(ex).message());
    }

    @Test
    void nullsAreRefusedAtOnce() {
        assertNullRefused(() -> meeting().addParticipant(null), "participants");
        assertNullRefused(() -> meeting().addAllOrganisers(null), "organisers");
        assertNullRefused(() -> meeting().date(null), "date");
    }

    @Test
    void referencesNameTheKindsTheDatasetResolves() {
        ModelType<Event> type = ModelTypes.of(Event.class);
        Set<EntityKind> actors = Set.of(EntityKind.ORGANIZATION, EntityKind.PERSON);
        assertEquals(actors, type.property("organisers").orElseThrow().references());
        assertEquals(actors, type.property("participants").orElseThrow().references());
        assertEquals(Set.of(EntityKind.AGREEMENT), type.property("agreementsSigned").orElseThrow().references());
        assertEquals(Set.of(EntityKind.BODY), type.property("bodiesCreated").orElseThrow().references());
        assertEquals(Optional.of(EntityKind.EVENT), type.entityKind());
    }

    @Test
    void severalBrokenRulesAreReportedTogether() {
        assertBrokenAll(() -> Event.builder().id(MEETING).kind(EventKind.OFFICIAL_VISIT)
                .date(JULY_23).period(THREE_DAYS)
                .addAllParticipants(List.of(BY_MINISTRY, BY_MINISTRY))
                .attendance(-5)
                .build(),
            "attendance positive-or-zero", "participants[1] event.duplicate-participant",
            "period event.date-and-period", "title required");
    }
}

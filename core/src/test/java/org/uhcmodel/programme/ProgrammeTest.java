package org.uhcmodel.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.assertWarned;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.DacSector;
import org.uhcmodel.value.Direction;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.Objective;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Period;
import org.uhcmodel.value.Statistic;

class ProgrammeTest {

    private static final EntityId AI_PASS2 = EntityId.of("mr-ai-pass2");
    private static final EntityId AI_PASS1 = EntityId.of("mr-ai-pass1");
    private static final EntityId EU = EntityId.of("eu-intpa");
    private static final EntityId ENABEL = EntityId.of("be-enabel");
    private static final EntityId CNASS = EntityId.of("mr-cnass");
    private static final EntityId SOURCE = EntityId.of("src-004");
    private static final LocalizedText NAME =
        LocalizedText.of("fr", "Appui institutionnel au Programme d'appui au secteur de la santé, phase 2");
    private static final CountryCode MAURITANIA = CountryCode.of("MR");
    private static final Period RUNNING = Period.starting(PartialDate.of(2021));
    private static final Period FINISHED = Period.of(PartialDate.of(2017), PartialDate.of(2021, 12));
    private static final ProgrammeParticipant EU_FUNDS =
        ProgrammeParticipant.of(EU, IatiOrganisationRole.FUNDING);
    private static final ProgrammeParticipant ENABEL_IMPLEMENTS =
        ProgrammeParticipant.of(ENABEL, IatiOrganisationRole.IMPLEMENTING);
    private static final ProgrammeParticipant CNASS_IMPLEMENTS =
        ProgrammeParticipant.of(CNASS, IatiOrganisationRole.IMPLEMENTING);
    private static final Objective EQUITY =
        Objective.builder().description(LocalizedText.of("fr", "Améliorer l'équité dans l'accès aux soins"))
            .direction(Direction.INCREASE).build();
    private static final Statistic HOSPITALS = Statistic.builder()
        .measure(LocalizedText.of("en", "public hospitals computerised")).value(BigDecimal.valueOf(36))
        .unit("hospitals").build();
    private static final Money BUDGET = Money.of("12000000", "EUR");

    private static Programme.Builder minimal() {
        return Programme.builder().id(AI_PASS2).name(NAME).kind(ProgrammeKind.DEVELOPMENT_PROJECT);
    }

    @Test
    void holdsEveryAttribute() {
        Programme programme = minimal()
            .acronym("AI-PASS2")
            .addCountry(MAURITANIA)
            .period(RUNNING)
            .addParticipant(EU_FUNDS)
            .addParticipant(ENABEL_IMPLEMENTS)
            .status(ActivityStatus.IMPLEMENTATION)
            .addObjective(EQUITY)
            .addDacSector(DacSector.HEALTH_POLICY)
            .addSdgTarget(SdgTarget.T3_8)
            .budget(BUDGET)
            .addResult(HOSPITALS)
            .addRelated(AI_PASS1)
            .addCitation(Citation.of(SOURCE, "paragraph 4"))
            .build();

        assertEquals(AI_PASS2, programme.id());
        assertEquals(NAME, programme.name());
        assertEquals(Optional.of("AI-PASS2"), programme.acronym());
        assertEquals(ProgrammeKind.DEVELOPMENT_PROJECT, programme.kind());
        assertEquals(Set.of(MAURITANIA), programme.countries());
        assertEquals(Optional.of(RUNNING), programme.period());
        assertEquals(List.of(EU_FUNDS, ENABEL_IMPLEMENTS), programme.participants());
        assertEquals(Optional.of(ActivityStatus.IMPLEMENTATION), programme.status());
        assertEquals(List.of(EQUITY), programme.objectives());
        assertEquals(Set.of(DacSector.HEALTH_POLICY), programme.dacSectors());
        assertEquals(Set.of(SdgTarget.T3_8), programme.sdgTargets());
        assertEquals(Optional.of(BUDGET), programme.budget());
        assertEquals(List.of(HOSPITALS), programme.results());
        assertEquals(List.of(AI_PASS1), programme.related());
        assertEquals(List.of(Citation.of(SOURCE, "paragraph 4")), programme.citations());
    }

    @Test
    void needsOnlyIdNameAndKind() {
        Programme programme = minimal().build();
        assertTrue(programme.acronym().isEmpty());
        assertTrue(programme.countries().isEmpty());
        assertTrue(programme.period().isEmpty());
        assertTrue(programme.participants().isEmpty());
        assertTrue(programme.status().isEmpty());
        assertTrue(programme.objectives().isEmpty());
        assertTrue(programme.dacSectors().isEmpty());
        assertTrue(programme.sdgTargets().isEmpty());
        assertTrue(programme.budget().isEmpty());
        assertTrue(programme.results().isEmpty());
        assertTrue(programme.related().isEmpty());
        assertTrue(programme.citations().isEmpty());
    }

    @Test
    void isEqualByValue() {
        Programme one = minimal().addParticipant(EU_FUNDS).build();
        Programme same = minimal().addParticipant(ProgrammeParticipant.of(EU, IatiOrganisationRole.FUNDING)).build();
        assertEquals(one, same);
        assertEquals(one.hashCode(), same.hashCode());
        assertNotEquals(one, minimal().build());
        assertTrue(one.toString().contains("mr-ai-pass2"), one.toString());
    }

    @Test
    void collectionsCannotBeChanged() {
        Programme programme = minimal().addParticipant(EU_FUNDS).build();
        assertThrows(UnsupportedOperationException.class, () -> programme.participants().add(ENABEL_IMPLEMENTS));
        assertThrows(UnsupportedOperationException.class, () -> programme.countries().add(MAURITANIA));
    }

    @Test
    void keepsArabicAndCyrillicNames() {
        LocalizedText name = LocalizedText.builder()
            .putEntry("ar", "برنامج دعم قطاع الصحة")
            .putEntry("ru", "Программа поддержки сектора здравоохранения")
            .build();
        Programme programme = minimal().name(name).build();
        assertEquals(Optional.of("برنامج دعم قطاع الصحة"), programme.name().in("ar"));
        assertEquals(Optional.of("Программа поддержки сектора здравоохранения"),
            programme.name().in("ru"));
    }

    @Test
    void findsTheOrganisationsInARole() {
        Programme programme = minimal()
            .addParticipant(EU_FUNDS)
            .addParticipant(ENABEL_IMPLEMENTS)
            .addParticipant(CNASS_IMPLEMENTS)
            .build();
        assertEquals(List.of(ENABEL, CNASS), programme.participantsWithRole(IatiOrganisationRole.IMPLEMENTING));
        assertEquals(List.of(EU), programme.participantsWithRole(IatiOrganisationRole.FUNDING));
        assertEquals(List.of(), programme.participantsWithRole(IatiOrganisationRole.ACCOUNTABLE));
        assertEquals("role", assertThrows(NullPointerException.class, () -> programme.participantsWithRole(null))
            .getMessage());
    }

    @Test
    void idNameAndKindAreRequired() {
        assertBrokenAll(() -> Programme.builder().build(), "id required", "kind required", "name required");
    }

    @Test
    void acronymMustNotBeBlank() {
        assertBroken(() -> minimal().acronym(" ").build(), "acronym", "not-blank");
    }

    @Test
    void nullsAreRefusedAtOnce() {
        assertNullRefused(() -> minimal().addParticipant(EU_FUNDS).addParticipant(null), "participants");
        assertNullRefused(() -> minimal().addCountry(null), "countries");
        assertNullRefused(() -> minimal().acronym(null), "acronym");
        assertNullRefused(() -> minimal().addAllRelated(Arrays.asList(AI_PASS1, null)), "related");
    }

    @Test
    void referencesNameTheKindsTheDatasetResolves() {
        ModelType<Programme> type = ModelTypes.of(Programme.class);
        assertEquals(Set.of(EntityKind.PROGRAMME), type.property("related").orElseThrow().references());
        assertEquals(Optional.of(EntityKind.PROGRAMME), type.entityKind());
    }

    @Test
    void anOrganisationMayTakePartInSeveralRoles() {
        Programme programme = minimal()
            .addParticipant(ENABEL_IMPLEMENTS)
            .addParticipant(ProgrammeParticipant.of(ENABEL, IatiOrganisationRole.EXTENDING))
            .build();
        assertEquals(List.of(ENABEL), programme.participantsWithRole(IatiOrganisationRole.EXTENDING));
    }

    @Test
    void anOrganisationTakesPartOnlyOnceInARole() {
        assertBroken(() -> minimal()
                .addParticipant(ENABEL_IMPLEMENTS)
                .addParticipant(EU_FUNDS)
                .addParticipant(ProgrammeParticipant.of(ENABEL, IatiOrganisationRole.IMPLEMENTING))
                .build(),
            "participants[2]", "programme.duplicate-participant");
    }

    @Test
    void aProgrammeIsNotRelatedToItself() {
        assertBroken(() -> minimal().addAllRelated(List.of(AI_PASS1, AI_PASS2)).build(),
            "related[1]", "programme.related-to-itself");
    }

    @Test
    void aClosedProgrammeWhosePeriodHasNoEndIsBuiltWithAWarning() {
        Programme programme = minimal().status(ActivityStatus.CLOSED).period(RUNNING).build();
        assertEquals(Optional.of(RUNNING), programme.period());
        assertWarned(Programme.class, programme, "period programme.closed-without-end");
    }

    @Test
    void aClosedProgrammeMayEndOrGiveNoPeriod() {
        Programme ended = minimal().status(ActivityStatus.CLOSED).period(FINISHED).build();
        assertEquals(Optional.of(FINISHED), ended.period());
        assertWarned(Programme.class, ended);
        Programme undated = minimal().status(ActivityStatus.CLOSED).build();
        assertTrue(undated.period().isEmpty());
        assertWarned(Programme.class, undated);
    }

    @Test
    void aRunningProgrammeMayHaveAnOpenEnd() {
        Programme programme = minimal().status(ActivityStatus.IMPLEMENTATION).period(RUNNING).build();
        assertEquals(Optional.of(RUNNING), programme.period());
        assertWarned(Programme.class, programme);
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertBrokenAll(() -> minimal()
                .acronym("")
                .status(ActivityStatus.CLOSED)
                .period(RUNNING)
                .addParticipant(EU_FUNDS)
                .addParticipant(EU_FUNDS)
                .addRelated(AI_PASS2)
                .build(),
            "acronym not-blank",
            "participants[1] programme.duplicate-participant",
            "related[0] programme.related-to-itself");
    }
}

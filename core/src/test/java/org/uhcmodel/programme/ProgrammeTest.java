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
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.meta.Property;
import org.uhcmodel.sdg.SdgIndicators;
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
import org.uhcmodel.value.Percentage;
import org.uhcmodel.value.Statistic;

class ProgrammeTest {

    private static final EntityId AI_PASS2 = EntityId.of("mr-ai-pass2");
    private static final EntityId AI_PASS1 = EntityId.of("mr-ai-pass1");
    private static final EntityId EU = EntityId.of("eu");
    private static final EntityId ENABEL = EntityId.of("be-enabel");
    private static final EntityId CNASS = EntityId.of("mr-cnass");
    private static final EntityId SOURCE = EntityId.of("src-004");
    private static final LocalizedText NAME =
        LocalizedText.of("fr", "Appui institutionnel au Programme d'appui au secteur de la santé, phase 2");
    private static final CountryCode MAURITANIA = CountryCode.of("MR");
    private static final CountryCode SENEGAL = CountryCode.of("SN");
    private static final ActivityDate STARTED =
        ActivityDate.of(ActivityDateType.ACTUAL_START, PartialDate.of(2021, 12, 1));
    private static final ActivityDate ENDED = ActivityDate.of(ActivityDateType.ACTUAL_END, PartialDate.of(2025, 1, 1));
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
    private static final Budget BUDGET_2022 = Budget.builder().type(BudgetType.ORIGINAL).status(BudgetStatus.COMMITTED)
        .start(PartialDate.of(2022)).end(PartialDate.of(2022)).value(Money.of("1500000", "EUR"))
        .valueDate(PartialDate.of(2022, 1, 1)).build();
    private static final Transaction INCOMING = Transaction.builder().type(TransactionType.INCOMING_FUNDS)
        .date(PartialDate.of(2022, 3, 15)).value(Money.of("1500000", "EUR")).valueDate(PartialDate.of(2022, 3, 15))
        .provider(EU).receiver(ENABEL).build();
    private static final Transaction DECOMMITMENT = Transaction.builder().type(TransactionType.OUTGOING_COMMITMENT)
        .date(PartialDate.of(2024, 6, 30)).value(Money.of("-20000", "EUR")).valueDate(PartialDate.of(2024, 6, 30))
        .provider(ENABEL).receiver(CNASS).build();
    private static final Result COMPUTERISED = Result.builder().type(ResultType.OUTPUT)
        .title(LocalizedText.of("fr", "Hôpitaux informatisés"))
        .addIndicator(ResultIndicator.builder().measure(IndicatorMeasure.UNIT)
            .title(LocalizedText.of("fr", "Hôpitaux publics informatisés")).direction(Direction.INCREASE)
            .baseline(IndicatorBaseline.of(2021, BigDecimal.ZERO))
            .addPeriod(IndicatorPeriod.builder().start(PartialDate.of(2022)).end(PartialDate.of(2023))
                .target(BigDecimal.valueOf(40)).actual(BigDecimal.valueOf(36)).build())
            .build())
        .build();
    private static final DocumentLink PAGE = DocumentLink.builder()
        .url(URI.create("https://open.enabel.be/en/MRT/2501")).format("text/html")
        .title(LocalizedText.of("fr", "AI-PASS2")).addCategory(DocumentCategory.ACTIVITY_WEB_PAGE)
        .addLanguage("fr").build();

    private static Programme.Builder minimal() {
        return Programme.builder().id(AI_PASS2).name(NAME).kind(ProgrammeKind.DEVELOPMENT_PROJECT);
    }

    private static RecipientCountry country(CountryCode country, int percentage) {
        return RecipientCountry.of(country, Percentage.of(percentage));
    }

    private static ProgrammeSector sector(DacSector sector, int percentage) {
        return ProgrammeSector.of(sector, Percentage.of(percentage));
    }

    @Test
    void holdsEveryAttribute() {
        OtherIdentifier internal = OtherIdentifier.builder().type(OtherIdentifierType.REPORTING_ORGANISATION_INTERNAL)
            .value(IatiIdentifier.of("MRT21001")).owner(ENABEL).build();
        Location darNaim = Location.builder().name(LocalizedText.of("fr", "Dar Naim")).build();
        PlannedDisbursement planned = PlannedDisbursement.builder().start(PartialDate.of(2023))
            .value(Money.of("500000", "EUR")).valueDate(PartialDate.of(2023)).provider(EU).receiver(ENABEL).build();
        RelatedActivity previous = RelatedActivity.of(RelatedActivityType.SIBLING, AI_PASS1);
        Programme programme = minimal()
            .acronym("AI-PASS2")
            .iatiIdentifier(IatiIdentifier.of("BE-BCE_KBO-0264814354-MRT21001"))
            .addIdentifier(internal)
            .description(LocalizedText.of("fr", "Appui institutionnel au ministère de la Santé"))
            .reportingOrganization(ENABEL)
            .addParticipant(EU_FUNDS)
            .addParticipant(ENABEL_IMPLEMENTS)
            .status(ActivityStatus.CLOSED)
            .addDate(STARTED)
            .addDate(ENDED)
            .addRecipientCountry(RecipientCountry.of(MAURITANIA))
            .addLocation(darNaim)
            .addSector(ProgrammeSector.of(DacSector.HEALTH_POLICY))
            .addSdgTarget(SdgTarget.T3_8)
            .addObjective(EQUITY)
            .addBudget(BUDGET_2022)
            .addPlannedDisbursement(planned)
            .addTransaction(INCOMING)
            .addResult(COMPUTERISED)
            .addFigure(HOSPITALS)
            .addDocumentLink(PAGE)
            .addRelatedActivity(previous)
            .addCitation(Citation.of(SOURCE, "paragraph 4"))
            .build();

        assertEquals(AI_PASS2, programme.id());
        assertEquals(NAME, programme.name());
        assertEquals(Optional.of("AI-PASS2"), programme.acronym());
        assertEquals(ProgrammeKind.DEVELOPMENT_PROJECT, programme.kind());
        assertEquals(Optional.of(IatiIdentifier.of("BE-BCE_KBO-0264814354-MRT21001")), programme.iatiIdentifier());
        assertEquals(List.of(internal), programme.identifiers());
        assertEquals(Optional.of(ENABEL), programme.reportingOrganization());
        assertEquals(List.of(EU_FUNDS, ENABEL_IMPLEMENTS), programme.participants());
        assertEquals(Optional.of(ActivityStatus.CLOSED), programme.status());
        assertEquals(List.of(STARTED, ENDED), programme.dates());
        assertEquals(Optional.of(PartialDate.of(2021, 12, 1)), programme.date(ActivityDateType.ACTUAL_START));
        assertEquals(Optional.empty(), programme.date(ActivityDateType.PLANNED_START));
        assertEquals(List.of(RecipientCountry.of(MAURITANIA)), programme.recipientCountries());
        assertEquals(List.of(), programme.recipientRegions());
        assertEquals(List.of(darNaim), programme.locations());
        assertEquals(List.of(ProgrammeSector.of(DacSector.HEALTH_POLICY)), programme.sectors());
        assertEquals(Set.of(SdgTarget.T3_8), programme.sdgTargets());
        assertEquals(List.of(EQUITY), programme.objectives());
        assertEquals(List.of(BUDGET_2022), programme.budgets());
        assertEquals(List.of(planned), programme.plannedDisbursements());
        assertEquals(List.of(INCOMING), programme.transactions());
        assertEquals(List.of(COMPUTERISED), programme.results());
        assertEquals(List.of(HOSPITALS), programme.figures());
        assertEquals(List.of(PAGE), programme.documentLinks());
        assertEquals(List.of(previous), programme.relatedActivities());
        assertEquals(List.of(Citation.of(SOURCE, "paragraph 4")), programme.citations());
        assertWarned(Programme.class, programme);
    }

    @Test
    void needsOnlyIdNameAndKind() {
        Programme programme = minimal().build();
        for (Property<?> property : ModelTypes.of(Programme.class).properties()) {
            Object value = property.get(programme);
            if (!Set.of("id", "name", "kind").contains(property.name())) {
                assertTrue(value == null || ((java.util.Collection<?>) value).isEmpty(), property.name());
            }
        }
        assertBrokenAll(() -> Programme.builder().build(), "id required", "kind required", "name required");
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
        assertThrows(UnsupportedOperationException.class,
            () -> programme.recipientCountries().add(RecipientCountry.of(MAURITANIA)));
        assertThrows(UnsupportedOperationException.class, () -> programme.transactions().add(INCOMING));
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
        assertNullRefused(() -> programme.participantsWithRole(null), "role");
        assertNullRefused(() -> programme.date(null), "type");
    }

    @Test
    void acronymMustNotBeBlank() {
        assertBroken(() -> minimal().acronym(" ").build(), "acronym", "not-blank");
    }

    @Test
    void nullsAreRefusedAtOnce() {
        assertNullRefused(() -> minimal().addParticipant(EU_FUNDS).addParticipant(null), "participants");
        assertNullRefused(() -> minimal().addRecipientCountry(null), "recipientCountries");
        assertNullRefused(() -> minimal().acronym(null), "acronym");
        assertNullRefused(() -> minimal().addAllRelatedActivities(
            Arrays.asList(RelatedActivity.of(RelatedActivityType.PARENT, AI_PASS1), null)), "relatedActivities");
        assertNullRefused(() -> minimal().addTransaction(null), "transactions");
    }

    @Test
    void referencesNameTheKindsTheDatasetResolves() {
        ModelType<Programme> type = ModelTypes.of(Programme.class);
        assertEquals(Set.of(EntityKind.ORGANIZATION), type.property("reportingOrganization").orElseThrow()
            .references());
        assertEquals(Set.of(EntityKind.PROGRAMME), ModelTypes.of(RelatedActivity.class).property("programme")
            .orElseThrow().references());
        assertEquals(Set.of(EntityKind.ORGANIZATION), ModelTypes.of(Transaction.class).property("provider")
            .orElseThrow().references());
        assertEquals(Optional.of(EntityKind.PROGRAMME), type.entityKind());
    }

    @Test
    void propertiesAreInTheOrderOfTheWireFormat() {
        assertEquals(List.of("id", "name", "acronym", "kind", "iatiIdentifier", "identifiers", "description",
                "reportingOrganization", "participants", "status", "dates", "recipientCountries", "recipientRegions",
                "locations", "sectors", "sdgTargets", "objectives", "budgets", "plannedDisbursements", "transactions",
                "results", "figures", "documentLinks", "relatedActivities", "citations"),
            ModelTypes.of(Programme.class).properties().stream().map(Property::name)
                .collect(java.util.stream.Collectors.toList()));
    }

    @Test
    void anOrganisationMayTakePartInSeveralRolesButOnlyOnceInARole() {
        Programme programme = minimal()
            .addParticipant(ENABEL_IMPLEMENTS)
            .addParticipant(ProgrammeParticipant.of(ENABEL, IatiOrganisationRole.EXTENDING))
            .build();
        assertEquals(List.of(ENABEL), programme.participantsWithRole(IatiOrganisationRole.EXTENDING));
        assertBroken(() -> minimal()
                .addParticipant(ENABEL_IMPLEMENTS)
                .addParticipant(EU_FUNDS)
                .addParticipant(ProgrammeParticipant.of(ENABEL, IatiOrganisationRole.IMPLEMENTING))
                .build(),
            "participants[2]", "programme.duplicate-participant");
    }

    @Test
    void eachTypeOfDateIsGivenOnce() {
        assertBroken(() -> minimal().addDate(STARTED)
                .addDate(ActivityDate.of(ActivityDateType.ACTUAL_START, PartialDate.of(2022))).build(),
            "dates[1]", "programme.duplicate-date");
    }

    @Test
    void anEndMayNotLieBeforeTheStartOfTheSameKind() {
        assertBroken(() -> minimal()
                .addDate(ActivityDate.of(ActivityDateType.PLANNED_END, PartialDate.of(2020)))
                .addDate(ActivityDate.of(ActivityDateType.PLANNED_START, PartialDate.of(2021))).build(),
            "dates[0]", "programme.dates-order");
        assertBroken(() -> minimal().addDate(STARTED)
                .addDate(ActivityDate.of(ActivityDateType.ACTUAL_END, PartialDate.of(2021, 11))).build(),
            "dates[1]", "programme.dates-order");
        Programme sameMonth = minimal().addDate(STARTED)
            .addDate(ActivityDate.of(ActivityDateType.ACTUAL_END, PartialDate.of(2021, 12))).build();
        assertEquals(2, sameMonth.dates().size());
        Programme plannedLaterThanActual = minimal()
            .addDate(ActivityDate.of(ActivityDateType.PLANNED_START, PartialDate.of(2022)))
            .addDate(ActivityDate.of(ActivityDateType.ACTUAL_END, PartialDate.of(2021))).build();
        assertEquals(2, plannedLaterThanActual.dates().size(), "only starts and ends of the same kind are compared");
    }

    @Test
    void aClosedProgrammeWithDatesButNoActualEndIsBuiltWithAWarning() {
        Programme programme = minimal().status(ActivityStatus.CLOSED).addDate(STARTED).build();
        assertWarned(Programme.class, programme, "dates programme.closed-without-end");
        assertWarned(Programme.class, minimal().status(ActivityStatus.CLOSED).addDate(STARTED).addDate(ENDED).build());
        assertWarned(Programme.class, minimal().status(ActivityStatus.CLOSED).build());
        assertWarned(Programme.class, minimal().status(ActivityStatus.IMPLEMENTATION).addDate(STARTED).build());
    }

    @Test
    void theSharesOfRecipientsAddUpToAHundred() {
        Programme shared = minimal().addRecipientCountry(country(MAURITANIA, 60))
            .addRecipientRegion(RecipientRegion.of(DacRegion.WESTERN_AFRICA, Percentage.of(40))).build();
        assertWarned(Programme.class, shared);
        assertBroken(() -> minimal().addRecipientCountry(country(MAURITANIA, 60))
                .addRecipientCountry(country(SENEGAL, 30)).build(),
            "recipientCountries", "programme.recipient-percentage-sum");
        assertBroken(() -> minimal().addRecipientCountry(country(MAURITANIA, 50)).build(),
            "recipientCountries", "programme.recipient-percentage-sum");
        assertBroken(() -> minimal().addRecipientRegion(RecipientRegion.of(DacRegion.AFRICA, Percentage.of(80)))
                .build(),
            "recipientRegions", "programme.recipient-percentage-sum");
        assertWarned(Programme.class, minimal().addRecipientCountry(country(MAURITANIA, 100)).build());
        assertWarned(Programme.class, minimal().addRecipientCountry(RecipientCountry.of(MAURITANIA)).build());
    }

    @Test
    void recipientsWithoutTheirSharesAreAWarningAndTheSharesGivenMayNotExceedAHundred() {
        Programme unshared = minimal().addRecipientCountry(RecipientCountry.of(MAURITANIA))
            .addRecipientCountry(country(SENEGAL, 30)).build();
        assertWarned(Programme.class, unshared,
            "recipientCountries[0].percentage programme.recipient-percentage-missing");
        assertBrokenAll(() -> minimal().addRecipientCountry(RecipientCountry.of(MAURITANIA))
                .addRecipientCountry(country(SENEGAL, 60))
                .addRecipientRegion(RecipientRegion.of(DacRegion.AFRICA, Percentage.of(50))).build(),
            "recipientCountries programme.recipient-percentage-sum");
    }

    @Test
    void aRecipientIsGivenOnce() {
        assertBrokenAll(() -> minimal().addRecipientCountry(country(MAURITANIA, 50))
                .addRecipientCountry(country(MAURITANIA, 50))
                .addRecipientRegion(RecipientRegion.of(DacRegion.AFRICA))
                .addRecipientRegion(RecipientRegion.of(DacRegion.AFRICA)).build(),
            "recipientCountries[1].country programme.duplicate-recipient",
            "recipientRegions[1].region programme.duplicate-recipient");
    }

    @Test
    void theSharesOfSectorsAddUpToAHundred() {
        Programme shared = minimal().addSector(sector(DacSector.HEALTH_POLICY, 70))
            .addSector(sector(DacSector.BASIC_HEALTH_CARE, 30)).build();
        assertWarned(Programme.class, shared);
        assertBroken(() -> minimal().addSector(sector(DacSector.HEALTH_POLICY, 70))
                .addSector(sector(DacSector.BASIC_HEALTH_CARE, 20)).build(),
            "sectors", "programme.sector-percentage-sum");
        assertBroken(() -> minimal().addSector(sector(DacSector.HEALTH_POLICY, 99)).build(),
            "sectors", "programme.sector-percentage-sum");
        assertWarned(Programme.class, minimal().addSector(ProgrammeSector.of(DacSector.HEALTH_POLICY))
            .addSector(ProgrammeSector.of(DacSector.BASIC_HEALTH_CARE)).build(),
            "sectors[0].percentage programme.sector-percentage-missing",
            "sectors[1].percentage programme.sector-percentage-missing");
        assertBroken(() -> minimal().addSector(sector(DacSector.HEALTH_POLICY, 70))
                .addSector(sector(DacSector.HEALTH_POLICY, 30)).build(),
            "sectors[1].sector", "programme.duplicate-sector");
        assertBroken(() -> minimal().addSector(sector(DacSector.HEALTH_POLICY, 70))
                .addSector(sector(DacSector.BASIC_HEALTH_CARE, 40))
                .addSector(ProgrammeSector.of(DacSector.MALARIA_CONTROL)).build(),
            "sectors", "programme.sector-percentage-sum");
    }

    @Test
    void aProgrammeIsNotRelatedToItself() {
        assertBroken(() -> minimal().addRelatedActivity(RelatedActivity.of(RelatedActivityType.PARENT, AI_PASS1))
                .addRelatedActivity(RelatedActivity.of(RelatedActivityType.SIBLING, AI_PASS2)).build(),
            "relatedActivities[1].programme", "programme.related-to-itself");
        IatiIdentifier own = IatiIdentifier.of("BE-BCE_KBO-0264814354-MRT21001");
        assertBroken(() -> minimal().iatiIdentifier(own)
                .addRelatedActivity(RelatedActivity.of(RelatedActivityType.PARENT,
                    IatiIdentifier.of("BE-BCE_KBO-0264814354-MRT14001")))
                .addRelatedActivity(RelatedActivity.of(RelatedActivityType.SIBLING, own)).build(),
            "relatedActivities[1].iatiIdentifier", "programme.related-to-itself");
    }

    @Test
    void incomingMoneyComesFromAFunderAndOutgoingMoneyGoesToOthers() {
        Programme consistent = minimal().addParticipant(EU_FUNDS).addParticipant(ENABEL_IMPLEMENTS)
            .addParticipant(CNASS_IMPLEMENTS).addTransaction(INCOMING).addTransaction(DECOMMITMENT).build();
        assertWarned(Programme.class, consistent);
        Programme fromNonFunder = minimal().addParticipant(ENABEL_IMPLEMENTS).addTransaction(INCOMING).build();
        assertWarned(Programme.class, fromNonFunder, "transactions[0].provider programme.incoming-provider-role");
        Transaction toFunder = Transaction.builder().type(TransactionType.DISBURSEMENT).date(PartialDate.of(2023))
            .value(Money.of("100", "EUR")).valueDate(PartialDate.of(2023)).provider(ENABEL).receiver(EU).build();
        assertWarned(Programme.class, minimal().addParticipant(EU_FUNDS).addTransaction(toFunder).build(),
            "transactions[0].receiver programme.outgoing-receiver-role");
        assertWarned(Programme.class, minimal().addParticipant(EU_FUNDS)
            .addParticipant(ProgrammeParticipant.of(EU, IatiOrganisationRole.IMPLEMENTING)).addTransaction(toFunder)
            .build());
    }

    @Test
    void aNegativeTransactionIsADecommitmentOrACorrection() {
        Programme programme = minimal().addParticipant(ENABEL_IMPLEMENTS).addParticipant(CNASS_IMPLEMENTS)
            .addTransaction(DECOMMITMENT).build();
        assertTrue(programme.transactions().get(0).value().isNegative());
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertBrokenAll(() -> minimal()
                .acronym("")
                .addParticipant(EU_FUNDS)
                .addParticipant(EU_FUNDS)
                .addDate(STARTED)
                .addDate(STARTED)
                .addSector(sector(DacSector.HEALTH_POLICY, 50))
                .addRelatedActivity(RelatedActivity.of(RelatedActivityType.PARENT, AI_PASS2))
                .build(),
            "acronym not-blank",
            "dates[1] programme.duplicate-date",
            "participants[1] programme.duplicate-participant",
            "relatedActivities[0].programme programme.related-to-itself",
            "sectors programme.sector-percentage-sum");
    }

    @Test
    void theResultsOfAProgrammeAreMeasuredByIndicatorsFollowingSdgIndicators() {
        ResultIndicator coverage = ResultIndicator.builder().measure(IndicatorMeasure.UNIT)
            .title(LocalizedText.of("en", "UHC service coverage index"))
            .addSdgIndicator(SdgIndicators.SERVICE_COVERAGE.code())
            .build();
        Programme programme = minimal().addResult(Result.builder().type(ResultType.IMPACT)
            .title(LocalizedText.of("en", "Coverage")).addIndicator(coverage).build()).build();
        assertEquals(Set.of(SdgIndicators.SERVICE_COVERAGE.code()),
            programme.results().get(0).indicators().get(0).sdgIndicators());
    }
}

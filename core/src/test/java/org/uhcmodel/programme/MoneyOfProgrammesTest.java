package org.uhcmodel.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertWarned;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.PartialDate;

/** Budgets, planned disbursements and transactions: which may be negative, and over which periods. */
class MoneyOfProgrammesTest {

    private static final Money EUROS = Money.of("250000.00", "EUR");
    private static final EntityId EU = EntityId.of("eu");
    private static final EntityId ENABEL = EntityId.of("be-enabel");

    private static Budget.Builder budget(PartialDate start, PartialDate end) {
        return Budget.builder().start(start).end(end).value(EUROS).valueDate(start);
    }

    @Test
    void aBudgetCoversAYearAtMostWithoutWarning() {
        assertWarned(Budget.class, budget(PartialDate.of(2024), PartialDate.of(2024)).build());
        assertWarned(Budget.class, budget(PartialDate.of(2024, 1, 1), PartialDate.of(2025, 1, 1)).build());
        assertWarned(Budget.class, budget(PartialDate.of(2024, 4), PartialDate.of(2025, 3)).build());
        Budget whole = budget(PartialDate.of(2021, 12, 1), PartialDate.of(2025, 1, 1)).build();
        assertWarned(Budget.class, whole, "end budget.longer-than-a-year");
        assertWarned(Budget.class, budget(PartialDate.of(2024, 1, 1), PartialDate.of(2025, 1, 2)).build(),
            "end budget.longer-than-a-year");
    }

    @Test
    void aBudgetEndsAfterItStartsAndIsNotNegative() {
        assertBroken(() -> budget(PartialDate.of(2024), PartialDate.of(2023)).build(), "end",
            "budget.end-before-start");
        assertBroken(() -> budget(PartialDate.of(2024), PartialDate.of(2024)).value(Money.of("-1", "EUR")).build(),
            "value.amount", "money.negative");
        assertBrokenAll(() -> Budget.builder().build(), "end required", "start required", "value required",
            "valueDate required");
    }

    @Test
    void aBudgetIsOriginalOrRevisedIndicativeOrCommitted() {
        Budget revised = budget(PartialDate.of(2024), PartialDate.of(2024)).type(BudgetType.REVISED)
            .status(BudgetStatus.INDICATIVE).build();
        assertEquals(Optional.of(BudgetType.REVISED), revised.type());
        assertEquals(Optional.of(BudgetStatus.INDICATIVE), revised.status());
    }

    @Test
    void aPlannedDisbursementEndsAfterItStartsAndIsNotNegative() {
        PlannedDisbursement.Builder planned = PlannedDisbursement.builder().start(PartialDate.of(2024, 7))
            .value(EUROS).valueDate(PartialDate.of(2024, 7)).provider(EU).receiver(ENABEL)
            .receiverActivity(IatiIdentifier.of("BE-BCE_KBO-0264814354-MRT21001"));
        assertEquals(Optional.of(EU), planned.build().provider());
        assertBroken(() -> planned.end(PartialDate.of(2024, 6)).build(), "end",
            "planned-disbursement.end-before-start");
        assertBroken(() -> planned.end(PartialDate.of(2024, 9)).value(Money.of("-5", "EUR")).build(),
            "value.amount", "money.negative");
    }

    @Test
    void aTransactionMayBeNegativeAndUsuallyMovesMoneyBetweenTwoOrganisations() {
        Transaction reimbursement = Transaction.builder().reference("R-1").type(TransactionType.REIMBURSEMENT)
            .date(PartialDate.of(2024, 5, 2)).value(Money.of("-1200.50", "EUR")).valueDate(PartialDate.of(2024, 5, 2))
            .description(LocalizedText.of("fr", "Remboursement")).provider(ENABEL).receiver(EU).build();
        assertTrue(reimbursement.value().isNegative());
        assertWarned(Transaction.class, reimbursement);
        Transaction toItself = Transaction.builder().from(reimbursement).receiver(ENABEL).build();
        assertWarned(Transaction.class, toItself, "receiver transaction.provider-is-receiver");
        assertBroken(() -> Transaction.builder().from(reimbursement).reference("").build(), "reference",
            "not-blank");
    }

    @Test
    void theKindsOfTransactionsSayWhichWayTheMoneyGoes() {
        for (TransactionType type : TransactionType.values()) {
            boolean incoming = type == TransactionType.INCOMING_FUNDS || type == TransactionType.INCOMING_COMMITMENT
                || type == TransactionType.INCOMING_PLEDGE;
            boolean outgoing = type == TransactionType.OUTGOING_COMMITMENT || type == TransactionType.DISBURSEMENT
                || type == TransactionType.OUTGOING_PLEDGE;
            assertEquals(incoming, type.isIncoming(), type.code());
            assertEquals(outgoing, type.isOutgoing(), type.code());
        }
        assertEquals(13, TransactionType.values().length);
    }

    @Test
    void theKindsOfDatesAreStartsOrEndsPlannedOrActual() {
        assertTrue(ActivityDateType.PLANNED_START.isStart() && ActivityDateType.PLANNED_START.isPlanned());
        assertTrue(ActivityDateType.ACTUAL_START.isStart() && !ActivityDateType.ACTUAL_START.isPlanned());
        assertTrue(!ActivityDateType.PLANNED_END.isStart() && ActivityDateType.PLANNED_END.isPlanned());
        assertTrue(!ActivityDateType.ACTUAL_END.isStart() && !ActivityDateType.ACTUAL_END.isPlanned());
    }
}

package org.uhcmodel.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.Percentage;

class PayerShareTest {

    @Test
    void holdsThePayerAndItsShare() {
        PayerShare share = PayerShare.of(PayerType.EMPLOYER, Percentage.of(60));
        assertEquals(PayerType.EMPLOYER, share.payer());
        assertEquals(Percentage.of(60), share.share());
        assertTrue(share.toString().contains("EMPLOYER"), share.toString());
    }

    @Test
    void mayNameThePayingOrganisation() {
        EntityId ministry = EntityId.of("ci-ministry-of-health");
        PayerShare share = PayerShare.builder().payer(PayerType.STATE).share(Percentage.of(100)).organization(ministry)
            .build();
        assertEquals(Optional.of(ministry), share.organization());
        assertEquals(Optional.empty(), PayerShare.of(PayerType.STATE, Percentage.of(100)).organization());
        assertEquals(Set.of(EntityKind.ORGANIZATION),
            ModelTypes.of(PayerShare.class).property("organization").orElseThrow().references());
    }

    @Test
    void isEqualByValue() {
        assertEquals(PayerShare.of(PayerType.STATE, Percentage.of(100)),
            PayerShare.builder().payer(PayerType.STATE).share(Percentage.parse("100.00")).build());
        assertEquals(PayerShare.of(PayerType.STATE, Percentage.of(100)).hashCode(),
            PayerShare.of(PayerType.STATE, Percentage.HUNDRED_PERCENT).hashCode());
        assertNotEquals(PayerShare.of(PayerType.STATE, Percentage.of(100)),
            PayerShare.of(PayerType.DONOR, Percentage.of(100)));
    }

    @Test
    void shareMayBeNoneOrAll() {
        assertEquals(Percentage.ZERO, PayerShare.of(PayerType.MEMBER, Percentage.of(0)).share());
        assertEquals(Percentage.HUNDRED_PERCENT, PayerShare.of(PayerType.MEMBER, Percentage.of(100)).share());
    }

    @Test
    void payerIsRequired() {
        assertBroken(() -> PayerShare.builder().share(Percentage.of(50)).build(), "payer", "required");
    }

    @Test
    void shareIsRequired() {
        assertBroken(() -> PayerShare.builder().payer(PayerType.EMPLOYEE).build(), "share", "required");
    }

    @Test
    void bothMissingAreReportedTogether() {
        assertBrokenAll(() -> PayerShare.builder().build(), "payer required", "share required");
    }

    @Test
    void nullsAreRefusedAtOnce() {
        assertNullRefused(() -> PayerShare.of(null, Percentage.of(50)), "payer");
        assertNullRefused(() -> PayerShare.of(PayerType.EMPLOYEE, null), "share");
    }
}

package org.uhcmodel.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Period;

class OperatorTermTest {

    @Test
    void holdsTheOperatorAndItsPeriod() {
        Period period = Period.of(PartialDate.of(2014), PartialDate.of(2016, 6));
        OperatorTerm term = OperatorTerm.of(EntityId.of("ci-ministry-of-health"), period);
        assertEquals(EntityId.of("ci-ministry-of-health"), term.operator());
        assertEquals(period, term.validity());
        assertEquals(Set.of(EntityKind.ORGANIZATION),
            ModelTypes.of(OperatorTerm.class).property("operator").orElseThrow().references());
    }

    @Test
    void bothAreRequired() {
        assertBrokenAll(() -> OperatorTerm.builder().build(), "operator required", "validity required");
        assertNullRefused(() -> OperatorTerm.of(EntityId.of("x"), null), "validity");
    }
}

package org.uhcmodel.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Percentage;
import org.uhcmodel.value.Period;

class RevenueTest {

    private static final Earmark VAT = Earmark.of(Percentage.parse("2.5"),
        LocalizedText.of("fr", "recettes de la taxe sur la valeur ajoutée"));
    private static final Period YEAR_2023 = Period.of(PartialDate.of(2023), PartialDate.of(2023));

    @Test
    void anEarmarkedTaxIsARateOfANamedBase() {
        Revenue revenue = Revenue.builder().revenueClass(RevenueClass.FS_1)
            .source(EntityId.of("ga-ministry-of-finance")).earmark(VAT).period(Period.starting(PartialDate.of(2008)))
            .build();
        assertEquals(Optional.of(VAT), revenue.earmark());
        assertEquals(Percentage.parse("2.5"), revenue.earmark().orElseThrow().rate());
        assertEquals(LocalizedText.of("fr", "recettes de la taxe sur la valeur ajoutée"),
            revenue.earmark().orElseThrow().base());
        assertEquals(Optional.of(EntityId.of("ga-ministry-of-finance")), revenue.source());
    }

    @Test
    void aRevenueOfAYearIsAnAmountOrAShare() {
        Citation report = Citation.of(EntityId.of("src-annual-report"), "table 4");
        Revenue contributions = Revenue.builder().revenueClass(RevenueClass.FS_3_2).period(YEAR_2023)
            .amount(Money.of("12500000000", "DZD")).share(Percentage.of(62)).addCitation(report).build();
        assertEquals(RevenueClass.FS_3_2, contributions.revenueClass());
        assertEquals(Optional.of(YEAR_2023), contributions.period());
        assertEquals(Optional.of(Money.of("12500000000", "DZD")), contributions.amount());
        assertEquals(Optional.of(Percentage.of(62)), contributions.share());
        assertEquals(List.of(report), contributions.citations());
    }

    @Test
    void aRevenueGivesAnAmountAShareOrAnEarmark() {
        assertBroken(() -> Revenue.builder().revenueClass(RevenueClass.FS_7).period(YEAR_2023).build(),
            "", "revenue.empty");
    }

    @Test
    void theClassIsRequired() {
        assertBrokenAll(() -> Revenue.builder().build(), " revenue.empty", "revenueClass required");
    }

    @Test
    void anEarmarkNeedsItsRateAndBase() {
        assertBrokenAll(() -> Earmark.builder().build(), "base required", "rate required");
        assertNullRefused(() -> Earmark.of(null, LocalizedText.of("fr", "TVA")), "rate");
    }
}

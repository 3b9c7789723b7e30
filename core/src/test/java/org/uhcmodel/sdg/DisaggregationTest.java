package org.uhcmodel.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.uhcmodel.value.Coded;

/** Categories of the built-in and declared dimensions of disaggregation. */
class DisaggregationTest {

    @Test
    void aCategoryOfABuiltInDimension() {
        Disaggregation rural = Disaggregation.of(DisaggregationDimension.LOCATION, UrbanRural.RURAL);
        assertEquals("location", rural.dimension());
        assertEquals("rural", rural.category());
        assertEquals(Optional.of(DisaggregationDimension.LOCATION), rural.builtInDimension());
        assertEquals(rural, Disaggregation.of("location", "rural"));
        assertNotEquals(rural, Disaggregation.of("location", "urban"));
    }

    @Test
    void theSexOfAPersonAndOfTheHeadOfAHouseholdAreTwoDimensions() {
        Disaggregation woman = Disaggregation.of(DisaggregationDimension.SEX, Sex.FEMALE);
        Disaggregation womanHeaded = Disaggregation.of(DisaggregationDimension.HOUSEHOLD_HEAD_SEX, Sex.FEMALE);
        assertNotEquals(woman, womanHeaded);
        assertEquals("household-head-sex", womanHeaded.dimension());
    }

    @Test
    void quintilesOfWealthAndOfConsumptionAreTwoDimensions() {
        assertNotEquals(Disaggregation.of(DisaggregationDimension.WEALTH_QUINTILE, Quintile.Q1),
            Disaggregation.of(DisaggregationDimension.CONSUMPTION_QUINTILE, Quintile.Q1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0-59", "60+", "15-49", "0-4", "100+", "18-150"})
    void ageGroupsAreRangesOrOpenEnded(String group) {
        assertEquals(group, Disaggregation.age(group).category());
        assertTrue(DisaggregationDimension.isAgeGroup(group));
    }

    @ParameterizedTest
    @ValueSource(strings = {"60", "59-0", "15-15", "+", "-5", "05-10", "151+", "a-b", "15 - 49", "Y_GE60", "1000+"})
    void otherTextIsNoAgeGroup(String group) {
        assertFalse(DisaggregationDimension.isAgeGroup(group));
        assertBroken(() -> Disaggregation.age(group), "category", "disaggregation.category-unknown");
    }

    @ParameterizedTest
    @CsvSource({"sex, rural", "location, female", "wealth-quintile, q6", "household-type, HH_ADTONLY",
        "household-head-sex, Female"})
    void aCategoryOfAnotherDimensionIsRefused(String dimension, String category) {
        assertBroken(() -> Disaggregation.of(dimension, category), "category", "disaggregation.category-unknown");
    }

    @Test
    void aDeclaredDimensionTakesAnyCategoryItsDatasetDeclares() {
        Disaggregation scheme = Disaggregation.of("scheme-membership", "cmu");
        assertEquals(Optional.empty(), scheme.builtInDimension());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sex", "scheme membership", "sex-", ""})
    void aDimensionCodeIsASlug(String dimension) {
        assertBroken(() -> Disaggregation.of(dimension, "x"), "dimension", "disaggregation.dimension-format");
    }

    @Test
    void requiredValuesAndBlankCategoriesAreRefused() {
        assertBrokenAll(() -> Disaggregation.builder().build(), "category required", "dimension required");
        assertBroken(() -> Disaggregation.of("scheme-membership", " "), "category", "not-blank");
        assertBroken(() -> Disaggregation.of("sex", " "), "category", "not-blank");
        assertNullRefused(() -> Disaggregation.of((String) null, "x"), "dimension");
    }

    @ParameterizedTest
    @EnumSource(DisaggregationDimension.class)
    void everyBuiltInDimensionHasItsCategories(DisaggregationDimension dimension) {
        List<Coded> categories = dimension.categories();
        assertEquals(dimension == DisaggregationDimension.AGE, categories.isEmpty(), dimension.code());
        for (Coded category : categories) {
            assertTrue(dimension.hasCategory(category.code()), category.code());
            assertEquals(category.code(), Disaggregation.of(dimension, category).category());
        }
        assertEquals(Optional.of(dimension), DisaggregationDimension.find(dimension.code()));
    }

    @Test
    void unCodesOfTheCategoriesAreFound() {
        assertEquals(Optional.of(Sex.FEMALE), Sex.fromUnCode("FEMALE"));
        assertEquals(Optional.of(Sex.MALE), Sex.fromUnCode("M"));
        assertEquals(Optional.empty(), Sex.fromUnCode("BOTHSEX"));
        assertEquals(Optional.of(UrbanRural.RURAL), UrbanRural.fromUnCode("R"));
        assertEquals(Optional.of(Quintile.Q5), Quintile.fromUnCode("Q5"));
        assertEquals(Optional.of(HouseholdType.MULTIGENERATIONAL), HouseholdType.fromUnCode("HH_MULTIGEN"));
        assertEquals("HH_ONLYOLDER", HouseholdType.OLDER_PEOPLE_ONLY.unCode());
        assertEquals(Optional.empty(), DisaggregationDimension.find("quantile"));
    }
}

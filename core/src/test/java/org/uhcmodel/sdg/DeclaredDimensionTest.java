package org.uhcmodel.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.LocalizedText;

class DeclaredDimensionTest {

    /** A national breakdown: the coverage scheme a person belongs to in Côte d'Ivoire. */
    static DeclaredDimension.Builder schemeMembership() {
        return DeclaredDimension.builder().id(EntityId.of("scheme-membership"))
            .name(LocalizedText.of("fr", "Régime d'affiliation"))
            .addCategory(DeclaredCategory.of("cmu-contributory", LocalizedText.of("fr", "Régime général de base")))
            .addCategory(DeclaredCategory.of("cmu-non-contributory",
                LocalizedText.of("fr", "Régime d'assistance médicale")));
    }

    @Test
    void aDeclaredDimensionListsItsCategories() {
        DeclaredDimension dimension = schemeMembership().build();
        assertTrue(dimension.hasCategory("cmu-contributory"));
        assertFalse(dimension.hasCategory("private"));
        assertEquals(2, dimension.categories().size());
        assertEquals(Optional.of(EntityKind.DIMENSION), ModelTypes.of(DeclaredDimension.class).entityKind());
        assertNullRefused(() -> dimension.hasCategory(null), "category");
    }

    @Test
    void aDimensionHasAtLeastOneCategoryEachOfItsOwnCode() {
        assertBroken(() -> DeclaredDimension.builder().id(EntityId.of("x")).name(LocalizedText.of("en", "X")).build(),
            "categories", "declared-dimension.categories-missing");
        assertBroken(() -> schemeMembership().addCategory(DeclaredCategory.of("cmu-contributory",
            LocalizedText.of("fr", "Encore"))).build(), "categories[2].code", "declared-dimension.duplicate-category");
        assertBroken(() -> DeclaredCategory.of(" ", LocalizedText.of("en", "X")), "code", "not-blank");
    }
}

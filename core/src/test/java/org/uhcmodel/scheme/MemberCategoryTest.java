package org.uhcmodel.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.uhcmodel.value.LocalizedText;

class MemberCategoryTest {

    private static final LocalizedText NAME = LocalizedText.of("fr", "Catégorie 1 : ménages indigents");

    @Test
    void holdsItsCodeNameAndGroup() {
        MemberCategory category = MemberCategory.builder().code("1").name(NAME).group(PopulationGroup.INDIGENT).build();
        assertEquals("1", category.code());
        assertEquals(NAME, category.name());
        assertEquals(Optional.of(PopulationGroup.INDIGENT), category.group());
        assertEquals(Optional.empty(), MemberCategory.of("2", NAME).group());
    }

    @Test
    void theCodeIsNotBlankAndBothAreRequired() {
        assertBroken(() -> MemberCategory.of(" ", NAME), "code", "not-blank");
        assertBrokenAll(() -> MemberCategory.builder().build(), "code required", "name required");
        assertNullRefused(() -> MemberCategory.of(null, NAME), "code");
    }
}

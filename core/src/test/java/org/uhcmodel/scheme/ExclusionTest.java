package org.uhcmodel.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.uhcmodel.RuleAssertions.assertBroken;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Period;

class ExclusionTest {

    @Test
    void holdsWhatIsNotCoveredItsCategoryAndPeriod() {
        Period since = Period.starting(PartialDate.of(2021));
        Exclusion exclusion = Exclusion.builder().description(LocalizedText.of("fr", "prothèses dentaires"))
            .category(ServiceCategory.DENTAL).validity(since).build();
        assertEquals(LocalizedText.of("fr", "prothèses dentaires"), exclusion.description());
        assertEquals(Optional.of(ServiceCategory.DENTAL), exclusion.category());
        assertEquals(Optional.of(since), exclusion.validity());
    }

    @Test
    void theDescriptionIsRequired() {
        assertBroken(() -> Exclusion.builder().category(ServiceCategory.OPTICAL).build(), "description", "required");
    }
}

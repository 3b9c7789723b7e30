package org.uhcmodel.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.value.AdministrativeLevel;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.LocalizedText;

class SubnationalAreaTest {

    private static final AdministrativeLevel WILAYA = AdministrativeLevel.of(1, LocalizedText.of("fr", "wilaya"));
    private static final LocalizedText ALGIERS = LocalizedText.builder().putEntry("fr", "Wilaya d'Alger")
        .putEntry("ar", "ولاية الجزائر").build();

    static SubnationalArea.Builder algiers() {
        return SubnationalArea.builder().id(EntityId.of("dz-wilaya-16")).country(CountryCode.of("DZ")).level(WILAYA)
            .code("DZ-16").name(ALGIERS);
    }

    @Test
    void anAreaKeepsItsCountryLevelCodeAndName() {
        SubnationalArea area = algiers().build();
        assertEquals(EntityId.of("dz-wilaya-16"), area.id());
        assertEquals(CountryCode.of("DZ"), area.country());
        assertEquals(WILAYA, area.level());
        assertEquals(Optional.of("DZ-16"), area.code());
        assertEquals(Optional.of("ولاية الجزائر"), area.name().in("ar"));
        assertEquals(Optional.empty(), area.parent());
        assertEquals(List.of(), area.citations());
        assertEquals(area, SubnationalArea.builder().from(area).build());
    }

    @Test
    void aSecondLevelAreaNamesItsParent() {
        SubnationalArea region = SubnationalArea.builder().id(EntityId.of("ci-region-gbeke"))
            .country(CountryCode.of("CI")).level(AdministrativeLevel.of(2, LocalizedText.of("fr", "région")))
            .name(LocalizedText.of("fr", "Gbêkê")).parent(EntityId.of("ci-district-vallee-du-bandama")).build();
        assertEquals(Optional.of(EntityId.of("ci-district-vallee-du-bandama")), region.parent());
    }

    @Test
    void anAreaIsAnEntityWhoseParentRefersToAnArea() {
        assertEquals(Optional.of(EntityKind.AREA), ModelTypes.of(SubnationalArea.class).entityKind());
        assertEquals(java.util.Set.of(EntityKind.AREA),
            ModelTypes.of(SubnationalArea.class).property("parent").orElseThrow().references());
    }

    @Test
    void requiredValuesAndABlankCodeAreRefused() {
        assertBrokenAll(() -> SubnationalArea.builder().build(), "country required", "id required", "level required",
            "name required");
        assertBroken(() -> algiers().code(" ").build(), "code", "not-blank");
        assertNullRefused(() -> algiers().code(null), "code");
    }
}

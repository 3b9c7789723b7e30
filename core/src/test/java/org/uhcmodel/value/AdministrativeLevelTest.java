package org.uhcmodel.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdministrativeLevelTest {

    private static final LocalizedText WILAYA = LocalizedText.builder().putEntry("fr", "wilaya")
        .putEntry("ar", "ولاية").build();
    private static final LocalizedText DISTRICT = LocalizedText.of("fr", "district");
    private static final LocalizedText REGION = LocalizedText.of("fr", "région");

    @Test
    void aLevelIsNamedAsItsCountryNamesItWithItsRank() {
        AdministrativeLevel wilaya = AdministrativeLevel.of(1, WILAYA);
        assertEquals(WILAYA, wilaya.name());
        assertEquals(Optional.of(1), wilaya.rank());
        assertEquals(Optional.of("ولاية"), wilaya.name().in("ar"));
    }

    @Test
    void aDistrictIsTheFirstLevelInCoteDIvoireAndARegionTheSecond() {
        AdministrativeLevel district = AdministrativeLevel.of(1, DISTRICT);
        AdministrativeLevel region = AdministrativeLevel.of(2, REGION);
        assertEquals(Optional.of(1), district.rank());
        assertEquals(Optional.of(2), region.rank());
        assertNotEquals(district, region);
    }

    @Test
    void aLevelMayBeNamedWithoutARank() {
        assertEquals(Optional.empty(), AdministrativeLevel.named(LocalizedText.of("fr", "commune")).rank());
    }

    @Test
    void levelsAreEqualByValue() {
        assertEquals(AdministrativeLevel.of(1, WILAYA), AdministrativeLevel.builder().name(WILAYA).rank(1).build());
        assertNotEquals(AdministrativeLevel.of(1, WILAYA), AdministrativeLevel.named(WILAYA));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 10})
    void aRankOutsideOneToNineIsRefused(int rank) {
        assertBroken(() -> AdministrativeLevel.of(rank, WILAYA), "rank", "administrative-level.rank-range");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 9})
    void ranksFromOneToNineAreAccepted(int rank) {
        assertEquals(Optional.of(rank), AdministrativeLevel.of(rank, WILAYA).rank());
    }

    @Test
    void aNameIsRequired() {
        assertBroken(() -> AdministrativeLevel.builder().rank(1).build(), "name", "required");
        assertNullRefused(() -> AdministrativeLevel.named(null), "name");
    }
}

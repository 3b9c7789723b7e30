package org.uhcmodel.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.only;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.uhcmodel.validation.ModelViolationException;

class PlaceTest {

    private static final CountryCode CI = CountryCode.of("CI");
    private static final CountryCode MR = CountryCode.of("MR");
    /** Abidjan is one of Côte d'Ivoire's two autonomous districts, first-level divisions. */
    private static final AdministrativeLevel AUTONOMOUS_DISTRICT =
        AdministrativeLevel.of(1, LocalizedText.of("fr", "district autonome"));
    private static final AdministrativeLevel COMMUNE = AdministrativeLevel.named(LocalizedText.of("fr", "commune"));
    private static final Place ABIDJAN = Place.builder().name(LocalizedText.of("fr", "Abidjan")).country(CI)
        .level(AUTONOMOUS_DISTRICT).build();
    private static final LocalizedText COCODY = LocalizedText.of("fr", "Cocody");
    private static final LocalizedText NOUAKCHOTT = LocalizedText.builder().putEntry("fr", "Nouakchott")
        .putEntry("ar", "\u0646\u0648\u0627\u0643\u0634\u0648\u0637").build();

    @Test
    void placeWithNameAndCountry() {
        Place place = Place.of(NOUAKCHOTT, MR);
        assertEquals(NOUAKCHOTT, place.name());
        assertEquals(MR, place.country());
        assertEquals(Optional.empty(), place.level());
        assertEquals(Optional.empty(), place.parent());
        assertEquals(Optional.of("\u0646\u0648\u0627\u0643\u0634\u0648\u0637"), place.name().in("ar"));
    }

    @Test
    void placeWithinALargerPlace() {
        Place cocody = Place.builder().name(COCODY).country(CI).level(COMMUNE).parent(ABIDJAN).build();
        assertEquals(Optional.of(COMMUNE), cocody.level());
        assertEquals(Optional.of(1), ABIDJAN.level().orElseThrow().rank());
        assertEquals(Optional.of(ABIDJAN), cocody.parent());
        assertTrue(cocody.toString().contains("Cocody") && cocody.toString().contains("Abidjan"), cocody.toString());
    }

    @Test
    void placesAreEqualByValue() {
        Place one = Place.builder().name(COCODY).country(CI).parent(ABIDJAN).build();
        Place two = Place.builder().name(LocalizedText.of("fr", "Cocody")).country(CountryCode.of("CI"))
            .parent(ABIDJAN).build();
        assertEquals(one, two);
        assertEquals(one.hashCode(), two.hashCode());
        assertNotEquals(Place.of(COCODY, CI), one);
    }

    @Test
    void missingNameIsRefused() {
        assertBroken(() -> Place.builder().country(CI).build(), "name", "required");
    }

    @Test
    void missingCountryIsRefused() {
        assertBroken(() -> Place.builder().name(COCODY).build(), "country", "required");
    }

    @Test
    void missingNameAndCountryAreReportedTogether() {
        assertBrokenAll(() -> Place.builder().build(), "country required", "name required");
    }

    @Test
    void parentInAnotherCountryIsRefused() {
        ModelViolationException ex = assertBroken(
            () -> Place.builder().name(COCODY).country(MR).parent(ABIDJAN).build(), "parent.country", "place.parent-country");
        assertEquals(Optional.of(CI), only(ex).invalidValue());
    }

    @Test
    void parentInTheSameCountryIsAccepted() {
        Place cocody = Place.builder().name(COCODY).country(CI).parent(ABIDJAN).build();
        assertEquals(CI, cocody.parent().orElseThrow().country());
    }

    @Test
    void nullArgumentsAreRefusedAtOnce() {
        assertNullRefused(() -> Place.of(null, CI), "name");
        assertNullRefused(() -> Place.of(COCODY, null), "country");
        assertNullRefused(() -> Place.builder().parent(null), "parent");
    }
}

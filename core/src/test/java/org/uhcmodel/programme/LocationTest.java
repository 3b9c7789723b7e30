package org.uhcmodel.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.uhcmodel.value.LocalizedText;

/** Locations of programmes below the country, their administrative areas and points. */
class LocationTest {

    private static final GeoPoint DAR_NAIM_POINT = GeoPoint.of(new BigDecimal("18.1235"), new BigDecimal("-15.9320"));
    private static final AdministrativeArea NOUAKCHOTT_NORD =
        AdministrativeArea.builder().vocabulary(GeographicVocabulary.GEONAMES).code("2377449").level(1).build();

    @Test
    void holdsEveryAttribute() {
        Location location = Location.builder().reference("DAR-NAIM").name(LocalizedText.of("fr", "Dar Naim"))
            .description(LocalizedText.of("fr", "Centre de santé")).reach(GeographicLocationReach.ACTIVITY)
            .addAdministrativeArea(NOUAKCHOTT_NORD).point(DAR_NAIM_POINT).exactness(GeographicExactness.APPROXIMATE)
            .build();
        assertEquals(Optional.of("DAR-NAIM"), location.reference());
        assertEquals(List.of(NOUAKCHOTT_NORD), location.administrativeAreas());
        assertEquals(Optional.of(DAR_NAIM_POINT), location.point());
        assertEquals(Optional.of(GeographicExactness.APPROXIMATE), location.exactness());
        assertEquals(Optional.of(GeographicLocationReach.ACTIVITY), location.reach());
        assertEquals(Optional.of(1), NOUAKCHOTT_NORD.level());
    }

    @Test
    void aLocationNamesItselfSomehow() {
        assertBroken(() -> Location.builder().reach(GeographicLocationReach.ACTIVITY).build(), "reference",
            "location.empty");
        assertEquals(List.of(NOUAKCHOTT_NORD),
            Location.builder().addAdministrativeArea(NOUAKCHOTT_NORD).build().administrativeAreas());
        assertEquals(Optional.of(DAR_NAIM_POINT), Location.builder().point(DAR_NAIM_POINT).build().point());
        assertEquals(Optional.of("X1"), Location.builder().reference("X1").build().reference());
    }

    @Test
    void aReferenceIsNotBlank() {
        assertBroken(() -> Location.builder().reference(" ").name(LocalizedText.of("fr", "Dar Naim")).build(),
            "reference", "not-blank");
    }

    @Test
    void aPointLiesOnTheEarth() {
        assertBroken(() -> GeoPoint.of(new BigDecimal("90.5"), BigDecimal.ZERO), "latitude",
            "geo-point.latitude-range");
        assertBroken(() -> GeoPoint.of(BigDecimal.ZERO, new BigDecimal("-180.01")), "longitude",
            "geo-point.longitude-range");
        assertEquals(new BigDecimal("-90"), GeoPoint.of(new BigDecimal("-90"), new BigDecimal("180")).latitude());
    }

    @Test
    void anAdministrativeAreaHasACodeAndALevelOfZeroOrMore() {
        assertBroken(() -> AdministrativeArea.of(GeographicVocabulary.GADM, " "), "code", "not-blank");
        assertBroken(() -> AdministrativeArea.builder().vocabulary(GeographicVocabulary.GADM).code("MRT.1_1")
            .level(-1).build(), "level", "positive-or-zero");
        assertBrokenAll(() -> AdministrativeArea.builder().build(), "code required", "vocabulary required");
        assertNullRefused(() -> AdministrativeArea.of(null, "MRT"), "vocabulary");
    }
}

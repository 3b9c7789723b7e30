package org.uhcmodel.examples;

import org.uhcmodel.value.AdministrativeLevel;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Place;

/**
 * Small helpers shared by the seed encodings: French text and places.
 */
final class SeedText {

    /** A city, as the seed texts name one (Abidjan, Nouakchott, Astana, Mechelen), without its rank among divisions. */
    static final AdministrativeLevel CITY = AdministrativeLevel.named(LocalizedText.of("fr", "ville"));
    /** A commune, as the seed texts name one (Cocody, Dar Naim), without its rank among divisions. */
    static final AdministrativeLevel COMMUNE = AdministrativeLevel.named(LocalizedText.of("fr", "commune"));

    private SeedText() {
    }

    /**
     * Wraps a French text.
     *
     * @param text  the text, not blank
     * @return the localized text in {@code fr}, not null
     */
    static LocalizedText fr(String text) {
        return LocalizedText.of("fr", text);
    }

    /**
     * Creates a place at a given administrative level.
     *
     * @param name  the French name, not blank
     * @param country  the ISO 3166-1 alpha-2 code, not null
     * @param level  the level, not null
     * @return the place, not null
     */
    static Place place(String name, String country, AdministrativeLevel level) {
        return Place.builder().name(fr(name)).country(CountryCode.of(country)).level(level).build();
    }

    /**
     * Creates a place lying within another.
     *
     * @param name  the French name, not blank
     * @param level  the level, not null
     * @param parent  the place it lies within, whose country it shares, not null
     * @return the place, not null
     */
    static Place placeIn(String name, AdministrativeLevel level, Place parent) {
        return Place.builder().name(fr(name)).country(parent.country()).level(level).parent(parent).build();
    }

    /**
     * Creates a place standing for a whole country.
     *
     * @param name  the French name of the country, not blank
     * @param country  the ISO 3166-1 alpha-2 code, not null
     * @return the place, not null
     */
    static Place country(String name, String country) {
        return Place.of(fr(name), CountryCode.of(country));
    }
}

package org.uhcmodel.testing;

import static org.uhcmodel.testing.Refusals.assertReportedAs;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every invalid variant of {@link Actors} is refused with exactly its rule code. */
@AtLeastThousandTries
class ActorsRefusalProperties {

    @Property(tries = 1000)
    void multilateralCountryIsWarnedAs_organization_multilateral_country(
            @ForAll("withMultilateralCountry") InvalidVariant<?> variant) {
        assertReportedAs(variant, "organization.multilateral-country");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withMultilateralCountry() {
        return Actors.withMultilateralCountry().map(v -> v);
    }

    @Property(tries = 1000)
    void facilityProfileOnOtherKindIsRefusedAs_organization_facility_profile_kind(
            @ForAll("withFacilityProfileOnOtherKind") InvalidVariant<?> variant) {
        assertReportedAs(variant, "organization.facility-profile-kind");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withFacilityProfileOnOtherKind() {
        return Actors.withFacilityProfileOnOtherKind().map(v -> v);
    }

    @Property(tries = 1000)
    void ownParentIsRefusedAs_organization_own_parent(@ForAll("withOwnParent") InvalidVariant<?> variant) {
        assertReportedAs(variant, "organization.own-parent");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withOwnParent() {
        return Actors.withOwnParent().map(v -> v);
    }

    @Property(tries = 1000)
    void placeInOtherCountryIsWarnedAs_organization_place_country(
            @ForAll("withPlaceInOtherCountry") InvalidVariant<?> variant) {
        assertReportedAs(variant, "organization.place-country");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withPlaceInOtherCountry() {
        return Actors.withPlaceInOtherCountry().map(v -> v);
    }

    @Property(tries = 1000)
    void duplicateIdentifierIsRefusedAs_organization_duplicate_identifier(
            @ForAll("withDuplicateIdentifier") InvalidVariant<?> variant) {
        assertReportedAs(variant, "organization.duplicate-identifier");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withDuplicateIdentifier() {
        return Actors.withDuplicateIdentifier().map(v -> v);
    }

    @Property(tries = 1000)
    void duplicatePositionIsRefusedAs_person_duplicate_position(
            @ForAll("withDuplicatePosition") InvalidVariant<?> variant) {
        assertReportedAs(variant, "person.duplicate-position");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withDuplicatePosition() {
        return Actors.withDuplicatePosition().map(v -> v);
    }
}

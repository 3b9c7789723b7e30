package org.uhcmodel.testing;

import static org.uhcmodel.testing.Refusals.assertRefusedWith;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every invalid variant of {@link Actors} is refused with exactly its rule code. */
@AtLeastThousandTries
class ActorsRefusalProperties {

    @Property(tries = 1000)
    void multilateralCountryIsRefusedAs_organization_multilateral_country(@ForAll("withMultilateralCountry") InvalidVariant variant) {
        assertRefusedWith(variant, "organization.multilateral-country");
    }

    @Provide
    Arbitrary<InvalidVariant> withMultilateralCountry() {
        return Actors.withMultilateralCountry();
    }

    @Property(tries = 1000)
    void facilityProfileOnOtherKindIsRefusedAs_organization_facility_profile_kind(@ForAll("withFacilityProfileOnOtherKind") InvalidVariant variant) {
        assertRefusedWith(variant, "organization.facility-profile-kind");
    }

    @Provide
    Arbitrary<InvalidVariant> withFacilityProfileOnOtherKind() {
        return Actors.withFacilityProfileOnOtherKind();
    }

    @Property(tries = 1000)
    void ownParentIsRefusedAs_organization_own_parent(@ForAll("withOwnParent") InvalidVariant variant) {
        assertRefusedWith(variant, "organization.own-parent");
    }

    @Provide
    Arbitrary<InvalidVariant> withOwnParent() {
        return Actors.withOwnParent();
    }

    @Property(tries = 1000)
    void placeInOtherCountryIsRefusedAs_organization_place_country(@ForAll("withPlaceInOtherCountry") InvalidVariant variant) {
        assertRefusedWith(variant, "organization.place-country");
    }

    @Provide
    Arbitrary<InvalidVariant> withPlaceInOtherCountry() {
        return Actors.withPlaceInOtherCountry();
    }

    @Property(tries = 1000)
    void duplicateIdentifierIsRefusedAs_organization_duplicate_identifier(@ForAll("withDuplicateIdentifier") InvalidVariant variant) {
        assertRefusedWith(variant, "organization.duplicate-identifier");
    }

    @Provide
    Arbitrary<InvalidVariant> withDuplicateIdentifier() {
        return Actors.withDuplicateIdentifier();
    }

    @Property(tries = 1000)
    void duplicatePositionIsRefusedAs_person_duplicate_position(@ForAll("withDuplicatePosition") InvalidVariant variant) {
        assertRefusedWith(variant, "person.duplicate-position");
    }

    @Provide
    Arbitrary<InvalidVariant> withDuplicatePosition() {
        return Actors.withDuplicatePosition();
    }
}

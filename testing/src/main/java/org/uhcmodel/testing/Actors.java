package org.uhcmodel.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.uhcmodel.actor.FacilityProfile;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.actor.Person;
import org.uhcmodel.actor.Position;
import org.uhcmodel.testing.internal.EntityArbitraries;

/**
 * Arbitraries of the actors: organisations, persons and their positions.
 * <p>
 * Valid arbitraries generate values that every builder accepts; the {@code with...} arbitraries generate
 * {@link InvalidVariant}s, inputs that break exactly one rule and must be refused with its code.
 */
public final class Actors {

    private Actors() {
    }

    /**
     * Organisations of every kind.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Organization> organizations() {
        return EntityArbitraries.alone(EntityArbitraries.organizations());
    }

    /**
     * Organisations of one kind.
     *
     * @param kind  the kind, not null
     * @return the arbitrary, not null
     */
    public static Arbitrary<Organization> organizations(OrganizationKind kind) {
        return EntityArbitraries.alone(EntityArbitraries.organizations(Arbitraries.just(kind)));
    }

    /**
     * Profiles of health facilities.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<FacilityProfile> facilityProfiles() {
        return EntityArbitraries.facilityProfiles();
    }

    /**
     * Persons named in Latin, Arabic or Cyrillic script, holding zero to three positions.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Person> persons() {
        return EntityArbitraries.alone(EntityArbitraries.persons());
    }

    /**
     * Positions, most held at an organisation.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Position> positions() {
        return Combinators.combine(EntityArbitraries.positionDrafts(),
                Values.entityIds().list().ofMinSize(1).ofMaxSize(3)).as((p, orgs) -> p.apply(orgs));
    }

    /**
     * Multilateral organisations given a country (rule {@code organization.multilateral-country}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Organization>> withMultilateralCountry() {
        return InvalidVariants.forRule("organization.multilateral-country", Organization.class);
    }

    /**
     * Organisations other than health facilities with a facility profile
     * (rule {@code organization.facility-profile-kind}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Organization>> withFacilityProfileOnOtherKind() {
        return InvalidVariants.forRule("organization.facility-profile-kind", Organization.class);
    }

    /**
     * Organisations that are their own parent (rule {@code organization.own-parent}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Organization>> withOwnParent() {
        return InvalidVariants.forRule("organization.own-parent", Organization.class);
    }

    /**
     * Organisations placed in another country than their own (rule {@code organization.place-country}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Organization>> withPlaceInOtherCountry() {
        return InvalidVariants.forRule("organization.place-country", Organization.class);
    }

    /**
     * Organisations listing the same identifier twice (rule {@code organization.duplicate-identifier}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Organization>> withDuplicateIdentifier() {
        return InvalidVariants.forRule("organization.duplicate-identifier", Organization.class);
    }

    /**
     * Persons holding the same position twice (rule {@code person.duplicate-position}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Person>> withDuplicatePosition() {
        return InvalidVariants.forRule("person.duplicate-position", Person.class);
    }
}

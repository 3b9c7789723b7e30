package org.uhcmodel.testing.internal;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.actor.Person;
import org.uhcmodel.actor.Position;
import org.uhcmodel.testing.InvalidVariant;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.Identifier;
import org.uhcmodel.value.Place;

/**
 * Invalid variants of the actors, behind {@link org.uhcmodel.testing.Actors}.
 */
public final class ActorVariants {

    private ActorVariants() {
    }

    static void register(Catalogue.Registry r) {
        r.add("organization.multilateral-country", Organization.class, ActorVariants::multilateralWithCountry);
        r.add("organization.facility-profile-kind", Organization.class, ActorVariants::facilityProfileOnOtherKind);
        r.add("organization.own-parent", Organization.class, ActorVariants::ownParent);
        r.add("organization.place-country", Organization.class, ActorVariants::placeInOtherCountry);
        r.add("organization.duplicate-identifier", Organization.class, ActorVariants::duplicateIdentifier);
        r.add("person.duplicate-position", Person.class, ActorVariants::duplicatePosition);
    }

    private static Arbitrary<Organization> organizations(Arbitrary<OrganizationKind> kinds) {
        return EntityArbitraries.alone(EntityArbitraries.organizations(kinds));
    }

    /** @return multilateral organisations given a country, a warning */
    public static Arbitrary<InvalidVariant<Organization>> multilateralWithCountry() {
        return Combinators.combine(organizations(Arbitraries.just(OrganizationKind.MULTILATERAL)),
                ValueArbitraries.countryCodes())
            .as((o, c) -> {
                CountryCode country = o.place().map(Place::country).orElse(c);
                return InvalidVariant.ofBuilder(Organization.class, "organization.multilateral-country",
                    "multilateral " + o.id() + " in " + country,
                    () -> Organization.builder().from(o).country(country));
            });
    }

    /** @return organisations other than health facilities with a facility profile */
    public static Arbitrary<InvalidVariant<Organization>> facilityProfileOnOtherKind() {
        return Combinators.combine(organizations(Arbitraries.of(OrganizationKind.class)
                .filter(k -> k != OrganizationKind.HEALTH_FACILITY)), EntityArbitraries.facilityProfiles())
            .as((o, f) -> InvalidVariant.ofBuilder(Organization.class, "organization.facility-profile-kind",
                o.kind().code() + " " + o.id() + " with a facility profile",
                () -> Organization.builder().from(o).facility(f)));
    }

    /** @return organisations that are their own parent */
    public static Arbitrary<InvalidVariant<Organization>> ownParent() {
        return EntityArbitraries.alone(EntityArbitraries.organizations()).map(o -> InvalidVariant.ofBuilder(
            Organization.class, "organization.own-parent", "organisation " + o.id() + " under itself",
            () -> Organization.builder().from(o).parent(o.id())));
    }

    /** @return organisations placed in another country than their own, a warning */
    public static Arbitrary<InvalidVariant<Organization>> placeInOtherCountry() {
        return Combinators.combine(organizations(Arbitraries.of(OrganizationKind.class)
                .filter(k -> k != OrganizationKind.MULTILATERAL)), ValueArbitraries.countryCodes(),
                ValueArbitraries.places())
            .filter((o, c, p) -> !c.equals(p.country()))
            .as((o, c, p) -> InvalidVariant.ofBuilder(Organization.class, "organization.place-country",
                "organisation " + o.id() + " of " + c + " placed in " + p.country(),
                () -> Organization.builder().from(o).country(c).place(p)));
    }

    /** @return organisations listing the same identifier twice */
    public static Arbitrary<InvalidVariant<Organization>> duplicateIdentifier() {
        return Combinators.combine(EntityArbitraries.alone(EntityArbitraries.organizations()),
                ValueArbitraries.identifiers())
            .as((o, i) -> {
                List<Identifier> ids = new ArrayList<>(o.identifiers());
                if (!ids.contains(i)) {
                    ids.add(i);
                }
                ids.add(i);
                return InvalidVariant.ofBuilder(Organization.class, "organization.duplicate-identifier",
                    "organisation " + o.id() + " listing " + i + " twice",
                    () -> Organization.builder().from(o).identifiers(ids));
            });
    }

    /** @return persons listing the same position twice */
    public static Arbitrary<InvalidVariant<Person>> duplicatePosition() {
        return Combinators.combine(EntityArbitraries.alone(EntityArbitraries.persons()),
                EntityArbitraries.positionDrafts().map(p -> p.apply(List.of(EntityId.of("dz-msprh")))))
            .as((p, pos) -> {
                List<Position> positions = new ArrayList<>(p.positions());
                if (!positions.contains(pos)) {
                    positions.add(pos);
                }
                positions.add(pos);
                return InvalidVariant.ofBuilder(Person.class, "person.duplicate-position",
                    "person " + p.id() + " holding the same position twice",
                    () -> Person.builder().from(p).positions(positions));
            });
    }
}

package org.uhcmodel.actor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.Identifier;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Place;

/**
 * An organisation that takes part in health coverage: a ministry, a fund, a mutual, a hospital,
 * a development agency, a multilateral body, a network, a news agency.
 * <p>
 * The parent organisation, such as the ministry a fund reports to, is referenced by id; a dataset checks
 * that it exists and that parents form no cycle ({@code dataset.organization-parent-cycle}).
 * <p>
 * Rules: {@code required} (id, name, kind), {@code not-blank} (acronym),
 * {@code organization.facility-profile-kind} (a facility profile on an organisation that is not a health facility),
 * {@code organization.own-parent} (the organisation is its own parent),
 * {@code organization.duplicate-identifier} (the same identifier twice; reported on the second); warnings:
 * {@code organization.multilateral-country} (a multilateral organisation with a country, such as a regional body
 * seated in one), {@code organization.place-country} (a place in another country than the organisation's, such as a
 * country office abroad).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Organization extends ModelObject implements Entity {

    private static final Shape<Organization> SHAPE = Shape.of(Organization.class, Organization::new, Builder::new)
        .entity(EntityKind.ORGANIZATION).checkedBy(Organization::check);
    private static final Prop<EntityId> ID = SHAPE.required("id", EntityId.class);
    private static final Prop<LocalizedText> NAME = SHAPE.required("name", LocalizedText.class);
    private static final Prop<String> ACRONYM = SHAPE.optional("acronym", String.class);
    private static final Prop<OrganizationKind> KIND = SHAPE.required("kind", OrganizationKind.class);
    private static final Prop<CountryCode> COUNTRY = SHAPE.optional("country", CountryCode.class);
    private static final Prop<EntityId> PARENT = SHAPE.optional("parent", EntityId.class)
        .refersTo(EntityKind.ORGANIZATION)
        .acyclic("dataset.organization-parent-cycle", "an organisation may not be its own ancestor");
    private static final Prop<Identifier> IDENTIFIERS = SHAPE.list("identifiers", Identifier.class);
    private static final Prop<Place> PLACE = SHAPE.optional("place", Place.class);
    private static final Prop<FacilityProfile> FACILITY = SHAPE.optional("facility", FacilityProfile.class);
    private static final Prop<Citation> CITATIONS = SHAPE.list("citations", Citation.class);

    private static final Rule MULTILATERAL_COUNTRY = SHAPE.warning("organization.multilateral-country",
        "a multilateral organisation usually belongs to no country", KIND);
    private static final Rule FACILITY_PROFILE_KIND = SHAPE.error("organization.facility-profile-kind",
        "only a health facility has a facility profile", KIND);
    private static final Rule OWN_PARENT = SHAPE.error("organization.own-parent",
        "an organisation cannot be its own parent", ID);
    private static final Rule PLACE_COUNTRY = SHAPE.warning("organization.place-country",
        "the place lies in another country than the organisation", COUNTRY);
    private static final Rule DUPLICATE_IDENTIFIER = SHAPE.error("organization.duplicate-identifier",
        "the same identifier is given twice");

    private Organization(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Creates a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the id, unique within a dataset.
     *
     * @return the id, such as {@code dz-cnas}, not null
     */
    @Override
    @NotNull
    public EntityId id() {
        return value(ID);
    }

    /**
     * Gets the name, in the languages the sources give it.
     *
     * @return the name, not null
     */
    @NotNull
    public LocalizedText name() {
        return value(NAME);
    }

    /**
     * Gets the acronym, as written by the organisation.
     *
     * @return the acronym, such as {@code CNAS}, empty if none
     */
    public Optional<@NotBlank String> acronym() {
        return optional(ACRONYM);
    }

    /**
     * Gets the kind of organisation.
     *
     * @return the kind, not null
     */
    @NotNull
    public OrganizationKind kind() {
        return value(KIND);
    }

    /**
     * Gets the country the organisation belongs to.
     *
     * @return the country, empty for a multilateral organisation or if not stated
     */
    public Optional<CountryCode> country() {
        return optional(COUNTRY);
    }

    /**
     * Gets the id of the organisation this one is part of or reports to.
     *
     * @return the parent's id, such as the ministry of a fund, empty if none
     */
    public Optional<EntityId> parent() {
        return optional(PARENT);
    }

    /**
     * Gets the identifiers of the organisation in external registries.
     *
     * @return the unmodifiable identifiers, each at most once, empty if none
     */
    public List<@NotNull Identifier> identifiers() {
        return list(IDENTIFIERS);
    }

    /**
     * Gets where the organisation is located.
     *
     * @return the place, empty if not stated
     */
    public Optional<Place> place() {
        return optional(PLACE);
    }

    /**
     * Gets the profile of a health facility.
     *
     * @return the profile, empty unless the kind is {@link OrganizationKind#HEALTH_FACILITY}
     */
    public Optional<FacilityProfile> facility() {
        return optional(FACILITY);
    }

    /**
     * Gets the citations of the sources this record is taken from.
     *
     * @return the unmodifiable citations, empty if none
     */
    @Override
    public List<@NotNull Citation> citations() {
        return list(CITATIONS);
    }

    /**
     * Gets the IATI organisation type of this organisation, the one of its kind.
     *
     * @return the IATI type, not null
     */
    public IatiOrganisationType iatiType() {
        return kind().iatiType();
    }

    private static void check(Organization organization, Checker checker) {
        OrganizationKind kind = organization.kind();
        Optional<CountryCode> country = organization.country();
        if (kind == OrganizationKind.MULTILATERAL && country.isPresent()) {
            checker.report(MULTILATERAL_COUNTRY, COUNTRY, country.get());
        }
        if (kind != null && kind != OrganizationKind.HEALTH_FACILITY && organization.facility().isPresent()) {
            checker.report(FACILITY_PROFILE_KIND, FACILITY, organization.facility().get());
        }
        if (organization.parent().isPresent() && organization.parent().get().equals(organization.id())) {
            checker.report(OWN_PARENT, PARENT, organization.parent().get());
        }
        if (organization.place().isPresent() && country.isPresent()) {
            CountryCode placeCountry = organization.place().get().country();
            if (!placeCountry.equals(country.get())) {
                checker.report(PLACE_COUNTRY, "place.country", placeCountry);
            }
        }
        List<Identifier> identifiers = organization.identifiers();
        if (identifiers.size() > 1) {
            Set<Identifier> seen = new HashSet<>();
            for (int i = 0; i < identifiers.size(); i++) {
                if (!seen.add(identifiers.get(i))) {
                    checker.report(DUPLICATE_IDENTIFIER, "identifiers[" + i + "]", identifiers.get(i));
                }
            }
        }
    }

    /**
     * Builds an {@link Organization}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Organization, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the id.
         *
         * @param id  the id, not null
         * @return this builder
         */
        public Builder id(EntityId id) {
            return set(ID, id);
        }

        /**
         * Sets the name.
         *
         * @param name  the name, not null
         * @return this builder
         */
        public Builder name(LocalizedText name) {
            return set(NAME, name);
        }

        /**
         * Sets the acronym.
         *
         * @param acronym  the acronym, not blank, not null
         * @return this builder
         */
        public Builder acronym(String acronym) {
            return set(ACRONYM, acronym);
        }

        /**
         * Sets the kind.
         *
         * @param kind  the kind, not null
         * @return this builder
         */
        public Builder kind(OrganizationKind kind) {
            return set(KIND, kind);
        }

        /**
         * Sets the country.
         *
         * @param country  the country, not null
         * @return this builder
         */
        public Builder country(CountryCode country) {
            return set(COUNTRY, country);
        }

        /**
         * Sets the parent organisation.
         *
         * @param parent  the parent's id, not null
         * @return this builder
         */
        public Builder parent(EntityId parent) {
            return set(PARENT, parent);
        }

        /**
         * Adds an identifier.
         *
         * @param identifier  the identifier, not null
         * @return this builder
         */
        public Builder addIdentifier(Identifier identifier) {
            return add(IDENTIFIERS, identifier);
        }

        /**
         * Adds identifiers, in order.
         *
         * @param identifiers  the identifiers, none null, not null
         * @return this builder
         */
        public Builder addAllIdentifiers(Iterable<? extends Identifier> identifiers) {
            return addAll(IDENTIFIERS, identifiers);
        }

        /**
         * Replaces the identifiers.
         *
         * @param identifiers  the identifiers, none null, not null
         * @return this builder
         */
        public Builder identifiers(Iterable<? extends Identifier> identifiers) {
            return setAll(IDENTIFIERS, identifiers);
        }

        /**
         * Sets the place.
         *
         * @param place  the place, not null
         * @return this builder
         */
        public Builder place(Place place) {
            return set(PLACE, place);
        }

        /**
         * Sets the profile of a health facility.
         *
         * @param facility  the profile, not null
         * @return this builder
         */
        public Builder facility(FacilityProfile facility) {
            return set(FACILITY, facility);
        }

        /**
         * Adds a citation.
         *
         * @param citation  the citation, not null
         * @return this builder
         */
        public Builder addCitation(Citation citation) {
            return add(CITATIONS, citation);
        }

        /**
         * Adds citations, in order.
         *
         * @param citations  the citations, none null, not null
         * @return this builder
         */
        public Builder addAllCitations(Iterable<? extends Citation> citations) {
            return addAll(CITATIONS, citations);
        }

        /**
         * Replaces the citations.
         *
         * @param citations  the citations, none null, not null
         * @return this builder
         */
        public Builder citations(Iterable<? extends Citation> citations) {
            return setAll(CITATIONS, citations);
        }
    }
}

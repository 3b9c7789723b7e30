package org.uhcmodel.actor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
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
 * The IATI organisation type the organisation is reported as is the one it states ({@link #iatiType()}), or else the
 * one its kind, country and a facility's ownership imply in the activity it takes part in
 * ({@link #reportedIatiType(Set, Set)}): a national NGO in a recipient country of the activity is a Partner Country
 * based NGO (24), elsewhere a National NGO (22); a facility is Other Public Sector (15) if public, an NGO if mutualist,
 * non-profit or faith-based, private sector if for profit; a private company is private sector in the aid recipient
 * country (72), in the provider country (71) or in a third country (73). Every type of the IATI codelist can be
 * stated.
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
    private static final Prop<IatiOrganisationType> IATI_TYPE = SHAPE.optional("iatiType", IatiOrganisationType.class);
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
     * Gets the IATI organisation type the organisation states, which overrides the one its kind implies.
     *
     * @return the stated type, such as {@link IatiOrganisationType#OTHER_PUBLIC_SECTOR} for a state news agency,
     *  empty if the type follows from the kind
     * @see #reportedIatiType(Set, Set)
     */
    public Optional<IatiOrganisationType> iatiType() {
        return optional(IATI_TYPE);
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
     * Gets the IATI organisation type the organisation is reported as when no activity is in view, as in an
     * organisation file: the one it states, or the one its kind, country and ownership imply whatever the activity.
     *
     * @return the type, empty where it depends on an activity (an NGO with a country) or on what the organisation
     *  does not say (a facility of unknown ownership, a news agency, public or private)
     */
    public Optional<IatiOrganisationType> reportedIatiType() {
        return reportedIatiType(Set.of(), Set.of());
    }

    /**
     * Gets the IATI organisation type the organisation is reported as in an activity: the one it states, or else the
     * one its kind implies given its country, a facility's ownership and the countries of the activity.
     * <ul>
     *   <li>government, ministry, development agency: Government (10); local government: Local Government (11);
     *     public agency, fund, programme management unit: Other Public Sector (15); multilateral: Multilateral (40);
     *     foundation: Foundation (60); academic: Academic, Training and Research (80);</li>
     *   <li>NGO, mutual, federation of mutuals, network, and a facility that is mutualist, non-profit or faith-based:
     *     Partner Country based NGO (24) if its country is a recipient country of the activity, National NGO (22) if
     *     it has another country and the activity has recipient countries; a network without a country is an
     *     International NGO (21);</li>
     *   <li>a public facility: Other Public Sector (15); a for-profit facility, a private company: Private Sector in
     *     Aid Recipient Country (72) if its country is a recipient country, in Provider Country (71) if it is the
     *     country of a funder, in Third Country (73) otherwise when both are known, else Private Sector (70);</li>
     *   <li>otherwise empty: a facility of unknown ownership, a news agency (public or private), an NGO whose place
     *     cannot be told; state the type then.</li>
     * </ul>
     *
     * @param recipientCountries  the recipient countries of the activity, empty if not known, not null
     * @param providerCountries  the countries of the organisations funding the activity, empty if not known, not null
     * @return the type, empty if neither stated nor implied
     * @throws NullPointerException if an argument is null
     */
    public Optional<IatiOrganisationType> reportedIatiType(Set<CountryCode> recipientCountries,
                                                           Set<CountryCode> providerCountries) {
        Objects.requireNonNull(recipientCountries, "recipientCountries");
        Objects.requireNonNull(providerCountries, "providerCountries");
        Optional<IatiOrganisationType> stated = iatiType();
        if (stated.isPresent()) {
            return stated;
        }
        CountryCode country = country().orElse(null);
        switch (kind()) {
            case GOVERNMENT:
            case MINISTRY:
            case DEVELOPMENT_AGENCY:
                return Optional.of(IatiOrganisationType.GOVERNMENT);
            case LOCAL_GOVERNMENT:
                return Optional.of(IatiOrganisationType.LOCAL_GOVERNMENT);
            case PUBLIC_AGENCY:
            case SOCIAL_SECURITY_FUND:
            case HEALTH_INSURANCE_FUND:
            case PROGRAMME_MANAGEMENT_UNIT:
                return Optional.of(IatiOrganisationType.OTHER_PUBLIC_SECTOR);
            case MULTILATERAL:
                return Optional.of(IatiOrganisationType.MULTILATERAL);
            case FOUNDATION:
                return Optional.of(IatiOrganisationType.FOUNDATION);
            case ACADEMIC:
                return Optional.of(IatiOrganisationType.ACADEMIC_TRAINING_AND_RESEARCH);
            case NETWORK:
                return country == null ? Optional.of(IatiOrganisationType.INTERNATIONAL_NGO)
                    : ngo(country, recipientCountries);
            case NGO:
            case MUTUAL_HEALTH_ORGANISATION:
            case FEDERATION_OF_MUTUALS:
                return ngo(country, recipientCountries);
            case PRIVATE_COMPANY:
                return Optional.of(privateSector(country, recipientCountries, providerCountries));
            case HEALTH_FACILITY:
                return facility(country, recipientCountries, providerCountries);
            default:
                return Optional.empty();
        }
    }

    private Optional<IatiOrganisationType> facility(CountryCode country, Set<CountryCode> recipientCountries,
                                                    Set<CountryCode> providerCountries) {
        FacilityOwnership ownership = facility().flatMap(FacilityProfile::ownership).orElse(null);
        if (ownership == null) {
            return Optional.empty();
        }
        switch (ownership) {
            case PUBLIC:
                return Optional.of(IatiOrganisationType.OTHER_PUBLIC_SECTOR);
            case PRIVATE_FOR_PROFIT:
                return Optional.of(privateSector(country, recipientCountries, providerCountries));
            default:
                return ngo(country, recipientCountries);
        }
    }

    private static Optional<IatiOrganisationType> ngo(CountryCode country, Set<CountryCode> recipientCountries) {
        if (country == null || recipientCountries.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(recipientCountries.contains(country) ? IatiOrganisationType.PARTNER_COUNTRY_BASED_NGO
            : IatiOrganisationType.NATIONAL_NGO);
    }

    private static IatiOrganisationType privateSector(CountryCode country, Set<CountryCode> recipientCountries,
                                                      Set<CountryCode> providerCountries) {
        if (country == null) {
            return IatiOrganisationType.PRIVATE_SECTOR;
        }
        if (recipientCountries.contains(country)) {
            return IatiOrganisationType.PRIVATE_SECTOR_IN_AID_RECIPIENT_COUNTRY;
        }
        if (providerCountries.contains(country)) {
            return IatiOrganisationType.PRIVATE_SECTOR_IN_PROVIDER_COUNTRY;
        }
        return recipientCountries.isEmpty() || providerCountries.isEmpty() ? IatiOrganisationType.PRIVATE_SECTOR
            : IatiOrganisationType.PRIVATE_SECTOR_IN_THIRD_COUNTRY;
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
         * Sets the IATI organisation type, overriding the one the kind implies.
         *
         * @param iatiType  the type, not null
         * @return this builder
         */
        public Builder iatiType(IatiOrganisationType iatiType) {
            return set(IATI_TYPE, iatiType);
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

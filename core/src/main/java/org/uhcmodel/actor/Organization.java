package org.uhcmodel.actor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.uhcmodel.internal.OrganizationRules;
import org.uhcmodel.internal.Rules;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.Identifier;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Place;

/**
 * An organisation that takes part in health coverage: a ministry, a fund, a mutual, a hospital,
 * a development agency, a multilateral body, a network, a news agency.
 * <p>
 * The parent organisation, such as the ministry a fund reports to, is referenced by id; a dataset checks
 * that it exists and that parents form no cycle.
 * <p>
 * Rules: {@code required} (id, name, kind), {@code not-blank} (an acronym given but blank),
 * {@code organization.multilateral-country} (a multilateral organisation has a country),
 * {@code organization.facility-profile-kind} (a facility profile on an organisation that is not a health facility),
 * {@code organization.own-parent} (the organisation is its own parent),
 * {@code organization.place-country} (the place lies in another country than the organisation),
 * {@code organization.duplicate-identifier} (the same identifier twice; reported on the second).
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@OrganizationRules
public abstract class Organization implements Entity {

    Organization() {
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
    public abstract EntityId id();

    /**
     * Gets the name, in the languages the sources give it.
     *
     * @return the name, not null
     */
    @NotNull
    public abstract LocalizedText name();

    /**
     * Gets the acronym, as written by the organisation.
     *
     * @return the acronym, such as {@code CNAS}, empty if none
     */
    public abstract Optional<@NotBlank String> acronym();

    /**
     * Gets the kind of organisation.
     *
     * @return the kind, not null
     */
    @NotNull
    public abstract OrganizationKind kind();

    /**
     * Gets the country the organisation belongs to.
     *
     * @return the country, empty for a multilateral organisation or if not stated
     */
    public abstract Optional<CountryCode> country();

    /**
     * Gets the id of the organisation this one is part of or reports to.
     *
     * @return the parent's id, such as the ministry of a fund, empty if none
     */
    public abstract Optional<EntityId> parent();

    /**
     * Gets the identifiers of the organisation in external registries.
     *
     * @return the unmodifiable identifiers, each at most once, empty if none
     */
    public abstract List<@NotNull Identifier> identifiers();

    /**
     * Gets where the organisation is located.
     *
     * @return the place, in the organisation's country, empty if not stated
     */
    public abstract Optional<Place> place();

    /**
     * Gets the profile of a health facility.
     *
     * @return the profile, empty unless the kind is {@link OrganizationKind#HEALTH_FACILITY}
     */
    public abstract Optional<FacilityProfile> facility();

    /**
     * Gets the citations of the sources this record is taken from.
     *
     * @return the unmodifiable citations, empty if none
     */
    @Override
    public abstract List<@NotNull Citation> citations();

    /**
     * Gets the IATI organisation type of this organisation, the one of its kind.
     *
     * @return the IATI type, not null
     */
    public IatiOrganisationType iatiType() {
        return kind().iatiType();
    }

    @Value.Check
    void check() {
        Rules.check(this, Organization.class);
    }

    /**
     * Builds an {@link Organization}: setters and adders refuse null, and {@code build()} checks every rule and throws one
     * {@link org.uhcmodel.validation.ModelViolationException} listing every violation. A builder is not thread-safe
     * and can be reused. Its generated methods follow {@linkplain org.uhcmodel.validation the builder contract},
     * whatever their own documentation says.
     */
    public static final class Builder extends ImmutableOrganization.Builder {
        Builder() {
        }
    }
}

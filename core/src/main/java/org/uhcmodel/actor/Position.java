package org.uhcmodel.actor;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.uhcmodel.internal.FactorySink;
import org.uhcmodel.internal.Rules;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Period;

/**
 * A position a {@link Person} holds or held: the kind of role, the title as the source gives it,
 * the organisation, and when.
 * <p>
 * A source that says a person held a post on a given day ("the minister, on 4 November 2024") gives a period
 * starting then: {@code Period.starting(PartialDate.of(2024, 11, 4))}.
 * <p>
 * Rules: {@code required} (role).
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Position {

    Position() {
    }

    /**
     * Obtains a position in an organisation, with no title or period.
     *
     * @param role  the kind of role, not null
     * @param organization  the id of the organisation, not null
     * @return the position, not null
     * @throws org.uhcmodel.validation.ModelViolationException listing every missing argument
     */
    public static Position of(RoleKind role, EntityId organization) {
        return new FactorySink(Position.class).require("organization", organization).build(() -> builder().role(role).organization(Optional.ofNullable(organization)).build());
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
     * Gets the kind of role.
     *
     * @return the role, not null
     */
    @NotNull
    public abstract RoleKind role();

    /**
     * Gets the title as the source gives it.
     *
     * @return the title, such as "ministre de la Santé", empty if the source gives none
     */
    public abstract Optional<LocalizedText> title();

    /**
     * Gets the id of the organisation the position is held in.
     *
     * @return the organisation's id, empty if the position belongs to none, such as a special envoy's
     */
    public abstract Optional<EntityId> organization();

    /**
     * Gets when the person held the position.
     *
     * @return the period, starting at the as-of date if the source gives only one, empty if not stated
     */
    public abstract Optional<Period> period();

    @Value.Check
    void check() {
        Rules.check(this, Position.class);
    }

    /**
     * Builds a {@link Position}: setters and adders refuse null, and {@code build()} checks every rule and throws one
     * {@link org.uhcmodel.validation.ModelViolationException} listing every violation. A builder is not thread-safe
     * and can be reused. Its generated methods follow {@linkplain org.uhcmodel.validation the builder contract},
     * whatever their own documentation says.
     */
    public static final class Builder extends ImmutablePosition.Builder {
        Builder() {
        }
    }
}

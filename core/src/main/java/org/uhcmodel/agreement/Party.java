package org.uhcmodel.agreement;

import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.uhcmodel.internal.Rules;
import org.uhcmodel.value.EntityId;

/**
 * A party to an {@link Agreement}: an organisation or a person, named by id, in a given role.
 * <p>
 * The same actor may be a party in more than one role, such as funder and signatory.
 * <p>
 * Rules: {@code required} (actor, role).
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Party {

    Party() {
    }

    /**
     * Obtains a party.
     *
     * @param actor  the id of the organisation or person, not null
     * @param role  the role, not null
     * @return the party, not null
     * @throws org.uhcmodel.validation.ModelViolationException if either argument is missing
     */
    public static Party of(EntityId actor, PartyRole role) {
        return builder().actor(actor).role(role).build();
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
     * Gets the organisation or person that is a party.
     *
     * @return the id of the actor, not null
     */
    @NotNull
    public abstract EntityId actor();

    /**
     * Gets the role the actor plays in the agreement.
     *
     * @return the role, not null
     */
    @NotNull
    public abstract PartyRole role();

    @Value.Check
    void check() {
        Rules.check(this, Party.class);
    }

    /**
     * Builds a {@link Party}: setters and adders refuse null, and {@code build()} checks every rule and throws one
     * {@link org.uhcmodel.validation.ModelViolationException} listing every violation. A builder is not thread-safe
     * and can be reused. Its generated methods follow {@linkplain org.uhcmodel.validation the builder contract},
     * whatever their own documentation says.
     */
    public static final class Builder extends ImmutableParty.Builder {
        Builder() {
        }
    }
}

package org.uhcmodel.agreement;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.uhcmodel.internal.Rules;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;

/**
 * A person who signs an {@link Agreement} on behalf of one of its parties.
 * <p>
 * The agreement checks that the party signed for is one of its own ({@code agreement.signatory-not-party}).
 * <p>
 * Rules: {@code required} (person, party).
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Signatory {

    Signatory() {
    }

    /**
     * Obtains a signatory without a stated capacity.
     *
     * @param person  the id of the person who signs, not null
     * @param party  the id of the actor signed for, not null
     * @return the signatory, not null
     * @throws org.uhcmodel.validation.ModelViolationException if either argument is missing
     */
    public static Signatory of(EntityId person, EntityId party) {
        return builder().person(person).party(party).build();
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
     * Gets the person who signs.
     *
     * @return the id of the person, not null
     */
    @NotNull
    public abstract EntityId person();

    /**
     * Gets the actor the person signs for, which must be a party of the agreement.
     *
     * @return the id of the actor, not null
     */
    @NotNull
    public abstract EntityId party();

    /**
     * Gets the capacity in which the person signs, as the source gives it, such as "Director General".
     *
     * @return the title, empty if the source gives none
     */
    public abstract Optional<LocalizedText> title();

    @Value.Check
    void check() {
        Rules.check(this, Signatory.class);
    }

    /**
     * Builds a {@link Signatory}: setters and adders refuse null, and {@code build()} checks every rule and throws one
     * {@link org.uhcmodel.validation.ModelViolationException} listing every violation. A builder is not thread-safe
     * and can be reused. Its generated methods follow {@linkplain org.uhcmodel.validation the builder contract},
     * whatever their own documentation says.
     */
    public static final class Builder extends ImmutableSignatory.Builder {
        Builder() {
        }
    }
}

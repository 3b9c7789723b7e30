package org.uhcmodel.agreement;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.uhcmodel.internal.Rules;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;

/**
 * What a party undertakes in an {@link Agreement}, such as training staff in paediatrics and neurosurgery.
 * <p>
 * The agreement checks that the party undertaking it is one of its own ({@code agreement.commitment-party-not-party}).
 * <p>
 * Rules: {@code required} (kind).
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Commitment {

    Commitment() {
    }

    /**
     * Obtains a commitment of the given kind, with nothing else stated.
     *
     * @param kind  what is undertaken, not null
     * @return the commitment, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the kind is missing
     */
    public static Commitment of(CommitmentKind kind) {
        return builder().kind(kind).build();
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
     * Gets what is undertaken.
     *
     * @return the kind, not null
     */
    @NotNull
    public abstract CommitmentKind kind();

    /**
     * Gets the party that undertakes the commitment.
     *
     * @return the id of the actor, empty if the parties undertake it together or the source does not say
     */
    public abstract Optional<EntityId> party();

    /**
     * Gets the commitment as the source words it.
     *
     * @return the description, empty if not given
     */
    public abstract Optional<LocalizedText> description();

    /**
     * Gets the fields the commitment covers.
     *
     * @return the unmodifiable areas, empty if not stated
     */
    public abstract Set<@NotNull CooperationArea> areas();

    @Value.Check
    void check() {
        Rules.check(this, Commitment.class);
    }

    /**
     * Builds a {@link Commitment}: setters and adders refuse null, and {@code build()} checks every rule and throws one
     * {@link org.uhcmodel.validation.ModelViolationException} listing every violation. A builder is not thread-safe
     * and can be reused. Its generated methods follow {@linkplain org.uhcmodel.validation the builder contract},
     * whatever their own documentation says.
     */
    public static final class Builder extends ImmutableCommitment.Builder {
        Builder() {
        }
    }
}

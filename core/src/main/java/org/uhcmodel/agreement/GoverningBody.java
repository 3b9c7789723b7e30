package org.uhcmodel.agreement;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.uhcmodel.internal.GoverningBodyRules;
import org.uhcmodel.internal.Rules;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;

/**
 * A body that steers cooperation: a joint commission, a steering committee or a working group,
 * with who sits on it, what it must produce and what set it up.
 * <p>
 * Members and the establishing agreement or event are named by id; a dataset checks that they resolve.
 * <p>
 * Rules:
 * <ul>
 * <li>{@code required} (id, name, kind);</li>
 * <li>{@code governing-body.duplicate-member} (the same member listed again), at {@code members[i]}.</li>
 * </ul>
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@GoverningBodyRules
public abstract class GoverningBody implements Entity {

    GoverningBody() {
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
     * @return the id, not null
     */
    @NotNull
    @Override
    public abstract EntityId id();

    /**
     * Gets the name, as given by the source or descriptive if it gives none.
     *
     * @return the name, not null
     */
    @NotNull
    public abstract LocalizedText name();

    /**
     * Gets the kind of body.
     *
     * @return the kind, not null
     */
    @NotNull
    public abstract BodyKind kind();

    /**
     * Gets the organisations and persons that sit on the body.
     *
     * @return the unmodifiable ids of the members, each once, empty if not stated
     */
    public abstract List<@NotNull EntityId> members();

    /**
     * Gets what the body must produce, such as a roadmap.
     *
     * @return the unmodifiable mandate, one text per task, empty if not stated
     */
    public abstract List<@NotNull LocalizedText> mandate();

    /**
     * Gets the agreement or event that set the body up.
     *
     * @return the id of the agreement or event, empty if not stated
     */
    public abstract Optional<EntityId> establishedBy();

    /**
     * Gets the citations of the sources this body is taken from.
     *
     * @return the unmodifiable citations, empty if none
     */
    @Override
    public abstract List<@NotNull Citation> citations();

    @Value.Check
    void check() {
        Rules.check(this, GoverningBody.class);
    }

    /**
     * Builds a {@link GoverningBody}: setters and adders refuse null, and {@code build()} checks every rule and throws one
     * {@link org.uhcmodel.validation.ModelViolationException} listing every violation. A builder is not thread-safe
     * and can be reused. Its generated methods follow {@linkplain org.uhcmodel.validation the builder contract},
     * whatever their own documentation says.
     */
    public static final class Builder extends ImmutableGoverningBody.Builder {
        Builder() {
        }
    }
}

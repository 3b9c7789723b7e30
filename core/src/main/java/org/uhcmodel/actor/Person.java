package org.uhcmodel.actor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.uhcmodel.internal.PersonRules;
import org.uhcmodel.internal.Rules;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;

/**
 * A person named by a source, such as a minister who signs an agreement, with the positions the person holds.
 * <p>
 * The name is kept as given, in its own script: "Fayçal Bentaleb", "عبد الحق سايحي", "Дмитрий Пиневич".
 * <p>
 * Rules: {@code required} (id), {@code not-blank} (name, missing or blank),
 * {@code person.duplicate-position} (the same position twice; reported on the second).
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@PersonRules
public abstract class Person implements Entity {

    Person() {
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
    @Override
    @NotNull
    public abstract EntityId id();

    /**
     * Gets the name as the source gives it.
     *
     * @return the name, such as {@code Fayçal Bentaleb}, not blank
     */
    @NotBlank
    public abstract String name();

    /**
     * Gets the honorific the source writes before the name.
     *
     * @return the honorific, empty if none
     */
    public abstract Optional<Honorific> honorific();

    /**
     * Gets the positions the person holds or held.
     *
     * @return the unmodifiable positions, each at most once, empty if none is stated
     */
    public abstract List<@NotNull Position> positions();

    /**
     * Gets the citations of the sources this record is taken from.
     *
     * @return the unmodifiable citations, empty if none
     */
    @Override
    public abstract List<@NotNull Citation> citations();

    /**
     * Gets the positions held in an organisation.
     *
     * @param organization  the id of the organisation, not null
     * @return the unmodifiable positions in that organisation, in order, empty if none
     */
    public List<Position> positionsAt(EntityId organization) {
        Optional<EntityId> wanted = Optional.of(Objects.requireNonNull(organization, "organization"));
        return positions().stream().filter(p -> p.organization().equals(wanted))
            .collect(Collectors.toUnmodifiableList());
    }

    @Value.Check
    void check() {
        Rules.check(this, Person.class);
    }

    /**
     * Builds a {@link Person}: setters and adders refuse null, and {@code build()} checks every rule and throws one
     * {@link org.uhcmodel.validation.ModelViolationException} listing every violation. A builder is not thread-safe
     * and can be reused. Its generated methods follow {@linkplain org.uhcmodel.validation the builder contract},
     * whatever their own documentation says.
     */
    public static final class Builder extends ImmutablePerson.Builder {
        Builder() {
        }
    }
}

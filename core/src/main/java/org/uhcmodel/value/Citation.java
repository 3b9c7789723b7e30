package org.uhcmodel.value;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.uhcmodel.internal.FactorySink;
import org.uhcmodel.internal.Rules;

/**
 * A reference to the source document a record is taken from, optionally to a place in it (a paragraph).
 * <p>
 * The source is named by id; a dataset checks that it exists.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Citation {

    Citation() {
    }

    /**
     * Obtains a citation of a whole source.
     *
     * @param source  the id of the source document, not null
     * @return the citation, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the source is missing
     */
    public static Citation of(EntityId source) {
        return builder().source(source).build();
    }

    /**
     * Obtains a citation of a place in a source.
     *
     * @param source  the id of the source document, not null
     * @param locator  where in the source, such as {@code paragraph 3}, not blank
     * @return the citation, not null
     * @throws org.uhcmodel.validation.ModelViolationException listing every broken rule: an argument is missing,
     *  or the locator is blank
     */
    public static Citation of(EntityId source, String locator) {
        return new FactorySink(Citation.class).require("locator", locator).build(() -> builder().source(source).locator(Optional.ofNullable(locator)).build());
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
     * Gets the id of the cited source document.
     *
     * @return the source id, not null
     */
    @NotNull
    public abstract EntityId source();

    /**
     * Gets where in the source the fact stands.
     *
     * @return the locator, such as {@code paragraph 3}, empty for the whole source
     */
    public abstract Optional<@NotBlank String> locator();

    @Value.Check
    void check() {
        Rules.check(this, Citation.class);
    }

    /**
     * Builds a {@link Citation}: setters and adders refuse null, and {@code build()} checks every rule and throws one
     * {@link org.uhcmodel.validation.ModelViolationException} listing every violation. A builder is not thread-safe
     * and can be reused. Its generated methods follow {@linkplain org.uhcmodel.validation the builder contract},
     * whatever their own documentation says.
     */
    public static final class Builder extends ImmutableCitation.Builder {
        Builder() {
        }
    }
}

package org.uhcmodel.scheme;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.uhcmodel.internal.CoverageSnapshotRules;
import org.uhcmodel.internal.Rules;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.ReportedDate;

/**
 * How many people a {@link CoverageScheme} enrols at a date, against the size of the population it targets.
 * <p>
 * Rules: {@code required} (date), {@code positive-or-zero} (enrolled, targetPopulation),
 * {@code coverage-snapshot.enrolled-exceeds-target} (more people enrolled than targeted; path {@code enrolled}),
 * {@code coverage-snapshot.empty} (neither figure is given; path empty).
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@CoverageSnapshotRules
public abstract class CoverageSnapshot {

    CoverageSnapshot() {
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
     * Gets the date the figures hold at.
     *
     * @return the date, not null
     */
    @NotNull
    public abstract ReportedDate date();

    /**
     * Gets the number of people enrolled.
     *
     * @return the number enrolled, zero or more, not above {@link #targetPopulation()}, empty if not stated
     */
    public abstract Optional<@PositiveOrZero Long> enrolled();

    /**
     * Gets the size of the population the scheme targets.
     *
     * @return the number of people targeted, zero or more, empty if not stated
     */
    public abstract Optional<@PositiveOrZero Long> targetPopulation();

    /**
     * Gets the sources of the figures.
     *
     * @return the unmodifiable citations, empty if the figures are cited by the scheme only
     */
    public abstract List<@NotNull Citation> citations();

    @Value.Check
    void check() {
        Rules.check(this, CoverageSnapshot.class);
    }

    /**
     * Builds a {@link CoverageSnapshot}: setters and adders refuse null, and {@code build()} checks every rule and throws one
     * {@link org.uhcmodel.validation.ModelViolationException} listing every violation. A builder is not thread-safe
     * and can be reused. Its generated methods follow {@linkplain org.uhcmodel.validation the builder contract},
     * whatever their own documentation says.
     */
    public static final class Builder extends ImmutableCoverageSnapshot.Builder {
        Builder() {
        }
    }
}

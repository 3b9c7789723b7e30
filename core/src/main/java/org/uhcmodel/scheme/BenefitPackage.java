package org.uhcmodel.scheme;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.uhcmodel.internal.BenefitPackageRules;
import org.uhcmodel.internal.Rules;

/**
 * The services a {@link CoverageScheme} covers, one {@link Benefit} per category of services.
 * <p>
 * Rules: {@code not-empty} (no benefit), {@code required} (a missing benefit),
 * {@code benefit-package.duplicate-category} (a category covered twice; path {@code benefits[i].category}
 * of the repetition).
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@BenefitPackageRules
public abstract class BenefitPackage {

    BenefitPackage() {
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
     * Gets the benefits, one per category of services.
     *
     * @return the unmodifiable benefits, at least one
     */
    @NotEmpty
    public abstract List<@NotNull Benefit> benefits();

    /**
     * Gets the benefit covering a category of services.
     *
     * @param category  the category, not null
     * @return the benefit, empty if the package does not cover the category
     */
    public Optional<Benefit> benefitFor(ServiceCategory category) {
        Objects.requireNonNull(category, "category");
        return benefits().stream().filter(b -> b.category() == category).findFirst();
    }

    @Value.Check
    void check() {
        Rules.check(this, BenefitPackage.class);
    }

    /**
     * Builds a {@link BenefitPackage}: setters and adders refuse null, and {@code build()} checks every rule and throws one
     * {@link org.uhcmodel.validation.ModelViolationException} listing every violation. A builder is not thread-safe
     * and can be reused. Its generated methods follow {@linkplain org.uhcmodel.validation the builder contract},
     * whatever their own documentation says.
     */
    public static final class Builder extends ImmutableBenefitPackage.Builder {
        Builder() {
        }
    }
}

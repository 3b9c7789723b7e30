package org.uhcmodel.scheme;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.uhcmodel.internal.BenefitRules;
import org.uhcmodel.internal.Rules;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.Percentage;

/**
 * The cover of one category of services in a {@link BenefitPackage}, with the cost sharing that applies:
 * the direct-cost dimension of the UHC cube.
 * <p>
 * Rules: {@code required} (category), {@code benefit.negative-waiting-period} (a waiting period with a negative
 * part; path {@code waitingPeriod}), {@code benefit.currency-mismatch} (the copayment and the ceiling are in
 * different currencies; path {@code ceiling}).
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@BenefitRules
public abstract class Benefit {

    Benefit() {
    }

    /**
     * Obtains a benefit covering a category with no cost sharing stated.
     *
     * @param category  the category of services, not null
     * @return the benefit, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the category is missing
     */
    public static Benefit of(ServiceCategory category) {
        return builder().category(category).build();
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
     * Gets the category of services covered.
     *
     * @return the category, not null
     */
    @NotNull
    public abstract ServiceCategory category();

    /**
     * Gets the co-insurance: the share of the cost the member pays, the scheme paying the rest.
     *
     * @return the share the member pays, such as 20, empty if not stated
     */
    public abstract Optional<Percentage> coinsurance();

    /**
     * Gets the copayment: the fixed amount the member pays for each service or visit.
     *
     * @return the copayment, empty if not stated
     */
    public abstract Optional<Money> copayment();

    /**
     * Gets the ceiling: the most the scheme pays for the category, per member and year unless the source says otherwise.
     *
     * @return the ceiling, empty if not stated
     */
    public abstract Optional<Money> ceiling();

    /**
     * Gets the waiting period: how long after joining a member waits before the category is covered.
     *
     * @return the waiting period, zero or more in each part, empty if not stated
     */
    public abstract Optional<java.time.Period> waitingPeriod();

    @Value.Check
    void check() {
        Rules.check(this, Benefit.class);
    }

    /**
     * Builds a {@link Benefit}: setters and adders refuse null, and {@code build()} checks every rule and throws one
     * {@link org.uhcmodel.validation.ModelViolationException} listing every violation. A builder is not thread-safe
     * and can be reused. Its generated methods follow {@linkplain org.uhcmodel.validation the builder contract},
     * whatever their own documentation says.
     */
    public static final class Builder extends ImmutableBenefit.Builder {
        Builder() {
        }
    }
}

package org.uhcmodel.scheme;

import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.uhcmodel.internal.Rules;
import org.uhcmodel.value.Percentage;

/**
 * The part of a contribution one kind of payer bears, such as the employer paying 60 percent.
 * <p>
 * Rules: {@code required} (payer, share).
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PayerShare {

    PayerShare() {
    }

    /**
     * Obtains a payer's share.
     *
     * @param payer  who pays, not null
     * @param share  the part of the contribution paid, not null
     * @return the share, not null
     * @throws org.uhcmodel.validation.ModelViolationException if an argument is missing
     */
    public static PayerShare of(PayerType payer, Percentage share) {
        return builder().payer(payer).share(share).build();
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
     * Gets who pays.
     *
     * @return the payer, not null
     */
    @NotNull
    public abstract PayerType payer();

    /**
     * Gets the part of the contribution this payer bears.
     *
     * @return the share, from 0 to 100, not null
     */
    @NotNull
    public abstract Percentage share();

    @Value.Check
    void check() {
        Rules.check(this, PayerShare.class);
    }

    /**
     * Builds a {@link PayerShare}: setters and adders refuse null, and {@code build()} checks every rule and throws one
     * {@link org.uhcmodel.validation.ModelViolationException} listing every violation. A builder is not thread-safe
     * and can be reused. Its generated methods follow {@linkplain org.uhcmodel.validation the builder contract},
     * whatever their own documentation says.
     */
    public static final class Builder extends ImmutablePayerShare.Builder {
        Builder() {
        }
    }
}

package org.uhcmodel.scheme;

import jakarta.validation.constraints.NotNull;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Percentage;

/**
 * A revenue a law sets aside for a scheme as a rate of a named base, such as 2.5 percent of the receipts of a
 * value-added tax, or a levy of 10 percent on tobacco duties.
 * <p>
 * Rules: {@code required} (rate, base).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Earmark extends ModelObject {

    private static final Shape<Earmark> SHAPE = Shape.of(Earmark.class, Earmark::new, Builder::new);
    private static final Prop<Percentage> RATE = SHAPE.required("rate", Percentage.class);
    private static final Prop<LocalizedText> BASE = SHAPE.required("base", LocalizedText.class);

    private Earmark(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains an earmark.
     *
     * @param rate  the rate, not null
     * @param base  what the rate applies to, not null
     * @return the earmark, not null
     * @throws NullPointerException if an argument is null, naming it
     */
    public static Earmark of(Percentage rate, LocalizedText base) {
        return SHAPE.make(RATE, rate, BASE, base);
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
     * Gets the rate set aside.
     *
     * @return the rate, such as 2.5, not null
     */
    @NotNull
    public Percentage rate() {
        return value(RATE);
    }

    /**
     * Gets what the rate applies to.
     *
     * @return the base, such as "recettes de la taxe sur la valeur ajoutée", not null
     */
    @NotNull
    public LocalizedText base() {
        return value(BASE);
    }

    /**
     * Builds a {@link Earmark}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Earmark, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the rate set aside.
         *
         * @param rate  the value, not null
         * @return this builder
         */
        public Builder rate(Percentage rate) {
            return set(RATE, rate);
        }

        /**
         * Sets what the rate applies to.
         *
         * @param base  the value, not null
         * @return this builder
         */
        public Builder base(LocalizedText base) {
            return set(BASE, base);
        }
    }
}

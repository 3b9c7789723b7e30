package org.uhcmodel.programme;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.value.Percentage;

/**
 * A region a programme benefits, from the OECD DAC list of regions, with the share of the programme that goes to it,
 * from the IATI element recipient-region (vocabulary 1).
 * <p>
 * Rules: {@code required} (region).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class RecipientRegion extends ModelObject {

    private static final Shape<RecipientRegion> SHAPE = Shape.of(RecipientRegion.class, RecipientRegion::new, Builder::new);
    private static final Prop<DacRegion> REGION = SHAPE.required("region", DacRegion.class);
    private static final Prop<Percentage> PERCENTAGE = SHAPE.optional("percentage", Percentage.class);

    private RecipientRegion(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a recipient region with no share stated.
     *
     * @param region  the region, not null
     * @return the recipient region, not null
     * @throws NullPointerException if the region is null
     */
    public static RecipientRegion of(DacRegion region) {
        return SHAPE.make(REGION, region);
    }

    /**
     * Obtains a recipient region with its share.
     *
     * @param region  the region, not null
     * @param percentage  the share of the programme, not null
     * @return the recipient region, not null
     * @throws NullPointerException if an argument is null
     */
    public static RecipientRegion of(DacRegion region, Percentage percentage) {
        return SHAPE.make(REGION, region, PERCENTAGE, percentage);
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
     * Gets the region.
     *
     * @return the region, not null
     */
    @NotNull
    public DacRegion region() {
        return value(REGION);
    }

    /**
     * Gets the share of the programme that goes to the region.
     *
     * @return the share, empty if not stated
     */
    public Optional<Percentage> percentage() {
        return optional(PERCENTAGE);
    }

    /**
     * Builds a {@link RecipientRegion}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<RecipientRegion, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the region.
         *
         * @param region  the value, not null
         * @return this builder
         */
        public Builder region(DacRegion region) {
            return set(REGION, region);
        }

        /**
         * Sets the share of the programme that goes to the region.
         *
         * @param percentage  the value, not null
         * @return this builder
         */
        public Builder percentage(Percentage percentage) {
            return set(PERCENTAGE, percentage);
        }
    }
}

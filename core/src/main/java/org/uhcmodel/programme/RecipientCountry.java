package org.uhcmodel.programme;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.Percentage;

/**
 * A country a programme benefits, with the share of the programme that goes to it, from the IATI element
 * recipient-country.
 * <p>
 * Rules: {@code required} (country).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class RecipientCountry extends ModelObject {

    private static final Shape<RecipientCountry> SHAPE = Shape.of(RecipientCountry.class, RecipientCountry::new, Builder::new);
    private static final Prop<CountryCode> COUNTRY = SHAPE.required("country", CountryCode.class);
    private static final Prop<Percentage> PERCENTAGE = SHAPE.optional("percentage", Percentage.class);

    private RecipientCountry(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a recipient country with no share stated.
     *
     * @param country  the country, not null
     * @return the recipient country, not null
     * @throws NullPointerException if the country is null
     */
    public static RecipientCountry of(CountryCode country) {
        return SHAPE.make(COUNTRY, country);
    }

    /**
     * Obtains a recipient country with its share.
     *
     * @param country  the country, not null
     * @param percentage  the share of the programme, not null
     * @return the recipient country, not null
     * @throws NullPointerException if an argument is null
     */
    public static RecipientCountry of(CountryCode country, Percentage percentage) {
        return SHAPE.make(COUNTRY, country, PERCENTAGE, percentage);
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
     * Gets the country.
     *
     * @return the country, not null
     */
    @NotNull
    public CountryCode country() {
        return value(COUNTRY);
    }

    /**
     * Gets the share of the programme that goes to the country.
     *
     * @return the share, empty if not stated
     */
    public Optional<Percentage> percentage() {
        return optional(PERCENTAGE);
    }

    /**
     * Builds a {@link RecipientCountry}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<RecipientCountry, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the country.
         *
         * @param country  the value, not null
         * @return this builder
         */
        public Builder country(CountryCode country) {
            return set(COUNTRY, country);
        }

        /**
         * Sets the share of the programme that goes to the country.
         *
         * @param percentage  the value, not null
         * @return this builder
         */
        public Builder percentage(Percentage percentage) {
            return set(PERCENTAGE, percentage);
        }
    }
}

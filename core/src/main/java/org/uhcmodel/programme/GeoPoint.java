package org.uhcmodel.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.BoundedDecimal;
import org.uhcmodel.validation.Rule;

/**
 * A point on the Earth, by latitude and longitude in decimal degrees of WGS 84 (EPSG:4326), as the IATI element
 * location/point gives it.
 * <p>
 * Rules: {@code required} (latitude, longitude), {@code geo-point.latitude-range} (a latitude outside -90..90),
 * {@code geo-point.longitude-range} (a longitude outside -180..180), {@code decimal.digits}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class GeoPoint extends ModelObject {

    private static final Shape<GeoPoint> SHAPE = Shape.of(GeoPoint.class, GeoPoint::new, Builder::new);
    private static final Prop<BigDecimal> LATITUDE = SHAPE.required("latitude", BigDecimal.class);
    private static final Prop<BigDecimal> LONGITUDE = SHAPE.required("longitude", BigDecimal.class);

    private static final Rule LATITUDE_RANGE = SHAPE.error("geo-point.latitude-range",
        "a latitude must be from -90 to 90 degrees");
    private static final Rule LONGITUDE_RANGE = SHAPE.error("geo-point.longitude-range",
        "a longitude must be from -180 to 180 degrees");

    private GeoPoint(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a point.
     *
     * @param latitude  the latitude in degrees, from -90 to 90, not null
     * @param longitude  the longitude in degrees, from -180 to 180, not null
     * @return the point, not null
     * @throws NullPointerException if an argument is null
     * @throws org.uhcmodel.validation.ModelViolationException if a coordinate is out of its range
     */
    public static GeoPoint of(BigDecimal latitude, BigDecimal longitude) {
        return SHAPE.make(LATITUDE, latitude, LONGITUDE, longitude);
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
     * Gets the latitude.
     *
     * @return the latitude in degrees, from -90 to 90, not null
     */
    @NotNull
    @BoundedDecimal
    @Min(value = -90, message = "{geo-point.latitude-range}")
    @Max(value = 90, message = "{geo-point.latitude-range}")
    public BigDecimal latitude() {
        return value(LATITUDE);
    }

    /**
     * Gets the longitude.
     *
     * @return the longitude in degrees, from -180 to 180, not null
     */
    @NotNull
    @BoundedDecimal
    @Min(value = -180, message = "{geo-point.longitude-range}")
    @Max(value = 180, message = "{geo-point.longitude-range}")
    public BigDecimal longitude() {
        return value(LONGITUDE);
    }

    /**
     * Builds a {@link GeoPoint}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<GeoPoint, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the latitude.
         *
         * @param latitude  the value, not null
         * @return this builder
         */
        public Builder latitude(BigDecimal latitude) {
            return set(LATITUDE, latitude);
        }

        /**
         * Sets the longitude.
         *
         * @param longitude  the value, not null
         * @return this builder
         */
        public Builder longitude(BigDecimal longitude) {
            return set(LONGITUDE, longitude);
        }
    }
}

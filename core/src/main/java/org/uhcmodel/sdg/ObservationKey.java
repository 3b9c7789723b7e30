package org.uhcmodel.sdg;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.uhcmodel.area.Area;
import org.uhcmodel.value.EntityId;

/**
 * The natural key of an {@link IndicatorObservation}: what the value is of (indicator and series), where (area and
 * sub-national area), when (period), for whom (the set of categories, in any order) and from which release. A dataset
 * holds at most one observation of a key.
 * <p>
 * The release is part of the key because publishers re-estimate whole series at each release: the UHC service
 * coverage index of Austria for 2015 is 79 in WHO's release of 2019 and 84 in the UN's of 2023, and both are true of
 * their release. Observations without a release share one.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ObservationKey {

    private final IndicatorCode indicator;
    private final SeriesCode series;
    private final Area area;
    private final EntityId subnationalArea;
    private final ReferencePeriod period;
    private final Set<Disaggregation> dimensions;
    private final String release;

    ObservationKey(IndicatorCode indicator, Optional<SeriesCode> series, Area area, Optional<EntityId> subnationalArea,
                   ReferencePeriod period, Set<Disaggregation> dimensions, Optional<String> release) {
        this.indicator = indicator;
        this.series = series.orElse(null);
        this.area = area;
        this.subnationalArea = subnationalArea.orElse(null);
        this.period = period;
        this.dimensions = dimensions;
        this.release = release.orElse(null);
    }

    /**
     * Gets the indicator.
     *
     * @return the code of the indicator, not null
     */
    public IndicatorCode indicator() {
        return indicator;
    }

    /**
     * Gets the series.
     *
     * @return the code of the series, empty if not stated
     */
    public Optional<SeriesCode> series() {
        return Optional.ofNullable(series);
    }

    /**
     * Gets the area.
     *
     * @return the area, not null
     */
    public Area area() {
        return area;
    }

    /**
     * Gets the sub-national area.
     *
     * @return the id of the sub-national area, empty for the whole area
     */
    public Optional<EntityId> subnationalArea() {
        return Optional.ofNullable(subnationalArea);
    }

    /**
     * Gets the period.
     *
     * @return the period, not null
     */
    public ReferencePeriod period() {
        return period;
    }

    /**
     * Gets the categories.
     *
     * @return the unmodifiable set of categories, empty for the whole population
     */
    public Set<Disaggregation> dimensions() {
        return dimensions;
    }

    /**
     * Gets the release.
     *
     * @return the release, empty if not stated
     */
    public Optional<String> release() {
        return Optional.ofNullable(release);
    }

    /**
     * Checks if this key equals another: the same indicator, series, area, sub-national area, period, set of
     * categories and release.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof ObservationKey)) {
            return false;
        }
        ObservationKey other = (ObservationKey) obj;
        return indicator.equals(other.indicator) && Objects.equals(series, other.series) && area.equals(other.area)
            && Objects.equals(subnationalArea, other.subnationalArea) && period.equals(other.period)
            && dimensions.equals(other.dimensions) && Objects.equals(release, other.release);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(indicator, series, area, subnationalArea, period, dimensions, release);
    }

    /**
     * Outputs the key, such as {@code 3.8.2 SH_OOP_XPD_EARNNET40 AF 2016 location=rural}.
     *
     * @return the readable form, not null
     */
    @Override
    public String toString() {
        StringBuilder buf = new StringBuilder(indicator.toString());
        if (series != null) {
            buf.append(' ').append(series);
        }
        buf.append(' ').append(area);
        if (subnationalArea != null) {
            buf.append('/').append(subnationalArea);
        }
        buf.append(' ').append(period);
        for (Disaggregation one : dimensions) {
            buf.append(' ').append(one.dimension()).append('=').append(one.category());
        }
        if (release != null) {
            buf.append(" release ").append(release);
        }
        return buf.toString();
    }
}

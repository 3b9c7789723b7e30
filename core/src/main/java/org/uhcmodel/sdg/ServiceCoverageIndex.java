package org.uhcmodel.sdg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.uhcmodel.area.Area;
import org.uhcmodel.value.EntityId;

/**
 * The UHC service coverage index (indicator 3.8.1) computed from the values of its tracers, following one edition of
 * WHO's method ({@link ServiceCoverageEdition}): each tracer put on a scale from 0 to 100, the geometric mean of the
 * tracers of each {@linkplain TracerCategory category}, then the geometric mean of the four category indices.
 * <p>
 * Properties that follow from the method: the index and every category index lie from 1 to 100 when every score does
 * (from 2023 every score does; before, only a glucose below 5.1 mmol/L scores above 100); raising one tracer's score
 * never lowers the index; the index equals a common score when every tracer has that score. WHO publishes the index as
 * a whole number, which {@link #rounded()} gives (half up), and the category indices as fractions of one with five
 * decimals.
 * <p>
 * What the computation does not do: it does not fill missing tracers (WHO interpolates, carries the last value forward
 * and imputes from regional medians or regressions before computing), and it computes no regional aggregate (WHO
 * weights country indices by population). Every tracer of the edition must be given, but for insecticide-treated nets,
 * which counts only where malaria burden is high; the health workforce tracer is given as a score or as the densities
 * of its three {@linkplain HealthWorkforceCadre cadres}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ServiceCoverageIndex {

    private static final int SCALE = 10;

    private final ServiceCoverageEdition edition;
    private final Map<Tracer, BigDecimal> tracers;
    private final Map<HealthWorkforceCadre, BigDecimal> cadres;
    private final Map<Tracer, BigDecimal> scores;
    private final Map<TracerCategory, BigDecimal> categories;
    private final BigDecimal value;

    private ServiceCoverageIndex(ServiceCoverageEdition edition, Map<Tracer, BigDecimal> tracers,
                                 Map<HealthWorkforceCadre, BigDecimal> cadres, Map<Tracer, BigDecimal> scores,
                                 Map<TracerCategory, BigDecimal> categories, BigDecimal value) {
        this.edition = edition;
        this.tracers = Collections.unmodifiableMap(tracers);
        this.cadres = Collections.unmodifiableMap(cadres);
        this.scores = Collections.unmodifiableMap(scores);
        this.categories = Collections.unmodifiableMap(categories);
        this.value = value;
    }

    /**
     * Computes the index from the values of its tracers.
     *
     * @param edition  the edition of the method, not null
     * @param tracers  the value of each tracer of the edition, in the tracer's unit, zero or more; insecticide-treated
     *  nets only where malaria burden is high; the health workforce as a score only if {@code cadres} is empty, not
     *  null
     * @param cadres  the densities of the three health workforce cadres, or empty if the workforce score is given,
     *  not null
     * @return the index, not null
     * @throws IllegalArgumentException naming every problem: a tracer of the edition missing, a tracer of another
     *  edition, a negative value, a workforce given both ways or neither, a cadre missing
     */
    public static ServiceCoverageIndex compute(ServiceCoverageEdition edition, Map<Tracer, BigDecimal> tracers,
                                               Map<HealthWorkforceCadre, BigDecimal> cadres) {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(tracers, "tracers");
        Objects.requireNonNull(cadres, "cadres");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Tracer, BigDecimal> entry : tracers.entrySet()) {
            Tracer tracer = Objects.requireNonNull(entry.getKey(), "tracer");
            if (!edition.tracers().contains(tracer)) {
                problems.add(tracer.code() + " is not a tracer of the " + edition.code() + " edition");
            }
            if (Objects.requireNonNull(entry.getValue(), tracer.code()).signum() < 0) {
                problems.add(tracer.code() + " is negative: " + entry.getValue().toPlainString());
            }
        }
        for (Tracer tracer : edition.tracers()) {
            boolean optional = tracer == Tracer.INSECTICIDE_TREATED_NETS
                || tracer == Tracer.HEALTH_WORKFORCE && !cadres.isEmpty();
            if (!tracers.containsKey(tracer) && !optional) {
                problems.add(tracer.code() + " is missing");
            }
        }
        if (!cadres.isEmpty()) {
            if (tracers.containsKey(Tracer.HEALTH_WORKFORCE)) {
                problems.add("health-workforce is given both as a score and as the densities of its cadres");
            }
            for (HealthWorkforceCadre cadre : HealthWorkforceCadre.values()) {
                BigDecimal density = cadres.get(cadre);
                if (density == null) {
                    problems.add(cadre.code() + " is missing");
                } else if (density.signum() < 0) {
                    problems.add(cadre.code() + " is negative: " + density.toPlainString());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The " + edition.code() + " service coverage index cannot be computed: "
                + String.join("; ", problems));
        }
        Map<Tracer, Double> scored = new EnumMap<>(Tracer.class);
        for (Map.Entry<Tracer, BigDecimal> entry : tracers.entrySet()) {
            scored.put(entry.getKey(), edition.score(entry.getKey(), entry.getValue().doubleValue()));
        }
        if (!cadres.isEmpty()) {
            double logSum = 0;
            for (HealthWorkforceCadre cadre : HealthWorkforceCadre.values()) {
                logSum += Math.log(atLeastOne(edition.score(cadre, cadres.get(cadre).doubleValue())));
            }
            scored.put(Tracer.HEALTH_WORKFORCE, Math.exp(logSum / HealthWorkforceCadre.values().length));
        }
        Map<TracerCategory, Double> means = new EnumMap<>(TracerCategory.class);
        for (TracerCategory category : TracerCategory.values()) {
            double logSum = 0;
            int count = 0;
            for (Tracer tracer : edition.tracers()) {
                Double score = scored.get(tracer);
                if (tracer.category() == category && score != null) {
                    logSum += Math.log(atLeastOne(score));
                    count++;
                }
            }
            means.put(category, Math.exp(logSum / count));
        }
        Map<Tracer, BigDecimal> scores = new EnumMap<>(Tracer.class);
        for (Map.Entry<Tracer, Double> entry : scored.entrySet()) {
            scores.put(entry.getKey(), decimal(atLeastOne(entry.getValue())));
        }
        Map<TracerCategory, BigDecimal> categories = new EnumMap<>(TracerCategory.class);
        for (Map.Entry<TracerCategory, Double> entry : means.entrySet()) {
            categories.put(entry.getKey(), decimal(entry.getValue()));
        }
        Map<Tracer, BigDecimal> givenTracers = new EnumMap<>(Tracer.class);
        givenTracers.putAll(tracers);
        Map<HealthWorkforceCadre, BigDecimal> givenCadres = new EnumMap<>(HealthWorkforceCadre.class);
        givenCadres.putAll(cadres);
        return new ServiceCoverageIndex(edition, givenTracers, givenCadres, scores, categories, index(means));
    }

    /**
     * Computes the index from observations of the tracers of one area and period: the observations of the built-in
     * tracer and cadre indicators ({@code 3.8.1/family-planning} and the like).
     *
     * @param edition  the edition of the method, not null
     * @param observations  one observation of each tracer the edition needs, of one area, sub-national area, period
     *  and set of categories, not null
     * @return the index, not null
     * @throws IllegalArgumentException naming every problem: an observation of another indicator, of another area,
     *  period or breakdown, two observations of one tracer, and those of
     *  {@link #compute(ServiceCoverageEdition, Map, Map)}
     */
    public static ServiceCoverageIndex fromObservations(ServiceCoverageEdition edition,
                                                        Collection<IndicatorObservation> observations) {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(observations, "observations");
        Map<Tracer, BigDecimal> tracers = new EnumMap<>(Tracer.class);
        Map<HealthWorkforceCadre, BigDecimal> cadres = new EnumMap<>(HealthWorkforceCadre.class);
        List<String> problems = new ArrayList<>();
        IndicatorObservation first = null;
        for (IndicatorObservation observation : observations) {
            Objects.requireNonNull(observation, "observation");
            if (first == null) {
                first = observation;
            } else if (!sameUnit(first, observation)) {
                problems.add(observation.key() + " is not of the area, period and breakdown of " + first.key());
            }
            Optional<Tracer> tracer = Tracer.fromIndicatorCode(observation.indicator());
            Optional<HealthWorkforceCadre> cadre = HealthWorkforceCadre.fromIndicatorCode(observation.indicator());
            if (tracer.isPresent()) {
                if (tracers.put(tracer.get(), observation.value()) != null) {
                    problems.add("two observations of " + tracer.get().code());
                }
            } else if (cadre.isPresent()) {
                if (cadres.put(cadre.get(), observation.value()) != null) {
                    problems.add("two observations of " + cadre.get().code());
                }
            } else {
                problems.add(observation.indicator() + " is not a tracer of the service coverage index");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The " + edition.code() + " service coverage index cannot be computed: "
                + String.join("; ", problems));
        }
        return compute(edition, tracers, cadres);
    }

    private static boolean sameUnit(IndicatorObservation a, IndicatorObservation b) {
        Area area = a.area();
        Optional<EntityId> subnational = a.subnationalArea();
        return area.equals(b.area()) && subnational.equals(b.subnationalArea()) && a.period().equals(b.period())
            && a.dimensions().equals(b.dimensions());
    }

    /**
     * Computes the index from the four category indices, the last step of the method: how WHO's published index
     * follows from its published category indices.
     *
     * @param edition  the edition of the method the category indices follow, not null
     * @param categoryIndices  the index of each of the four categories, on the scale from 0 to 100, above zero, not
     *  null
     * @return the index, without tracer scores, not null
     * @throws IllegalArgumentException if a category is missing or its index is not above zero
     */
    public static ServiceCoverageIndex fromCategoryIndices(ServiceCoverageEdition edition,
                                                           Map<TracerCategory, BigDecimal> categoryIndices) {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(categoryIndices, "categoryIndices");
        Map<TracerCategory, Double> means = new EnumMap<>(TracerCategory.class);
        List<String> problems = new ArrayList<>();
        for (TracerCategory category : TracerCategory.values()) {
            BigDecimal index = categoryIndices.get(category);
            if (index == null || index.signum() <= 0) {
                problems.add(category.code() + (index == null ? " is missing" : " is not above zero"));
            } else {
                means.put(category, index.doubleValue());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The service coverage index cannot be computed: "
                + String.join("; ", problems));
        }
        Map<TracerCategory, BigDecimal> categories = new EnumMap<>(TracerCategory.class);
        for (TracerCategory category : TracerCategory.values()) {
            categories.put(category, categoryIndices.get(category));
        }
        return new ServiceCoverageIndex(edition, new EnumMap<>(Tracer.class),
            new EnumMap<>(HealthWorkforceCadre.class), new EnumMap<>(Tracer.class), categories, index(means));
    }

    private static BigDecimal index(Map<TracerCategory, Double> means) {
        double logSum = 0;
        for (double mean : means.values()) {
            logSum += Math.log(mean);
        }
        return decimal(Math.exp(logSum / means.size()));
    }

    private static double atLeastOne(double score) {
        return score < 1 ? 1 : score;
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /**
     * Gets the edition of the method followed.
     *
     * @return the edition, not null
     */
    public ServiceCoverageEdition edition() {
        return edition;
    }

    /**
     * Gets the values of the tracers the index was computed from, as given.
     *
     * @return the unmodifiable values, by tracer, in the tracers' units, empty for an index computed from category
     *  indices
     */
    public Map<Tracer, BigDecimal> tracerValues() {
        return tracers;
    }

    /**
     * Gets the densities of the health workforce cadres the index was computed from, as given.
     *
     * @return the unmodifiable densities, by cadre, empty if the workforce score was given or the index was computed
     *  from category indices
     */
    public Map<HealthWorkforceCadre, BigDecimal> cadreDensities() {
        return cadres;
    }

    /**
     * Gets the score of each tracer on the index's scale, a score below 1 counted as 1.
     *
     * @return the unmodifiable scores, by tracer, empty for an index computed from category indices
     */
    public Map<Tracer, BigDecimal> scores() {
        return scores;
    }

    /**
     * Gets the index of a category: the geometric mean of the scores of its tracers, or the index given.
     *
     * @param category  the category, not null
     * @return the index, on the scale from 0 to 100, to 10 decimals when computed, as given otherwise, not null
     */
    public BigDecimal categoryIndex(TracerCategory category) {
        return categories.get(Objects.requireNonNull(category, "category"));
    }

    /**
     * Gets the index of every category.
     *
     * @return the unmodifiable indices, by category, all four, not null
     */
    public Map<TracerCategory, BigDecimal> categoryIndices() {
        return categories;
    }

    /**
     * Gets the index: the geometric mean of the four category indices.
     *
     * @return the index, from 0 to 100, to 10 decimals, not null
     */
    public BigDecimal value() {
        return value;
    }

    /**
     * Gets the index as WHO publishes it: a whole number, rounded half up.
     *
     * @return the index, a whole number from 0 to 100, not null
     */
    public BigDecimal rounded() {
        return value.setScale(0, RoundingMode.HALF_UP);
    }

    /**
     * Checks if this index equals another: of the same edition, computed from the same values, compared by value
     * ({@code 70.0} as {@code 70}), or, for an index computed from category indices, from the same indices.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof ServiceCoverageIndex)) {
            return false;
        }
        ServiceCoverageIndex other = (ServiceCoverageIndex) obj;
        return edition == other.edition && same(tracers, other.tracers) && same(cadres, other.cadres)
            && same(categories, other.categories);
    }

    private static boolean same(Map<?, BigDecimal> a, Map<?, BigDecimal> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<?, BigDecimal> entry : a.entrySet()) {
            if (entry.getValue().compareTo(b.get(entry.getKey())) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(edition, hash(tracers), hash(cadres), hash(categories));
    }

    private static int hash(Map<?, BigDecimal> values) {
        int hash = 0;
        for (Map.Entry<?, BigDecimal> entry : values.entrySet()) {
            hash += entry.getKey().hashCode() ^ entry.getValue().stripTrailingZeros().hashCode();
        }
        return hash;
    }

    /**
     * Outputs the edition and the index, such as {@code ServiceCoverageIndex{2019, 79.4138}}.
     *
     * @return the readable form, not null
     */
    @Override
    public String toString() {
        return "ServiceCoverageIndex{" + edition.code() + ", " + value.toPlainString() + "}";
    }
}

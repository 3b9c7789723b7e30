package org.uhcmodel.testing.internal;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.uhcmodel.meta.ModelBuilder;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.meta.Property;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.sdg.SdgIndicator;
import org.uhcmodel.sdg.SpendingThreshold;
import org.uhcmodel.testing.InvalidVariant;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.Place;

/**
 * Invalid variants of indicator observations and targets, behind {@link org.uhcmodel.testing.Sdg}. The bounds of
 * their years are those the model gives the properties.
 */
public final class SdgVariants {

    private static final ModelType<IndicatorObservation> OBSERVATION = ModelTypes.of(IndicatorObservation.class);
    private static final ModelType<IndicatorTarget> TARGET = ModelTypes.of(IndicatorTarget.class);

    private SdgVariants() {
    }

    static void register(Catalogue.Registry r) {
        r.add("indicator-observation.year-range", IndicatorObservation.class, SdgVariants::observationYearOutOfRange);
        r.add("indicator-observation.threshold-required", IndicatorObservation.class,
            () -> withoutThreshold(OBSERVATION, "indicator-observation"));
        r.add("indicator-observation.threshold-not-applicable", IndicatorObservation.class,
            () -> thresholdNotApplicable(OBSERVATION, "indicator-observation"));
        r.add("indicator-observation.value-range", IndicatorObservation.class,
            () -> valueOutOfRange(OBSERVATION, "indicator-observation", "value"));
        r.add("indicator-observation.place-country", IndicatorObservation.class,
            () -> placeInOtherCountry(OBSERVATION, "indicator-observation"));
        r.add("indicator-target.year-range", IndicatorTarget.class, SdgVariants::targetYearOutOfRange);
        r.add("indicator-target.threshold-required", IndicatorTarget.class,
            () -> withoutThreshold(TARGET, "indicator-target"));
        r.add("indicator-target.threshold-not-applicable", IndicatorTarget.class,
            () -> thresholdNotApplicable(TARGET, "indicator-target"));
        r.add("indicator-target.value-range", IndicatorTarget.class,
            () -> valueOutOfRange(TARGET, "indicator-target", "targetValue"));
        r.add("indicator-target.place-country", IndicatorTarget.class,
            () -> placeInOtherCountry(TARGET, "indicator-target"));
        r.add("indicator-target.baseline-incomplete", IndicatorTarget.class, SdgVariants::baselineIncomplete);
        r.add("indicator-target.target-before-baseline", IndicatorTarget.class, SdgVariants::targetBeforeBaseline);
        r.add("indicator-target.target-against-direction", IndicatorTarget.class, SdgVariants::targetAgainstDirection);
    }

    static Arbitrary<IndicatorObservation> observations() {
        return EntityArbitraries.alone(EntityArbitraries.observations());
    }

    static Arbitrary<IndicatorTarget> targets() {
        return EntityArbitraries.alone(EntityArbitraries.targets());
    }

    @SuppressWarnings("unchecked")
    private static <T> Arbitrary<T> entities(ModelType<T> type) {
        return type == OBSERVATION ? (Arbitrary<T>) observations() : (Arbitrary<T>) targets();
    }

    /** @return years outside the bounds the model gives a year property, each side equally likely */
    private static Arbitrary<Integer> yearsOutside(Property<?> year) {
        int least = Years.least(year);
        int greatest = Years.greatest(year);
        return Arbitraries.oneOf(Arbitraries.integers().between(least - 2000, least - 1),
            Arbitraries.integers().between(greatest + 1, greatest + 8000));
    }

    /** A builder of a copy of a value, some properties left out and one set. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> ModelBuilder<T> with(ModelType<T> type, T value, String name, Object replacement,
                                            String... without) {
        java.util.List<String> left = java.util.List.of(without);
        ModelBuilder<T> b = Meta.copy(type, value, p -> !p.name().equals(name) && !left.contains(p.name()));
        if (replacement != null) {
            b.set((Property) Meta.property(type.javaType(), name), replacement);
        }
        return b;
    }

    /** @return observations of a year outside the bounds of the property */
    public static Arbitrary<InvalidVariant<IndicatorObservation>> observationYearOutOfRange() {
        return Combinators.combine(observations(), yearsOutside(Meta.property(IndicatorObservation.class, "year")))
            .as((o, y) -> InvalidVariant.ofBuilder(IndicatorObservation.class, "indicator-observation.year-range",
                "observation " + o.id() + " of " + y, () -> with(OBSERVATION, o, "year", y)));
    }

    private static String id(Object entity) {
        return ((Entity) entity).id().value();
    }

    private static SdgIndicator indicator(Object entity) {
        return entity instanceof IndicatorObservation ? ((IndicatorObservation) entity).indicator()
            : ((IndicatorTarget) entity).indicator();
    }

    /**
     * @param <T>  observation or target
     * @param type  the type
     * @param prefix  the prefix of the rules of the type
     * @return observations or targets of an indicator that needs a spending threshold, without one
     */
    static <T> Arbitrary<InvalidVariant<T>> withoutThreshold(ModelType<T> type, String prefix) {
        return entities(type).filter(e -> indicator(e).requiresThreshold()).map(e -> InvalidVariant.ofBuilder(
            type.javaType(), prefix + ".threshold-required", id(e) + " without threshold",
            () -> with(type, e, "threshold", null)));
    }

    /**
     * @param <T>  observation or target
     * @param type  the type
     * @param prefix  the prefix of the rules of the type
     * @return observations or targets of an indicator that takes no spending threshold, with one
     */
    static <T> Arbitrary<InvalidVariant<T>> thresholdNotApplicable(ModelType<T> type, String prefix) {
        return Combinators.combine(entities(type).filter(e -> !indicator(e).requiresThreshold()),
                Arbitraries.of(SpendingThreshold.class))
            .as((e, t) -> InvalidVariant.ofBuilder(type.javaType(), prefix + ".threshold-not-applicable",
                id(e) + " at threshold " + t.code(), () -> with(type, e, "threshold", t)));
    }

    /**
     * @param <T>  observation or target
     * @param type  the type
     * @param prefix  the prefix of the rules of the type
     * @param property  the value property
     * @return observations or targets of a value outside the indicator's range, targets without baseline
     */
    static <T> Arbitrary<InvalidVariant<T>> valueOutOfRange(ModelType<T> type, String prefix, String property) {
        Arbitrary<BigDecimal> outside = Arbitraries.oneOf(
            Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("-0.1")).ofScale(1),
            Arbitraries.bigDecimals().between(new BigDecimal("100.1"), new BigDecimal("10000")).ofScale(1));
        return Combinators.combine(entities(type), outside).as((e, v) -> InvalidVariant.ofBuilder(type.javaType(),
            prefix + ".value-range", id(e) + " of " + v.toPlainString(),
            () -> with(type, e, property, v, "baselineYear", "baselineValue")));
    }

    /**
     * @param <T>  observation or target
     * @param type  the type
     * @param prefix  the prefix of the rules of the type
     * @return observations or targets placed outside their country
     */
    static <T> Arbitrary<InvalidVariant<T>> placeInOtherCountry(ModelType<T> type, String prefix) {
        return Combinators.combine(entities(type), ValueArbitraries.places()).as((e, p) -> {
            CountryCode country = (CountryCode) Meta.property(type.javaType(), "country").get(e);
            Place place = p.country().equals(country)
                ? ValueArbitraries.inCountry(p, CountryCode.of(country.code().equals("DZ") ? "FR" : "DZ")) : p;
            return InvalidVariant.ofBuilder(type.javaType(), prefix + ".place-country",
                id(e) + " of " + country + " placed in " + place.country(), () -> with(type, e, "place", place));
        });
    }

    /** @return targets whose target year lies outside the bounds of the property, without baseline */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> targetYearOutOfRange() {
        return Combinators.combine(targets(), yearsOutside(Meta.property(IndicatorTarget.class, "targetYear")))
            .as((t, y) -> InvalidVariant.ofBuilder(IndicatorTarget.class, "indicator-target.year-range",
                "target " + t.id() + " for " + y, () -> with(TARGET, t, "targetYear", y, "baselineYear",
                    "baselineValue")));
    }

    /** @return targets with a baseline year but no baseline value, or the other way round */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> baselineIncomplete() {
        int first = Years.least(Meta.property(IndicatorTarget.class, "baselineYear"));
        return Combinators.combine(targets(), Arbitraries.of(true, false)).as((t, yearOnly) -> InvalidVariant
            .ofBuilder(IndicatorTarget.class, "indicator-target.baseline-incomplete", "target " + t.id()
                + " with a baseline " + (yearOnly ? "year" : "value") + " only", () -> yearOnly
                ? with(TARGET, t, "baselineYear", first, "baselineValue", "targetYear")
                    .set(prop("targetYear"), Math.max(first + 1, t.targetYear()))
                : with(TARGET, t, "baselineValue", t.targetValue(), "baselineYear")));
    }

    @SuppressWarnings("unchecked")
    private static <V> Property<V> prop(String name) {
        return (Property<V>) Meta.property(IndicatorTarget.class, name);
    }

    /** @return targets whose target year does not come after the baseline year */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> targetBeforeBaseline() {
        int last = Years.greatest(Meta.property(IndicatorTarget.class, "baselineYear"));
        return Combinators.combine(targets(), Arbitraries.integers().between(0, 50)).as((t, back) -> {
            int baseYear = t.targetYear() + Math.min(back, last - t.targetYear());
            return InvalidVariant.ofBuilder(IndicatorTarget.class, "indicator-target.target-before-baseline",
                "target " + t.id() + " for " + t.targetYear() + " from a baseline of " + baseYear,
                () -> with(TARGET, t, "baselineYear", baseYear, "baselineValue")
                    .set(prop("baselineValue"), t.targetValue()));
        });
    }

    /** @return targets worse than their baseline for the indicator's direction, a warning */
    public static Arbitrary<InvalidVariant<IndicatorTarget>> targetAgainstDirection() {
        int first = Years.least(Meta.property(IndicatorTarget.class, "baselineYear"));
        return Combinators.combine(targets(), EntityArbitraries.indicatorValues(), EntityArbitraries.indicatorValues())
            .filter((t, a, b) -> a.compareTo(b) != 0)
            .as((t, a, b) -> {
                BigDecimal low = a.min(b);
                BigDecimal high = a.max(b);
                boolean higherIsBetter = t.indicator().higherIsBetter();
                BigDecimal base = higherIsBetter ? high : low;
                BigDecimal target = higherIsBetter ? low : high;
                return InvalidVariant.ofBuilder(IndicatorTarget.class, "indicator-target.target-against-direction",
                    "target " + t.id() + " of " + t.indicator().code() + " from " + base + " to " + target,
                    () -> IndicatorTarget.builder().from(t).baselineYear(first).baselineValue(base)
                        .targetYear(Math.max(first + 1, t.targetYear())).targetValue(target));
            });
    }
}

package org.uhcmodel.sdg;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.uhcmodel.value.Direction;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;

/**
 * The built-in indicators of SDG target 3.8, usable by their codes in any dataset without being declared.
 * <ul>
 * <li>{@code 3.8.1}, coverage of essential health services: the UHC service coverage index, editions of 2017, 2019,
 *   2021, 2023 and 2025, series {@code SH_ACS_UNHC} and {@code SH_ACS_UNHC_25} (UN), {@code UHC_INDEX_REPORTED}
 *   (WHO) and {@code SH.UHC.SRVS.CV.XD} (World Bank);</li>
 * <li>its tracers, {@code 3.8.1/} followed by the code of a {@link Tracer} ({@code 3.8.1/family-planning}), and the
 *   densities of the health workforce, {@code 3.8.1/} followed by the code of a {@link HealthWorkforceCadre};</li>
 * <li>{@code 3.8.2} in its 2017 definition, large household expenditure on health above 10% or 25% of total
 *   household expenditure or income (series {@code SH_XPD_EARN10}, {@code SH_XPD_EARN25} and those of WHO and the
 *   World Bank), and in its 2025 definition, financial hardship, out-of-pocket spending above 40% of the household's
 *   discretionary budget (series {@code SH_OOP_XPD_EARNNET40}); a value of 3.8.2 names its series, which says the
 *   definition and the threshold;</li>
 * <li>the two components of financial hardship, {@code 3.8.2/impoverishing} (spending above 100% of the
 *   discretionary budget) and {@code 3.8.2/large-not-impoverishing} (from 40% to 100%), for which no UN series was
 *   published.</li>
 * </ul>
 * <p>
 * Sources: the UN SDG API (target 3.8 with its indicators and series, release 2026.Q1), the UN SDG metadata of
 * indicators 3.8.1 and 3.8.2, the WHO indicator metadata registry (item 376, 3.8.2 as revised in March 2025 by the
 * 2025 Comprehensive Review), the WHO Global Health Observatory and the World Bank's World Development Indicators.
 */
public final class SdgIndicators {

    /** The code of indicator 3.8.1, which prefixes the codes of its tracers. */
    static final String SERVICE_COVERAGE_CODE = "3.8.1";

    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Indicator 3.8.1, coverage of essential health services: the UHC service coverage index, from 0 to 100. */
    public static final Indicator SERVICE_COVERAGE = serviceCoverage();

    /**
     * Indicator 3.8.2, financial protection: the share of the population with large household expenditure on health
     * (2017 definition) or facing financial hardship (2025 definition), in percent.
     */
    public static final Indicator FINANCIAL_PROTECTION = financialProtection();

    /** The share of the population whose out-of-pocket health spending exceeds their discretionary budget (2025). */
    public static final Indicator IMPOVERISHING_SPENDING = component("impoverishing",
        "Proportion of the population with impoverishing out-of-pocket health spending",
        SpendingThreshold.above(BudgetBasis.DISCRETIONARY_BUDGET, HUNDRED));

    /** The share of the population spending from 40% to 100% of their discretionary budget on health (2025). */
    public static final Indicator LARGE_NOT_IMPOVERISHING_SPENDING = component("large-not-impoverishing",
        "Proportion of the population with large but not impoverishing out-of-pocket health spending",
        SpendingThreshold.between(BudgetBasis.DISCRETIONARY_BUDGET, BigDecimal.valueOf(40), HUNDRED));

    private static final Map<Tracer, Indicator> TRACERS = new EnumMap<>(Tracer.class);
    private static final Map<HealthWorkforceCadre, Indicator> CADRES = new EnumMap<>(HealthWorkforceCadre.class);
    private static final List<Indicator> ALL;
    private static final Map<IndicatorCode, Indicator> BY_CODE = new HashMap<>();
    private static final Map<SeriesCode, Indicator> BY_SERIES = new HashMap<>();

    static {
        List<Indicator> all = new ArrayList<>();
        all.add(SERVICE_COVERAGE);
        for (Tracer tracer : Tracer.values()) {
            Indicator indicator = tracer(tracer);
            TRACERS.put(tracer, indicator);
            all.add(indicator);
        }
        for (HealthWorkforceCadre cadre : HealthWorkforceCadre.values()) {
            Indicator indicator = cadre(cadre);
            CADRES.put(cadre, indicator);
            all.add(indicator);
        }
        all.add(FINANCIAL_PROTECTION);
        all.add(IMPOVERISHING_SPENDING);
        all.add(LARGE_NOT_IMPOVERISHING_SPENDING);
        for (Indicator indicator : all) {
            BY_CODE.put(indicator.code(), indicator);
            for (IndicatorSeries series : indicator.series()) {
                BY_SERIES.put(series.code(), indicator);
            }
        }
        ALL = Collections.unmodifiableList(all);
    }

    private SdgIndicators() {
    }

    /**
     * Gets every built-in indicator.
     *
     * @return the unmodifiable indicators: 3.8.1, its tracers and cadres, 3.8.2 and its components; not null
     */
    public static List<Indicator> all() {
        return ALL;
    }

    /**
     * Finds a built-in indicator by its code.
     *
     * @param code  the code, such as {@code 3.8.1}, not null
     * @return the indicator, empty if no built-in indicator has that code
     */
    public static Optional<Indicator> find(IndicatorCode code) {
        return Optional.ofNullable(BY_CODE.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * Checks whether a code is that of a built-in indicator, which a dataset may not declare again.
     *
     * @param code  the code, not null
     * @return true if a built-in indicator has that code
     */
    public static boolean isBuiltIn(IndicatorCode code) {
        return BY_CODE.containsKey(Objects.requireNonNull(code, "code"));
    }

    /**
     * Finds the built-in indicator a series publishes.
     *
     * @param series  the code of the series, such as {@code SH_XPD_EARN10}, not null
     * @return the indicator, empty if no built-in indicator lists that series
     */
    public static Optional<Indicator> findBySeries(SeriesCode series) {
        return Optional.ofNullable(BY_SERIES.get(Objects.requireNonNull(series, "series")));
    }

    /**
     * Gets the built-in indicator of a tracer.
     *
     * @param tracer  the tracer, not null
     * @return the indicator, coded {@code 3.8.1/} and the tracer's code, not null
     */
    public static Indicator of(Tracer tracer) {
        return TRACERS.get(Objects.requireNonNull(tracer, "tracer"));
    }

    /**
     * Gets the built-in indicator of the density of a health workforce cadre.
     *
     * @param cadre  the cadre, not null
     * @return the indicator, coded {@code 3.8.1/} and the cadre's code, not null
     */
    public static Indicator of(HealthWorkforceCadre cadre) {
        return CADRES.get(Objects.requireNonNull(cadre, "cadre"));
    }

    private static LocalizedText english(String text) {
        return LocalizedText.of("en", text);
    }

    private static Indicator.Builder base(String code, String name, IndicatorUnit unit, Direction direction) {
        return Indicator.builder()
            .id(EntityId.of("sdg-" + code.replace('.', '-').replace('/', '-')))
            .code(IndicatorCode.of(code))
            .name(english(name))
            .unit(unit)
            .direction(direction)
            .sdgTarget(SdgTarget.T3_8);
    }

    private static IndicatorSeries series(String code, SeriesPublisher publisher, String description,
                                          String edition, SpendingThreshold threshold) {
        IndicatorSeries.Builder series = IndicatorSeries.builder().code(SeriesCode.of(code)).publisher(publisher)
            .description(description);
        if (edition != null) {
            series.edition(edition);
        }
        if (threshold != null) {
            series.threshold(threshold);
        }
        return series.build();
    }

    private static List<MethodEdition> serviceCoverageEditions() {
        return List.of(
            MethodEdition.of("2017", "Method of the 2017 global monitoring report (Hogan et al., Lancet Glob Health "
                + "2018): 14 tracers in 4 categories, baseline year 2015"),
            MethodEdition.of("2019", "Method of the 2019 global monitoring report (UN SDG metadata of February "
                + "2020)"),
            MethodEdition.of("2021", "Method of the 2021 global monitoring report (UN SDG metadata of 2021-12-20): "
                + "tuberculosis treatment coverage, non-use of any tobacco"),
            MethodEdition.of("2023", "Method of the 2023 global monitoring report (UN SDG metadata of 2023-01-24): "
                + "treatment of hypertension in place of non-raised blood pressure"),
            MethodEdition.of("2025", "Method of the 2025 global monitoring report, revised tracers with the whole "
                + "time series re-estimated (UN series SH_ACS_UNHC_25)"));
    }

    private static Indicator serviceCoverage() {
        return base(SERVICE_COVERAGE_CODE, "Coverage of essential health services", IndicatorUnit.INDEX,
                Direction.INCREASE)
            .minimum(ZERO)
            .maximum(HUNDRED)
            .editions(serviceCoverageEditions())
            .addSeries(series("SH_ACS_UNHC", SeriesPublisher.UN_SDG_GLOBAL_DATABASE,
                "Universal health coverage (UHC) service coverage index", null, null))
            .addSeries(series("SH_ACS_UNHC_25", SeriesPublisher.UN_SDG_GLOBAL_DATABASE,
                "Universal health coverage (UHC) service coverage index, 2025 methodology", "2025", null))
            .addSeries(series("UHC_INDEX_REPORTED", SeriesPublisher.WHO_GHO,
                "UHC Service Coverage Index (SDG 3.8.1)", null, null))
            .addSeries(series("SH.UHC.SRVS.CV.XD", SeriesPublisher.WORLD_BANK_WDI,
                "UHC service coverage index", null, null))
            .build();
    }

    private static Indicator tracer(Tracer tracer) {
        Indicator.Builder indicator = base(SERVICE_COVERAGE_CODE + "/" + tracer.code(), tracer.label(), tracer.unit(),
                tracer.direction())
            .minimum(ZERO)
            .partOf(IndicatorCode.of(SERVICE_COVERAGE_CODE));
        if (tracer.unit() == IndicatorUnit.PERCENT || tracer.unit() == IndicatorUnit.INDEX) {
            indicator.maximum(HUNDRED);
        }
        for (MethodEdition edition : serviceCoverageEditions()) {
            for (ServiceCoverageEdition computed : ServiceCoverageEdition.values()) {
                if (computed.code().equals(edition.code()) && computed.tracers().contains(tracer)) {
                    indicator.addEdition(edition);
                }
            }
        }
        if (tracer == Tracer.FAMILY_PLANNING) {
            indicator.addSeries(series("FAMILYPLANNINGUNPDUHC", SeriesPublisher.WHO_GHO,
                "Family planning tracer of the UHC service coverage index, estimates of the UN Population Division",
                null, null));
        } else if (tracer == Tracer.IHR_CORE_CAPACITY) {
            indicator.addSeries(series("UHC_IHR", SeriesPublisher.WHO_GHO,
                "IHR tracer of the UHC service coverage index (%)", null, null));
        }
        return indicator.build();
    }

    private static Indicator cadre(HealthWorkforceCadre cadre) {
        return base(SERVICE_COVERAGE_CODE + "/" + cadre.code(), cadre.label(), cadre.unit(), Direction.INCREASE)
            .minimum(ZERO)
            .partOf(Tracer.HEALTH_WORKFORCE.indicatorCode())
            .build();
    }

    private static Indicator financialProtection() {
        SpendingThreshold above10 = SpendingThreshold.above(BudgetBasis.TOTAL_EXPENDITURE_OR_INCOME,
            BigDecimal.TEN);
        SpendingThreshold above25 = SpendingThreshold.above(BudgetBasis.TOTAL_EXPENDITURE_OR_INCOME,
            BigDecimal.valueOf(25));
        SpendingThreshold above40 = SpendingThreshold.above(BudgetBasis.DISCRETIONARY_BUDGET,
            BigDecimal.valueOf(40));
        return base("3.8.2", "Proportion of population with positive out-of-pocket household expenditures on health "
                + "exceeding 40 per cent of household discretionary budget", IndicatorUnit.PERCENT, Direction.DECREASE)
            .minimum(ZERO)
            .maximum(HUNDRED)
            .addEdition(MethodEdition.of("2017", "Definition of the 2017 global indicator framework "
                + "(A/RES/71/313): Proportion of population with large household expenditures on health as a share "
                + "of total household expenditure or income, above 10% and above 25%"))
            .addEdition(MethodEdition.of("2025", "Definition adopted in March 2025 by the 2025 Comprehensive "
                + "Review: financial hardship, positive out-of-pocket spending on health above 40% of the household's "
                + "discretionary budget, consumption or income minus the societal poverty line (WHO indicator "
                + "metadata registry, item 376)"))
            .addSeries(series("SH_XPD_EARN10", SeriesPublisher.UN_SDG_GLOBAL_DATABASE,
                "Proportion of population with large household expenditures on health (greater than 10%) as a share "
                    + "of total household expenditure or income (%)", "2017", above10))
            .addSeries(series("SH_XPD_EARN25", SeriesPublisher.UN_SDG_GLOBAL_DATABASE,
                "Proportion of population with large household expenditures on health (greater than 25%) as a share "
                    + "of total household expenditure or income (%)", "2017", above25))
            .addSeries(series("SH_OOP_XPD_EARNNET40", SeriesPublisher.UN_SDG_GLOBAL_DATABASE,
                "Proportion of the population with positive out-of-pocket household expenditure on health exceeding "
                    + "40% of household discretionary budget, by location, quintile, type of household and "
                    + "characteristics of the head of household (%)", "2025", above40))
            .addSeries(series("FINPROTECTION_CATA_TOT_10_POP", SeriesPublisher.WHO_GHO,
                "Population with household expenditures on health above 10% of total household expenditure or "
                    + "income (%)", "2017", above10))
            .addSeries(series("FINPROTECTION_CATA_TOT_25_POP", SeriesPublisher.WHO_GHO,
                "Population with household expenditures on health above 25% of total household expenditure or "
                    + "income (%)", "2017", above25))
            .addSeries(series("SH.UHC.OOPC.10.ZS", SeriesPublisher.WORLD_BANK_WDI,
                "Proportion of population spending more than 10% of household consumption or income on out-of-pocket "
                    + "health care expenditure (%)", "2017", above10))
            .addSeries(series("SH.UHC.OOPC.25.ZS", SeriesPublisher.WORLD_BANK_WDI,
                "Proportion of population spending more than 25% of household consumption or income on out-of-pocket "
                    + "health care expenditure (%)", "2017", above25))
            .build();
    }

    private static Indicator component(String code, String name, SpendingThreshold threshold) {
        return base("3.8.2/" + code, name, IndicatorUnit.PERCENT, Direction.DECREASE)
            .minimum(ZERO)
            .maximum(HUNDRED)
            .partOf(IndicatorCode.of("3.8.2"))
            .addEdition(MethodEdition.of("2025", "Component of financial hardship in the definition of 3.8.2 "
                + "adopted in March 2025 (WHO indicator metadata registry, item 376)"))
            .threshold(threshold)
            .build();
    }
}

package org.uhcmodel.sdg;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The built-in dimensions an indicator value may be broken down by, each with its categories: the sex of a person or
 * of the head of a household, age, urban or rural residence, quintiles of wealth or of consumption, the type of
 * household. A dataset may declare dimensions of its own ({@link DeclaredDimension}).
 * <p>
 * Indicator 3.8.1 is broken down by the sex of a person and by wealth quintile where its tracers are; indicator 3.8.2
 * is a measure of households, so its breakdowns by sex and age are of the household head, and its quintiles are of
 * household consumption or income per person.
 * <p>
 * The ages of the {@link #AGE} dimension are not a closed list: a category is an age group written {@code 15-49}
 * (from 15 to 49 years inclusive) or {@code 60+} (60 years and over), see {@link #isAgeGroup(String)}.
 */
public enum DisaggregationDimension implements Coded {
    /** The sex of the person: female, male ({@link Sex}). */
    SEX("sex", "Sex"),
    /** The sex of the head of the household: female, male ({@link Sex}). */
    HOUSEHOLD_HEAD_SEX("household-head-sex", "Sex of the head of household"),
    /** The age group, in completed years: {@code 15-49}, {@code 60+}. */
    AGE("age", "Age group"),
    /** Urban or rural residence ({@link UrbanRural}). */
    LOCATION("location", "Urban or rural residence"),
    /** The quintile of household wealth, as surveys rank it by a wealth index ({@link Quintile}). */
    WEALTH_QUINTILE("wealth-quintile", "Wealth quintile"),
    /** The quintile of household consumption or income per person, as 3.8.2 ranks households ({@link Quintile}). */
    CONSUMPTION_QUINTILE("consumption-quintile", "Consumption or income quintile"),
    /** The type of household by the ages of its members ({@link HouseholdType}). */
    HOUSEHOLD_TYPE("household-type", "Type of household");

    /** The vocabulary of built-in dimensions. */
    public static final Vocabulary<DisaggregationDimension> VOCABULARY = Vocabulary.of(DisaggregationDimension.class,
        "uhc-model, after the UN SDG Global Database dimensions Sex, Age, Location, Quantile and Type_of_household");

    private final String code;
    private final String label;

    DisaggregationDimension(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * Gets the categories of the dimension.
     *
     * @return the unmodifiable categories, in order, empty for {@link #AGE}, whose categories are any age group
     */
    public List<Coded> categories() {
        switch (this) {
            case SEX:
            case HOUSEHOLD_HEAD_SEX:
                return List.of(Sex.values());
            case LOCATION:
                return List.of(UrbanRural.values());
            case WEALTH_QUINTILE:
            case CONSUMPTION_QUINTILE:
                return List.of(Quintile.values());
            case HOUSEHOLD_TYPE:
                return List.of(HouseholdType.values());
            default:
                return List.of();
        }
    }

    /**
     * Checks whether a code is a category of this dimension.
     *
     * @param category  the code of the category, such as {@code female} or {@code 60+}, not null
     * @return true if the code is one of the {@link #categories()}, or, for {@link #AGE}, an age group
     */
    public boolean hasCategory(String category) {
        Objects.requireNonNull(category, "category");
        if (this == AGE) {
            return isAgeGroup(category);
        }
        for (Coded term : categories()) {
            if (term.code().equals(category)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks whether text is an age group: two ages in completed years joined by a hyphen, the first below the second
     * ({@code 0-59}, {@code 15-49}), or one age followed by a plus sign ({@code 60+}); ages from 0 to 150, written
     * without leading zeros.
     *
     * @param text  the text, not null
     * @return true if the text is an age group
     */
    public static boolean isAgeGroup(String text) {
        Objects.requireNonNull(text, "text");
        int n = text.length();
        if (n >= 2 && text.charAt(n - 1) == '+') {
            return age(text, 0, n - 1) >= 0;
        }
        int hyphen = text.indexOf('-');
        if (hyphen <= 0) {
            return false;
        }
        int from = age(text, 0, hyphen);
        int to = age(text, hyphen + 1, n);
        return from >= 0 && to > from;
    }

    /** The age written from {@code start} to {@code end}, or -1 if it is not one. */
    private static int age(String text, int start, int end) {
        if (end <= start || end - start > 3 || end - start > 1 && text.charAt(start) == '0') {
            return -1;
        }
        int age = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            age = age * 10 + c - '0';
        }
        return age <= 150 ? age : -1;
    }

    /**
     * Finds a built-in dimension by its code.
     *
     * @param code  the code, such as {@code location}, not null
     * @return the dimension, empty if no built-in dimension has that code
     */
    public static Optional<DisaggregationDimension> find(String code) {
        Objects.requireNonNull(code, "code");
        for (DisaggregationDimension dimension : values()) {
            if (dimension.code.equals(code)) {
                return Optional.of(dimension);
            }
        }
        return Optional.empty();
    }

    /**
     * Obtains a dimension from its code.
     *
     * @param code  the code, such as {@code wealth-quintile}, not null
     * @return the dimension, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static DisaggregationDimension fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}

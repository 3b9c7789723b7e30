package org.uhcmodel.sdg;

import org.uhcmodel.meta.Vocabulary;
import java.util.Arrays;
import java.util.List;
import org.uhcmodel.value.Coded;

/**
 * The four groups of tracer indicators that make up the UHC service coverage index of indicator 3.8.1.
 */
public enum TracerCategory implements Coded {
    /** Reproductive, maternal, newborn and child health. */
    REPRODUCTIVE_MATERNAL_NEWBORN_CHILD_HEALTH("reproductive-maternal-newborn-child-health",
        "Reproductive, maternal, newborn and child health"),
    /** Infectious diseases. */
    INFECTIOUS_DISEASES("infectious-diseases", "Infectious diseases"),
    /** Noncommunicable diseases. */
    NONCOMMUNICABLE_DISEASES("noncommunicable-diseases", "Noncommunicable diseases"),
    /** Service capacity and access. */
    SERVICE_CAPACITY_AND_ACCESS("service-capacity-and-access", "Service capacity and access");

    /** The vocabulary of tracer category terms. */
    public static final Vocabulary<TracerCategory> VOCABULARY = Vocabulary.of(TracerCategory.class,
        "WHO UHC service coverage index, tracer categories (methods of 2017 to 2023)");

    private final String code;
    private final String label;

    TracerCategory(String code, String label) {
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
     * Gets the tracers of this category, in every edition of the method.
     *
     * @return the unmodifiable tracers, in declaration order, not empty
     */
    public List<Tracer> tracers() {
        return Arrays.stream(Tracer.values()).filter(t -> t.category() == this).toList();
    }

    /**
     * Obtains a category from its code.
     *
     * @param code  the code, such as {@code infectious-diseases}, not null
     * @return the category, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static TracerCategory fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}

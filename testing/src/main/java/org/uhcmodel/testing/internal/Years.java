package org.uhcmodel.testing.internal;

import org.uhcmodel.meta.Property;

/** The bounds of a year property, as the model gives them. */
final class Years {

    private Years() {
    }

    /**
     * @param property  a year property with a minimum
     * @return the least year
     */
    static int least(Property<?> property) {
        return property.minimum().orElseThrow(() -> new IllegalStateException(property + " has no minimum"))
            .intValueExact();
    }

    /**
     * @param property  a year property with a maximum
     * @return the greatest year
     */
    static int greatest(Property<?> property) {
        return property.maximum().orElseThrow(() -> new IllegalStateException(property + " has no maximum"))
            .intValueExact();
    }
}

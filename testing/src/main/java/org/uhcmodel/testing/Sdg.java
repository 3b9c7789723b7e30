package org.uhcmodel.testing;

import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.testing.internal.ValueArbitraries;

/**
 * Arbitraries of the Sustainable Development Goal 3 vocabulary.
 * <p>
 * Valid arbitraries generate values that every builder accepts; the {@code with...} arbitraries generate
 * {@link InvalidVariant}s, inputs that break exactly one rule and must be refused with its code.
 */
public final class Sdg {

    private Sdg() {
    }

    /**
     * The targets of goal 3.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<SdgTarget> targets() {
        return Arbitraries.of(SdgTarget.class);
    }

    /**
     * Sets of targets of goal 3, the empty set included.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Set<SdgTarget>> targetSets() {
        return ValueArbitraries.enumSets(SdgTarget.class, 4);
    }
}

package org.uhcmodel.testing;

import net.jqwik.api.Arbitrary;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.programme.ProgrammeParticipant;
import org.uhcmodel.testing.internal.EntityArbitraries;

/**
 * Arbitraries of programmes and their participants.
 * <p>
 * Valid arbitraries generate values that every builder accepts; the {@code with...} arbitraries generate
 * {@link InvalidVariant}s, inputs that break exactly one rule and must be refused with its code.
 */
public final class Programmes {

    private Programmes() {
    }

    /**
     * Programmes with distinct participants, closed ones with an ended period.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Programme> programmes() {
        return EntityArbitraries.alone(EntityArbitraries.programmes());
    }

    /**
     * Participants in every IATI organisation role.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<ProgrammeParticipant> participants() {
        return EntityArbitraries.participants();
    }

    /**
     * Programmes listing the same participant twice in the same role (rule {@code programme.duplicate-participant}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Programme>> withDuplicateParticipant() {
        return InvalidVariants.forRule("programme.duplicate-participant", Programme.class);
    }

    /**
     * Programmes related to themselves (rule {@code programme.related-to-itself}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Programme>> withRelatedToItself() {
        return InvalidVariants.forRule("programme.related-to-itself", Programme.class);
    }

    /**
     * Closed programmes whose period has no end (rule {@code programme.closed-without-end}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Programme>> withClosedWithoutEnd() {
        return InvalidVariants.forRule("programme.closed-without-end", Programme.class);
    }
}

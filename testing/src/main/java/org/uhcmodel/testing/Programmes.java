package org.uhcmodel.testing;

import net.jqwik.api.Arbitrary;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.programme.ProgrammeParticipant;
import org.uhcmodel.testing.internal.EntityArbitraries;
import org.uhcmodel.testing.internal.InvalidArbitraries;

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
    public static Arbitrary<InvalidVariant> withDuplicateParticipant() {
        return InvalidArbitraries.forRule("programme.duplicate-participant");
    }

    /**
     * Programmes related to themselves (rule {@code programme.related-to-itself}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant> withRelatedToItself() {
        return InvalidArbitraries.forRule("programme.related-to-itself");
    }

    /**
     * Closed programmes whose period has no end (rule {@code programme.closed-without-end}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant> withClosedWithoutEnd() {
        return InvalidArbitraries.forRule("programme.closed-without-end");
    }
}

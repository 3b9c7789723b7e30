package org.uhcmodel.testing.internal;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.uhcmodel.programme.ActivityStatus;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.programme.ProgrammeParticipant;
import org.uhcmodel.testing.InvalidVariant;
import org.uhcmodel.value.Period;

/**
 * Invalid variants of programmes, behind {@link org.uhcmodel.testing.Programmes}.
 */
public final class ProgrammeVariants {

    private ProgrammeVariants() {
    }

    static void register(Catalogue.Registry r) {
        r.add("programme.duplicate-participant", Programme.class, ProgrammeVariants::duplicateParticipant);
        r.add("programme.related-to-itself", Programme.class, ProgrammeVariants::relatedToItself);
        r.add("programme.closed-without-end", Programme.class, ProgrammeVariants::closedWithoutEnd);
    }

    private static Arbitrary<Programme> programmes() {
        return EntityArbitraries.alone(EntityArbitraries.programmes());
    }

    /** @return programmes listing the same participant twice */
    public static Arbitrary<InvalidVariant<Programme>> duplicateParticipant() {
        return Combinators.combine(programmes(), EntityArbitraries.participants())
            .as((p, participant) -> {
                List<ProgrammeParticipant> all = new ArrayList<>(p.participants());
                if (!all.contains(participant)) {
                    all.add(participant);
                }
                all.add(participant);
                return InvalidVariant.ofBuilder(Programme.class, "programme.duplicate-participant", "programme "
                    + p.id() + " listing " + participant.organization() + " twice as " + participant.role().code(),
                    () -> Programme.builder().from(p).participants(all));
            });
    }

    /** @return programmes related to themselves */
    public static Arbitrary<InvalidVariant<Programme>> relatedToItself() {
        return programmes().map(p -> InvalidVariant.ofBuilder(Programme.class, "programme.related-to-itself",
            "programme " + p.id() + " related to itself", () -> Programme.builder().from(p).addRelated(p.id())));
    }

    /** @return closed programmes whose period has a start and no end, a warning */
    public static Arbitrary<InvalidVariant<Programme>> closedWithoutEnd() {
        return Combinators.combine(programmes(), ValueArbitraries.partialDates())
            .as((p, start) -> InvalidVariant.ofBuilder(Programme.class, "programme.closed-without-end",
                "closed programme " + p.id() + " from " + start,
                () -> Programme.builder().from(p).status(ActivityStatus.CLOSED).period(Period.starting(start))));
    }
}

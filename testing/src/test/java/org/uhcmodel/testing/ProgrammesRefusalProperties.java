package org.uhcmodel.testing;

import static org.uhcmodel.testing.Refusals.assertRefusedWith;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every invalid variant of {@link Programmes} is refused with exactly its rule code. */
@AtLeastThousandTries
class ProgrammesRefusalProperties {

    @Property(tries = 1000)
    void duplicateParticipantIsRefusedAs_programme_duplicate_participant(@ForAll("withDuplicateParticipant") InvalidVariant variant) {
        assertRefusedWith(variant, "programme.duplicate-participant");
    }

    @Provide
    Arbitrary<InvalidVariant> withDuplicateParticipant() {
        return Programmes.withDuplicateParticipant();
    }

    @Property(tries = 1000)
    void relatedToItselfIsRefusedAs_programme_related_to_itself(@ForAll("withRelatedToItself") InvalidVariant variant) {
        assertRefusedWith(variant, "programme.related-to-itself");
    }

    @Provide
    Arbitrary<InvalidVariant> withRelatedToItself() {
        return Programmes.withRelatedToItself();
    }

    @Property(tries = 1000)
    void closedWithoutEndIsRefusedAs_programme_closed_without_end(@ForAll("withClosedWithoutEnd") InvalidVariant variant) {
        assertRefusedWith(variant, "programme.closed-without-end");
    }

    @Provide
    Arbitrary<InvalidVariant> withClosedWithoutEnd() {
        return Programmes.withClosedWithoutEnd();
    }
}

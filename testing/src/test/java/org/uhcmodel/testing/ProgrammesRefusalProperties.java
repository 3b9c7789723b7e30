package org.uhcmodel.testing;

import static org.uhcmodel.testing.Refusals.assertReportedAs;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every invalid variant of {@link Programmes} is refused with exactly its rule code. */
@AtLeastThousandTries
class ProgrammesRefusalProperties {

    @Property(tries = 1000)
    void duplicateParticipantIsRefusedAs_programme_duplicate_participant(
            @ForAll("withDuplicateParticipant") InvalidVariant<?> variant) {
        assertReportedAs(variant, "programme.duplicate-participant");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withDuplicateParticipant() {
        return Programmes.withDuplicateParticipant().map(v -> v);
    }

    @Property(tries = 1000)
    void relatedToItselfIsRefusedAs_programme_related_to_itself(
            @ForAll("withRelatedToItself") InvalidVariant<?> variant) {
        assertReportedAs(variant, "programme.related-to-itself");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withRelatedToItself() {
        return Programmes.withRelatedToItself().map(v -> v);
    }

    @Property(tries = 1000)
    void closedWithoutEndIsWarnedAs_programme_closed_without_end(
            @ForAll("withClosedWithoutEnd") InvalidVariant<?> variant) {
        assertReportedAs(variant, "programme.closed-without-end");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withClosedWithoutEnd() {
        return Programmes.withClosedWithoutEnd().map(v -> v);
    }
}

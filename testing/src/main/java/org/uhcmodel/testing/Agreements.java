package org.uhcmodel.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.Commitment;
import org.uhcmodel.agreement.Event;
import org.uhcmodel.agreement.GoverningBody;
import org.uhcmodel.agreement.Party;
import org.uhcmodel.agreement.PartyRole;
import org.uhcmodel.agreement.Signatory;
import org.uhcmodel.testing.internal.EntityArbitraries;

/**
 * Arbitraries of agreements, their parties, signatories and commitments, governing bodies and events.
 * <p>
 * Valid arbitraries generate values that every builder accepts; the {@code with...} arbitraries generate
 * {@link InvalidVariant}s, inputs that break exactly one rule and must be refused with its code.
 */
public final class Agreements {

    private Agreements() {
    }

    /**
     * Agreements of every kind and status, their signatories and commitments those of parties.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Agreement> agreements() {
        return EntityArbitraries.alone(EntityArbitraries.agreements());
    }

    /**
     * Parties in every role.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Party> parties() {
        return Combinators.combine(Values.entityIds(), Arbitraries.of(PartyRole.class)).as(Party::of);
    }

    /**
     * Signatories, some with a title.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Signatory> signatories() {
        return Combinators.combine(Values.entityIds(), Values.entityIds(), Values.localizedTexts().optional(0.3))
            .as((person, party, title) -> {
                Signatory.Builder b = Signatory.builder().person(person).party(party);
                title.ifPresent(b::title);
                return b.build();
            });
    }

    /**
     * Commitments, some undertaken by a named actor.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Commitment> commitments() {
        return EntityArbitraries.commitments();
    }

    /**
     * Governing bodies with distinct members.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<GoverningBody> governingBodies() {
        return EntityArbitraries.alone(EntityArbitraries.bodies());
    }

    /**
     * Events dated by a day, by a period or not at all, with distinct participants.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Event> events() {
        return EntityArbitraries.alone(EntityArbitraries.events());
    }

    /**
     * Agreements with fewer distinct actors as parties than their kind needs (rule {@code agreement.too-few-parties}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Agreement>> withTooFewParties() {
        return InvalidVariants.forRule("agreement.too-few-parties", Agreement.class);
    }

    /**
     * Agreements listing the same party twice (rule {@code agreement.duplicate-party}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Agreement>> withDuplicateParty() {
        return InvalidVariants.forRule("agreement.duplicate-party", Agreement.class);
    }

    /**
     * Agreements with a signatory signing for an actor that is not a party
     * (rule {@code agreement.signatory-not-party}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Agreement>> withSignatoryOutsideParties() {
        return InvalidVariants.forRule("agreement.signatory-not-party", Agreement.class);
    }

    /**
     * Agreements in force before they were signed (rule {@code agreement.in-force-before-signing}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Agreement>> withInForceBeforeSigning() {
        return InvalidVariants.forRule("agreement.in-force-before-signing", Agreement.class);
    }

    /**
     * Agreements that are their own framework (rule {@code agreement.own-framework}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Agreement>> withOwnFramework() {
        return InvalidVariants.forRule("agreement.own-framework", Agreement.class);
    }

    /**
     * Proposed agreements with a signing date (rule {@code agreement.signed-while-proposed}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Agreement>> withSignedWhileProposed() {
        return InvalidVariants.forRule("agreement.signed-while-proposed", Agreement.class);
    }

    /**
     * Agreements with a commitment undertaken by an actor that is not a party
     * (rule {@code agreement.commitment-party-not-party}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Agreement>> withCommitmentOutsideParties() {
        return InvalidVariants.forRule("agreement.commitment-party-not-party", Agreement.class);
    }

    /**
     * Governing bodies listing the same member twice (rule {@code governing-body.duplicate-member}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<GoverningBody>> withDuplicateMember() {
        return InvalidVariants.forRule("governing-body.duplicate-member", GoverningBody.class);
    }

    /**
     * Events with both a date and a period (rule {@code event.date-and-period}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Event>> withEventDateAndPeriod() {
        return InvalidVariants.forRule("event.date-and-period", Event.class);
    }

    /**
     * Events listing the same participant twice (rule {@code event.duplicate-participant}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidVariant<Event>> withDuplicateParticipant() {
        return InvalidVariants.forRule("event.duplicate-participant", Event.class);
    }
}

package org.uhcmodel.testing.internal;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.AgreementKind;
import org.uhcmodel.agreement.AgreementStatus;
import org.uhcmodel.agreement.Commitment;
import org.uhcmodel.agreement.CommitmentKind;
import org.uhcmodel.agreement.Event;
import org.uhcmodel.agreement.GoverningBody;
import org.uhcmodel.agreement.Party;
import org.uhcmodel.agreement.Signatory;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.testing.InvalidVariant;
import org.uhcmodel.value.EntityId;

/**
 * Invalid variants of agreements, governing bodies and events, behind {@link org.uhcmodel.testing.Agreements}.
 */
public final class AgreementVariants {

    private static final EntityId OUTSIDER = EntityId.of("outsider-not-a-party");

    private AgreementVariants() {
    }

    static void register(Catalogue.Registry r) {
        r.add("agreement.too-few-parties", Agreement.class, AgreementVariants::tooFewParties);
        r.add("agreement.duplicate-party", Agreement.class, AgreementVariants::duplicateParty);
        r.add("agreement.signatory-not-party", Agreement.class, AgreementVariants::signatoryOutsideParties);
        r.add("agreement.in-force-before-signing", Agreement.class, AgreementVariants::inForceBeforeSigning);
        r.add("agreement.own-framework", Agreement.class, AgreementVariants::ownFramework);
        r.add("agreement.signed-while-proposed", Agreement.class, AgreementVariants::signedWhileProposed);
        r.add("agreement.commitment-party-not-party", Agreement.class, AgreementVariants::commitmentOutsideParties);
        r.add("governing-body.duplicate-member", GoverningBody.class, AgreementVariants::duplicateMember);
        r.add("event.date-and-period", Event.class, AgreementVariants::eventDateAndPeriod);
        r.add("event.duplicate-participant", Event.class, AgreementVariants::eventDuplicateParticipant);
    }

    private static Arbitrary<Agreement> agreements(List<AgreementKind> kinds, List<AgreementStatus> statuses) {
        return EntityArbitraries.alone(EntityArbitraries.agreements(Arbitraries.of(kinds), Arbitraries.of(statuses)));
    }

    private static List<AgreementStatus> signedStatuses() {
        List<AgreementStatus> all = new ArrayList<>(List.of(AgreementStatus.values()));
        all.remove(AgreementStatus.PROPOSED);
        return all;
    }

    /** @return agreements with fewer distinct actors as parties than their kind needs */
    public static Arbitrary<InvalidVariant<Agreement>> tooFewParties() {
        List<AgreementKind> notCharters = new ArrayList<>(List.of(AgreementKind.values()));
        notCharters.remove(AgreementKind.CHARTER);
        Arbitrary<InvalidVariant<Agreement>> single = agreements(notCharters, List.of(AgreementStatus.values()))
            .map(a -> {
                EntityId actor = a.parties().get(0).actor();
                List<Party> parties = new ArrayList<>();
                for (Party p : a.parties()) {
                    if (p.actor().equals(actor)) {
                        parties.add(p);
                    }
                }
                return InvalidVariant.ofBuilder(Agreement.class, "agreement.too-few-parties",
                    a.kind().code() + " " + a.id() + " with " + actor + " as sole party",
                    () -> onlyParties(a, parties));
            });
        Arbitrary<InvalidVariant<Agreement>> none = agreements(List.of(AgreementKind.CHARTER),
                List.of(AgreementStatus.values()))
            .map(a -> InvalidVariant.ofBuilder(Agreement.class, "agreement.too-few-parties",
                "charter " + a.id() + " without parties", () -> onlyParties(a, List.of())));
        return Arbitraries.oneOf(single, none);
    }

    /** Copies an agreement with fewer parties, without what would refer to the parties left out. */
    private static Agreement.Builder onlyParties(Agreement a, List<Party> parties) {
        List<EntityId> actors = new ArrayList<>();
        for (Party p : parties) {
            actors.add(p.actor());
        }
        List<Signatory> signatories = new ArrayList<>();
        for (Signatory s : a.signatories()) {
            if (actors.contains(s.party())) {
                signatories.add(s);
            }
        }
        List<Commitment> commitments = new ArrayList<>();
        for (Commitment c : a.commitments()) {
            commitments.add(c.party().isPresent() && !actors.contains(c.party().get())
                ? Meta.copy(ModelTypes.of(Commitment.class), c, p -> !p.name().equals("party")).build() : c);
        }
        return Agreement.builder().from(a).parties(parties).signatories(signatories).commitments(commitments);
    }

    /** @return agreements listing the same party twice */
    public static Arbitrary<InvalidVariant<Agreement>> duplicateParty() {
        return EntityArbitraries.alone(EntityArbitraries.agreements()).map(a -> {
            List<Party> parties = new ArrayList<>(a.parties());
            parties.add(parties.get(0));
            return InvalidVariant.ofBuilder(Agreement.class, "agreement.duplicate-party",
                "agreement " + a.id() + " listing " + parties.get(0) + " twice",
                () -> Agreement.builder().from(a).parties(parties));
        });
    }

    /** @return agreements with a signatory signing for an actor that is not a party */
    public static Arbitrary<InvalidVariant<Agreement>> signatoryOutsideParties() {
        return Combinators.combine(agreements(List.of(AgreementKind.values()), signedStatuses()),
                ValueArbitraries.entityIds())
            .as((a, person) -> InvalidVariant.ofBuilder(Agreement.class, "agreement.signatory-not-party",
                "agreement " + a.id() + " signed by " + person + " for " + OUTSIDER,
                () -> Agreement.builder().from(a).addSignatory(Signatory.of(person, OUTSIDER))));
    }

    /** @return agreements in force before they were signed, a warning */
    public static Arbitrary<InvalidVariant<Agreement>> inForceBeforeSigning() {
        return Combinators.combine(agreements(List.of(AgreementKind.values()), signedStatuses()),
                ValueArbitraries.reportedDates(), ValueArbitraries.partialDates())
            .filter((a, signed, inForce) -> inForce.isDefinitelyBefore(signed.date()))
            .as((a, signed, inForce) -> InvalidVariant.ofBuilder(Agreement.class, "agreement.in-force-before-signing",
                "agreement " + a.id() + " signed " + signed + ", in force " + inForce,
                () -> Agreement.builder().from(a).signed(signed).inForce(inForce)));
    }

    /** @return agreements that are their own framework */
    public static Arbitrary<InvalidVariant<Agreement>> ownFramework() {
        return EntityArbitraries.alone(EntityArbitraries.agreements()).map(a -> InvalidVariant.ofBuilder(
            Agreement.class, "agreement.own-framework", "agreement " + a.id() + " under itself",
            () -> Agreement.builder().from(a).framework(a.id())));
    }

    /** @return proposed agreements with a signing date */
    public static Arbitrary<InvalidVariant<Agreement>> signedWhileProposed() {
        return Combinators.combine(agreements(List.of(AgreementKind.values()), List.of(AgreementStatus.PROPOSED)),
                ValueArbitraries.reportedDates())
            .as((a, signed) -> InvalidVariant.ofBuilder(Agreement.class, "agreement.signed-while-proposed",
                "proposed agreement " + a.id() + " signed " + signed,
                () -> Agreement.builder().from(a).signed(signed)));
    }

    /** @return agreements with a commitment undertaken by an actor that is not a party */
    public static Arbitrary<InvalidVariant<Agreement>> commitmentOutsideParties() {
        return Combinators.combine(EntityArbitraries.alone(EntityArbitraries.agreements()),
                Arbitraries.of(CommitmentKind.class))
            .as((a, k) -> InvalidVariant.ofBuilder(Agreement.class, "agreement.commitment-party-not-party",
                "agreement " + a.id() + " with a commitment of " + OUTSIDER, () -> Agreement.builder().from(a)
                    .addCommitment(Commitment.builder().kind(k).party(OUTSIDER).build())));
    }

    /** @return governing bodies listing the same member twice */
    public static Arbitrary<InvalidVariant<GoverningBody>> duplicateMember() {
        return Combinators.combine(EntityArbitraries.alone(EntityArbitraries.bodies()), ValueArbitraries.entityIds())
            .as((b, m) -> {
                List<EntityId> members = new ArrayList<>(b.members());
                if (!members.contains(m)) {
                    members.add(m);
                }
                members.add(m);
                return InvalidVariant.ofBuilder(GoverningBody.class, "governing-body.duplicate-member",
                    "body " + b.id() + " listing " + m + " twice",
                    () -> GoverningBody.builder().from(b).members(members));
            });
    }

    /** @return events with both a date and a period */
    public static Arbitrary<InvalidVariant<Event>> eventDateAndPeriod() {
        return Combinators.combine(EntityArbitraries.alone(EntityArbitraries.events()),
                ValueArbitraries.reportedDates(), ValueArbitraries.periods())
            .as((e, d, p) -> InvalidVariant.ofBuilder(Event.class, "event.date-and-period",
                "event " + e.id() + " on " + d + " over " + p, () -> Event.builder().from(e).date(d).period(p)));
    }

    /** @return events listing the same participant twice */
    public static Arbitrary<InvalidVariant<Event>> eventDuplicateParticipant() {
        return Combinators.combine(EntityArbitraries.alone(EntityArbitraries.events()), ValueArbitraries.entityIds())
            .as((e, m) -> {
                List<EntityId> participants = new ArrayList<>(e.participants());
                if (!participants.contains(m)) {
                    participants.add(m);
                }
                participants.add(m);
                return InvalidVariant.ofBuilder(Event.class, "event.duplicate-participant",
                    "event " + e.id() + " listing " + m + " twice",
                    () -> Event.builder().from(e).participants(participants));
            });
    }
}

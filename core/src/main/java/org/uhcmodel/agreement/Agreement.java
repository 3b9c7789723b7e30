package org.uhcmodel.agreement;

import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Repeats;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Objective;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Period;
import org.uhcmodel.value.Place;
import org.uhcmodel.value.ReportedDate;

/**
 * An agreement between health actors: a partnership convention, a memorandum of understanding,
 * a declaration of intent, a charter and the like, with its parties, signatories, commitments and objectives.
 * <p>
 * Parties, signatories and the framework are named by id; a dataset checks that they resolve, that a charter's
 * single party is collective (a network), and that frameworks form no cycle. The signing date may be absent,
 * as when a source reports a signature without its date.
 * <p>
 * Rules:
 * <ul>
 * <li>{@code required} (id, kind, title, status);</li>
 * <li>{@code agreement.too-few-parties} (fewer than two distinct actors, or none for a {@link AgreementKind#CHARTER}),
 *     at {@code parties};</li>
 * <li>{@code agreement.duplicate-party} (the same actor in the same role again), at {@code parties[i]};</li>
 * <li>{@code agreement.signatory-not-party} (a signatory signs for an actor that is not a party),
 *     at {@code signatories[i].party};</li>
 * <li>warning {@code agreement.in-force-before-signing} (the date in force lies entirely before the signing date,
 *     as for an agreement applied provisionally or with retroactive effect), at {@code inForce};</li>
 * <li>{@code agreement.own-framework} (the agreement is its own framework), at {@code framework};</li>
 * <li>{@code agreement.signed-while-proposed} (a proposed agreement has a signing date or signatories),
 *     at {@code status};</li>
 * <li>{@code agreement.commitment-party-not-party} (a commitment is undertaken by an actor that is not a party),
 *     at {@code commitments[i].party}.</li>
 * </ul>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Agreement extends ModelObject implements Entity {

    private static final Shape<Agreement> SHAPE = Shape.of(Agreement.class, Agreement::new, Builder::new)
        .entity(EntityKind.AGREEMENT).checkedBy(Agreement::check);
    private static final Prop<EntityId> ID = SHAPE.required("id", EntityId.class);
    private static final Prop<AgreementKind> KIND = SHAPE.required("kind", AgreementKind.class);
    private static final Prop<LocalizedText> TITLE = SHAPE.required("title", LocalizedText.class);
    private static final Prop<Party> PARTIES = SHAPE.list("parties", Party.class);
    private static final Prop<Signatory> SIGNATORIES = SHAPE.list("signatories", Signatory.class);
    private static final Prop<AgreementStatus> STATUS = SHAPE.required("status", AgreementStatus.class);
    private static final Prop<ReportedDate> SIGNED = SHAPE.optional("signed", ReportedDate.class);
    private static final Prop<PartialDate> IN_FORCE = SHAPE.optional("inForce", PartialDate.class);
    private static final Prop<Place> PLACE = SHAPE.optional("place", Place.class);
    private static final Prop<Period> VALIDITY = SHAPE.optional("validity", Period.class);
    private static final Prop<CooperationArea> COOPERATION_AREAS = SHAPE.set("cooperationAreas", CooperationArea.class);
    private static final Prop<Commitment> COMMITMENTS = SHAPE.list("commitments", Commitment.class);
    private static final Prop<Objective> OBJECTIVES = SHAPE.list("objectives", Objective.class);
    private static final Prop<EntityId> FRAMEWORK = SHAPE.optional("framework", EntityId.class)
        .refersTo(EntityKind.AGREEMENT, EntityKind.PROGRAMME)
        .acyclic("dataset.agreement-framework-cycle", "an agreement may not sit under itself through its frameworks");
    private static final Prop<SdgTarget> SDG_TARGETS = SHAPE.set("sdgTargets", SdgTarget.class);
    private static final Prop<Citation> CITATIONS = SHAPE.list("citations", Citation.class);

    private static final Rule TOO_FEW_PARTIES = SHAPE.error("agreement.too-few-parties",
        "must have at least two distinct actors as parties, or at least one for a charter", KIND);
    private static final Rule DUPLICATE_PARTY = SHAPE.error("agreement.duplicate-party",
        "lists the same actor in the same role again");
    private static final Rule SIGNATORY_NOT_PARTY = SHAPE.error("agreement.signatory-not-party",
        "a signatory must sign for an actor that is a party of the agreement", PARTIES);
    private static final Rule IN_FORCE_BEFORE_SIGNING = SHAPE.warning("agreement.in-force-before-signing",
        "the date in force lies before the signing date, as for an agreement applied before it was signed", SIGNED);
    private static final Rule OWN_FRAMEWORK = SHAPE.error("agreement.own-framework",
        "an agreement cannot be its own framework", ID);
    private static final Rule SIGNED_WHILE_PROPOSED = SHAPE.error("agreement.signed-while-proposed",
        "a proposed agreement has no signing date and no signatories", SIGNED, SIGNATORIES);
    private static final Rule COMMITMENT_PARTY_NOT_PARTY = SHAPE.error("agreement.commitment-party-not-party",
        "a commitment must be undertaken by an actor that is a party of the agreement", PARTIES);

    private Agreement(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Creates a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the distinct actors among the parties, in the order of their first appearance.
     *
     * @return the unmodifiable actors, not null
     */
    public List<EntityId> actors() {
        Set<EntityId> actors = new LinkedHashSet<>();
        for (Party party : parties()) {
            actors.add(party.actor());
        }
        return List.copyOf(actors);
    }

    /**
     * Checks whether an actor is a party to this agreement, in any role.
     *
     * @param actor  the id of the organisation or person, not null
     * @return true if the actor is a party
     */
    public boolean isPartyActor(EntityId actor) {
        Objects.requireNonNull(actor, "actor");
        for (Party party : parties()) {
            if (party.actor().equals(actor)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gets the id, unique within a dataset.
     *
     * @return the id, not null
     */
    @Override
    @NotNull
    public EntityId id() {
        return value(ID);
    }

    /**
     * Gets the kind of instrument.
     *
     * @return the kind, not null
     */
    @NotNull
    public AgreementKind kind() {
        return value(KIND);
    }

    /**
     * Gets the title, as given by the source or descriptive if it gives none.
     *
     * @return the title, not null
     */
    @NotNull
    public LocalizedText title() {
        return value(TITLE);
    }

    /**
     * Gets the parties, each an actor in a role, in the order given.
     *
     * @return the unmodifiable parties, at least one distinct actor for a charter and two otherwise
     */
    public List<@NotNull Party> parties() {
        return list(PARTIES);
    }

    /**
     * Gets the people who signed, each for a party.
     *
     * @return the unmodifiable signatories, empty if not stated or not signed
     */
    public List<@NotNull Signatory> signatories() {
        return list(SIGNATORIES);
    }

    /**
     * Gets the stage the agreement has reached.
     *
     * @return the status, not null
     */
    @NotNull
    public AgreementStatus status() {
        return value(STATUS);
    }

    /**
     * Gets the date of signing.
     *
     * @return the date, empty if not signed or if the source gives no date
     */
    public Optional<ReportedDate> signed() {
        return optional(SIGNED);
    }

    /**
     * Gets the date the agreement came into force.
     *
     * @return the date, not before the signing date, empty if not stated
     */
    public Optional<PartialDate> inForce() {
        return optional(IN_FORCE);
    }

    /**
     * Gets the place of signing.
     *
     * @return the place, empty if not stated
     */
    public Optional<Place> place() {
        return optional(PLACE);
    }

    /**
     * Gets the period the agreement is valid for.
     *
     * @return the validity, empty if not stated
     */
    public Optional<Period> validity() {
        return optional(VALIDITY);
    }

    /**
     * Gets the fields of cooperation the agreement covers.
     *
     * @return the unmodifiable areas, empty if not stated
     */
    public Set<@NotNull CooperationArea> cooperationAreas() {
        return set(COOPERATION_AREAS);
    }

    /**
     * Gets what the parties undertake.
     *
     * @return the unmodifiable commitments, empty if not stated
     */
    public List<@NotNull Commitment> commitments() {
        return list(COMMITMENTS);
    }

    /**
     * Gets what the agreement aims at.
     *
     * @return the unmodifiable objectives, empty if not stated
     */
    public List<@NotNull Objective> objectives() {
        return list(OBJECTIVES);
    }

    /**
     * Gets the agreement or programme this one sits under, such as the joint declaration a declaration of intent
     * refers to.
     *
     * @return the id of the framework, never this agreement's own id, empty if none
     */
    public Optional<EntityId> framework() {
        return optional(FRAMEWORK);
    }

    /**
     * Gets the SDG targets the agreement serves.
     *
     * @return the unmodifiable targets, empty if not tagged
     */
    public Set<@NotNull SdgTarget> sdgTargets() {
        return set(SDG_TARGETS);
    }

    /**
     * Gets the citations of the sources this agreement is taken from.
     *
     * @return the unmodifiable citations, empty if none
     */
    @Override
    public List<@NotNull Citation> citations() {
        return list(CITATIONS);
    }

    private static void check(Agreement agreement, Checker checker) {
        List<Party> parties = agreement.parties();
        int actors = parties.size() - Repeats.of(parties, Party::actor).length;
        // A missing kind is reported as required; only the weakest minimum is certain then.
        int minimum = agreement.kind() == null || agreement.kind() == AgreementKind.CHARTER ? 1 : 2;
        if (actors < minimum) {
            checker.report(TOO_FEW_PARTIES, PARTIES, actors);
        }
        if (parties.size() > actors) {
            for (int i : Repeats.of(parties)) {
                checker.report(DUPLICATE_PARTY, "parties[" + i + "]", parties.get(i));
            }
        }
        List<Signatory> signatories = agreement.signatories();
        for (int i = 0; i < signatories.size(); i++) {
            if (!agreement.isPartyActor(signatories.get(i).party())) {
                checker.report(SIGNATORY_NOT_PARTY, "signatories[" + i + "].party", signatories.get(i).party());
            }
        }
        if (agreement.inForce().isPresent() && agreement.signed().isPresent()
            && agreement.inForce().get().isDefinitelyBefore(agreement.signed().get().date())) {
            checker.report(IN_FORCE_BEFORE_SIGNING, IN_FORCE, agreement.inForce().get());
        }
        if (agreement.framework().isPresent() && agreement.framework().get().equals(agreement.id())) {
            checker.report(OWN_FRAMEWORK, FRAMEWORK, agreement.framework().get());
        }
        if (agreement.status() == AgreementStatus.PROPOSED
            && (agreement.signed().isPresent() || !signatories.isEmpty())) {
            checker.report(SIGNED_WHILE_PROPOSED, STATUS, agreement.status());
        }
        List<Commitment> commitments = agreement.commitments();
        for (int i = 0; i < commitments.size(); i++) {
            Optional<EntityId> party = commitments.get(i).party();
            if (party.isPresent() && !agreement.isPartyActor(party.get())) {
                checker.report(COMMITMENT_PARTY_NOT_PARTY, "commitments[" + i + "].party", party.get());
            }
        }
    }

    /**
     * Builds an {@link Agreement}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Agreement, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the id, unique within a dataset.
         *
         * @param id  the value, not null
         * @return this builder
         */
        public Builder id(EntityId id) {
            return set(ID, id);
        }

        /**
         * Sets the kind of instrument.
         *
         * @param kind  the value, not null
         * @return this builder
         */
        public Builder kind(AgreementKind kind) {
            return set(KIND, kind);
        }

        /**
         * Sets the title, as given by the source or descriptive if it gives none.
         *
         * @param title  the value, not null
         * @return this builder
         */
        public Builder title(LocalizedText title) {
            return set(TITLE, title);
        }

        /**
         * Adds one of the parties, each an actor in a role, in the order given.
         *
         * @param party  the value, not null
         * @return this builder
         */
        public Builder addParty(Party party) {
            return add(PARTIES, party);
        }

        /**
         * Adds, in order, the parties, each an actor in a role, in the order given.
         *
         * @param parties  the values, none null, not null
         * @return this builder
         */
        public Builder addAllParties(Iterable<? extends Party> parties) {
            return addAll(PARTIES, parties);
        }

        /**
         * Replaces the parties, each an actor in a role, in the order given.
         *
         * @param parties  the values, none null, not null
         * @return this builder
         */
        public Builder parties(Iterable<? extends Party> parties) {
            return setAll(PARTIES, parties);
        }

        /**
         * Adds one of the people who signed, each for a party.
         *
         * @param signatory  the value, not null
         * @return this builder
         */
        public Builder addSignatory(Signatory signatory) {
            return add(SIGNATORIES, signatory);
        }

        /**
         * Adds, in order, the people who signed, each for a party.
         *
         * @param signatories  the values, none null, not null
         * @return this builder
         */
        public Builder addAllSignatories(Iterable<? extends Signatory> signatories) {
            return addAll(SIGNATORIES, signatories);
        }

        /**
         * Replaces the people who signed, each for a party.
         *
         * @param signatories  the values, none null, not null
         * @return this builder
         */
        public Builder signatories(Iterable<? extends Signatory> signatories) {
            return setAll(SIGNATORIES, signatories);
        }

        /**
         * Sets the stage the agreement has reached.
         *
         * @param status  the value, not null
         * @return this builder
         */
        public Builder status(AgreementStatus status) {
            return set(STATUS, status);
        }

        /**
         * Sets the date of signing.
         *
         * @param signed  the value, not null
         * @return this builder
         */
        public Builder signed(ReportedDate signed) {
            return set(SIGNED, signed);
        }

        /**
         * Sets the date the agreement came into force.
         *
         * @param inForce  the value, not null
         * @return this builder
         */
        public Builder inForce(PartialDate inForce) {
            return set(IN_FORCE, inForce);
        }

        /**
         * Sets the place of signing.
         *
         * @param place  the value, not null
         * @return this builder
         */
        public Builder place(Place place) {
            return set(PLACE, place);
        }

        /**
         * Sets the period the agreement is valid for.
         *
         * @param validity  the value, not null
         * @return this builder
         */
        public Builder validity(Period validity) {
            return set(VALIDITY, validity);
        }

        /**
         * Adds one of the fields of cooperation the agreement covers.
         *
         * @param cooperationArea  the value, not null
         * @return this builder
         */
        public Builder addCooperationArea(CooperationArea cooperationArea) {
            return add(COOPERATION_AREAS, cooperationArea);
        }

        /**
         * Adds, in order, the fields of cooperation the agreement covers.
         *
         * @param cooperationAreas  the values, none null, not null
         * @return this builder
         */
        public Builder addAllCooperationAreas(Iterable<? extends CooperationArea> cooperationAreas) {
            return addAll(COOPERATION_AREAS, cooperationAreas);
        }

        /**
         * Replaces the fields of cooperation the agreement covers.
         *
         * @param cooperationAreas  the values, none null, not null
         * @return this builder
         */
        public Builder cooperationAreas(Iterable<? extends CooperationArea> cooperationAreas) {
            return setAll(COOPERATION_AREAS, cooperationAreas);
        }

        /**
         * Adds one of what the parties undertake.
         *
         * @param commitment  the value, not null
         * @return this builder
         */
        public Builder addCommitment(Commitment commitment) {
            return add(COMMITMENTS, commitment);
        }

        /**
         * Adds, in order, what the parties undertake.
         *
         * @param commitments  the values, none null, not null
         * @return this builder
         */
        public Builder addAllCommitments(Iterable<? extends Commitment> commitments) {
            return addAll(COMMITMENTS, commitments);
        }

        /**
         * Replaces what the parties undertake.
         *
         * @param commitments  the values, none null, not null
         * @return this builder
         */
        public Builder commitments(Iterable<? extends Commitment> commitments) {
            return setAll(COMMITMENTS, commitments);
        }

        /**
         * Adds one of what the agreement aims at.
         *
         * @param objective  the value, not null
         * @return this builder
         */
        public Builder addObjective(Objective objective) {
            return add(OBJECTIVES, objective);
        }

        /**
         * Adds, in order, what the agreement aims at.
         *
         * @param objectives  the values, none null, not null
         * @return this builder
         */
        public Builder addAllObjectives(Iterable<? extends Objective> objectives) {
            return addAll(OBJECTIVES, objectives);
        }

        /**
         * Replaces what the agreement aims at.
         *
         * @param objectives  the values, none null, not null
         * @return this builder
         */
        public Builder objectives(Iterable<? extends Objective> objectives) {
            return setAll(OBJECTIVES, objectives);
        }

        /**
         * Sets the agreement or programme this one sits under, such as the joint declaration a declaration of intent refers to.
         *
         * @param framework  the value, not null
         * @return this builder
         */
        public Builder framework(EntityId framework) {
            return set(FRAMEWORK, framework);
        }

        /**
         * Adds one of the SDG targets the agreement serves.
         *
         * @param sdgTarget  the value, not null
         * @return this builder
         */
        public Builder addSdgTarget(SdgTarget sdgTarget) {
            return add(SDG_TARGETS, sdgTarget);
        }

        /**
         * Adds, in order, the SDG targets the agreement serves.
         *
         * @param sdgTargets  the values, none null, not null
         * @return this builder
         */
        public Builder addAllSdgTargets(Iterable<? extends SdgTarget> sdgTargets) {
            return addAll(SDG_TARGETS, sdgTargets);
        }

        /**
         * Replaces the SDG targets the agreement serves.
         *
         * @param sdgTargets  the values, none null, not null
         * @return this builder
         */
        public Builder sdgTargets(Iterable<? extends SdgTarget> sdgTargets) {
            return setAll(SDG_TARGETS, sdgTargets);
        }

        /**
         * Adds one of the citations of the sources this agreement is taken from.
         *
         * @param citation  the value, not null
         * @return this builder
         */
        public Builder addCitation(Citation citation) {
            return add(CITATIONS, citation);
        }

        /**
         * Adds, in order, the citations of the sources this agreement is taken from.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder addAllCitations(Iterable<? extends Citation> citations) {
            return addAll(CITATIONS, citations);
        }

        /**
         * Replaces the citations of the sources this agreement is taken from.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder citations(Iterable<? extends Citation> citations) {
            return setAll(CITATIONS, citations);
        }
    }
}

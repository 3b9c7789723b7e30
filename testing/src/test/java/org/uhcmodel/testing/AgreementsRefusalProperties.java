package org.uhcmodel.testing;

import static org.uhcmodel.testing.Refusals.assertReportedAs;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every invalid variant of {@link Agreements} is refused with exactly its rule code. */
@AtLeastThousandTries
class AgreementsRefusalProperties {

    @Property(tries = 1000)
    void tooFewPartiesIsRefusedAs_agreement_too_few_parties(@ForAll("withTooFewParties") InvalidVariant<?> variant) {
        assertReportedAs(variant, "agreement.too-few-parties");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withTooFewParties() {
        return Agreements.withTooFewParties().map(v -> v);
    }

    @Property(tries = 1000)
    void duplicatePartyIsRefusedAs_agreement_duplicate_party(@ForAll("withDuplicateParty") InvalidVariant<?> variant) {
        assertReportedAs(variant, "agreement.duplicate-party");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withDuplicateParty() {
        return Agreements.withDuplicateParty().map(v -> v);
    }

    @Property(tries = 1000)
    void signatoryOutsidePartiesIsRefusedAs_agreement_signatory_not_party(
            @ForAll("withSignatoryOutsideParties") InvalidVariant<?> variant) {
        assertReportedAs(variant, "agreement.signatory-not-party");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withSignatoryOutsideParties() {
        return Agreements.withSignatoryOutsideParties().map(v -> v);
    }

    @Property(tries = 1000)
    void inForceBeforeSigningIsWarnedAs_agreement_in_force_before_signing(
            @ForAll("withInForceBeforeSigning") InvalidVariant<?> variant) {
        assertReportedAs(variant, "agreement.in-force-before-signing");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withInForceBeforeSigning() {
        return Agreements.withInForceBeforeSigning().map(v -> v);
    }

    @Property(tries = 1000)
    void ownFrameworkIsRefusedAs_agreement_own_framework(@ForAll("withOwnFramework") InvalidVariant<?> variant) {
        assertReportedAs(variant, "agreement.own-framework");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withOwnFramework() {
        return Agreements.withOwnFramework().map(v -> v);
    }

    @Property(tries = 1000)
    void signedWhileProposedIsRefusedAs_agreement_signed_while_proposed(
            @ForAll("withSignedWhileProposed") InvalidVariant<?> variant) {
        assertReportedAs(variant, "agreement.signed-while-proposed");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withSignedWhileProposed() {
        return Agreements.withSignedWhileProposed().map(v -> v);
    }

    @Property(tries = 1000)
    void commitmentOutsidePartiesIsRefusedAs_agreement_commitment_party_not_party(
            @ForAll("withCommitmentOutsideParties") InvalidVariant<?> variant) {
        assertReportedAs(variant, "agreement.commitment-party-not-party");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withCommitmentOutsideParties() {
        return Agreements.withCommitmentOutsideParties().map(v -> v);
    }

    @Property(tries = 1000)
    void duplicateMemberIsRefusedAs_governing_body_duplicate_member(
            @ForAll("withDuplicateMember") InvalidVariant<?> variant) {
        assertReportedAs(variant, "governing-body.duplicate-member");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withDuplicateMember() {
        return Agreements.withDuplicateMember().map(v -> v);
    }

    @Property(tries = 1000)
    void eventDateAndPeriodIsRefusedAs_event_date_and_period(
            @ForAll("withEventDateAndPeriod") InvalidVariant<?> variant) {
        assertReportedAs(variant, "event.date-and-period");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withEventDateAndPeriod() {
        return Agreements.withEventDateAndPeriod().map(v -> v);
    }

    @Property(tries = 1000)
    void duplicateParticipantIsRefusedAs_event_duplicate_participant(
            @ForAll("withDuplicateParticipant") InvalidVariant<?> variant) {
        assertReportedAs(variant, "event.duplicate-participant");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> withDuplicateParticipant() {
        return Agreements.withDuplicateParticipant().map(v -> v);
    }
}

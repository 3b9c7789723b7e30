package org.uhcmodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.assertWarned;
import static org.uhcmodel.RuleAssertions.only;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Rules;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.Direction;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Objective;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Period;
import org.uhcmodel.value.Place;
import org.uhcmodel.value.ReportedDate;

class AgreementTest {

    private static final EntityId CONVENTION = EntityId.of("dz-cnas-chu-bruxelles-convention");
    private static final EntityId CNAS = EntityId.of("dz-cnas");
    private static final EntityId CHU_BRUXELLES = EntityId.of("be-chu-bruxelles");
    private static final EntityId OTHER = EntityId.of("fr-ministry-of-health");
    private static final EntityId CNAS_DG = EntityId.of("dz-cnas-director-general");
    private static final EntityId CHU_DG = EntityId.of("be-chu-bruxelles-director-general");
    private static final EntityId SEED_000 = EntityId.of("seed-000");
    private static final LocalizedText CONVENTION_TITLE = LocalizedText.builder()
        .putEntry("fr", "Convention de partenariat entre la CNAS et le CHU de Bruxelles")
        .putEntry("ar", "اتفاقية شراكة بين الصندوق الوطني للتأمينات الاجتماعية والمستشفى الجامعي لبروكسل")
        .build();
    private static final Objective FEWER_TRANSFERS = Objective.builder()
        .description(LocalizedText.of("fr", "Réduire les transferts de malades à l'étranger"))
        .direction(Direction.DECREASE)
        .build();
    private static final ReportedDate SIGNED_10_MAY = ReportedDate.stated(PartialDate.of(2024, 5, 10));

    private static final EntityId DECLARATION = EntityId.of("fr-kz-declaration-of-intent-phc");
    private static final EntityId JOINT_DECLARATION = EntityId.of("fr-kz-joint-declaration-2023");
    private static final EntityId FRANCE = EntityId.of("fr-government");
    private static final EntityId KAZAKHSTAN = EntityId.of("kz-ministry-of-health");
    private static final LocalizedText DECLARATION_TITLE = LocalizedText.builder()
        .putEntry("fr", "Déclaration d'intention relative à la Coalition mondiale pour les soins de santé primaires")
        .putEntry("ru", "Декларация о намерениях по первичной медико-санитарной помощи")
        .build();

    /** The convention of seed 000: two parties, signed, the signing date missing from the text. */
    private static Agreement.Builder convention() {
        return Agreement.builder()
            .id(CONVENTION)
            .kind(AgreementKind.PARTNERSHIP_CONVENTION)
            .title(CONVENTION_TITLE)
            .addParty(Party.of(CNAS, PartyRole.SIGNATORY))
            .addParty(Party.of(CHU_BRUXELLES, PartyRole.SIGNATORY))
            .status(AgreementStatus.SIGNED);
    }

    private static Agreement declaration() {
        return Agreement.builder()
            .id(DECLARATION)
            .kind(AgreementKind.DECLARATION_OF_INTENT)
            .title(DECLARATION_TITLE)
            .addParty(Party.of(FRANCE, PartyRole.SIGNATORY))
            .addParty(Party.of(KAZAKHSTAN, PartyRole.SIGNATORY))
            .addSignatory(Signatory.builder().person(EntityId.of("kz-minister-of-health")).party(KAZAKHSTAN)
                .title(LocalizedText.of("ru", "Министр здравоохранения Республики Казахстан")).build())
            .status(AgreementStatus.IN_FORCE)
            .signed(ReportedDate.stated(PartialDate.of(2024, 11, 4)))
            .inForce(PartialDate.of(2024, 11))
            .place(Place.of(LocalizedText.of("fr", "Astana"), CountryCode.of("KZ")))
            .validity(Period.starting(PartialDate.of(2024, 11, 4)))
            .addCooperationArea(CooperationArea.PRIMARY_HEALTH_CARE)
            .addCooperationArea(CooperationArea.HEALTH_WORKFORCE_TRAINING)
            .addCommitment(Commitment.builder().kind(CommitmentKind.EXCHANGE_OF_EXPERTISE).party(FRANCE).build())
            .addObjective(Objective.of(
                LocalizedText.of("fr", "Rejoindre la Coalition mondiale pour les soins de santé primaires")))
            .framework(JOINT_DECLARATION)
            .addSdgTarget(SdgTarget.T3_8)
            .addCitation(Citation.of(EntityId.of("seed-003"), "paragraph 2"))
            .build();
    }

    /** Asserts one violation at the path, whose message is the one the rule declares. */
    private static ModelViolationException broken(Executable build, String path, String rule) {
        ModelViolationException ex = assertBroken(build, path, rule);
        assertEquals(Rules.find(rule).orElseThrow().message(), only(ex).message());
        return ex;
    }

    @Test
    void holdsTheSeedConventionWithoutASigningDate() {
        Agreement agreement = convention()
            .addAllCooperationAreas(List.of(CooperationArea.PAEDIATRICS, CooperationArea.NUCLEAR_MEDICINE,
                CooperationArea.NEUROSURGERY, CooperationArea.CARDIAC_SURGERY, CooperationArea.VASCULAR_SURGERY))
            .addCommitment(Commitment.builder().kind(CommitmentKind.TRAINING).party(CHU_BRUXELLES).build())
            .addObjective(FEWER_TRANSFERS)
            .addCitation(Citation.of(SEED_000, "paragraph 1"))
            .build();
        assertEquals(CONVENTION, agreement.id());
        assertEquals(AgreementKind.PARTNERSHIP_CONVENTION, agreement.kind());
        assertEquals(CONVENTION_TITLE, agreement.title());
        assertEquals(AgreementStatus.SIGNED, agreement.status());
        assertEquals(Optional.empty(), agreement.signed());
        assertEquals(Optional.empty(), agreement.inForce());
        assertEquals(Optional.empty(), agreement.place());
        assertEquals(Optional.empty(), agreement.validity());
        assertEquals(Optional.empty(), agreement.framework());
        assertTrue(agreement.signatories().isEmpty());
        assertTrue(agreement.sdgTargets().isEmpty());
        assertEquals(5, agreement.cooperationAreas().size());
        assertTrue(agreement.cooperationAreas().stream().allMatch(CooperationArea::isMedicalSpecialty));
        assertEquals(List.of(FEWER_TRANSFERS), agreement.objectives());
        assertEquals(List.of(Citation.of(SEED_000, "paragraph 1")), agreement.citations());
    }

    @Test
    void keepsArabicTitle() {
        Agreement agreement = convention().build();
        assertEquals(Optional.of("اتفاقية شراكة بين الصندوق الوطني للتأمينات الاجتماعية والمستشفى الجامعي لبروكسل"),
            agreement.title().in("ar"));
        assertEquals("Convention de partenariat entre la CNAS et le CHU de Bruxelles", agreement.title().first());
    }

    @Test
    void holdsEveryAttributeOfADeclarationUnderAFramework() {
        Agreement agreement = declaration();
        assertEquals(AgreementKind.DECLARATION_OF_INTENT, agreement.kind());
        assertEquals(Optional.of("Декларация о намерениях по первичной медико-санитарной помощи"),
            agreement.title().in("ru"));
        assertEquals(1, agreement.signatories().size());
        assertEquals(KAZAKHSTAN, agreement.signatories().get(0).party());
        assertEquals(Optional.of(ReportedDate.stated(PartialDate.of(2024, 11, 4))), agreement.signed());
        assertEquals(Optional.of(PartialDate.of(2024, 11)), agreement.inForce());
        assertEquals("KZ", agreement.place().orElseThrow().country().code());
        assertEquals(Optional.of(PartialDate.of(2024, 11, 4)), agreement.validity().orElseThrow().start());
        assertEquals(Set.of(CooperationArea.PRIMARY_HEALTH_CARE, CooperationArea.HEALTH_WORKFORCE_TRAINING),
            agreement.cooperationAreas());
        assertEquals(Optional.of(FRANCE), agreement.commitments().get(0).party());
        assertEquals(1, agreement.objectives().size());
        assertEquals(Optional.of(JOINT_DECLARATION), agreement.framework());
        assertEquals(Set.of(SdgTarget.T3_8), agreement.sdgTargets());
        assertEquals(List.of(Citation.of(EntityId.of("seed-003"), "paragraph 2")), agreement.citations());
    }

    @Test
    void actorsAreTheDistinctPartyActorsInOrder() {
        Agreement agreement = convention()
            .parties(List.of(Party.of(CHU_BRUXELLES, PartyRole.IMPLEMENTER), Party.of(CNAS, PartyRole.FUNDER),
                Party.of(CHU_BRUXELLES, PartyRole.SIGNATORY), Party.of(CNAS, PartyRole.SIGNATORY)))
            .build();
        assertEquals(List.of(CHU_BRUXELLES, CNAS), agreement.actors());
        assertEquals(4, agreement.parties().size());
    }

    @Test
    void tellsWhetherAnActorIsAParty() {
        Agreement agreement = convention().build();
        assertTrue(agreement.isPartyActor(CNAS));
        assertTrue(agreement.isPartyActor(EntityId.of("be-chu-bruxelles")));
        assertFalse(agreement.isPartyActor(OTHER));
        NullPointerException ex = assertThrows(NullPointerException.class, () -> agreement.isPartyActor(null));
        assertEquals("actor", ex.getMessage());
    }

    @Test
    void equalsByValue() {
        assertEquals(declaration(), declaration());
        assertEquals(declaration().hashCode(), declaration().hashCode());
        assertEquals(convention().build(), convention().build());
        assertNotEquals(convention().build(), convention().status(AgreementStatus.IN_FORCE).build());
        assertNotEquals(convention().build(), convention().addCitation(Citation.of(SEED_000, "paragraph 1")).build());
    }

    @Test
    void toStringNamesIdKindAndParties() {
        String text = convention().build().toString();
        assertTrue(text.contains("dz-cnas-chu-bruxelles-convention"), text);
        assertTrue(text.contains("PARTNERSHIP_CONVENTION"), text);
        assertTrue(text.contains("be-chu-bruxelles"), text);
    }

    @Test
    void collectionsAreUnmodifiable() {
        Agreement agreement = declaration();
        assertThrows(UnsupportedOperationException.class,
            () -> agreement.parties().add(Party.of(OTHER, PartyRole.FUNDER)));
        assertThrows(UnsupportedOperationException.class, () -> agreement.signatories().clear());
        assertThrows(UnsupportedOperationException.class,
            () -> agreement.cooperationAreas().add(CooperationArea.ONCOLOGY));
        assertThrows(UnsupportedOperationException.class, () -> agreement.commitments().clear());
        assertThrows(UnsupportedOperationException.class, () -> agreement.objectives().clear());
        assertThrows(UnsupportedOperationException.class, () -> agreement.sdgTargets().add(SdgTarget.T3_1));
        assertThrows(UnsupportedOperationException.class, () -> agreement.citations().clear());
        assertThrows(UnsupportedOperationException.class, () -> agreement.actors().clear());
    }

    @Test
    void requiredAttributesAreReportedTogether() {
        assertBrokenAll(() -> Agreement.builder().build(),
            "id required", "kind required", "parties agreement.too-few-parties", "status required", "title required");
    }

    @Test
    void titleIsRequired() {
        assertBroken(() -> Agreement.builder().id(CONVENTION).kind(AgreementKind.CHARTER)
            .addParty(Party.of(CNAS, PartyRole.SIGNATORY)).status(AgreementStatus.SIGNED).build(), "title",
            "required");
    }

    @Test
    void aBuilderCopiesAnAgreement() {
        assertEquals(declaration(), Agreement.builder().from(declaration()).build());
        Agreement changed = Agreement.builder().from(declaration()).cooperationAreas(List.of(CooperationArea.ONCOLOGY))
            .addAllSdgTargets(List.of(SdgTarget.T3_C)).build();
        assertEquals(Set.of(CooperationArea.ONCOLOGY), changed.cooperationAreas());
        assertEquals(Set.of(SdgTarget.T3_8, SdgTarget.T3_C), changed.sdgTargets());
        assertEquals(declaration().parties(), changed.parties());
    }

    @Test
    void aNullIsRefusedAtOnceNamingTheProperty() {
        assertNullRefused(() -> convention().id(null), "id");
        assertNullRefused(() -> convention().kind(null), "kind");
        assertNullRefused(() -> convention().title(null), "title");
        assertNullRefused(() -> convention().addParty(null), "parties");
        assertNullRefused(() -> convention().addAllParties(null), "parties");
        assertNullRefused(() -> convention().parties(Arrays.asList(Party.of(CNAS, PartyRole.FUNDER), null)),
            "parties");
        assertNullRefused(() -> convention().addSignatory(null), "signatories");
        assertNullRefused(() -> convention().status(null), "status");
        assertNullRefused(() -> convention().signed(null), "signed");
        assertNullRefused(() -> convention().inForce(null), "inForce");
        assertNullRefused(() -> convention().place(null), "place");
        assertNullRefused(() -> convention().validity(null), "validity");
        assertNullRefused(() -> convention().addCooperationArea(null), "cooperationAreas");
        assertNullRefused(() -> convention().addAllCooperationAreas(Arrays.asList(CooperationArea.ONCOLOGY, null)),
            "cooperationAreas");
        assertNullRefused(() -> convention().addCommitment(null), "commitments");
        assertNullRefused(() -> convention().addObjective(null), "objectives");
        assertNullRefused(() -> convention().framework(null), "framework");
        assertNullRefused(() -> convention().addSdgTarget(null), "sdgTargets");
        assertNullRefused(() -> convention().sdgTargets(null), "sdgTargets");
        assertNullRefused(() -> convention().addCitation(null), "citations");
        assertNullRefused(() -> Agreement.builder().from(null), "value");
    }

    @Test
    void aRefusedNullLeavesTheBuilderAsItWas() {
        Agreement.Builder builder = convention();
        assertNullRefused(() -> builder.addAllParties(Arrays.asList(Party.of(OTHER, PartyRole.FUNDER), null)),
            "parties");
        assertEquals(convention().build(), builder.build());
    }

    @Test
    void agreementNeedsTwoDistinctActors() {
        ModelViolationException ex = broken(
            () -> convention().parties(List.of(Party.of(CNAS, PartyRole.SIGNATORY))).build(), "parties",
            "agreement.too-few-parties");
        assertEquals(Optional.of(1), only(ex).invalidValue());
    }

    @Test
    void sameActorInTwoRolesCountsAsOneActor() {
        broken(() -> convention()
            .parties(List.of(Party.of(CNAS, PartyRole.SIGNATORY), Party.of(CNAS, PartyRole.FUNDER))).build(),
            "parties", "agreement.too-few-parties");
    }

    @Test
    void agreementWithoutPartiesHasTooFewParties() {
        broken(() -> convention().parties(List.of()).build(), "parties", "agreement.too-few-parties");
    }

    @Test
    void charterMayHaveASingleParty() {
        Agreement charter = convention().kind(AgreementKind.CHARTER)
            .parties(List.of(Party.of(EntityId.of("network-of-mutualist-health-centres"), PartyRole.SIGNATORY)))
            .build();
        assertEquals(1, charter.actors().size());
    }

    @Test
    void charterNeedsAtLeastOneParty() {
        broken(() -> convention().kind(AgreementKind.CHARTER).parties(List.of()).build(),
            "parties", "agreement.too-few-parties");
    }

    @Test
    void sameActorInTheSameRoleTwiceIsADuplicate() {
        ModelViolationException ex = broken(() -> convention().addParty(Party.of(CNAS, PartyRole.SIGNATORY)).build(),
            "parties[2]", "agreement.duplicate-party");
        assertEquals(Optional.of(Party.of(CNAS, PartyRole.SIGNATORY)), only(ex).invalidValue());
    }

    @Test
    void sameActorInAnotherRoleIsNotADuplicate() {
        Agreement agreement = convention().addParty(Party.of(CNAS, PartyRole.FUNDER)).build();
        assertEquals(3, agreement.parties().size());
    }

    @Test
    void signatoryMustSignForAParty() {
        ModelViolationException ex = broken(() -> convention()
            .addSignatory(Signatory.of(CNAS_DG, CNAS))
            .addSignatory(Signatory.of(CHU_DG, OTHER))
            .build(), "signatories[1].party", "agreement.signatory-not-party");
        assertEquals(Optional.of(OTHER), only(ex).invalidValue());
    }

    @Test
    void signatoriesOfEachPartyAreAccepted() {
        Agreement agreement = convention()
            .addSignatory(Signatory.of(CNAS_DG, CNAS))
            .addSignatory(Signatory.of(CHU_DG, CHU_BRUXELLES))
            .build();
        assertEquals(2, agreement.signatories().size());
    }

    @Test
    void anAgreementInForceBeforeItsSigningIsBuiltWithAWarning() {
        Agreement provisional = convention().signed(SIGNED_10_MAY).inForce(PartialDate.of(2024, 4)).build();
        assertEquals(Optional.of(PartialDate.of(2024, 4)), provisional.inForce());
        Violation warning = assertWarned(Agreement.class, provisional, "inForce agreement.in-force-before-signing")
            .get(0);
        assertEquals(Optional.of(PartialDate.of(2024, 4)), warning.invalidValue());
        assertEquals(Rules.find("agreement.in-force-before-signing").orElseThrow().message(), warning.message());
    }

    @Test
    void anAgreementAsItShouldBeHasNoWarnings() {
        assertWarned(Agreement.class, declaration());
        assertWarned(Agreement.class, convention().build());
    }

    @Test
    void inForceThatMayFallOnOrAfterSigningIsAccepted() {
        assertEquals(Optional.of(PartialDate.of(2024, 5)),
            convention().signed(SIGNED_10_MAY).inForce(PartialDate.of(2024, 5)).build().inForce());
        assertEquals(Optional.of(PartialDate.of(2024)),
            convention().signed(SIGNED_10_MAY).inForce(PartialDate.of(2024)).build().inForce());
        assertEquals(Optional.of(PartialDate.of(2024, 5, 10)),
            convention().signed(SIGNED_10_MAY).inForce(PartialDate.of(2024, 5, 10)).build().inForce());
        assertEquals(Optional.of(PartialDate.of(2020)), convention().inForce(PartialDate.of(2020)).build().inForce());
    }

    @Test
    void agreementCannotBeItsOwnFramework() {
        broken(() -> convention().framework(CONVENTION).build(), "framework", "agreement.own-framework");
    }

    @Test
    void proposedAgreementHasNoSignatories() {
        broken(() -> convention().status(AgreementStatus.PROPOSED).addSignatory(Signatory.of(CNAS_DG, CNAS)).build(),
            "status", "agreement.signed-while-proposed");
    }

    @Test
    void proposedAgreementHasNoSigningDate() {
        broken(() -> convention().status(AgreementStatus.PROPOSED).signed(SIGNED_10_MAY).build(),
            "status", "agreement.signed-while-proposed");
    }

    @Test
    void proposedAgreementWithoutSignatureIsAccepted() {
        assertEquals(AgreementStatus.PROPOSED, convention().status(AgreementStatus.PROPOSED).build().status());
    }

    @Test
    void commitmentMustBeUndertakenByAParty() {
        ModelViolationException ex = broken(() -> convention()
            .addCommitment(Commitment.builder().kind(CommitmentKind.TRAINING).party(CHU_BRUXELLES).build())
            .addCommitment(Commitment.builder().kind(CommitmentKind.FUNDING).party(OTHER).build())
            .build(), "commitments[1].party", "agreement.commitment-party-not-party");
        assertEquals(Optional.of(OTHER), only(ex).invalidValue());
    }

    @Test
    void commitmentWithoutPartyIsAccepted() {
        assertEquals(1,
            convention().addCommitment(Commitment.of(CommitmentKind.RESEARCH)).build().commitments().size());
    }

    @Test
    void severalBrokenRulesAreReportedTogether() {
        ModelViolationException ex = assertBrokenAll(() -> Agreement.builder()
                .id(CONVENTION)
                .kind(AgreementKind.MEMORANDUM_OF_UNDERSTANDING)
                .addParty(Party.of(CNAS, PartyRole.SIGNATORY))
                .addParty(Party.of(CHU_BRUXELLES, PartyRole.SIGNATORY))
                .addSignatory(Signatory.of(CHU_DG, OTHER))
                .status(AgreementStatus.SIGNED)
                .signed(SIGNED_10_MAY)
                .inForce(PartialDate.of(2023)) // a warning, not among the errors
                .addCommitment(Commitment.builder().kind(CommitmentKind.TRAINING).party(OTHER).build())
                .framework(CONVENTION)
                .build(),
            "commitments[0].party agreement.commitment-party-not-party",
            "framework agreement.own-framework",
            "signatories[0].party agreement.signatory-not-party",
            "title required");
        assertEquals("Agreement", ex.typeName());
        for (Violation violation : ex.violations()) {
            assertEquals(Rules.find(violation.rule()).orElseThrow().message(), violation.message());
        }
    }
}

package org.uhcmodel.testing;

import static org.uhcmodel.testing.Refusals.assertEqualValues;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import org.uhcmodel.actor.FacilityLevel;
import org.uhcmodel.actor.FacilityOwnership;
import org.uhcmodel.actor.FacilityType;
import org.uhcmodel.actor.FacilityProfile;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.Person;
import org.uhcmodel.actor.Position;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.Commitment;
import org.uhcmodel.agreement.Event;
import org.uhcmodel.agreement.GoverningBody;
import org.uhcmodel.agreement.Party;
import org.uhcmodel.agreement.Signatory;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.programme.ProgrammeParticipant;
import org.uhcmodel.scheme.Benefit;
import org.uhcmodel.scheme.BenefitPackage;
import org.uhcmodel.scheme.ContributionRule;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.scheme.CoverageSnapshot;
import org.uhcmodel.scheme.PayerShare;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.Identifier;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.Objective;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Percentage;
import org.uhcmodel.value.Period;
import org.uhcmodel.value.Place;
import org.uhcmodel.value.ReportedDate;
import org.uhcmodel.value.Statistic;

/**
 * Every generated value is valid, and building the same input twice gives equal values with equal hashes.
 * <p>
 * Generation itself runs the builders, so a generated value has passed validation; each property builds the value
 * again from the same input, twice, through the public builder or factory.
 */
@AtLeastThousandTries
class ValidityProperties {

    @Property(tries = 1000)
    void generatedLocalizedTextRebuildsToAnEqualValue(@ForAll LocalizedText x) {
        LocalizedText once = LocalizedText.builder().putAllEntries(x.entries()).build();
        LocalizedText twice = LocalizedText.builder().putAllEntries(x.entries()).build();
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }

    @Property(tries = 1000)
    void generatedCitationRebuildsToAnEqualValue(@ForAll Citation x) {
        Citation once = Citation.builder().from(x).build();
        Citation twice = Citation.builder().from(x).build();
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }

    @Property(tries = 1000)
    void generatedObjectiveRebuildsToAnEqualValue(@ForAll Objective x) {
        Objective once = Objective.builder().from(x).build();
        Objective twice = Objective.builder().from(x).build();
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }

    @Property(tries = 1000)
    void generatedPeriodRebuildsToAnEqualValue(@ForAll Period x) {
        Period once = Period.builder().from(x).build();
        Period twice = Period.builder().from(x).build();
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }

    @Property(tries = 1000)
    void generatedPlaceRebuildsToAnEqualValue(@ForAll Place x) {
        Place once = Place.builder().from(x).build();
        Place twice = Place.builder().from(x).build();
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }

    @Property(tries = 1000)
    void generatedStatisticRebuildsToAnEqualValue(@ForAll Statistic x) {
        Statistic once = Statistic.builder().from(x).build();
        Statistic twice = Statistic.builder().from(x).build();
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }

    @Property(tries = 1000)
    void generatedSourceDocumentRebuildsToAnEqualValue(@ForAll SourceDocument x) {
        SourceDocument once = SourceDocument.builder().from(x).build();
        SourceDocument twice = SourceDocument.builder().from(x).build();
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }

    @Property(tries = 1000)
    void generatedOrganizationRebuildsToAnEqualValue(@ForAll Organization x) {
        Organization once = Organization.builder().from(x).build();
        Organization twice = Organization.builder().from(x).build();
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }

    /** A finite space, generated at random here and checked whole by the example below. */
    @Property(tries = 1000, generation = GenerationMode.RANDOMIZED)
    void generatedFacilityProfileRebuildsToAnEqualValue(@ForAll FacilityProfile x) {
        FacilityProfile once = FacilityProfile.builder().from(x).build();
        FacilityProfile twice = FacilityProfile.builder().from(x).build();
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }

    @Example
    void everyFacilityProfileIsGeneratedAndRebuildsToAnEqualValue() {
        Set<FacilityProfile> generated = new HashSet<>();
        for (FacilityProfile x : Actors.facilityProfiles().exhaustive().orElseThrow()) {
            assertEqualValues(FacilityProfile.builder().from(x).build(), x);
            generated.add(x);
        }
        int all = FacilityType.values().length * (FacilityLevel.values().length
                + 1) * (FacilityOwnership.values().length + 1);
        Refusals.check(generated.size() == all, generated.size() + " facility profiles generated, " + all + " exist");
    }

    @Property(tries = 1000)
    void generatedPersonRebuildsToAnEqualValue(@ForAll Person x) {
        Person once = Person.builder().from(x).build();
        Person twice = Person.builder().from(x).build();
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }

    @Property(tries = 1000)
    void generatedPositionRebuildsToAnEqualValue(@ForAll Position x) {
        Position once = Position.builder().from(x).build();
        Position twice = Position.builder().from(x).build();
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }

    @Property(tries = 1000)
    void generatedAgreementRebuildsToAnEqualValue(@ForAll Agreement x) {
        Agreement once = Agreement.builder().from(x).build();
        Agreement twice = Agreement.builder().from(x).build();
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }

    @Property(tries = 1000)
    void generatedPartyRebuildsToAnEqualValue(@ForAll Party x) {
        Party once = Party.builder().from(x).build();
        Party twice = Party.builder().from(x).build();
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }

    @Property(tries = 1000)
    void generatedSignatoryRebuildsToAnEqualValue(@ForAll Signatory x) {
        Signatory once = Signatory.builder().from(x).build();
        Signatory twice = Signatory.builder().from(x).build();
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }

    @Property(tries = 1000)
    void generatedCommitmentRebuildsToAnEqualValue(@ForAll Commitment x) {
        Commitment once = Commitment.builder().from(x).build();
        Commitment twice = Commitment.builder().from(x).build();
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }

    @Property(tries = 1000)
    void generatedGoverningBodyRebuildsToAnEqualValue(@ForAll GoverningBody x) {
        GoverningBody once = GoverningBody.builder().from(x).build();
        GoverningBody twice = GoverningBody.builder().from(x).build();
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }

    @Property(tries = 1000)
    void generatedEventRebuildsToAnEqualValue(@ForAll Event x) {
        Event once = Event.builder().from(x).build();
        Event twice = Event.builder().from(x).build();
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }

    @Property(tries = 1000)
    void generatedProgrammeRebuildsToAnEqualValue(@ForAll Programme x) {
        Programme once = Programme.builder().from(x).build();
        Programme twice = Programme.builder().from(x).build();
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }

    @Property(tries = 1000)
    void generatedProgrammeParticipantRebuildsToAnEqualValue(@ForAll ProgrammeParticipant x) {
        ProgrammeParticipant once = ProgrammeParticipant.builder().from(x).build();
        ProgrammeParticipant twice = ProgrammeParticipant.builder().from(x).build();
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }

    @Property(tries = 1000)
    void generatedCoverageSchemeRebuildsToAnEqualValue(@ForAll CoverageScheme x) {
        CoverageScheme once = CoverageScheme.builder().from(x).build();
        CoverageScheme twice = CoverageScheme.builder().from(x).build();
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }

    @Property(tries = 1000)
    void generatedBenefitPackageRebuildsToAnEqualValue(@ForAll BenefitPackage x) {
        BenefitPackage once = BenefitPackage.builder().from(x).build();
        BenefitPackage twice = BenefitPackage.builder().from(x).build();
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }

    @Property(tries = 1000)
    void generatedBenefitRebuildsToAnEqualValue(@ForAll Benefit x) {
        Benefit once = Benefit.builder().from(x).build();
        Benefit twice = Benefit.builder().from(x).build();
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }

    @Property(tries = 1000)
    void generatedContributionRuleRebuildsToAnEqualValue(@ForAll ContributionRule x) {
        ContributionRule once = ContributionRule.builder().from(x).build();
        ContributionRule twice = ContributionRule.builder().from(x).build();
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }

    @Property(tries = 1000)
    void generatedPayerShareRebuildsToAnEqualValue(@ForAll PayerShare x) {
        PayerShare once = PayerShare.builder().from(x).build();
        PayerShare twice = PayerShare.builder().from(x).build();
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }

    @Property(tries = 1000)
    void generatedCoverageSnapshotRebuildsToAnEqualValue(@ForAll CoverageSnapshot x) {
        CoverageSnapshot once = CoverageSnapshot.builder().from(x).build();
        CoverageSnapshot twice = CoverageSnapshot.builder().from(x).build();
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }

    @Property(tries = 1000)
    void generatedIndicatorObservationRebuildsToAnEqualValue(@ForAll IndicatorObservation x) {
        IndicatorObservation once = IndicatorObservation.builder().from(x).build();
        IndicatorObservation twice = IndicatorObservation.builder().from(x).build();
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }

    @Property(tries = 1000)
    void generatedIndicatorTargetRebuildsToAnEqualValue(@ForAll IndicatorTarget x) {
        IndicatorTarget once = IndicatorTarget.builder().from(x).build();
        IndicatorTarget twice = IndicatorTarget.builder().from(x).build();
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }

    @Property(tries = 1000)
    void generatedDatasetRebuildsToAnEqualValue(@ForAll Dataset x) {
        Dataset once = Dataset.builder().from(x).build();
        Dataset twice = Dataset.builder().from(x).build();
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }

    /** The assigned codes: a finite space, generated at random here and checked whole by the example below. */
    @Property(tries = 1000, generation = GenerationMode.RANDOMIZED)
    void generatedCountryCodeRebuildsToAnEqualValue(@ForAll CountryCode x) {
        assertEqualValues(CountryCode.of(x.code()), CountryCode.of(x.code()));
        assertEqualValues(CountryCode.of(x.code()), x);
    }

    @Example
    void everyAssignedCountryCodeRebuildsToAnEqualValue() {
        Set<String> generated = new HashSet<>();
        for (CountryCode x : Values.countryCodes().exhaustive().orElseThrow()) {
            assertEqualValues(CountryCode.of(x.code()), x);
            generated.add(x.code());
        }
        Refusals.check(generated.equals(CountryCode.assignedCodes()), "generated " + generated.size() + " of the "
            + CountryCode.assignedCodes().size() + " assigned codes");
    }

    @Property(tries = 1000)
    void generatedEntityIdRebuildsToAnEqualValue(@ForAll EntityId x) {
        assertEqualValues(EntityId.of(x.value()), EntityId.of(x.value()));
        assertEqualValues(EntityId.of(x.value()), x);
    }

    @Property(tries = 1000)
    void generatedMoneyRebuildsToAnEqualValue(@ForAll Money x) {
        assertEqualValues(Money.of(x.amount(), x.currency()), Money.of(x.amount(), x.currency()));
        assertEqualValues(Money.of(x.amount(), x.currency()), x);
    }

    @Property(tries = 1000)
    void generatedPercentageRebuildsToAnEqualValue(@ForAll Percentage x) {
        assertEqualValues(Percentage.of(x.value()), Percentage.of(x.value()));
        assertEqualValues(Percentage.of(x.value()), x);
    }

    @Property(tries = 1000)
    void generatedIdentifierRebuildsToAnEqualValue(@ForAll Identifier x) {
        assertEqualValues(Identifier.of(x.scheme(), x.value()), Identifier.of(x.scheme(), x.value()));
        assertEqualValues(Identifier.of(x.scheme(), x.value()), x);
    }

    @Property(tries = 1000)
    void generatedReportedDateRebuildsToAnEqualValue(@ForAll ReportedDate x) {
        assertEqualValues(ReportedDate.of(x.date(), x.basis()), ReportedDate.of(x.date(), x.basis()));
        assertEqualValues(ReportedDate.of(x.date(), x.basis()), x);
    }

    @Property(tries = 1000)
    void generatedPartialDateRebuildsToAnEqualValue(@ForAll PartialDate x) {
        PartialDate once = x.day().isPresent() ? PartialDate.of(x.year(), x.month().get(), x.day().get())
            : x.month().isPresent() ? PartialDate.of(x.year(), x.month().get()) : PartialDate.of(x.year());
        PartialDate twice = x.day().isPresent() ? PartialDate.of(x.year(), x.month().get(), x.day().get())
            : x.month().isPresent() ? PartialDate.of(x.year(), x.month().get()) : PartialDate.of(x.year());
        assertEqualValues(once, twice);
        assertEqualValues(once, x);
    }
}

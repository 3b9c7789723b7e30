package org.uhcmodel.benchmarks;

import java.math.BigDecimal;
import java.util.List;
import org.uhcmodel.actor.Honorific;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.actor.Person;
import org.uhcmodel.actor.Position;
import org.uhcmodel.actor.RoleKind;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.AgreementKind;
import org.uhcmodel.agreement.AgreementStatus;
import org.uhcmodel.agreement.CooperationArea;
import org.uhcmodel.agreement.Party;
import org.uhcmodel.agreement.PartyRole;
import org.uhcmodel.area.Area;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.programme.ActivityDate;
import org.uhcmodel.programme.ActivityDateType;
import org.uhcmodel.programme.ActivityStatus;
import org.uhcmodel.programme.Budget;
import org.uhcmodel.programme.IatiOrganisationRole;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.programme.ProgrammeKind;
import org.uhcmodel.programme.ProgrammeParticipant;
import org.uhcmodel.programme.RecipientCountry;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.scheme.FinancingScheme;
import org.uhcmodel.scheme.Membership;
import org.uhcmodel.scheme.PopulationGroup;
import org.uhcmodel.scheme.SchemeType;
import org.uhcmodel.sdg.IndicatorCode;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.ReferencePeriod;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.DateBasis;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.Identifier;
import org.uhcmodel.value.IdentifierScheme;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.ReportedDate;

/**
 * Builds the model's values from the raw inputs through the public builders, parsing every id, code, date and
 * amount as a reader of the model's users would: the honest cost of a validated value.
 * <p>
 * This is the one class that follows the core API; when a type's builder is renamed, only this class changes.
 */
final class Models {

    private Models() {
    }

    static Organization organization(Raw.Org r) {
        Organization.Builder b = Organization.builder()
            .id(EntityId.of(r.id()))
            .name(LocalizedText.of(r.lang(), r.name()))
            .acronym(r.acronym())
            .kind(OrganizationKind.fromCode(r.kind()))
            .country(CountryCode.of(r.country()))
            .addIdentifier(Identifier.of(IdentifierScheme.fromCode(r.identifierScheme()), r.identifierValue()));
        if (r.parent() != null) {
            b.parent(EntityId.of(r.parent()));
        }
        return b.build();
    }

    static Person person(Raw.Per r) {
        return Person.builder()
            .id(EntityId.of(r.id()))
            .name(r.name())
            .honorific(Honorific.fromCode(r.honorific()))
            .addPosition(Position.builder()
                .role(RoleKind.fromCode(r.role()))
                .title(LocalizedText.of(r.lang(), r.title()))
                .organization(EntityId.of(r.organization()))
                .build())
            .build();
    }

    static Agreement agreement(Raw.Agr r) {
        return Agreement.builder()
            .id(EntityId.of(r.id()))
            .kind(AgreementKind.fromCode(r.kind()))
            .title(LocalizedText.of(r.lang(), r.title()))
            .addParty(Party.of(EntityId.of(r.party1()), PartyRole.fromCode(r.role1())))
            .addParty(Party.of(EntityId.of(r.party2()), PartyRole.fromCode(r.role2())))
            .status(AgreementStatus.fromCode(r.status()))
            .signed(ReportedDate.of(PartialDate.parse(r.signedDate()), DateBasis.fromCode(r.signedBasis())))
            .addCooperationArea(CooperationArea.fromCode(r.area()))
            .addSdgTarget(SdgTarget.fromCode(r.sdgTarget()))
            .build();
    }

    static Programme programme(Raw.Prog r) {
        // Each input is parsed once, as a program mapping its own records would, and used wherever it applies.
        PartialDate start = PartialDate.parse(r.start());
        PartialDate end = PartialDate.parse(r.end());
        return Programme.builder()
            .id(EntityId.of(r.id()))
            .name(LocalizedText.of(r.lang(), r.name()))
            .kind(ProgrammeKind.fromCode(r.kind()))
            .addRecipientCountry(RecipientCountry.of(CountryCode.of(r.country())))
            .addDate(ActivityDate.of(ActivityDateType.PLANNED_START, start))
            .addDate(ActivityDate.of(ActivityDateType.PLANNED_END, end))
            .addParticipant(ProgrammeParticipant.of(EntityId.of(r.org1()), IatiOrganisationRole.fromCode(r.role1())))
            .addParticipant(ProgrammeParticipant.of(EntityId.of(r.org2()), IatiOrganisationRole.fromCode(r.role2())))
            .status(ActivityStatus.fromCode(r.status()))
            .addBudget(Budget.builder().start(start).end(end).value(Money.of(r.amount(), r.currency()))
                .valueDate(start).build())
            .build();
    }

    static CoverageScheme scheme(Raw.Scheme r) {
        return CoverageScheme.builder()
            .id(EntityId.of(r.id()))
            .name(LocalizedText.of(r.lang(), r.name()))
            .acronym(r.acronym())
            .operator(EntityId.of(r.operator()))
            .country(CountryCode.of(r.country()))
            .type(SchemeType.fromCode(r.type()))
            .financingClass(FinancingScheme.fromCode(r.financing()))
            .membership(Membership.fromCode(r.membership()))
            .addTargetGroup(PopulationGroup.fromCode(r.group()))
            .launched(ReportedDate.of(PartialDate.parse(r.launched()), DateBasis.fromCode(r.launchedBasis())))
            .build();
    }

    static IndicatorObservation observation(Raw.Obs r) {
        return IndicatorObservation.builder()
            .indicator(IndicatorCode.of(r.indicator()))
            .area(Area.of(r.country()))
            .period(ReferencePeriod.ofYear(r.year()))
            .value(new BigDecimal(r.value()))
            .addCitation(Citation.of(EntityId.of(r.source())))
            .build();
    }

    static Dataset dataset(List<Organization> organizations, List<Agreement> agreements) {
        return Dataset.builder().addAllOrganizations(organizations).addAllAgreements(agreements).build();
    }

    /**
     * Builds the dataset of the JSON benchmarks: {@code n} organisations and {@code n / 2} agreements.
     *
     * @param n  the number of organisations
     * @return the dataset
     */
    static Dataset dataset(int n) {
        Dataset.Builder b = Dataset.builder();
        for (int i = 0; i < n; i++) {
            b.addOrganization(organization(Raw.organization(i)));
        }
        for (int k = 0; k < n / 2; k++) {
            b.addAgreement(agreement(Raw.agreement(k)));
        }
        return b.build();
    }
}

package org.uhcmodel.meta;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.uhcmodel.actor.FacilityLevel;
import org.uhcmodel.actor.FacilityOwnership;
import org.uhcmodel.actor.FacilityType;
import org.uhcmodel.actor.Honorific;
import org.uhcmodel.actor.IatiOrganisationType;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.actor.RoleKind;
import org.uhcmodel.agreement.AgreementKind;
import org.uhcmodel.agreement.AgreementStatus;
import org.uhcmodel.agreement.BodyKind;
import org.uhcmodel.agreement.CommitmentKind;
import org.uhcmodel.agreement.CooperationArea;
import org.uhcmodel.agreement.EventKind;
import org.uhcmodel.agreement.PartyRole;
import org.uhcmodel.area.AreaKind;
import org.uhcmodel.programme.ActivityDateType;
import org.uhcmodel.programme.ActivityStatus;
import org.uhcmodel.programme.BudgetStatus;
import org.uhcmodel.programme.BudgetType;
import org.uhcmodel.programme.DacRegion;
import org.uhcmodel.programme.DocumentCategory;
import org.uhcmodel.programme.GeographicExactness;
import org.uhcmodel.programme.GeographicLocationReach;
import org.uhcmodel.programme.GeographicVocabulary;
import org.uhcmodel.programme.IatiOrganisationRole;
import org.uhcmodel.programme.IndicatorMeasure;
import org.uhcmodel.programme.OtherIdentifierType;
import org.uhcmodel.programme.ProgrammeKind;
import org.uhcmodel.programme.RelatedActivityType;
import org.uhcmodel.programme.ResultType;
import org.uhcmodel.programme.TransactionType;
import org.uhcmodel.scheme.AccessCondition;
import org.uhcmodel.scheme.AmountBasis;
import org.uhcmodel.scheme.ContributionBasis;
import org.uhcmodel.scheme.ContributionPeriod;
import org.uhcmodel.scheme.ExemptionScope;
import org.uhcmodel.scheme.FinancingScheme;
import org.uhcmodel.scheme.Membership;
import org.uhcmodel.scheme.PayerType;
import org.uhcmodel.scheme.PaymentMethod;
import org.uhcmodel.scheme.PopulationGroup;
import org.uhcmodel.scheme.ProviderClass;
import org.uhcmodel.scheme.RevenueClass;
import org.uhcmodel.scheme.SchemeStatus;
import org.uhcmodel.scheme.SchemeType;
import org.uhcmodel.scheme.ServiceCategory;
import org.uhcmodel.sdg.BudgetBasis;
import org.uhcmodel.sdg.DisaggregationDimension;
import org.uhcmodel.sdg.HealthWorkforceCadre;
import org.uhcmodel.sdg.HouseholdType;
import org.uhcmodel.sdg.IndicatorUnit;
import org.uhcmodel.sdg.ObservationNature;
import org.uhcmodel.sdg.Quintile;
import org.uhcmodel.sdg.ReportingType;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.sdg.SeriesPublisher;
import org.uhcmodel.sdg.ServiceCoverageEdition;
import org.uhcmodel.sdg.Sex;
import org.uhcmodel.sdg.TargetKind;
import org.uhcmodel.sdg.Tracer;
import org.uhcmodel.sdg.TracerCategory;
import org.uhcmodel.sdg.UrbanRural;
import org.uhcmodel.source.SourceKind;
import org.uhcmodel.value.Coded;
import org.uhcmodel.value.DacCategory;
import org.uhcmodel.value.DacSector;
import org.uhcmodel.value.DateBasis;
import org.uhcmodel.value.Direction;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.IdentifierScheme;

/**
 * The catalogue of the model's closed vocabularies: every coded enum, with its codes, labels and the official list it
 * follows.
 */
public final class Vocabularies {

    private static final List<Class<?>> TYPES = List.of(
        FacilityLevel.class, FacilityOwnership.class, FacilityType.class, Honorific.class,
        IatiOrganisationType.class, OrganizationKind.class, RoleKind.class, AgreementKind.class,
        AgreementStatus.class, BodyKind.class, CommitmentKind.class, CooperationArea.class, EventKind.class,
        PartyRole.class, ActivityStatus.class, IatiOrganisationRole.class, ProgrammeKind.class,
        ActivityDateType.class, BudgetStatus.class, BudgetType.class, DacRegion.class, DocumentCategory.class,
        GeographicExactness.class, GeographicLocationReach.class, GeographicVocabulary.class, IndicatorMeasure.class,
        OtherIdentifierType.class, RelatedActivityType.class, ResultType.class, TransactionType.class,
        ContributionBasis.class, ContributionPeriod.class, FinancingScheme.class, Membership.class, PayerType.class,
        PopulationGroup.class, SchemeType.class, ServiceCategory.class, AccessCondition.class, AmountBasis.class,
        ExemptionScope.class, PaymentMethod.class, ProviderClass.class, RevenueClass.class, SchemeStatus.class,
        DisaggregationDimension.class,
        IndicatorUnit.class, SdgTarget.class,
        Tracer.class, TracerCategory.class, SourceKind.class, DacCategory.class, DacSector.class,
        DateBasis.class, Direction.class, EntityKind.class, IdentifierScheme.class,
        AreaKind.class, Sex.class, UrbanRural.class, Quintile.class, HouseholdType.class, ObservationNature.class,
        ReportingType.class, TargetKind.class, SeriesPublisher.class, BudgetBasis.class, HealthWorkforceCadre.class,
        ServiceCoverageEdition.class);

    private static volatile List<Vocabulary<?>> all;

    private Vocabularies() {
    }

    /**
     * Gets every vocabulary of the model.
     *
     * @return the unmodifiable vocabularies, not null
     */
    public static List<Vocabulary<?>> all() {
        List<Vocabulary<?>> found = all;
        if (found == null) {
            List<Vocabulary<?>> list = new ArrayList<>();
            for (Class<?> type : TYPES) {
                list.add(lookup(type));
            }
            found = Collections.unmodifiableList(list);
            all = found;
        }
        return found;
    }

    /**
     * Finds the vocabulary of an enum.
     *
     * @param <E>  the enum
     * @param type  the enum class, not null
     * @return the vocabulary, empty if the enum is not a vocabulary of the model
     */
    @SuppressWarnings("unchecked")
    public static <E extends Enum<E> & Coded> Optional<Vocabulary<E>> find(Class<E> type) {
        Objects.requireNonNull(type, "type");
        return TYPES.contains(type) ? Optional.of((Vocabulary<E>) lookup(type)) : Optional.empty();
    }

    private static Vocabulary<?> lookup(Class<?> type) {
        try {
            Class.forName(type.getName(), true, type.getClassLoader());
        } catch (ClassNotFoundException ex) {
            throw new IllegalStateException(ex);
        }
        Vocabulary<?> vocabulary = Vocabulary.registered(type);
        if (vocabulary == null) {
            throw new IllegalStateException(type.getName() + " declares no Vocabulary");
        }
        return vocabulary;
    }
}

package org.uhcmodel.meta;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
import org.uhcmodel.area.Area;
import org.uhcmodel.area.SubnationalArea;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.programme.ActivityDate;
import org.uhcmodel.programme.AdministrativeArea;
import org.uhcmodel.programme.Budget;
import org.uhcmodel.programme.DocumentLink;
import org.uhcmodel.programme.GeoPoint;
import org.uhcmodel.programme.IatiIdentifier;
import org.uhcmodel.programme.IndicatorBaseline;
import org.uhcmodel.programme.IndicatorPeriod;
import org.uhcmodel.programme.Location;
import org.uhcmodel.programme.OtherIdentifier;
import org.uhcmodel.programme.PlannedDisbursement;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.programme.ProgrammeParticipant;
import org.uhcmodel.programme.ProgrammeSector;
import org.uhcmodel.programme.RecipientCountry;
import org.uhcmodel.programme.RecipientRegion;
import org.uhcmodel.programme.RelatedActivity;
import org.uhcmodel.programme.Result;
import org.uhcmodel.programme.ResultIndicator;
import org.uhcmodel.programme.Transaction;
import org.uhcmodel.scheme.Accreditation;
import org.uhcmodel.scheme.Benefit;
import org.uhcmodel.scheme.BenefitPackage;
import org.uhcmodel.scheme.Contract;
import org.uhcmodel.scheme.ContributionRule;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.scheme.CoverageSnapshot;
import org.uhcmodel.scheme.Earmark;
import org.uhcmodel.scheme.Exclusion;
import org.uhcmodel.scheme.Exemption;
import org.uhcmodel.scheme.MemberCategory;
import org.uhcmodel.scheme.OperatorTerm;
import org.uhcmodel.scheme.PayerShare;
import org.uhcmodel.scheme.PaymentMechanism;
import org.uhcmodel.scheme.QuantityLimit;
import org.uhcmodel.scheme.Revenue;
import org.uhcmodel.sdg.DatedValue;
import org.uhcmodel.sdg.DeclaredCategory;
import org.uhcmodel.sdg.DeclaredDimension;
import org.uhcmodel.sdg.Disaggregation;
import org.uhcmodel.sdg.Indicator;
import org.uhcmodel.sdg.IndicatorCode;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorSeries;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.sdg.MethodEdition;
import org.uhcmodel.sdg.ReferencePeriod;
import org.uhcmodel.sdg.SeriesCode;
import org.uhcmodel.sdg.SocietalPovertyLine;
import org.uhcmodel.sdg.SpendingThreshold;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.AdministrativeLevel;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.CurrencyCode;
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
 * The catalogue of the model's types: every type built from properties, as a {@link ModelType}, and every value type
 * read from text by a factory of its own ({@code EntityId.of}, {@code PartialDate.parse} …).
 */
public final class ModelTypes {

    /** Every type of the model, values read from text first, then types built from properties, parts before wholes. */
    private static final List<Class<?>> TYPES = List.of(
        // Values read from text.
        EntityId.class, CountryCode.class, CurrencyCode.class, PartialDate.class, Percentage.class,
        LocalizedText.class,
        Area.class, IndicatorCode.class, SeriesCode.class, ReferencePeriod.class,
        IatiIdentifier.class,
        // Values built from properties.
        AdministrativeLevel.class,
        Citation.class, Identifier.class, Money.class, ReportedDate.class, Period.class, Place.class, Objective.class,
        Statistic.class,
        SourceDocument.class,
        FacilityProfile.class, Organization.class, Position.class, Person.class,
        Party.class, Signatory.class, Commitment.class, Agreement.class, Event.class, GoverningBody.class,
        ProgrammeParticipant.class, OtherIdentifier.class, ActivityDate.class, RecipientCountry.class,
        RecipientRegion.class, AdministrativeArea.class, GeoPoint.class, Location.class, ProgrammeSector.class,
        Budget.class, PlannedDisbursement.class, Transaction.class, IndicatorBaseline.class, IndicatorPeriod.class,
        ResultIndicator.class, Result.class, DocumentLink.class, RelatedActivity.class, Programme.class,
        Benefit.class, BenefitPackage.class, PayerShare.class, ContributionRule.class, CoverageSnapshot.class,
        MemberCategory.class, OperatorTerm.class, QuantityLimit.class, Exclusion.class, Exemption.class, Earmark.class,
        Revenue.class, PaymentMechanism.class, Accreditation.class,
        CoverageScheme.class, Contract.class,
        SubnationalArea.class,
        SpendingThreshold.class, MethodEdition.class, IndicatorSeries.class, Indicator.class, Disaggregation.class,
        DeclaredCategory.class, DeclaredDimension.class, SocietalPovertyLine.class, DatedValue.class,
        IndicatorObservation.class, IndicatorTarget.class,
        Dataset.class);

    private static volatile List<ModelType<?>> all;
    private static volatile List<TextType<?>> texts;

    private ModelTypes() {
    }

    /**
     * Gets every type built from properties, parts before the types that hold them.
     *
     * @return the unmodifiable types, not null
     */
    public static List<ModelType<?>> all() {
        List<ModelType<?>> found = all;
        if (found == null) {
            List<ModelType<?>> types = new ArrayList<>();
            for (Class<?> type : TYPES) {
                Shape<?> shape = Shape.find(type);
                if (shape != null) {
                    types.add(shape);
                }
            }
            found = Collections.unmodifiableList(types);
            all = found;
        }
        return found;
    }

    /**
     * Gets every type written as text, such as {@code EntityId} or {@code PartialDate}.
     *
     * @return the unmodifiable types, not null
     */
    public static List<TextType<?>> textTypes() {
        List<TextType<?>> found = texts;
        if (found == null) {
            List<TextType<?>> types = new ArrayList<>();
            for (Class<?> type : TYPES) {
                Shape.find(type);
                TextType<?> text = TextType.registered(type);
                if (text != null) {
                    types.add(text);
                }
            }
            found = Collections.unmodifiableList(types);
            texts = found;
        }
        return found;
    }

    /**
     * Finds the description of a type written as text.
     *
     * @param <T>  the type
     * @param type  the class, such as {@code CountryCode.class}, not null
     * @return the description, empty if the type is not written as text
     */
    @SuppressWarnings("unchecked")
    public static <T> Optional<TextType<T>> findText(Class<T> type) {
        Objects.requireNonNull(type, "type");
        Shape.find(type);
        return Optional.ofNullable((TextType<T>) TextType.registered(type));
    }

    /**
     * Gets every type of the model: the values read from text and the types built from properties.
     *
     * @return the unmodifiable classes, not null
     */
    public static List<Class<?>> classes() {
        return TYPES;
    }

    /**
     * Finds the description of a type built from properties.
     *
     * @param <T>  the type
     * @param type  the class, such as {@code Organization.class}, not null
     * @return the description, empty if the type is not built from properties
     */
    @SuppressWarnings("unchecked")
    public static <T> Optional<ModelType<T>> find(Class<T> type) {
        return Optional.ofNullable((ModelType<T>) Shape.find(Objects.requireNonNull(type, "type")));
    }

    /**
     * Gets the description of a type built from properties.
     *
     * @param <T>  the type
     * @param type  the class, such as {@code Organization.class}, not null
     * @return the description, not null
     * @throws IllegalArgumentException if the type is not built from properties
     */
    public static <T> ModelType<T> of(Class<T> type) {
        return find(type).orElseThrow(() -> new IllegalArgumentException(type.getName() + " is not a model type"));
    }
}

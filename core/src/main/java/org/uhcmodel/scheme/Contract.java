package org.uhcmodel.scheme;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.uhcmodel.actor.FacilityLevel;
import org.uhcmodel.agreement.AgreementStatus;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Period;
import org.uhcmodel.value.Place;
import org.uhcmodel.value.ReportedDate;

/**
 * A contract by which a purchaser, such as a health insurance fund or a mutual, buys care for the members of one or
 * more {@link CoverageScheme}s from providers, named one by one or as a class, such as every public health centre of a
 * district: for which services, over which period, paid how, and on which accreditation.
 * <p>
 * A scheme's provider network follows from its contracts: the providers of the contracts that name it
 * ({@code Dataset.networkOf}).
 * <p>
 * The purchaser, the providers and the accrediting body are organisations and the schemes coverage schemes,
 * referenced by id; a dataset checks that they resolve to entities of those types.
 * <p>
 * Rules: {@code required} (id, purchaser), {@code contract.no-provider} (the contract names no provider, provider
 * class or level of care; at {@code providers}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Contract extends ModelObject implements Entity {

    private static final Shape<Contract> SHAPE = Shape.of(Contract.class, Contract::new, Builder::new)
        .entity(EntityKind.CONTRACT).checkedBy(Contract::check);
    private static final Prop<EntityId> ID = SHAPE.required("id", EntityId.class);
    private static final Prop<LocalizedText> TITLE = SHAPE.optional("title", LocalizedText.class);
    private static final Prop<EntityId> PURCHASER = SHAPE.required("purchaser", EntityId.class)
        .refersTo(EntityKind.ORGANIZATION);
    private static final Prop<EntityId> SCHEMES = SHAPE.list("schemes", EntityId.class)
        .refersTo(EntityKind.SCHEME);
    private static final Prop<EntityId> PROVIDERS = SHAPE.list("providers", EntityId.class)
        .refersTo(EntityKind.ORGANIZATION);
    private static final Prop<ProviderClass> PROVIDER_CLASSES = SHAPE.set("providerClasses", ProviderClass.class);
    private static final Prop<FacilityLevel> LEVELS = SHAPE.set("levels", FacilityLevel.class);
    private static final Prop<Place> AREA = SHAPE.optional("area", Place.class);
    private static final Prop<ServiceCategory> SERVICES = SHAPE.set("services", ServiceCategory.class);
    private static final Prop<PaymentMechanism> PAYMENT_MECHANISMS =
        SHAPE.list("paymentMechanisms", PaymentMechanism.class);
    private static final Prop<Accreditation> ACCREDITATION = SHAPE.optional("accreditation", Accreditation.class);
    private static final Prop<AgreementStatus> STATUS = SHAPE.optional("status", AgreementStatus.class);
    private static final Prop<ReportedDate> SIGNED = SHAPE.optional("signed", ReportedDate.class);
    private static final Prop<Period> VALIDITY = SHAPE.optional("validity", Period.class);
    private static final Prop<Citation> CITATIONS = SHAPE.list("citations", Citation.class);

    private static final Rule NO_PROVIDER = SHAPE.error("contract.no-provider",
        "must name the providers, their SHA 2011 class or their level of care", PROVIDER_CLASSES, LEVELS);

    private Contract(Object[] values) {
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
     * Gets the id.
     *
     * @return the id, not null
     */
    @Override
    @NotNull
    public EntityId id() {
        return value(ID);
    }

    /**
     * Gets the title of the contract.
     *
     * @return the title, empty if none
     */
    public Optional<LocalizedText> title() {
        return optional(TITLE);
    }

    /**
     * Gets the organisation that buys the care, such as a health insurance fund.
     *
     * @return the id of the purchaser, not null
     */
    @NotNull
    public EntityId purchaser() {
        return value(PURCHASER);
    }

    /**
     * Gets the schemes whose members the care is for.
     *
     * @return the unmodifiable ids of the schemes, empty if not stated
     */
    public List<@NotNull EntityId> schemes() {
        return list(SCHEMES);
    }

    /**
     * Gets the providers contracted.
     *
     * @return the unmodifiable ids of the providers, empty if the contract names a class or level instead
     */
    public List<@NotNull EntityId> providers() {
        return list(PROVIDERS);
    }

    /**
     * Gets the SHA 2011 classes of the providers contracted.
     *
     * @return the unmodifiable classes, such as {@link ProviderClass#HP_3_4}, empty if not stated
     */
    public Set<@NotNull ProviderClass> providerClasses() {
        return set(PROVIDER_CLASSES);
    }

    /**
     * Gets the levels of care of the providers contracted.
     *
     * @return the unmodifiable levels, empty if not stated
     */
    public Set<@NotNull FacilityLevel> levels() {
        return set(LEVELS);
    }

    /**
     * Gets the area the contracted providers lie in.
     *
     * @return the area, such as a district, empty if not restricted
     */
    public Optional<Place> area() {
        return optional(AREA);
    }

    /**
     * Gets the categories of services bought.
     *
     * @return the unmodifiable categories, empty if the contract covers every service of the schemes
     */
    public Set<@NotNull ServiceCategory> services() {
        return set(SERVICES);
    }

    /**
     * Gets how the providers are paid.
     *
     * @return the unmodifiable mechanisms, empty if not stated
     */
    public List<@NotNull PaymentMechanism> paymentMechanisms() {
        return list(PAYMENT_MECHANISMS);
    }

    /**
     * Gets the accreditation the providers hold or the contract requires.
     *
     * @return the accreditation, empty if none
     */
    public Optional<Accreditation> accreditation() {
        return optional(ACCREDITATION);
    }

    /**
     * Gets the stage the contract has reached.
     *
     * @return the status, empty if not stated
     */
    public Optional<AgreementStatus> status() {
        return optional(STATUS);
    }

    /**
     * Gets the date the contract was signed.
     *
     * @return the date, empty if not stated
     */
    public Optional<ReportedDate> signed() {
        return optional(SIGNED);
    }

    /**
     * Gets the period the contract is in force.
     *
     * @return the period, empty if not stated
     */
    public Optional<Period> validity() {
        return optional(VALIDITY);
    }

    /**
     * Gets the citations of the sources this contract is taken from.
     *
     * @return the unmodifiable citations, empty if none
     */
    @Override
    public List<@NotNull Citation> citations() {
        return list(CITATIONS);
    }

    /**
     * Checks whether this contract may be in force on a day.
     *
     * @param date  the day, not null
     * @return true if the contract has no validity or its validity may contain the day
     */
    public boolean isInForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Validity.mayHold(validity(), date);
    }

    private static void check(Contract contract, Checker checker) {
        if (contract.providers().isEmpty() && contract.providerClasses().isEmpty() && contract.levels().isEmpty()) {
            checker.report(NO_PROVIDER, PROVIDERS, null);
        }
    }

    /**
     * Builds a {@link Contract}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Contract, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the id.
         *
         * @param id  the value, not null
         * @return this builder
         */
        public Builder id(EntityId id) {
            return set(ID, id);
        }

        /**
         * Sets the title of the contract.
         *
         * @param title  the value, not null
         * @return this builder
         */
        public Builder title(LocalizedText title) {
            return set(TITLE, title);
        }

        /**
         * Sets the organisation that buys the care, such as a health insurance fund.
         *
         * @param purchaser  the value, not null
         * @return this builder
         */
        public Builder purchaser(EntityId purchaser) {
            return set(PURCHASER, purchaser);
        }

        /**
         * Adds one of the schemes whose members the care is for.
         *
         * @param scheme  the value, not null
         * @return this builder
         */
        public Builder addScheme(EntityId scheme) {
            return add(SCHEMES, scheme);
        }

        /**
         * Adds, in order, the schemes whose members the care is for.
         *
         * @param schemes  the values, none null, not null
         * @return this builder
         */
        public Builder addAllSchemes(Iterable<? extends EntityId> schemes) {
            return addAll(SCHEMES, schemes);
        }

        /**
         * Replaces the schemes whose members the care is for.
         *
         * @param schemes  the values, none null, not null
         * @return this builder
         */
        public Builder schemes(Iterable<? extends EntityId> schemes) {
            return setAll(SCHEMES, schemes);
        }

        /**
         * Adds one of the providers contracted.
         *
         * @param provider  the value, not null
         * @return this builder
         */
        public Builder addProvider(EntityId provider) {
            return add(PROVIDERS, provider);
        }

        /**
         * Adds, in order, the providers contracted.
         *
         * @param providers  the values, none null, not null
         * @return this builder
         */
        public Builder addAllProviders(Iterable<? extends EntityId> providers) {
            return addAll(PROVIDERS, providers);
        }

        /**
         * Replaces the providers contracted.
         *
         * @param providers  the values, none null, not null
         * @return this builder
         */
        public Builder providers(Iterable<? extends EntityId> providers) {
            return setAll(PROVIDERS, providers);
        }

        /**
         * Adds one of the SHA 2011 classes of the providers contracted.
         *
         * @param providerClass  the value, not null
         * @return this builder
         */
        public Builder addProviderClass(ProviderClass providerClass) {
            return add(PROVIDER_CLASSES, providerClass);
        }

        /**
         * Adds, the SHA 2011 classes of the providers contracted.
         *
         * @param providerClasses  the values, none null, not null
         * @return this builder
         */
        public Builder addAllProviderClasses(Iterable<? extends ProviderClass> providerClasses) {
            return addAll(PROVIDER_CLASSES, providerClasses);
        }

        /**
         * Replaces the SHA 2011 classes of the providers contracted.
         *
         * @param providerClasses  the values, none null, not null
         * @return this builder
         */
        public Builder providerClasses(Iterable<? extends ProviderClass> providerClasses) {
            return setAll(PROVIDER_CLASSES, providerClasses);
        }

        /**
         * Adds one of the levels of care of the providers contracted.
         *
         * @param level  the value, not null
         * @return this builder
         */
        public Builder addLevel(FacilityLevel level) {
            return add(LEVELS, level);
        }

        /**
         * Adds, the levels of care of the providers contracted.
         *
         * @param levels  the values, none null, not null
         * @return this builder
         */
        public Builder addAllLevels(Iterable<? extends FacilityLevel> levels) {
            return addAll(LEVELS, levels);
        }

        /**
         * Replaces the levels of care of the providers contracted.
         *
         * @param levels  the values, none null, not null
         * @return this builder
         */
        public Builder levels(Iterable<? extends FacilityLevel> levels) {
            return setAll(LEVELS, levels);
        }

        /**
         * Sets the area the contracted providers lie in.
         *
         * @param area  the value, not null
         * @return this builder
         */
        public Builder area(Place area) {
            return set(AREA, area);
        }

        /**
         * Adds one of the categories of services bought.
         *
         * @param service  the value, not null
         * @return this builder
         */
        public Builder addService(ServiceCategory service) {
            return add(SERVICES, service);
        }

        /**
         * Adds, the categories of services bought.
         *
         * @param services  the values, none null, not null
         * @return this builder
         */
        public Builder addAllServices(Iterable<? extends ServiceCategory> services) {
            return addAll(SERVICES, services);
        }

        /**
         * Replaces the categories of services bought.
         *
         * @param services  the values, none null, not null
         * @return this builder
         */
        public Builder services(Iterable<? extends ServiceCategory> services) {
            return setAll(SERVICES, services);
        }

        /**
         * Adds one of how the providers are paid.
         *
         * @param paymentMechanism  the value, not null
         * @return this builder
         */
        public Builder addPaymentMechanism(PaymentMechanism paymentMechanism) {
            return add(PAYMENT_MECHANISMS, paymentMechanism);
        }

        /**
         * Adds, in order, how the providers are paid.
         *
         * @param paymentMechanisms  the values, none null, not null
         * @return this builder
         */
        public Builder addAllPaymentMechanisms(Iterable<? extends PaymentMechanism> paymentMechanisms) {
            return addAll(PAYMENT_MECHANISMS, paymentMechanisms);
        }

        /**
         * Replaces how the providers are paid.
         *
         * @param paymentMechanisms  the values, none null, not null
         * @return this builder
         */
        public Builder paymentMechanisms(Iterable<? extends PaymentMechanism> paymentMechanisms) {
            return setAll(PAYMENT_MECHANISMS, paymentMechanisms);
        }

        /**
         * Sets the accreditation the providers hold or the contract requires.
         *
         * @param accreditation  the value, not null
         * @return this builder
         */
        public Builder accreditation(Accreditation accreditation) {
            return set(ACCREDITATION, accreditation);
        }

        /**
         * Sets the stage the contract has reached.
         *
         * @param status  the value, not null
         * @return this builder
         */
        public Builder status(AgreementStatus status) {
            return set(STATUS, status);
        }

        /**
         * Sets the date the contract was signed.
         *
         * @param signed  the value, not null
         * @return this builder
         */
        public Builder signed(ReportedDate signed) {
            return set(SIGNED, signed);
        }

        /**
         * Sets the period the contract is in force.
         *
         * @param validity  the value, not null
         * @return this builder
         */
        public Builder validity(Period validity) {
            return set(VALIDITY, validity);
        }

        /**
         * Adds one of the citations of the sources this contract is taken from.
         *
         * @param citation  the value, not null
         * @return this builder
         */
        public Builder addCitation(Citation citation) {
            return add(CITATIONS, citation);
        }

        /**
         * Adds, in order, the citations of the sources this contract is taken from.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder addAllCitations(Iterable<? extends Citation> citations) {
            return addAll(CITATIONS, citations);
        }

        /**
         * Replaces the citations of the sources this contract is taken from.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder citations(Iterable<? extends Citation> citations) {
            return setAll(CITATIONS, citations);
        }
    }
}

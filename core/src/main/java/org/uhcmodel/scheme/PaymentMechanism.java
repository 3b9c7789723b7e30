package org.uhcmodel.scheme;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.uhcmodel.actor.FacilityLevel;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;
import org.uhcmodel.value.Period;

/**
 * How a purchaser pays health care providers for members' care: a {@link PaymentMethod}, the rate and what it is
 * counted per, and the providers it applies to, named one by one, by SHA 2011 provider class or by level of care,
 * such as capitation of 300 XOF per person and month at health centres ({@link ProviderClass#HP_3_4}) and case-based
 * payment at hospitals ({@link ProviderClass#HP_1}).
 * <p>
 * A mechanism with no provider, class or level applies to every provider the purchaser pays; one with no services
 * applies to every service.
 * <p>
 * Rules: {@code required} (method), {@code money.negative} (a negative rate; at {@code rate.amount}); warning {@code payment-mechanism.method-basis} (the rate is counted per something
 * the method does not usually pay for, such as capitation per admission; at {@code rateBasis}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PaymentMechanism extends ModelObject {

    private static final Shape<PaymentMechanism> SHAPE = Shape.of(PaymentMechanism.class, PaymentMechanism::new, Builder::new)
        .checkedBy(PaymentMechanism::check);
    private static final Prop<PaymentMethod> METHOD = SHAPE.required("method", PaymentMethod.class);
    private static final Prop<Money> RATE = SHAPE.optional("rate", Money.class);
    private static final Prop<AmountBasis> RATE_BASIS = SHAPE.optional("rateBasis", AmountBasis.class);
    private static final Prop<ServiceCategory> SERVICES = SHAPE.set("services", ServiceCategory.class);
    private static final Prop<FacilityLevel> LEVELS = SHAPE.set("levels", FacilityLevel.class);
    private static final Prop<ProviderClass> PROVIDER_CLASSES = SHAPE.set("providerClasses", ProviderClass.class);
    private static final Prop<EntityId> PROVIDERS = SHAPE.list("providers", EntityId.class)
        .refersTo(EntityKind.ORGANIZATION);
    private static final Prop<Period> VALIDITY = SHAPE.optional("validity", Period.class);
    private static final Prop<LocalizedText> NOTE = SHAPE.optional("note", LocalizedText.class);

    private static final Rule NEGATIVE_RATE = SHAPE.enforces(Money.class, "money.negative");
    private static final Rule METHOD_BASIS = SHAPE.warning("payment-mechanism.method-basis",
        "is not what the method usually pays per: capitation per person and month or year, fee-for-service per"
            + " service, visit or prescription, case-based payment per admission or episode, per diem per day,"
            + " budgets and salaries per month or year", METHOD);

    private PaymentMechanism(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a mechanism of a method alone.
     *
     * @param method  the payment method, not null
     * @return the mechanism, not null
     * @throws NullPointerException if the method is null
     */
    public static PaymentMechanism of(PaymentMethod method) {
        return SHAPE.make(METHOD, method);
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
     * Gets the payment method.
     *
     * @return the method, such as {@link PaymentMethod#CAPITATION}, not null
     */
    @NotNull
    public PaymentMethod method() {
        return value(METHOD);
    }

    /**
     * Gets the rate paid.
     *
     * @return the rate, such as 300 XOF, empty if not stated
     */
    public Optional<Money> rate() {
        return optional(RATE);
    }

    /**
     * Gets what the rate is counted per.
     *
     * @return the basis, such as {@link AmountBasis#PERSON_MONTH}, empty if not stated
     */
    public Optional<AmountBasis> rateBasis() {
        return optional(RATE_BASIS);
    }

    /**
     * Gets the categories of services paid this way.
     *
     * @return the unmodifiable categories, empty if the mechanism pays for every service
     */
    public Set<@NotNull ServiceCategory> services() {
        return set(SERVICES);
    }

    /**
     * Gets the levels of care of the providers paid this way.
     *
     * @return the unmodifiable levels, empty if not restricted by level
     */
    public Set<@NotNull FacilityLevel> levels() {
        return set(LEVELS);
    }

    /**
     * Gets the SHA 2011 classes of the providers paid this way.
     *
     * @return the unmodifiable classes, empty if not restricted by class
     */
    public Set<@NotNull ProviderClass> providerClasses() {
        return set(PROVIDER_CLASSES);
    }

    /**
     * Gets the providers paid this way.
     *
     * @return the unmodifiable ids of the providers, empty if not named one by one
     */
    public List<@NotNull EntityId> providers() {
        return list(PROVIDERS);
    }

    /**
     * Gets when the mechanism is in force.
     *
     * @return the period, empty if it holds whenever its holder does
     */
    public Optional<Period> validity() {
        return optional(VALIDITY);
    }

    /**
     * Gets what the source adds, such as how a rate is adjusted.
     *
     * @return the note, empty if none
     */
    public Optional<LocalizedText> note() {
        return optional(NOTE);
    }

    /**
     * Checks whether this mechanism may be in force on a day.
     *
     * @param date  the day, not null
     * @return true if the mechanism has no validity or its validity may contain the day
     */
    public boolean isInForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Validity.mayHold(validity(), date);
    }

    private static void check(PaymentMechanism mechanism, Checker checker) {
        Optional<Money> rate = mechanism.rate();
        if (rate.isPresent() && rate.get().isNegative()) {
            checker.report(NEGATIVE_RATE, "rate.amount", rate.get().amount());
        }
        if (!checker.wants(METHOD_BASIS)) {
            return;
        }
        PaymentMethod method = mechanism.method();
        Optional<AmountBasis> basis = mechanism.rateBasis();
        if (method != null && basis.isPresent() && !usual(method, basis.get())) {
            checker.report(METHOD_BASIS, RATE_BASIS, basis.get());
        }
    }

    /** Whether a method usually pays per this basis; results-based payment may pay per anything agreed. */
    private static boolean usual(PaymentMethod method, AmountBasis basis) {
        switch (method) {
            case CAPITATION:
                return basis == AmountBasis.PERSON_MONTH || basis == AmountBasis.PERSON_YEAR;
            case FEE_FOR_SERVICE:
                return basis == AmountBasis.SERVICE || basis == AmountBasis.VISIT || basis == AmountBasis.PRESCRIPTION;
            case CASE_BASED:
                return basis == AmountBasis.ADMISSION || basis == AmountBasis.EPISODE;
            case PER_DIEM:
                return basis == AmountBasis.DAY;
            case GLOBAL_BUDGET:
            case LINE_ITEM_BUDGET:
            case SALARY:
                return basis == AmountBasis.MONTH || basis == AmountBasis.YEAR;
            default:
                return true;
        }
    }

    /**
     * Builds a {@link PaymentMechanism}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<PaymentMechanism, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the payment method.
         *
         * @param method  the value, not null
         * @return this builder
         */
        public Builder method(PaymentMethod method) {
            return set(METHOD, method);
        }

        /**
         * Sets the rate paid.
         *
         * @param rate  the value, not null
         * @return this builder
         */
        public Builder rate(Money rate) {
            return set(RATE, rate);
        }

        /**
         * Sets what the rate is counted per.
         *
         * @param rateBasis  the value, not null
         * @return this builder
         */
        public Builder rateBasis(AmountBasis rateBasis) {
            return set(RATE_BASIS, rateBasis);
        }

        /**
         * Adds one of the categories of services paid this way.
         *
         * @param service  the value, not null
         * @return this builder
         */
        public Builder addService(ServiceCategory service) {
            return add(SERVICES, service);
        }

        /**
         * Adds, the categories of services paid this way.
         *
         * @param services  the values, none null, not null
         * @return this builder
         */
        public Builder addAllServices(Iterable<? extends ServiceCategory> services) {
            return addAll(SERVICES, services);
        }

        /**
         * Replaces the categories of services paid this way.
         *
         * @param services  the values, none null, not null
         * @return this builder
         */
        public Builder services(Iterable<? extends ServiceCategory> services) {
            return setAll(SERVICES, services);
        }

        /**
         * Adds one of the levels of care of the providers paid this way.
         *
         * @param level  the value, not null
         * @return this builder
         */
        public Builder addLevel(FacilityLevel level) {
            return add(LEVELS, level);
        }

        /**
         * Adds, the levels of care of the providers paid this way.
         *
         * @param levels  the values, none null, not null
         * @return this builder
         */
        public Builder addAllLevels(Iterable<? extends FacilityLevel> levels) {
            return addAll(LEVELS, levels);
        }

        /**
         * Replaces the levels of care of the providers paid this way.
         *
         * @param levels  the values, none null, not null
         * @return this builder
         */
        public Builder levels(Iterable<? extends FacilityLevel> levels) {
            return setAll(LEVELS, levels);
        }

        /**
         * Adds one of the SHA 2011 classes of the providers paid this way.
         *
         * @param providerClass  the value, not null
         * @return this builder
         */
        public Builder addProviderClass(ProviderClass providerClass) {
            return add(PROVIDER_CLASSES, providerClass);
        }

        /**
         * Adds, the SHA 2011 classes of the providers paid this way.
         *
         * @param providerClasses  the values, none null, not null
         * @return this builder
         */
        public Builder addAllProviderClasses(Iterable<? extends ProviderClass> providerClasses) {
            return addAll(PROVIDER_CLASSES, providerClasses);
        }

        /**
         * Replaces the SHA 2011 classes of the providers paid this way.
         *
         * @param providerClasses  the values, none null, not null
         * @return this builder
         */
        public Builder providerClasses(Iterable<? extends ProviderClass> providerClasses) {
            return setAll(PROVIDER_CLASSES, providerClasses);
        }

        /**
         * Adds one of the providers paid this way.
         *
         * @param provider  the value, not null
         * @return this builder
         */
        public Builder addProvider(EntityId provider) {
            return add(PROVIDERS, provider);
        }

        /**
         * Adds, in order, the providers paid this way.
         *
         * @param providers  the values, none null, not null
         * @return this builder
         */
        public Builder addAllProviders(Iterable<? extends EntityId> providers) {
            return addAll(PROVIDERS, providers);
        }

        /**
         * Replaces the providers paid this way.
         *
         * @param providers  the values, none null, not null
         * @return this builder
         */
        public Builder providers(Iterable<? extends EntityId> providers) {
            return setAll(PROVIDERS, providers);
        }

        /**
         * Sets when the mechanism is in force.
         *
         * @param validity  the value, not null
         * @return this builder
         */
        public Builder validity(Period validity) {
            return set(VALIDITY, validity);
        }

        /**
         * Sets what the source adds, such as how a rate is adjusted.
         *
         * @param note  the value, not null
         * @return this builder
         */
        public Builder note(LocalizedText note) {
            return set(NOTE, note);
        }
    }
}

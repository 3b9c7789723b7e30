package org.uhcmodel.testing;

import static org.uhcmodel.testing.Refusals.assertReportedAs;
import static org.uhcmodel.testing.Refusals.check;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.valueextraction.ExtractedValue;
import jakarta.validation.valueextraction.ValueExtractor;
import java.lang.annotation.Annotation;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.testing.internal.Catalogue;
import org.uhcmodel.testing.internal.Generators;
import org.uhcmodel.testing.internal.Meta;
import org.uhcmodel.validation.Blank;
import org.uhcmodel.validation.BoundedDecimal;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.EntityId;

/**
 * Hibernate Validator, given the Jakarta Validation annotations of the model's accessors, agrees with the model on the
 * constraints of properties: it finds nothing wrong with any valid value of any model type, and for every invalid
 * variant of a property's constraint it reports the rule the model reports, at the same path.
 * <p>
 * Hibernate Validator is told what the model means: accessors such as {@code name()} are properties, an absent
 * {@code Optional} holds nothing to check, {@code @NotBlank} is judged by {@link Blank.NotBlankText}, and a message is
 * left as its key, such as {@code {geo-point.latitude-range}}, the code of the rule it names. The invalid value is
 * made from the variant's builder input without the model's checks ({@code Shape.unchecked}), so both judge the same
 * value.
 */
@AtLeastThousandTries
class HibernateValidatorAgreementProperties {

    private static final Validator VALIDATOR = validator();

    /** The rules the constraints of properties report, read from the description of the model. */
    private static final Set<String> FIELD_RULES = fieldRules();

    private static Validator validator() {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
            .providerResolver(() -> List.of(new HibernateValidator())).configure();
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(NotBlank.class).includeExistingValidators(false)
            .validatedBy(Blank.NotBlankText.class);
        return configuration.addMapping(mapping)
            .messageInterpolator(new KeepingKeys())
            .getterPropertySelectionStrategy(new Accessors())
            .addValueExtractor(new PresentValue())
            .buildValidatorFactory().getValidator();
    }

    /** Every method without parameters that returns a value is a property, named as the method. */
    private static final class Accessors implements GetterPropertySelectionStrategy {
        private static final Set<String> OF_OBJECT = Set.of("toString", "hashCode", "getClass");

        @Override
        public Optional<String> getProperty(ConstrainableExecutable executable) {
            if (executable.getParameterTypes().length > 0 || executable.getReturnType() == void.class
                || OF_OBJECT.contains(executable.getName())) {
                return Optional.empty();
            }
            return Optional.of(executable.getName());
        }

        @Override
        public List<String> getGetterMethodNameCandidates(String propertyName) {
            return List.of(propertyName);
        }
    }

    /** Hands over the value of a present {@code Optional}, and nothing for an absent one. */
    private static final class PresentValue implements ValueExtractor<Optional<@ExtractedValue ?>> {
        @Override
        public void extractValues(Optional<?> originalValue, ValueReceiver receiver) {
            originalValue.ifPresent(v -> receiver.value(null, v));
        }
    }

    /** Leaves every message as its template, such as {@code {indicator-target.year-range}}. */
    private static final class KeepingKeys implements MessageInterpolator {
        @Override
        public String interpolate(String messageTemplate, Context context) {
            return messageTemplate;
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale locale) {
            return messageTemplate;
        }
    }

    private static Set<String> fieldRules() {
        Set<String> codes = new TreeSet<>();
        for (ModelType<?> type : ModelTypes.all()) {
            for (org.uhcmodel.meta.Property<?> property : type.properties()) {
                property.rules().forEach(r -> codes.add(r.code()));
            }
        }
        return codes;
    }

    /** The rule a constraint violation stands for: the key its message names, or that of its constraint. */
    static String rule(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template.startsWith("{") && template.endsWith("}") && !template.startsWith("{jakarta.")) {
            return template.substring(1, template.length() - 1);
        }
        Class<? extends Annotation> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
        Map<Class<? extends Annotation>, String> codes = new LinkedHashMap<>();
        codes.put(NotNull.class, Rule.REQUIRED.code());
        codes.put(NotBlank.class, Rule.NOT_BLANK.code());
        codes.put(NotEmpty.class, Rule.NOT_EMPTY.code());
        codes.put(Min.class, "min");
        codes.put(Max.class, "max");
        codes.put(PositiveOrZero.class, Rule.POSITIVE_OR_ZERO.code());
        codes.put(BoundedDecimal.class, Rule.DECIMAL_DIGITS.code());
        String code = codes.get(constraint);
        check(code != null, "a constraint the model does not use: " + constraint.getName());
        return code;
    }

    /** The path of a constraint violation as the model writes paths: {@code citations[0]}, {@code acronym}. */
    static String path(ConstraintViolation<?> violation) {
        StringBuilder buf = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                if (buf.length() > 0) {
                    buf.append('.');
                }
                buf.append(node.getName());
            } else if (node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT && node.getIndex() != null) {
                buf.append('[').append(node.getIndex()).append(']');
            }
        }
        return buf.toString();
    }

    /**
     * What Hibernate Validator reports on a value, as paths and rule codes. Jakarta's {@code @NotBlank} refuses null
     * as well, so a missing text that must not be blank is reported twice, as {@code required} and as
     * {@code not-blank}; the model reports it once, as {@code required}: the second report is left out here.
     */
    private static List<String> hibernateValidatorSays(Object value) {
        List<String> found = new ArrayList<>();
        for (ConstraintViolation<Object> v : VALIDATOR.validate(value)) {
            found.add(path(v) + " " + rule(v));
        }
        found.removeIf(f -> f.endsWith(" " + Rule.NOT_BLANK.code())
            && found.contains(f.substring(0, f.length() - Rule.NOT_BLANK.code().length()) + Rule.REQUIRED.code()));
        found.sort(null);
        return found;
    }

    private static List<String> modelSays(List<Violation> violations) {
        List<String> found = new ArrayList<>();
        for (Violation v : violations) {
            found.add(v.path() + " " + v.rule());
        }
        found.sort(null);
        return found;
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<Object> widen(Arbitrary<?> arbitrary) {
        return (Arbitrary<Object>) arbitrary;
    }

    /** One valid value of every model type, each try. */
    @Provide
    Arbitrary<List<Object>> everyModelType() {
        List<Arbitrary<Object>> each = new ArrayList<>();
        for (ModelType<?> type : ModelTypes.all()) {
            each.add(widen(Generators.valid(type.javaType())));
        }
        return Combinators.combine(each).as(List::copyOf);
    }

    @Property(tries = 1000)
    void hibernateValidatorFindsNothingWrongWithAValidValueOfAnyModelType(
            @ForAll("everyModelType") List<Object> values) {
        check(values.size() == ModelTypes.all().size(), "not a value of every model type: " + values.size());
        for (Object value : values) {
            List<String> found = hibernateValidatorSays(value);
            check(found.isEmpty(), "Hibernate Validator refuses a valid " + value.getClass().getSimpleName() + ": "
                + found + "\n  " + value);
        }
    }

    /** The types with a constraint on a property, and the variants of those constraints built into each. */
    private static Map<Class<?>, Arbitrary<InvalidVariant<?>>> fieldVariantsByType() {
        Map<Class<?>, Arbitrary<InvalidVariant<?>>> byType = new LinkedHashMap<>();
        for (ModelType<?> type : ModelTypes.all()) {
            boolean constrained = type.properties().stream().anyMatch(p -> !p.rules().isEmpty());
            Optional<Arbitrary<InvalidVariant<?>>> variants = Catalogue.forType(type.javaType(), FIELD_RULES);
            check(constrained == variants.isPresent(), type.name() + (constrained
                ? " has constraints on properties but no variant of them" : " has variants but no constraint"));
            variants.ifPresent(v -> byType.put(type.javaType(), v.filter(variant -> variant.builder().isPresent())));
        }
        return byType;
    }

    /** One invalid variant of a property's constraint for every model type that has one, each try. */
    @Provide
    Arbitrary<List<InvalidVariant<?>>> fieldVariantsOfEveryModelType() {
        return Combinators.combine(new ArrayList<>(fieldVariantsByType().values())).as(List::copyOf);
    }

    @Property(tries = 1000)
    void hibernateValidatorReportsTheRuleOfAPropertysConstraintAtThePathTheModelDoes(
            @ForAll("fieldVariantsOfEveryModelType") List<InvalidVariant<?>> variants) {
        check(variants.size() == fieldVariantsByType().size(), "not a variant of every constrained type");
        for (InvalidVariant<?> variant : variants) {
            assertReportedAs(variant, variant.rule());
            List<String> model = modelSays(variant.refusal().violations());
            List<String> hibernate = hibernateValidatorSays(unchecked(variant));
            check(hibernate.equals(model), variant + ":\n  the model reports " + model
                + "\n  Hibernate Validator reports " + hibernate);
        }
    }

    private static <T> T unchecked(InvalidVariant<T> variant) {
        return Meta.unchecked(ModelTypes.of(variant.type()), variant.builder().orElseThrow());
    }

    @Example
    void everyRuleOfAPropertysConstraintIsTried() {
        Set<String> tried = new TreeSet<>();
        for (Arbitrary<InvalidVariant<?>> variants : fieldVariantsByType().values()) {
            variants.sampleStream().limit(200).forEach(v -> tried.add(v.rule()));
        }
        check(tried.equals(FIELD_RULES), "rules of constraints tried: " + tried + ", of the model: " + FIELD_RULES);
        check(FIELD_RULES.containsAll(List.of("required", "not-blank", "not-empty", "positive-or-zero",
            "decimal.digits", "geo-point.latitude-range", "indicator-target.year-range",
            "administrative-level.rank-range", "dated-value.year-range", "declared-dimension.categories-missing",
            "societal-poverty-line.ppp-year-range")),
            "constraints of the model: " + FIELD_RULES);
    }

    @Example
    void coreDoesNotRequireHibernateValidator() {
        ModuleDescriptor core = EntityId.class.getModule().getDescriptor();
        check(core != null, "core is not a named module");
        Set<String> required = new TreeSet<>();
        core.requires().forEach(r -> required.add(r.name()));
        check(required.equals(Set.of("java.base", "jakarta.validation")), "core requires " + required);
    }

    /**
     * Core's classes and the Jakarta Validation API alone, in a class loader that cannot see Hibernate Validator,
     * build values and refuse invalid ones.
     */
    @Example
    void valuesAreBuiltAndRefusedWithoutHibernateValidator() throws Exception {
        URL[] jars = {EntityId.class.getProtectionDomain().getCodeSource().getLocation(),
            NotNull.class.getProtectionDomain().getCodeSource().getLocation()};
        // The boot loader as parent: the platform loader would hand core's packages to the application's loader.
        try (URLClassLoader alone = new URLClassLoader(jars, null)) {
            Class<?> money = Class.forName("org.uhcmodel.value.Money", true, alone);
            check(money != org.uhcmodel.value.Money.class, "the class loader shares core with the test");
            Object built = money.getMethod("of", String.class, String.class).invoke(null, "1500000.50", "DZD");
            check(built.toString().equals("DZD 1500000.50"), "built " + built);
            try {
                money.getMethod("of", String.class, String.class).invoke(null, "1.005", "DZD");
                throw new AssertionError("an amount finer than the currency's minor unit was built");
            } catch (InvocationTargetException ex) {
                check(ex.getCause().getClass().getName().equals("org.uhcmodel.validation.ModelViolationException")
                    && ex.getCause().getMessage().contains("money.scale"), "refused with " + ex.getCause());
            }
            Object types = Class.forName("org.uhcmodel.meta.ModelTypes", true, alone).getMethod("all").invoke(null);
            check(((List<?>) types).size() == ModelTypes.all().size(), "the model's types: " + types);
            try {
                Class.forName(HibernateValidator.class.getName(), false, alone);
                throw new AssertionError("Hibernate Validator is visible to the class loader of the check");
            } catch (ClassNotFoundException expected) {
                check(expected.getMessage().contains("HibernateValidator"), expected.getMessage());
            }
        }
    }
}

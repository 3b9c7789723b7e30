package org.uhcmodel.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.valueextraction.ExtractedValue;
import jakarta.validation.valueextraction.ValueExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;
import org.uhcmodel.validation.Blank;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Violation;

/**
 * Enforces the declared constraints of model types at construction.
 * <p>
 * One Hibernate Validator is built per class loader, lazily, without an Expression Language
 * implementation; it treats every no-argument accessor ({@code name()}) as a property.
 */
public final class Rules {

    private static final Comparator<Violation> ORDER =
        Comparator.comparing(Violation::path).thenComparing(Violation::rule).thenComparing(Violation::message);

    private Rules() {
    }

    /**
     * Validates a freshly built value and throws if any rule is broken.
     *
     * @param value  the value to check, not null
     * @param type  the public model type of the value, not null
     * @throws ModelViolationException listing every broken rule
     */
    public static void check(Object value, Class<?> type) {
        // The class-level checks report to this list rather than as Hibernate Validator violations: it keeps
        // those in a hash set where paths differing only in an index collide, which is quadratic in their number.
        List<Violation> reported = new ArrayList<>();
        List<Violation> outer = RuleSink.collectInto(reported);
        Set<ConstraintViolation<Object>> found;
        try {
            found = Holder.VALIDATOR.validate(value);
        } finally {
            RuleSink.restore(outer);
        }
        if (!found.isEmpty() || !reported.isEmpty()) {
            List<Violation> violations = new ArrayList<>(found.size() + reported.size());
            for (ConstraintViolation<Object> v : found) {
                violations.add(toViolation(v));
            }
            violations.addAll(reported);
            throw failure(type, violations);
        }
    }

    /**
     * Creates the exception for a list of violations, sorted in the model's stable order.
     *
     * @param type  the type that could not be built, not null
     * @param violations  the violations, not empty
     * @return the exception to throw, not null
     */
    public static ModelViolationException failure(Class<?> type, List<Violation> violations) {
        List<Violation> sorted = new ArrayList<>(violations);
        sorted.sort(ORDER);
        return new ModelViolationException(type.getSimpleName(), sorted);
    }

    /**
     * Creates the exception for a single broken rule of a factory method.
     *
     * @param type  the type that could not be built, not null
     * @param path  the path of the offending input, empty for the whole input
     * @param rule  the rule code, with a message in the rule catalogue
     * @param value  the offending value, null if missing
     * @return the exception to throw, not null
     */
    public static ModelViolationException failure(Class<?> type, String path, String rule, Object value) {
        return failure(type, List.of(Violation.of(path, rule, message(rule), value)));
    }

    /**
     * Gets the readable message of a rule code from the rule catalogue.
     *
     * @param rule  the rule code, not null
     * @return the message, or the code itself if the catalogue has none
     */
    public static String message(String rule) {
        return Holder.MESSAGES.getProperty(rule, rule);
    }

    /**
     * Gets the readable message of a rule code with its parameters, written {@code {name}} in the catalogue, filled in.
     *
     * @param rule  the rule code, not null
     * @param parameters  the values of the parameters, not null
     * @return the message, or the code itself if the catalogue has none
     */
    static String message(String rule, Map<String, Object> parameters) {
        String text = message(rule);
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            text = text.replace("{" + parameter.getKey() + "}", String.valueOf(parameter.getValue()));
        }
        return text;
    }

    private static Violation toViolation(ConstraintViolation<Object> v) {
        String template = v.getMessageTemplate();
        String rule;
        if (isOwnKey(template)) {
            rule = template.substring(1, template.length() - 1);
        } else {
            rule = builtInRule(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
        }
        Object value;
        if (v.getInvalidValue() == v.getLeafBean() && v.getInvalidValue() != null
            && isBeanNode(v.getPropertyPath())) {
            value = null;
        } else {
            value = v.getInvalidValue();
        }
        return Violation.of(renderPath(v.getPropertyPath()), rule, v.getMessage(), value);
    }

    private static boolean isBeanNode(Path path) {
        Path.Node last = null;
        for (Path.Node node : path) {
            last = node;
        }
        return last == null || last.getKind() == ElementKind.BEAN;
    }

    private static boolean isOwnKey(String template) {
        return template.length() > 2 && template.charAt(0) == '{' && template.charAt(template.length() - 1) == '}'
            && template.indexOf('{', 1) < 0 && !template.startsWith("{jakarta.") && !template.startsWith("{org.hibernate.");
    }

    /** Maps a built-in constraint to a rule code: {@code NotNull} is {@code required}, others in kebab case. */
    static String builtInRule(String simpleName) {
        if (simpleName.equals("NotNull")) {
            return "required";
        }
        StringBuilder buf = new StringBuilder();
        for (int i = 0; i < simpleName.length(); i++) {
            char c = simpleName.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    buf.append('-');
                }
                buf.append(Character.toLowerCase(c));
            } else {
                buf.append(c);
            }
        }
        return buf.toString();
    }

    /**
     * Renders a Jakarta property path in the model's form: {@code signatories[0].person},
     * {@code entries[fr]}, without the container-element nodes Hibernate Validator adds.
     */
    static String renderPath(Path path) {
        StringBuilder buf = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (key != null || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                    buf.append('[').append(key == null ? "" : key).append(']');
                }
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getKind() == ElementKind.BEAN) {
                continue;
            }
            String name = node.getName();
            if (name != null && !name.isEmpty()) {
                if (buf.length() > 0) {
                    buf.append('.');
                }
                buf.append(name);
            }
        }
        return buf.toString();
    }

    /** Lazily built validator and rule catalogue; building the factory is costly, so it happens once. */
    private static final class Holder {
        static final Properties MESSAGES = loadMessages();
        static final Validator VALIDATOR = buildValidator();

        private static Validator buildValidator() {
            HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure();
            // Blank is defined once for the model (Blank), for every @NotBlank: Hibernate Validator's own check
            // lets a no-break space or a zero-width space through.
            ConstraintMapping blank = configuration.createConstraintMapping();
            blank.constraintDefinition(NotBlank.class).includeExistingValidators(false)
                .validatedBy(Blank.NotBlankText.class);
            return configuration
                .messageInterpolator(new CatalogueInterpolator(new ParameterMessageInterpolator(Set.of(), Locale.ENGLISH, false)))
                .getterPropertySelectionStrategy(new AccessorSelection())
                .addValueExtractor(new PresentOptionalExtractor())
                .addMapping(blank)
                .buildValidatorFactory()
                .getValidator();
        }

        private static Properties loadMessages() {
            Properties props = new Properties();
            try (InputStream in = Rules.class.getResourceAsStream("rules.properties")) {
                if (in == null) {
                    throw new IllegalStateException("Rule catalogue org/uhcmodel/internal/rules.properties is missing");
                }
                props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            return props;
        }
    }

    /** Resolves the model's own rule codes from the catalogue, the rest through Hibernate Validator. */
    private static final class CatalogueInterpolator implements MessageInterpolator {
        private final MessageInterpolator delegate;

        CatalogueInterpolator(MessageInterpolator delegate) {
            this.delegate = delegate;
        }

        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(resolve(template), context);
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return delegate.interpolate(resolve(template), context, locale);
        }

        private static String resolve(String template) {
            if (isOwnKey(template)) {
                String text = Holder.MESSAGES.getProperty(template.substring(1, template.length() - 1));
                if (text != null) {
                    return text;
                }
            }
            return template;
        }
    }

    /**
     * Hands the constraints of an {@code Optional}'s type argument the contained value only when there is one.
     * The built-in extractor hands them null for an empty optional, so {@code Optional<@NotBlank String>}
     * would refuse every absent value; here absent means valid and a present value must meet the constraints.
     */
    private static final class PresentOptionalExtractor implements ValueExtractor<Optional<@ExtractedValue ?>> {
        @Override
        public void extractValues(Optional<?> originalValue, ValueReceiver receiver) {
            if (originalValue.isPresent()) {
                receiver.value(null, originalValue.get());
            }
        }
    }

    /** Treats every public no-argument accessor returning a value as a property named like the method. */
    private static final class AccessorSelection implements GetterPropertySelectionStrategy {
        private static final Set<String> NOT_PROPERTIES = Set.of("hashCode", "toString", "getClass", "clone");

        @Override
        public Optional<String> getProperty(ConstrainableExecutable executable) {
            if (executable.getParameterTypes().length != 0 || executable.getReturnType() == void.class
                || NOT_PROPERTIES.contains(executable.getName())) {
                return Optional.empty();
            }
            return Optional.of(executable.getName());
        }

        @Override
        public List<String> getGetterMethodNameCandidates(String propertyName) {
            return List.of(propertyName);
        }
    }
}

package org.uhcmodel.iati;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.uhcmodel.meta.Cardinality;
import org.uhcmodel.meta.ModelBuilder;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.meta.Property;
import org.uhcmodel.meta.TextType;
import org.uhcmodel.meta.Vocabularies;
import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.value.Coded;
import org.uhcmodel.value.LocalizedText;

/**
 * Values of the model that IATI has no element for, written in the extension namespace from the model's own
 * description: an element per property, named after it, holding the value's text or, for a value built from
 * properties, an element per property in turn; a localised text is one {@code text} element per language.
 */
final class ModelXml {

    private ModelXml() {
    }

    /** Writes a value of a type built from properties as an extension element of the given name. */
    static void write(XmlOut out, String name, Object value) {
        ModelType<?> type = ModelTypes.find(value.getClass())
            .orElseThrow(() -> new IllegalArgumentException(value.getClass() + " is not a model type"));
        out.startExtension(name);
        for (Property<?> property : type.properties()) {
            Object held = property.get(value);
            if (held instanceof Collection) {
                for (Object item : (Collection<?>) held) {
                    writeValue(out, property.name(), item);
                }
            } else if (held != null) {
                writeValue(out, property.name(), held);
            }
        }
        out.end();
    }

    private static void writeValue(XmlOut out, String name, Object value) {
        if (value instanceof LocalizedText) {
            out.startExtension(name);
            for (Map.Entry<String, String> entry : ((LocalizedText) value).entries().entrySet()) {
                out.startExtension("text").lang(entry.getKey()).text(entry.getValue()).end();
            }
            out.end();
        } else if (ModelTypes.find(value.getClass()).isPresent()) {
            write(out, name, value);
        } else {
            out.startExtension(name).text(text(value)).end();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String text(Object value) {
        if (value instanceof Coded) {
            return ((Coded) value).code();
        }
        Optional<TextType<Object>> textType = (Optional) ModelTypes.findText(value.getClass());
        if (textType.isPresent()) {
            return textType.get().format(value);
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        if (value instanceof String || value instanceof Integer || value instanceof Long || value instanceof Boolean
            || value instanceof URI || value instanceof java.time.Period) {
            return value.toString();
        }
        throw new IllegalArgumentException("No text form for " + value.getClass());
    }

    /**
     * Reads a value of a type built from properties from an extension element, marking what it reads taken.
     *
     * @param type  the type, not null
     * @param element  the element, not null
     * @param problems  where a problem is added, naming the element
     * @return the value, or null if a problem was added
     */
    static <T> T read(ModelType<T> type, XmlTree.Element element, List<IatiProblem> problems) {
        element.taken = true;
        ModelBuilder<T> builder = type.builder();
        boolean fine = true;
        for (XmlTree.Element child : element.children) {
            if (!IatiXml.NAMESPACE.equals(child.namespace)) {
                continue;
            }
            Optional<Property<?>> property = type.property(child.name);
            if (property.isEmpty()) {
                continue;
            }
            child.taken = true;
            fine &= set(builder, property.get(), child, problems);
        }
        if (!fine) {
            return null;
        }
        try {
            return builder.build();
        } catch (ModelViolationException ex) {
            problems.add(IatiReader.problem(element, "iati.read.model", ex.getMessage()));
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T, V> boolean set(ModelBuilder<T> builder, Property<V> property, XmlTree.Element child,
                                      List<IatiProblem> problems) {
        Object value = readValue(property.valueType(), child, problems);
        if (value == null) {
            return false;
        }
        if (property.cardinality() == Cardinality.LIST || property.cardinality() == Cardinality.SET) {
            builder.add(property, (V) value);
        } else {
            builder.set(property, (V) value);
        }
        return true;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object readValue(Class<?> type, XmlTree.Element element, List<IatiProblem> problems) {
        try {
            if (type == LocalizedText.class) {
                element.taken = true;
                LocalizedText.Builder text = LocalizedText.builder();
                for (XmlTree.Element entry : element.takeExtensions("text")) {
                    String lang = entry.lang();
                    text.putEntry(lang == null ? "" : lang, entry.text());
                }
                return text.build();
            }
            Optional<? extends ModelType<?>> model = ModelTypes.find(type);
            if (model.isPresent()) {
                return read(model.get(), element, problems);
            }
            String text = element.text();
            if (Coded.class.isAssignableFrom(type) && type.isEnum()) {
                Optional<Vocabulary<?>> vocabulary = (Optional) Vocabularies.find((Class) type);
                return vocabulary.orElseThrow().fromCode(text);
            }
            Optional<? extends TextType<?>> textType = ModelTypes.findText(type);
            if (textType.isPresent()) {
                return textType.get().parse(text);
            }
            if (type == BigDecimal.class) {
                return IatiReader.decimal(text);
            }
            if (type == String.class) {
                return text;
            }
            if (type == Integer.class) {
                return Integer.valueOf(text);
            }
            if (type == Long.class) {
                return Long.valueOf(text);
            }
            if (type == Boolean.class) {
                return Boolean.valueOf(text);
            }
            if (type == URI.class) {
                return new URI(text);
            }
            if (type == java.time.Period.class) {
                return java.time.Period.parse(text);
            }
        } catch (IllegalArgumentException | java.net.URISyntaxException | java.time.format.DateTimeParseException ex) {
            problems.add(IatiReader.problem(element, "iati.read.model", ex.getMessage()));
            return null;
        }
        problems.add(IatiReader.problem(element, "iati.read.model", "no text form for " + type.getSimpleName()));
        return null;
    }
}

package org.uhcmodel.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.uhcmodel.meta.Cardinality;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.Property;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.EntityKind;

/**
 * A property of a {@link Shape}, declared by its type in accessor order; its constraints are read from the accessor's
 * Jakarta Validation annotations when the shape is first used.
 *
 * @param <V>  the value type
 */
public final class Prop<V> implements Property<V> {

    private final Shape<?> owner;
    private final String name;
    private final int index;
    private final Cardinality cardinality;
    private final Class<V> valueType;
    private Set<EntityKind> references = Set.of();
    private Rule cycleRule;

    // Derived from the accessor's annotations by Shape.prepare().
    boolean notBlank;
    Rule notEmpty;
    BigDecimal minimum;
    BigDecimal maximum;
    Rule rangeRule;
    boolean decimal;
    private List<Rule> rules = List.of();

    Prop(Shape<?> owner, String name, int index, Cardinality cardinality, Class<V> valueType) {
        this.owner = owner;
        this.name = name;
        this.index = index;
        this.cardinality = cardinality;
        this.valueType = valueType;
    }

    /**
     * Declares that this property holds ids of entities of the given kinds.
     *
     * @param kinds  the kinds an id may name, at least one
     * @return this property
     */
    public Prop<V> refersTo(EntityKind... kinds) {
        if (kinds.length == 0) {
            throw new IllegalStateException(owner.name() + "." + name + " refers to no kind of entity");
        }
        EnumSet<EntityKind> set = EnumSet.noneOf(EntityKind.class);
        Collections.addAll(set, kinds);
        this.references = Collections.unmodifiableSet(set);
        return this;
    }

    /**
     * Declares that chains of references through this property must not lead back to where they started. A chain
     * follows the references that name an entity of the owner's kind.
     *
     * @param code  the code of the rule that a dataset reports on each entity of such a cycle, not null
     * @param message  the message of the rule, not null
     * @return this property
     */
    public Prop<V> acyclic(String code, String message) {
        if (!owner.entityKind().map(references::contains).orElse(false)) {
            throw new IllegalStateException(owner.name() + "." + name + " must refer to its own kind to be acyclic");
        }
        this.cycleRule = RuleBook.error(owner.javaType(), code, message);
        return this;
    }

    /**
     * Gets the position of the property in its type.
     *
     * @return the index, from 0
     */
    public int index() {
        return index;
    }

    void rules(List<Rule> derived) {
        this.rules = List.copyOf(derived);
    }

    @Override
    public ModelType<?> owner() {
        return owner;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        String summary = Javadoc.summary(owner.javaType(), name);
        if (summary.startsWith("Gets ") && summary.length() > 5) {
            return Character.toUpperCase(summary.charAt(5)) + summary.substring(6);
        }
        return summary;
    }

    @Override
    public Cardinality cardinality() {
        return cardinality;
    }

    @Override
    public Class<V> valueType() {
        return valueType;
    }

    @Override
    public Set<EntityKind> references() {
        return references;
    }

    @Override
    public Optional<Rule> cycleRule() {
        return Optional.ofNullable(cycleRule);
    }

    @Override
    public boolean notBlank() {
        owner.prepare();
        return notBlank;
    }

    @Override
    public boolean notEmpty() {
        owner.prepare();
        return notEmpty != null;
    }

    @Override
    public Optional<BigDecimal> minimum() {
        owner.prepare();
        return Optional.ofNullable(minimum);
    }

    @Override
    public Optional<BigDecimal> maximum() {
        owner.prepare();
        return Optional.ofNullable(maximum);
    }

    @Override
    public List<Rule> rules() {
        owner.prepare();
        return rules;
    }

    @Override
    public Object get(Object value) {
        return ((ModelObject) owner.javaType().cast(value)).raw(index);
    }

    /**
     * The names of properties, for the rules that read them.
     *
     * @param properties  the properties
     * @return their names
     */
    static String[] names(Property<?>... properties) {
        List<String> names = new ArrayList<>(properties.length);
        for (Property<?> p : properties) {
            names.add(p.name());
        }
        return names.toArray(new String[0]);
    }

    /**
     * Outputs {@code Type.name}.
     *
     * @return the readable form, not null
     */
    @Override
    public String toString() {
        return owner.name() + "." + name;
    }
}

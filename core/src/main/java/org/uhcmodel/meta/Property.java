package org.uhcmodel.meta;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.EntityKind;

/**
 * A property of a {@link ModelType}: its name, how many values it holds, their type, the entities it refers to and
 * the constraints on each value.
 * <p>
 * Properties are listed in the order of their type's accessors, which is the order the wire format writes them in.
 * The constraints are those the accessor declares with Jakarta Validation annotations; the model enforces them when a
 * value is built.
 *
 * @param <V>  the type of each value
 */
public interface Property<V> {

    /**
     * Gets the type this property belongs to.
     *
     * @return the owning type, not null
     */
    ModelType<?> owner();

    /**
     * Gets the name, which is the name of the accessor.
     *
     * @return the name, such as {@code parties}, not null
     */
    String name();

    /**
     * Gets a one-sentence description of the property's value: the first sentence of the accessor's Javadoc, its
     * leading "Gets" left out.
     *
     * @return the description, such as {@code The name, in the languages the sources give it.}, not null
     */
    String description();

    /**
     * Gets how many values the property holds.
     *
     * @return the cardinality, not null
     */
    Cardinality cardinality();

    /**
     * Gets the type of each value; for a collection, of each element.
     *
     * @return the value type, such as {@code EntityId.class}, not null
     */
    Class<V> valueType();

    /**
     * Gets the kinds of entity a reference may name, if this property holds ids of other entities.
     * A dataset checks that each id names an entity of one of these kinds.
     *
     * @return the unmodifiable kinds, empty if the property is not a reference
     */
    Set<EntityKind> references();

    /**
     * Gets the rule that forbids a chain of references through this property from leading back to where it started,
     * such as an organisation that is its own ancestor through its parents.
     *
     * @return the rule, empty if chains through this property are not checked
     */
    Optional<Rule> cycleRule();

    /**
     * Checks whether text values must not be blank.
     *
     * @return true if each text value must hold a visible character
     */
    boolean notBlank();

    /**
     * Checks whether a collection must hold at least one value.
     *
     * @return true if the collection must not be empty
     */
    boolean notEmpty();

    /**
     * Gets the least value allowed, for a number.
     *
     * @return the minimum, inclusive, empty if unbounded or not a number
     */
    Optional<BigDecimal> minimum();

    /**
     * Gets the greatest value allowed, for a number.
     *
     * @return the maximum, inclusive, empty if unbounded or not a number
     */
    Optional<BigDecimal> maximum();

    /**
     * Gets the rules the constraints of this property report, such as {@link Rule#REQUIRED}.
     *
     * @return the unmodifiable rules, not null
     */
    List<Rule> rules();

    /**
     * Gets the property's value in a value of its type, as held: the value or null for {@link Cardinality#REQUIRED}
     * and {@link Cardinality#OPTIONAL}, the unmodifiable {@code List} or {@code Set} for collections.
     *
     * @param value  a value of the owning type, not null
     * @return the property's value, null if an optional value is absent
     * @throws ClassCastException if the value is not of the owning type
     */
    Object get(Object value);
}

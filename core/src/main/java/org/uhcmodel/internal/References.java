package org.uhcmodel.internal;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.uhcmodel.meta.Cardinality;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;

/**
 * Checks the references of a collection of entities, as their shapes declare them: each names an entity of the
 * collection, of a kind the reference allows; and no chain of references through an acyclic property loops.
 * <p>
 * The walk visits only the properties that hold references, however deep; a path is rendered only for a violation.
 */
public final class References {

    private final EntityIndex index;
    private final Map<EntityKind, String> names;
    private final Rule unresolved;
    private final Rule wrongType;
    private final Checker checker;
    /**
     * The acyclic properties through which {@link #check} found an entity naming an entity of its own type that names
     * another in turn: only through those can references loop.
     */
    private final Set<Prop<?>> chained = new HashSet<>();

    /**
     * Prepares a check.
     *
     * @param index  the entities by id, not null
     * @param unresolved  the rule of a reference that names no entity, with the parameter {@code expected}
     * @param wrongType  the rule of a reference that names an entity of another kind, with the parameters
     *  {@code expected} and {@code actual}
     * @param checker  where violations go, not null
     * @param entityTypes  the types of entity the collection may hold, whose names the messages use, not null
     */
    public References(EntityIndex index, Rule unresolved, Rule wrongType, Checker checker,
                      Collection<Class<?>> entityTypes) {
        this.index = index;
        this.names = new EnumMap<>(EntityKind.class);
        for (Class<?> type : entityTypes) {
            Shape<?> shape = Shape.find(type);
            names.put(shape.entityKind().orElseThrow(), shape.name());
        }
        this.unresolved = unresolved;
        this.wrongType = wrongType;
        this.checker = checker;
    }

    /**
     * Checks the references of entities.
     *
     * @param collection  the name of the collection, such as {@code agreements}, not null
     * @param entities  the entities, not null
     */
    public void check(String collection, List<?> entities) {
        if (entities.isEmpty()) {
            return;
        }
        Shape<?> shape = ((ModelObject) entities.get(0)).shape();
        if (shape.referencing().length == 0) {
            return;
        }
        for (int i = 0; i < entities.size(); i++) {
            ModelObject entity = (ModelObject) entities.get(i);
            walk(entity, new Path(null, collection, i));
        }
    }

    private void walk(ModelObject value, Path at) {
        for (Prop<?> prop : value.shape().referencing()) {
            Object held = value.raw(prop.index());
            if (held == null) {
                continue;
            }
            boolean many = prop.cardinality() == Cardinality.LIST || prop.cardinality() == Cardinality.SET;
            if (!prop.references().isEmpty()) {
                if (many) {
                    int i = 0;
                    for (Object id : (Collection<?>) held) {
                        resolve((EntityId) id, prop, at, i++);
                    }
                } else {
                    Object target = resolve((EntityId) held, prop, at, -1);
                    if (at.parent == null && target != null && target.getClass() == value.getClass()
                        && prop.cycleRule().isPresent() && ((ModelObject) target).raw(prop.index()) != null) {
                        // A chain of two links through an acyclic property: acyclic(…) has loops to look for.
                        chained.add(prop);
                    }
                }
            } else if (many) {
                int i = 0;
                for (Object item : (Collection<?>) held) {
                    walk((ModelObject) item, new Path(at, prop.name(), i++));
                }
            } else {
                walk((ModelObject) held, new Path(at, prop.name(), -1));
            }
        }
    }

    /** Resolves a reference, reporting it if it names no entity or one of a kind it does not allow; the entity or null. */
    private Object resolve(EntityId id, Prop<?> prop, Path at, int position) {
        Object target = index.get(id);
        if (target == null) {
            if (checker.wants(unresolved)) {
                checker.report(unresolved, new Path(at, prop.name(), position).render(), id,
                    Map.of("expected", expected(prop.references())));
            }
            return null;
        }
        Shape<?> shape = ((ModelObject) target).shape();
        EntityKind kind = shape.entityKind().orElseThrow();
        if (!prop.references().contains(kind) && checker.wants(wrongType)) {
            checker.report(wrongType, new Path(at, prop.name(), position).render(), id,
                Map.of("expected", expected(prop.references()), "actual", shape.name()));
        }
        return target;
    }

    private String expected(Set<EntityKind> allowed) {
        StringBuilder buf = new StringBuilder();
        for (EntityKind kind : allowed) {
            if (buf.length() > 0) {
                buf.append(" or ");
            }
            buf.append(names.getOrDefault(kind, kind.label()));
        }
        return buf.toString();
    }

    /**
     * Reports each entity whose chain of references through an acyclic property leads back to itself, on every entity
     * of the loop.
     * <p>
     * Each entity has at most one such reference, so the references form chains, some ending in a loop. Every chain
     * is walked once: a walk stops at an entity an earlier walk went through, so the cost is linear in the entities.
     * <p>
     * Call it after {@link #check} of the same entities, which finds whether any chain is long enough to loop.
     *
     * @param collection  the name of the collection, such as {@code organizations}, not null
     * @param entities  the entities, all of one kind, not null
     * @param prop  the acyclic property, not null
     */
    public void acyclic(String collection, List<?> entities, Prop<?> prop) {
        Rule rule = prop.cycleRule().orElseThrow();
        if (!checker.wants(rule)) {
            return;
        }
        if (!chained.contains(prop)) {
            // No entity's reference leads to one whose own reference leads on: there is no loop (a loop of one is a
            // chain of two links too), and a hierarchy one level deep, the usual one, needs no table of positions.
            return;
        }
        int n = entities.size();
        // The positions of the entities the index holds (the first of a repeated id), by id; sized for every entity,
        // so never rehashed.
        Map<Object, Integer> positions = new HashMap<>((int) (n / 0.75f) + 1);
        boolean[] indexed = new boolean[n];
        for (int i = 0; i < n; i++) {
            Object entity = entities.get(i);
            Object id = id(entity);
            if (index.get(id) == entity) {
                positions.put(id, i);
                indexed[i] = true;
            }
        }
        // By position: whether an earlier walk went through it, and its place in the current walk plus one (0: not on it).
        boolean[] walked = new boolean[n];
        int[] onWalk = new int[n];
        int[] walk = new int[n];
        for (int start = 0; start < n; start++) {
            if (walked[start] || !indexed[start]) {
                continue;
            }
            int length = 0;
            int current = start;
            while (current >= 0 && !walked[current]) {
                if (onWalk[current] != 0) {
                    // The walk came back to an entity of its own: the entities from there on form a loop.
                    for (int k = onWalk[current] - 1; k < length; k++) {
                        checker.report(rule, collection + "[" + walk[k] + "]." + prop.name(),
                            ((ModelObject) entities.get(walk[k])).raw(prop.index()));
                    }
                    break;
                }
                walk[length++] = current;
                onWalk[current] = length;
                Object link = ((ModelObject) entities.get(current)).raw(prop.index());
                Integer next = link == null ? null : positions.get(link);
                current = next == null ? -1 : next;
            }
            for (int k = 0; k < length; k++) {
                walked[walk[k]] = true;
                onWalk[walk[k]] = 0;
            }
        }
    }

    private static Object id(Object entity) {
        return ((Entity) entity).id();
    }

    /** A path from the collection to a property, rendered only when a violation names it. */
    private static final class Path {
        final Path parent;
        final String name;
        final int index;

        Path(Path parent, String name, int index) {
            this.parent = parent;
            this.name = name;
            this.index = index;
        }

        String render() {
            StringBuilder buf = new StringBuilder();
            append(buf);
            return buf.toString();
        }

        private void append(StringBuilder buf) {
            if (parent != null) {
                parent.append(buf);
                buf.append('.');
            }
            buf.append(name);
            if (index >= 0) {
                buf.append('[').append(index).append(']');
            }
        }
    }
}

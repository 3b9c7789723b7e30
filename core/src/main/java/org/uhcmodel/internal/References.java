package org.uhcmodel.internal;

import java.util.ArrayList;
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
 * Resolves the references of a dataset's entities and values, as their shapes declare them, while the entities are
 * added to their index: each must name an entity of the dataset, of a kind the reference allows; and no chain of
 * references through an acyclic property may loop.
 * <p>
 * A value's references are walked once: an entity's right after it is added to the index, while it is still in the
 * processor's caches. A reference that names an id not indexed yet is kept as unresolved; {@link #finish}, once every
 * entity is added, looks each of those up again, so that a reference to an entity later in the dataset (a reference
 * forward) is judged as if every entity had been indexed first.
 * <p>
 * The walk visits only the properties that hold references, however deep; a path is rendered only for a violation.
 * Findings are kept until {@link #report} gives them to a checker.
 * <p>
 * Calls come in this order: {@link #walk} for each value, an entity right after it is added to the index, then
 * {@link #finish} once; after that the object is only read ({@link #report}, {@link #acyclic}), by any thread once it
 * is safely published.
 */
public final class References {

    private final EntityIndex index;
    /**
     * What the walks found wrong: references that name an entity of a kind they do not allow, and references that
     * name no entity (before {@link #finish}, none yet).
     */
    private final ArrayList<Finding> findings = new ArrayList<>(0);
    /**
     * The acyclic properties through which an entity names an entity of its own type that names another in turn:
     * only through those can references loop.
     */
    private final Set<Prop<?>> chained = new HashSet<>(0);

    /**
     * Prepares the walks.
     *
     * @param index  the index the entities are added to, not null
     */
    public References(EntityIndex index) {
        this.index = index;
    }

    /**
     * Walks the references of a value of the dataset: an entity just added to the index (or found to repeat the id
     * of one added before), or a value that is not an entity, such as an observation.
     *
     * @param collection  the name of the value's collection, such as {@code agreements}, not null
     * @param position  the value's position in its collection
     * @param value  the value, not null
     */
    public void walk(String collection, int position, Object value) {
        ModelObject held = (ModelObject) value;
        if (held.shape().referencing().length > 0) {
            walk(held, new Path(null, collection, position));
        }
    }

    /**
     * Looks up again the references that named no entity when they were walked; call it once every entity is added.
     */
    public void finish() {
        int kept = 0;
        for (Finding finding : findings) {
            Entity target = finding.actual == null ? index.get(finding.id) : null;
            if (target == null) {
                findings.set(kept++, finding);
                continue;
            }
            // A reference forward: judged now as it would have been with its target indexed.
            Shape<?> shape = ((ModelObject) target).shape();
            if (!finding.prop.references().contains(shape.entityKind().orElseThrow())) {
                findings.set(kept++, new Finding(finding.at, finding.prop, finding.id, shape));
            }
            // No chain to note for acyclic(…): of the entities of a loop, the last in the dataset names one added
            // before it (or itself), so the walks noted the loop's chain already.
        }
        findings.subList(kept, findings.size()).clear();
        findings.trimToSize();
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
                    Entity target = resolve((EntityId) held, prop, at, -1);
                    if (target != null && at.parent == null && target.getClass() == value.getClass()
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

    /**
     * Resolves a reference, keeping a finding if it names no entity (yet) or an entity of a kind it does not allow;
     * the entity or null.
     */
    private Entity resolve(EntityId id, Prop<?> prop, Path at, int position) {
        Entity target = index.get(id);
        if (target == null) {
            findings.add(new Finding(new Path(at, prop.name(), position), prop, id, null));
            return null;
        }
        Shape<?> shape = ((ModelObject) target).shape();
        if (!prop.references().contains(shape.entityKind().orElseThrow())) {
            findings.add(new Finding(new Path(at, prop.name(), position), prop, id, shape));
        }
        return target;
    }

    /**
     * Reports what the walks found.
     *
     * @param unresolved  the rule of a reference that names no entity, with the parameter {@code expected}
     * @param wrongType  the rule of a reference that names an entity of another kind, with the parameters
     *  {@code expected} and {@code actual}
     * @param checker  where violations go, not null
     * @param entityTypes  the types of entity the collection may hold, whose names the messages use, not null
     */
    public void report(Rule unresolved, Rule wrongType, Checker checker, Collection<Class<?>> entityTypes) {
        if (findings.isEmpty()) {
            return;
        }
        Map<EntityKind, String> names = new EnumMap<>(EntityKind.class);
        for (Class<?> type : entityTypes) {
            Shape<?> shape = Shape.find(type);
            names.put(shape.entityKind().orElseThrow(), shape.name());
        }
        for (Finding finding : findings) {
            String expected = expected(finding.prop.references(), names);
            if (finding.actual == null) {
                if (checker.wants(unresolved)) {
                    checker.report(unresolved, finding.at.render(), finding.id, Map.of("expected", expected));
                }
            } else if (checker.wants(wrongType)) {
                checker.report(wrongType, finding.at.render(), finding.id,
                    Map.of("expected", expected, "actual", finding.actual.name()));
            }
        }
    }

    private static String expected(Set<EntityKind> allowed, Map<EntityKind, String> names) {
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
     * Call it after {@link #finish}: the walks find whether any chain is long enough to loop.
     *
     * @param collection  the name of the collection, such as {@code organizations}, not null
     * @param entities  the entities, all of one kind, not null
     * @param prop  the acyclic property, not null
     * @param checker  where violations go, not null
     */
    public void acyclic(String collection, List<?> entities, Prop<?> prop, Checker checker) {
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

    /** A reference that names no entity ({@code actual} null), or an entity of a kind it does not allow. */
    private static final class Finding {
        final Path at;
        final Prop<?> prop;
        final EntityId id;
        final Shape<?> actual;

        Finding(Path at, Prop<?> prop, EntityId id, Shape<?> actual) {
            this.at = at;
            this.prop = prop;
            this.id = id;
            this.actual = actual;
        }
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

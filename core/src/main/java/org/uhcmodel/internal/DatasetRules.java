package org.uhcmodel.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.Person;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.AgreementKind;
import org.uhcmodel.agreement.Event;
import org.uhcmodel.agreement.GoverningBody;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;

/**
 * The cross-entity rules of {@link Dataset}.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = DatasetRules.Check.class)
public @interface DatasetRules {

    /** @return the message key */
    String message() default "{dataset.rules}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Enforces unique ids, resolving references of the right type, acyclic hierarchies and collective charter parties. */
    final class Check extends RuleCheck<DatasetRules, Dataset> {

        @Override
        protected void check(Dataset dataset, RuleSink sink) {
            new Pass(dataset, sink).run();
        }
    }

    /** One validation pass over a dataset. */
    final class Pass {
        private final Dataset dataset;
        private final RuleSink sink;
        private final Map<EntityId, Entity> byId = new HashMap<>();

        Pass(Dataset dataset, RuleSink sink) {
            this.dataset = dataset;
            this.sink = sink;
        }

        void run() {
            register("sources", dataset.sources());
            register("organizations", dataset.organizations());
            register("persons", dataset.persons());
            register("agreements", dataset.agreements());
            register("bodies", dataset.bodies());
            register("events", dataset.events());
            register("programmes", dataset.programmes());
            register("schemes", dataset.schemes());
            register("observations", dataset.observations());
            register("targets", dataset.targets());

            each("sources", dataset.sources(), (p, s) ->
                s.publisherOrganization().ifPresent(id -> ref(p + ".publisherOrganization", id, Organization.class)));
            each("organizations", dataset.organizations(), (p, o) ->
                o.parent().ifPresent(id -> ref(p + ".parent", id, Organization.class)));
            each("persons", dataset.persons(), (p, person) -> {
                for (int i = 0; i < person.positions().size(); i++) {
                    String at = p + ".positions[" + i + "].organization";
                    person.positions().get(i).organization().ifPresent(id -> ref(at, id, Organization.class));
                }
            });
            each("agreements", dataset.agreements(), this::agreement);
            each("bodies", dataset.bodies(), (p, b) -> {
                refs(p + ".members", b.members(), Organization.class, Person.class);
                b.establishedBy().ifPresent(id -> ref(p + ".establishedBy", id, Agreement.class, Event.class));
            });
            each("events", dataset.events(), (p, e) -> {
                refs(p + ".organisers", e.organisers(), Organization.class, Person.class);
                refs(p + ".participants", e.participants(), Organization.class, Person.class);
                refs(p + ".agreementsSigned", e.agreementsSigned(), Agreement.class);
                refs(p + ".bodiesCreated", e.bodiesCreated(), GoverningBody.class);
            });
            each("programmes", dataset.programmes(), (p, prog) -> {
                for (int i = 0; i < prog.participants().size(); i++) {
                    ref(p + ".participants[" + i + "].organization", prog.participants().get(i).organization(),
                        Organization.class);
                }
                refs(p + ".related", prog.related(), Programme.class);
                for (int i = 0; i < prog.results().size(); i++) {
                    citations(p + ".results[" + i + "]", prog.results().get(i).citations());
                }
            });
            each("schemes", dataset.schemes(), (p, s) -> {
                ref(p + ".operator", s.operator(), Organization.class);
                s.supervisor().ifPresent(id -> ref(p + ".supervisor", id, Organization.class));
                s.complements().ifPresent(id -> ref(p + ".complements", id, CoverageScheme.class));
                refs(p + ".providers", s.providers(), Organization.class);
                for (int i = 0; i < s.snapshots().size(); i++) {
                    citations(p + ".snapshots[" + i + "]", s.snapshots().get(i).citations());
                }
            });
            each("observations", dataset.observations(), (p, o) -> { });
            each("targets", dataset.targets(), (p, t) -> { });

            acyclic("organizations", dataset.organizations(), "parent", Organization::parent, Organization.class,
                "dataset.organization-parent-cycle");
            acyclic("agreements", dataset.agreements(), "framework", Agreement::framework, Agreement.class,
                "dataset.agreement-framework-cycle");
            acyclic("schemes", dataset.schemes(), "complements", CoverageScheme::complements, CoverageScheme.class,
                "dataset.scheme-complements-cycle");
        }

        private void agreement(String p, Agreement a) {
            for (int i = 0; i < a.parties().size(); i++) {
                ref(p + ".parties[" + i + "].actor", a.parties().get(i).actor(), Organization.class, Person.class);
            }
            for (int i = 0; i < a.signatories().size(); i++) {
                ref(p + ".signatories[" + i + "].person", a.signatories().get(i).person(), Person.class);
            }
            a.framework().ifPresent(id -> ref(p + ".framework", id, Agreement.class, Programme.class));
            if (a.kind() == AgreementKind.CHARTER && a.actors().size() == 1) {
                Entity party = byId.get(a.actors().get(0));
                // A person is never collective; an unresolved or wrongly typed party is reported as a reference.
                if (party instanceof Person || party instanceof Organization && !((Organization) party).kind().isCollective()) {
                    sink.report("dataset.charter-party-not-collective", p + ".parties", a.actors().get(0));
                }
            }
        }

        private <E extends Entity> void register(String collection, List<E> entities) {
            for (int i = 0; i < entities.size(); i++) {
                Entity e = entities.get(i);
                if (e != null && byId.putIfAbsent(e.id(), e) != null) {
                    sink.report("dataset.duplicate-id", collection + "[" + i + "].id", e.id());
                }
            }
        }

        private <E extends Entity> void each(String collection, List<E> entities, Visitor<E> visitor) {
            for (int i = 0; i < entities.size(); i++) {
                E e = entities.get(i);
                if (e != null) {
                    String path = collection + "[" + i + "]";
                    visitor.visit(path, e);
                    citations(path, e.citations());
                }
            }
        }

        private void citations(String owner, List<Citation> citations) {
            for (int i = 0; i < citations.size(); i++) {
                ref(owner + ".citations[" + i + "].source", citations.get(i).source(), SourceDocument.class);
            }
        }

        private void refs(String path, List<EntityId> ids, Class<?>... expected) {
            for (int i = 0; i < ids.size(); i++) {
                ref(path + "[" + i + "]", ids.get(i), expected);
            }
        }

        private void ref(String path, EntityId id, Class<?>... expected) {
            Entity target = byId.get(id);
            String expectedNames = Arrays.stream(expected).map(Class::getSimpleName).collect(Collectors.joining(" or "));
            if (target == null) {
                sink.report("dataset.unresolved-reference", path, id, Map.of("expected", expectedNames));
                return;
            }
            for (Class<?> type : expected) {
                if (type.isInstance(target)) {
                    return;
                }
            }
            sink.report("dataset.reference-type", path, id,
                Map.of("expected", expectedNames, "actual", entityType(target)));
        }

        /** The public model type of an entity, not its generated implementation. */
        private static String entityType(Entity entity) {
            Class<?> type = entity.getClass();
            while (type.getSuperclass() != null && type.getSuperclass() != Object.class) {
                type = type.getSuperclass();
            }
            return type.getSimpleName();
        }

        /**
         * Reports each entity whose chain of links leads back to itself.
         * <p>
         * Each entity has at most one link, so the links form chains, some ending in a cycle. Every chain is walked
         * once: a walk stops at an entity an earlier walk went through, so the cost is linear in the entities.
         */
        private <E extends Entity> void acyclic(String collection, List<E> entities, String property,
                Function<E, Optional<EntityId>> link, Class<E> type, String rule) {
            Map<Entity, Integer> indexOf = new IdentityHashMap<>();
            for (int i = 0; i < entities.size(); i++) {
                E entity = entities.get(i);
                if (entity != null && byId.get(entity.id()) == entity) {
                    indexOf.put(entity, i);
                }
            }
            Set<Entity> walked = Collections.newSetFromMap(new IdentityHashMap<>());
            Map<Entity, Integer> onWalk = new IdentityHashMap<>();
            List<E> walk = new ArrayList<>();
            for (int i = 0; i < entities.size(); i++) {
                E current = entities.get(i);
                if (current == null || byId.get(current.id()) != current || walked.contains(current)) {
                    continue;
                }
                while (current != null && !walked.contains(current)) {
                    Integer first = onWalk.putIfAbsent(current, walk.size());
                    if (first != null) {
                        // The walk came back to an entity of its own: the entities from there on form a cycle.
                        for (E member : walk.subList(first, walk.size())) {
                            sink.report(rule, collection + "[" + indexOf.get(member) + "]." + property,
                                link.apply(member).orElseThrow());
                        }
                        break;
                    }
                    walk.add(current);
                    Entity target = link.apply(current).map(byId::get).orElse(null);
                    current = type.isInstance(target) ? type.cast(target) : null;
                }
                walked.addAll(walk);
                onWalk.clear();
                walk.clear();
            }
        }
    }

    /** Visits one entity at its path. */
    @FunctionalInterface
    interface Visitor<E> {
        void visit(String path, E entity);
    }
}

package org.uhcmodel.agreement;

import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

/**
 * A body that steers cooperation: a joint commission, a steering committee or a working group,
 * with who sits on it, what it must produce and what set it up.
 * <p>
 * Members (organisations or persons) and the establishing agreement or event are named by id; a dataset checks
 * that they resolve to entities of those types.
 * <p>
 * Rules:
 * <ul>
 * <li>{@code required} (id, name, kind);</li>
 * <li>{@code governing-body.duplicate-member} (the same member listed again), at {@code members[i]}.</li>
 * </ul>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class GoverningBody extends ModelObject implements Entity {

    private static final Shape<GoverningBody> SHAPE = Shape.of(GoverningBody.class, GoverningBody::new, Builder::new)
        .entity(EntityKind.BODY).checkedBy(GoverningBody::check);
    private static final Prop<EntityId> ID = SHAPE.required("id", EntityId.class);
    private static final Prop<LocalizedText> NAME = SHAPE.required("name", LocalizedText.class);
    private static final Prop<BodyKind> KIND = SHAPE.required("kind", BodyKind.class);
    private static final Prop<EntityId> MEMBERS = SHAPE.list("members", EntityId.class)
        .refersTo(EntityKind.ORGANIZATION, EntityKind.PERSON);
    private static final Prop<LocalizedText> MANDATE = SHAPE.list("mandate", LocalizedText.class);
    private static final Prop<EntityId> ESTABLISHED_BY = SHAPE.optional("establishedBy", EntityId.class)
        .refersTo(EntityKind.AGREEMENT, EntityKind.EVENT);
    private static final Prop<Citation> CITATIONS = SHAPE.list("citations", Citation.class);

    private static final Rule DUPLICATE_MEMBER = SHAPE.error("governing-body.duplicate-member",
        "lists the same member again");

    private GoverningBody(Object[] values) {
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
     * Gets the id, unique within a dataset.
     *
     * @return the id, not null
     */
    @Override
    @NotNull
    public EntityId id() {
        return value(ID);
    }

    /**
     * Gets the name, as given by the source or descriptive if it gives none.
     *
     * @return the name, not null
     */
    @NotNull
    public LocalizedText name() {
        return value(NAME);
    }

    /**
     * Gets the kind of body.
     *
     * @return the kind, not null
     */
    @NotNull
    public BodyKind kind() {
        return value(KIND);
    }

    /**
     * Gets the organisations and persons that sit on the body.
     *
     * @return the unmodifiable ids of the members, each once, empty if not stated
     */
    public List<@NotNull EntityId> members() {
        return list(MEMBERS);
    }

    /**
     * Gets what the body must produce, such as a roadmap.
     *
     * @return the unmodifiable mandate, one text per task, empty if not stated
     */
    public List<@NotNull LocalizedText> mandate() {
        return list(MANDATE);
    }

    /**
     * Gets the agreement or event that set the body up.
     *
     * @return the id of the agreement or event, empty if not stated
     */
    public Optional<EntityId> establishedBy() {
        return optional(ESTABLISHED_BY);
    }

    /**
     * Gets the citations of the sources this body is taken from.
     *
     * @return the unmodifiable citations, empty if none
     */
    @Override
    public List<@NotNull Citation> citations() {
        return list(CITATIONS);
    }

    private static void check(GoverningBody body, Checker checker) {
        List<EntityId> members = body.members();
        if (members.size() > 1) {
            Set<EntityId> seen = new HashSet<>();
            for (int i = 0; i < members.size(); i++) {
                if (!seen.add(members.get(i))) {
                    checker.report(DUPLICATE_MEMBER, "members[" + i + "]", members.get(i));
                }
            }
        }
    }

    /**
     * Builds a {@link GoverningBody}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<GoverningBody, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the id, unique within a dataset.
         *
         * @param id  the value, not null
         * @return this builder
         */
        public Builder id(EntityId id) {
            return set(ID, id);
        }

        /**
         * Sets the name, as given by the source or descriptive if it gives none.
         *
         * @param name  the value, not null
         * @return this builder
         */
        public Builder name(LocalizedText name) {
            return set(NAME, name);
        }

        /**
         * Sets the kind of body.
         *
         * @param kind  the value, not null
         * @return this builder
         */
        public Builder kind(BodyKind kind) {
            return set(KIND, kind);
        }

        /**
         * Adds one of the organisations and persons that sit on the body.
         *
         * @param member  the value, not null
         * @return this builder
         */
        public Builder addMember(EntityId member) {
            return add(MEMBERS, member);
        }

        /**
         * Adds, in order, the organisations and persons that sit on the body.
         *
         * @param members  the values, none null, not null
         * @return this builder
         */
        public Builder addAllMembers(Iterable<? extends EntityId> members) {
            return addAll(MEMBERS, members);
        }

        /**
         * Replaces the organisations and persons that sit on the body.
         *
         * @param members  the values, none null, not null
         * @return this builder
         */
        public Builder members(Iterable<? extends EntityId> members) {
            return setAll(MEMBERS, members);
        }

        /**
         * Adds a task the body must produce, such as a roadmap.
         *
         * @param task  the task, not null
         * @return this builder
         */
        public Builder addMandate(LocalizedText task) {
            return add(MANDATE, task);
        }

        /**
         * Adds, in order, what the body must produce, such as a roadmap.
         *
         * @param mandate  the values, none null, not null
         * @return this builder
         */
        public Builder addAllMandate(Iterable<? extends LocalizedText> mandate) {
            return addAll(MANDATE, mandate);
        }

        /**
         * Replaces what the body must produce, such as a roadmap.
         *
         * @param mandate  the values, none null, not null
         * @return this builder
         */
        public Builder mandate(Iterable<? extends LocalizedText> mandate) {
            return setAll(MANDATE, mandate);
        }

        /**
         * Sets the agreement or event that set the body up.
         *
         * @param establishedBy  the value, not null
         * @return this builder
         */
        public Builder establishedBy(EntityId establishedBy) {
            return set(ESTABLISHED_BY, establishedBy);
        }

        /**
         * Adds one of the citations of the sources this body is taken from.
         *
         * @param citation  the value, not null
         * @return this builder
         */
        public Builder addCitation(Citation citation) {
            return add(CITATIONS, citation);
        }

        /**
         * Adds, in order, the citations of the sources this body is taken from.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder addAllCitations(Iterable<? extends Citation> citations) {
            return addAll(CITATIONS, citations);
        }

        /**
         * Replaces the citations of the sources this body is taken from.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder citations(Iterable<? extends Citation> citations) {
            return setAll(CITATIONS, citations);
        }
    }
}

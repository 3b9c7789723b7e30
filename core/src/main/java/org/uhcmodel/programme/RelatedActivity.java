package org.uhcmodel.programme;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;

/**
 * Another activity a programme relates to, as its parent, a child, a sibling, a co-funded activity or a report of it by
 * a third party, from the IATI element related-activity: a programme of the dataset, named by id, or an activity known
 * by its IATI identifier only.
 * <p>
 * Rules: {@code required} (type), {@code related-activity.target} (neither or both of a programme and an IATI
 * identifier, at {@code programme}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class RelatedActivity extends ModelObject {

    private static final Shape<RelatedActivity> SHAPE = Shape.of(RelatedActivity.class, RelatedActivity::new, Builder::new)
        .checkedBy(RelatedActivity::check);
    private static final Prop<RelatedActivityType> TYPE = SHAPE.required("type", RelatedActivityType.class);
    private static final Prop<EntityId> PROGRAMME = SHAPE.optional("programme", EntityId.class)
        .refersTo(EntityKind.PROGRAMME);
    private static final Prop<IatiIdentifier> IATI_IDENTIFIER = SHAPE.optional("iatiIdentifier", IatiIdentifier.class);

    private static final Rule TARGET = SHAPE.error("related-activity.target",
        "a related activity is either a programme of the dataset or an IATI identifier", IATI_IDENTIFIER);

    private RelatedActivity(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a relation to a programme of the dataset.
     *
     * @param type  how the programme relates to the other, not null
     * @param programme  the id of the other programme, not null
     * @return the relation, not null
     * @throws NullPointerException if an argument is null
     */
    public static RelatedActivity of(RelatedActivityType type, EntityId programme) {
        return SHAPE.make(TYPE, type, PROGRAMME, programme);
    }

    /**
     * Obtains a relation to an activity outside the dataset.
     *
     * @param type  how the programme relates to the activity, not null
     * @param iatiIdentifier  the IATI identifier of the activity, not null
     * @return the relation, not null
     * @throws NullPointerException if an argument is null
     */
    public static RelatedActivity of(RelatedActivityType type, IatiIdentifier iatiIdentifier) {
        return SHAPE.make(TYPE, type, IATI_IDENTIFIER, iatiIdentifier);
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
     * Gets how the programme relates to the activity.
     *
     * @return the type, not null
     */
    @NotNull
    public RelatedActivityType type() {
        return value(TYPE);
    }

    /**
     * Gets the programme of the dataset the programme relates to.
     *
     * @return the id of the programme, empty if the activity is named by its IATI identifier
     */
    public Optional<EntityId> programme() {
        return optional(PROGRAMME);
    }

    /**
     * Gets the IATI identifier of an activity outside the dataset.
     *
     * @return the identifier, empty if the activity is a programme of the dataset
     */
    public Optional<IatiIdentifier> iatiIdentifier() {
        return optional(IATI_IDENTIFIER);
    }

    private static void check(RelatedActivity related, Checker checker) {
        if (related.programme().isPresent() == related.iatiIdentifier().isPresent()) {
            checker.report(TARGET, PROGRAMME, related.programme().orElse(null));
        }
    }

    /**
     * Builds a {@link RelatedActivity}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<RelatedActivity, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets how the programme relates to the activity.
         *
         * @param type  the value, not null
         * @return this builder
         */
        public Builder type(RelatedActivityType type) {
            return set(TYPE, type);
        }

        /**
         * Sets the programme of the dataset the programme relates to.
         *
         * @param programme  the id of the programme, not null
         * @return this builder
         */
        public Builder programme(EntityId programme) {
            return set(PROGRAMME, programme);
        }

        /**
         * Sets the IATI identifier of an activity outside the dataset.
         *
         * @param iatiIdentifier  the value, not null
         * @return this builder
         */
        public Builder iatiIdentifier(IatiIdentifier iatiIdentifier) {
            return set(IATI_IDENTIFIER, iatiIdentifier);
        }
    }
}

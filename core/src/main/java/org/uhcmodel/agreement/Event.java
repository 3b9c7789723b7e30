package org.uhcmodel.agreement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.validation.Rule;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Period;
import org.uhcmodel.value.Place;
import org.uhcmodel.value.ReportedDate;

/**
 * An event of cooperation: a meeting, a signing ceremony, a conference, an inauguration or a visit,
 * with when and where it took place, who organised and attended it, and what came out of it.
 * <p>
 * A one-day event has a {@link #date()}; an event over several days has a {@link #period()} instead.
 * Organisers and participants (organisations or persons), agreements signed and bodies created are named by id; a
 * dataset checks that they resolve to entities of those types.
 * <p>
 * Rules:
 * <ul>
 * <li>{@code required} (id, kind, title);</li>
 * <li>{@code positive-or-zero} (attendance), at {@code attendance};</li>
 * <li>{@code event.date-and-period} (both a date and a period), at {@code period};</li>
 * <li>{@code event.duplicate-participant} (the same participant listed again), at {@code participants[i]}.</li>
 * </ul>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Event extends ModelObject implements Entity {

    private static final Shape<Event> SHAPE = Shape.of(Event.class, Event::new, Builder::new)
        .entity(EntityKind.EVENT).checkedBy(Event::check);
    private static final Prop<EntityId> ID = SHAPE.required("id", EntityId.class);
    private static final Prop<EventKind> KIND = SHAPE.required("kind", EventKind.class);
    private static final Prop<LocalizedText> TITLE = SHAPE.required("title", LocalizedText.class);
    private static final Prop<ReportedDate> DATE = SHAPE.optional("date", ReportedDate.class);
    private static final Prop<Period> PERIOD = SHAPE.optional("period", Period.class);
    private static final Prop<Place> PLACE = SHAPE.optional("place", Place.class);
    private static final Prop<EntityId> ORGANISERS = SHAPE.list("organisers", EntityId.class)
        .refersTo(EntityKind.ORGANIZATION, EntityKind.PERSON);
    private static final Prop<EntityId> PARTICIPANTS = SHAPE.list("participants", EntityId.class)
        .refersTo(EntityKind.ORGANIZATION, EntityKind.PERSON);
    private static final Prop<Integer> ATTENDANCE = SHAPE.optional("attendance", Integer.class);
    private static final Prop<EntityId> AGREEMENTS_SIGNED = SHAPE.list("agreementsSigned", EntityId.class)
        .refersTo(EntityKind.AGREEMENT);
    private static final Prop<EntityId> BODIES_CREATED = SHAPE.list("bodiesCreated", EntityId.class)
        .refersTo(EntityKind.BODY);
    private static final Prop<LocalizedText> DECISIONS = SHAPE.list("decisions", LocalizedText.class);
    private static final Prop<SdgTarget> SDG_TARGETS = SHAPE.set("sdgTargets", SdgTarget.class);
    private static final Prop<Citation> CITATIONS = SHAPE.list("citations", Citation.class);

    private static final Rule DATE_AND_PERIOD = SHAPE.error("event.date-and-period",
        "an event has either a date or a period over several days, not both", DATE);
    private static final Rule DUPLICATE_PARTICIPANT = SHAPE.error("event.duplicate-participant",
        "lists the same participant again");

    private Event(Object[] values) {
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
     * Gets the kind of event.
     *
     * @return the kind, not null
     */
    @NotNull
    public EventKind kind() {
        return value(KIND);
    }

    /**
     * Gets the title, as given by the source or descriptive if it gives none.
     *
     * @return the title, not null
     */
    @NotNull
    public LocalizedText title() {
        return value(TITLE);
    }

    /**
     * Gets the day or month the event took place.
     *
     * @return the date, empty if not stated or if the event spans a {@link #period()}
     */
    public Optional<ReportedDate> date() {
        return optional(DATE);
    }

    /**
     * Gets the days an event over several days took place.
     *
     * @return the period, empty if not stated or if the event has a {@link #date()}
     */
    public Optional<Period> period() {
        return optional(PERIOD);
    }

    /**
     * Gets where the event took place.
     *
     * @return the place, empty if not stated or held remotely
     */
    public Optional<Place> place() {
        return optional(PLACE);
    }

    /**
     * Gets the organisations or persons that organised the event.
     *
     * @return the unmodifiable ids of the organisers, empty if not stated
     */
    public List<@NotNull EntityId> organisers() {
        return list(ORGANISERS);
    }

    /**
     * Gets the organisations and persons that took part.
     *
     * @return the unmodifiable ids of the participants, each once, empty if not stated
     */
    public List<@NotNull EntityId> participants() {
        return list(PARTICIPANTS);
    }

    /**
     * Gets the number of people who attended.
     *
     * @return the attendance, zero or more, empty if not stated
     */
    public Optional<@PositiveOrZero Integer> attendance() {
        return optional(ATTENDANCE);
    }

    /**
     * Gets the agreements signed at the event.
     *
     * @return the unmodifiable ids of the agreements, empty if none
     */
    public List<@NotNull EntityId> agreementsSigned() {
        return list(AGREEMENTS_SIGNED);
    }

    /**
     * Gets the governing bodies created at the event.
     *
     * @return the unmodifiable ids of the bodies, empty if none
     */
    public List<@NotNull EntityId> bodiesCreated() {
        return list(BODIES_CREATED);
    }

    /**
     * Gets the other decisions taken at the event.
     *
     * @return the unmodifiable decisions, empty if none are stated
     */
    public List<@NotNull LocalizedText> decisions() {
        return list(DECISIONS);
    }

    /**
     * Gets the SDG targets the event serves.
     *
     * @return the unmodifiable targets, empty if not tagged
     */
    public Set<@NotNull SdgTarget> sdgTargets() {
        return set(SDG_TARGETS);
    }

    /**
     * Gets the citations of the sources this event is taken from.
     *
     * @return the unmodifiable citations, empty if none
     */
    @Override
    public List<@NotNull Citation> citations() {
        return list(CITATIONS);
    }

    private static void check(Event event, Checker checker) {
        if (event.date().isPresent() && event.period().isPresent()) {
            checker.report(DATE_AND_PERIOD, PERIOD, event.period().get());
        }
        List<EntityId> participants = event.participants();
        if (participants.size() > 1) {
            Set<EntityId> seen = new HashSet<>();
            for (int i = 0; i < participants.size(); i++) {
                if (!seen.add(participants.get(i))) {
                    checker.report(DUPLICATE_PARTICIPANT, "participants[" + i + "]", participants.get(i));
                }
            }
        }
    }

    /**
     * Builds an {@link Event}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<Event, Builder> {

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
         * Sets the kind of event.
         *
         * @param kind  the value, not null
         * @return this builder
         */
        public Builder kind(EventKind kind) {
            return set(KIND, kind);
        }

        /**
         * Sets the title, as given by the source or descriptive if it gives none.
         *
         * @param title  the value, not null
         * @return this builder
         */
        public Builder title(LocalizedText title) {
            return set(TITLE, title);
        }

        /**
         * Sets the day or month the event took place.
         *
         * @param date  the value, not null
         * @return this builder
         */
        public Builder date(ReportedDate date) {
            return set(DATE, date);
        }

        /**
         * Sets the days an event over several days took place.
         *
         * @param period  the value, not null
         * @return this builder
         */
        public Builder period(Period period) {
            return set(PERIOD, period);
        }

        /**
         * Sets where the event took place.
         *
         * @param place  the value, not null
         * @return this builder
         */
        public Builder place(Place place) {
            return set(PLACE, place);
        }

        /**
         * Adds one of the organisations or persons that organised the event.
         *
         * @param organiser  the value, not null
         * @return this builder
         */
        public Builder addOrganiser(EntityId organiser) {
            return add(ORGANISERS, organiser);
        }

        /**
         * Adds, in order, the organisations or persons that organised the event.
         *
         * @param organisers  the values, none null, not null
         * @return this builder
         */
        public Builder addAllOrganisers(Iterable<? extends EntityId> organisers) {
            return addAll(ORGANISERS, organisers);
        }

        /**
         * Replaces the organisations or persons that organised the event.
         *
         * @param organisers  the values, none null, not null
         * @return this builder
         */
        public Builder organisers(Iterable<? extends EntityId> organisers) {
            return setAll(ORGANISERS, organisers);
        }

        /**
         * Adds one of the organisations and persons that took part.
         *
         * @param participant  the value, not null
         * @return this builder
         */
        public Builder addParticipant(EntityId participant) {
            return add(PARTICIPANTS, participant);
        }

        /**
         * Adds, in order, the organisations and persons that took part.
         *
         * @param participants  the values, none null, not null
         * @return this builder
         */
        public Builder addAllParticipants(Iterable<? extends EntityId> participants) {
            return addAll(PARTICIPANTS, participants);
        }

        /**
         * Replaces the organisations and persons that took part.
         *
         * @param participants  the values, none null, not null
         * @return this builder
         */
        public Builder participants(Iterable<? extends EntityId> participants) {
            return setAll(PARTICIPANTS, participants);
        }

        /**
         * Sets the number of people who attended.
         *
         * @param attendance  the number of people, zero or more
         * @return this builder
         */
        public Builder attendance(int attendance) {
            return set(ATTENDANCE, attendance);
        }

        /**
         * Adds one of the agreements signed at the event.
         *
         * @param agreement  the id of the agreement, not null
         * @return this builder
         */
        public Builder addAgreementsSigned(EntityId agreement) {
            return add(AGREEMENTS_SIGNED, agreement);
        }

        /**
         * Adds, in order, the agreements signed at the event.
         *
         * @param agreementsSigned  the values, none null, not null
         * @return this builder
         */
        public Builder addAllAgreementsSigned(Iterable<? extends EntityId> agreementsSigned) {
            return addAll(AGREEMENTS_SIGNED, agreementsSigned);
        }

        /**
         * Replaces the agreements signed at the event.
         *
         * @param agreementsSigned  the values, none null, not null
         * @return this builder
         */
        public Builder agreementsSigned(Iterable<? extends EntityId> agreementsSigned) {
            return setAll(AGREEMENTS_SIGNED, agreementsSigned);
        }

        /**
         * Adds one of the governing bodies created at the event.
         *
         * @param body  the id of the body, not null
         * @return this builder
         */
        public Builder addBodiesCreated(EntityId body) {
            return add(BODIES_CREATED, body);
        }

        /**
         * Adds, in order, the governing bodies created at the event.
         *
         * @param bodiesCreated  the values, none null, not null
         * @return this builder
         */
        public Builder addAllBodiesCreated(Iterable<? extends EntityId> bodiesCreated) {
            return addAll(BODIES_CREATED, bodiesCreated);
        }

        /**
         * Replaces the governing bodies created at the event.
         *
         * @param bodiesCreated  the values, none null, not null
         * @return this builder
         */
        public Builder bodiesCreated(Iterable<? extends EntityId> bodiesCreated) {
            return setAll(BODIES_CREATED, bodiesCreated);
        }

        /**
         * Adds one of the other decisions taken at the event.
         *
         * @param decision  the value, not null
         * @return this builder
         */
        public Builder addDecision(LocalizedText decision) {
            return add(DECISIONS, decision);
        }

        /**
         * Adds, in order, the other decisions taken at the event.
         *
         * @param decisions  the values, none null, not null
         * @return this builder
         */
        public Builder addAllDecisions(Iterable<? extends LocalizedText> decisions) {
            return addAll(DECISIONS, decisions);
        }

        /**
         * Replaces the other decisions taken at the event.
         *
         * @param decisions  the values, none null, not null
         * @return this builder
         */
        public Builder decisions(Iterable<? extends LocalizedText> decisions) {
            return setAll(DECISIONS, decisions);
        }

        /**
         * Adds one of the SDG targets the event serves.
         *
         * @param sdgTarget  the value, not null
         * @return this builder
         */
        public Builder addSdgTarget(SdgTarget sdgTarget) {
            return add(SDG_TARGETS, sdgTarget);
        }

        /**
         * Adds, in order, the SDG targets the event serves.
         *
         * @param sdgTargets  the values, none null, not null
         * @return this builder
         */
        public Builder addAllSdgTargets(Iterable<? extends SdgTarget> sdgTargets) {
            return addAll(SDG_TARGETS, sdgTargets);
        }

        /**
         * Replaces the SDG targets the event serves.
         *
         * @param sdgTargets  the values, none null, not null
         * @return this builder
         */
        public Builder sdgTargets(Iterable<? extends SdgTarget> sdgTargets) {
            return setAll(SDG_TARGETS, sdgTargets);
        }

        /**
         * Adds one of the citations of the sources this event is taken from.
         *
         * @param citation  the value, not null
         * @return this builder
         */
        public Builder addCitation(Citation citation) {
            return add(CITATIONS, citation);
        }

        /**
         * Adds, in order, the citations of the sources this event is taken from.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder addAllCitations(Iterable<? extends Citation> citations) {
            return addAll(CITATIONS, citations);
        }

        /**
         * Replaces the citations of the sources this event is taken from.
         *
         * @param citations  the values, none null, not null
         * @return this builder
         */
        public Builder citations(Iterable<? extends Citation> citations) {
            return setAll(CITATIONS, citations);
        }
    }
}

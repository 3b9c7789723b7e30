package org.uhcmodel.agreement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.uhcmodel.internal.EventRules;
import org.uhcmodel.internal.Rules;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Period;
import org.uhcmodel.value.Place;
import org.uhcmodel.value.ReportedDate;

/**
 * An event of cooperation: a meeting, a signing ceremony, a conference, an inauguration or a visit,
 * with when and where it took place, who organised and attended it, and what came out of it.
 * <p>
 * A one-day event has a {@link #date()}; an event over several days has a {@link #period()} instead.
 * Organisers, participants, agreements signed and bodies created are named by id; a dataset checks that they resolve.
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
@Value.Immutable
@EventRules
public abstract class Event implements Entity {

    Event() {
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
    @NotNull
    @Override
    public abstract EntityId id();

    /**
     * Gets the kind of event.
     *
     * @return the kind, not null
     */
    @NotNull
    public abstract EventKind kind();

    /**
     * Gets the title, as given by the source or descriptive if it gives none.
     *
     * @return the title, not null
     */
    @NotNull
    public abstract LocalizedText title();

    /**
     * Gets the day or month the event took place.
     *
     * @return the date, empty if not stated or if the event spans a {@link #period()}
     */
    public abstract Optional<ReportedDate> date();

    /**
     * Gets the days an event over several days took place.
     *
     * @return the period, empty if not stated or if the event has a {@link #date()}
     */
    public abstract Optional<Period> period();

    /**
     * Gets where the event took place.
     *
     * @return the place, empty if not stated or held remotely
     */
    public abstract Optional<Place> place();

    /**
     * Gets the organisations or persons that organised the event.
     *
     * @return the unmodifiable ids of the organisers, empty if not stated
     */
    public abstract List<@NotNull EntityId> organisers();

    /**
     * Gets the organisations and persons that took part.
     *
     * @return the unmodifiable ids of the participants, each once, empty if not stated
     */
    public abstract List<@NotNull EntityId> participants();

    /**
     * Gets the number of people who attended.
     *
     * @return the attendance, zero or more, empty if not stated
     */
    public abstract Optional<@PositiveOrZero Integer> attendance();

    /**
     * Gets the agreements signed at the event.
     *
     * @return the unmodifiable ids of the agreements, empty if none
     */
    public abstract List<@NotNull EntityId> agreementsSigned();

    /**
     * Gets the governing bodies created at the event.
     *
     * @return the unmodifiable ids of the bodies, empty if none
     */
    public abstract List<@NotNull EntityId> bodiesCreated();

    /**
     * Gets the other decisions taken at the event.
     *
     * @return the unmodifiable decisions, empty if none are stated
     */
    public abstract List<@NotNull LocalizedText> decisions();

    /**
     * Gets the SDG targets the event serves.
     *
     * @return the unmodifiable targets, empty if not tagged
     */
    public abstract Set<@NotNull SdgTarget> sdgTargets();

    /**
     * Gets the citations of the sources this event is taken from.
     *
     * @return the unmodifiable citations, empty if none
     */
    @Override
    public abstract List<@NotNull Citation> citations();

    @Value.Check
    void check() {
        Rules.check(this, Event.class);
    }

    /**
     * Builds an {@link Event}: setters and adders refuse null, and {@code build()} checks every rule and throws one
     * {@link org.uhcmodel.validation.ModelViolationException} listing every violation. A builder is not thread-safe
     * and can be reused. Its generated methods follow {@linkplain org.uhcmodel.validation the builder contract},
     * whatever their own documentation says.
     */
    public static final class Builder extends ImmutableEvent.Builder {
        Builder() {
        }
    }
}

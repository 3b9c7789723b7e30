package org.uhcmodel.iati;

import java.util.List;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.programme.Programme;

/**
 * What {@link IatiReader} reads from an IATI activity file: the programmes, the organisations they name that the
 * reader had to create, what the file holds that the model does not carry, and what the reader had to supply.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class IatiActivities {

    private final List<Programme> programmes;
    private final List<Organization> organizations;
    private final List<IatiProblem> notCarried;
    private final List<IatiProblem> assumptions;

    IatiActivities(List<Programme> programmes, List<Organization> organizations,
                   List<IatiProblem> notCarried, List<IatiProblem> assumptions) {
        this.programmes = List.copyOf(programmes);
        this.organizations = List.copyOf(organizations);
        this.notCarried = List.copyOf(notCarried);
        this.assumptions = List.copyOf(assumptions);
    }

    /**
     * Gets the programmes, one per activity.
     *
     * @return the unmodifiable programmes, in document order, not null
     */
    public List<Programme> programmes() {
        return programmes;
    }

    /**
     * Gets the organisations the activities name that the dataset given to the reader does not hold, made from what
     * the file says of them: name, IATI identifier, IATI type.
     *
     * @return the unmodifiable organisations, in order of first mention, not null
     */
    public List<Organization> organizations() {
        return organizations;
    }

    /**
     * Gets what the file holds that the model does not carry, each element or attribute once, with its place: a
     * policy marker, a sector of another vocabulary, a transaction's aid type, a second baseline.
     *
     * @return the unmodifiable list, in document order, empty if the model carries the whole file
     */
    public List<IatiProblem> notCarried() {
        return notCarried;
    }

    /**
     * Gets the values the reader supplied because the file does not give them and the model requires them: the kind
     * of a programme or of an organisation, the language of a narrative without one.
     *
     * @return the unmodifiable list, in document order, empty if the reader supplied nothing
     */
    public List<IatiProblem> assumptions() {
        return assumptions;
    }
}

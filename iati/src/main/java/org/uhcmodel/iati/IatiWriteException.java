package org.uhcmodel.iati;

import java.util.List;

/**
 * Thrown when programmes or organisations cannot be written as IATI 2.03 XML, naming every problem at once: what IATI
 * requires that a record lacks, such as a reporting organisation, a status or a start date.
 * <p>
 * Nothing is written when this is thrown. {@link IatiWriter#check(org.uhcmodel.dataset.Dataset,
 * org.uhcmodel.programme.Programme)} tells the same problems before writing.
 */
public final class IatiWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<IatiProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems  the problems, not empty, not null
     */
    IatiWriteException(List<IatiProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Gets every problem found.
     *
     * @return the unmodifiable problems, in the order of the records, not empty
     */
    public List<IatiProblem> problems() {
        return problems;
    }

    private static String describe(List<IatiProblem> problems) {
        StringBuilder message = new StringBuilder("Cannot write IATI 2.03 XML: ").append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems");
        for (IatiProblem problem : problems) {
            message.append("\n  ").append(problem);
        }
        return message.toString();
    }
}

package org.uhcmodel.iati;

import java.util.List;

/**
 * Thrown when an IATI document cannot be read into the model, naming every problem at once with its place in the
 * document: XML that is not well formed, a document that is not an IATI 2.03 activity file, a code outside its
 * codelist, a value the model refuses.
 * <p>
 * What a readable document holds but the model does not carry is no error: the reader reports it in
 * {@link IatiActivities#notCarried()}.
 */
public final class IatiReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<IatiProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems  the problems, not empty, not null
     */
    IatiReadException(List<IatiProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Gets every problem found.
     *
     * @return the unmodifiable problems, in document order, not empty
     */
    public List<IatiProblem> problems() {
        return problems;
    }

    private static String describe(List<IatiProblem> problems) {
        StringBuilder message = new StringBuilder("Cannot read IATI activities: ").append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems");
        for (IatiProblem problem : problems) {
            message.append("\n  ").append(problem);
        }
        return message.toString();
    }
}

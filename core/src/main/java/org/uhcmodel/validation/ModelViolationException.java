package org.uhcmodel.validation;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when data given to a builder or factory of the model breaks one or more rules.
 * <p>
 * The exception carries every violation found, not only the first, so that a caller can report
 * all problems of a record at once. No instance of a model type that breaks a rule ever exists:
 * this exception is thrown instead.
 * <p>
 * Serialization keeps every violation: its path, rule code and message, and its offending value, as itself if it can
 * be serialized, else as its text.
 */
public final class ModelViolationException extends IllegalArgumentException {

    private static final long serialVersionUID = 2L;

    /** The simple name of the type that could not be built, not null. */
    private final String typeName;
    /** The violations, never empty; serialized by {@link #writeObject}, as {@link Violation} is not serializable. */
    private transient List<Violation> violations;

    /**
     * Creates an exception for the given violations.
     *
     * @param typeName  the simple name of the type that could not be built, not null
     * @param violations  the violations, not empty, not null
     * @throws IllegalArgumentException if the list of violations is empty or holds a warning
     */
    public ModelViolationException(String typeName, List<Violation> violations) {
        super(describe(typeName, violations));
        this.typeName = typeName;
        this.violations = List.copyOf(violations);
        for (Violation violation : this.violations) {
            if (violation.severity() != Severity.ERROR) {
                throw new IllegalArgumentException("A ModelViolationException lists errors only, not " + violation);
            }
        }
    }

    private static String describe(String typeName, List<Violation> violations) {
        Objects.requireNonNull(typeName, "typeName");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("A ModelViolationException needs at least one violation");
        }
        StringBuilder buf = new StringBuilder();
        buf.append("Invalid ").append(typeName).append(": ").append(violations.size())
            .append(violations.size() == 1 ? " violation" : " violations");
        for (Violation violation : violations) {
            buf.append(System.lineSeparator()).append("  ").append(violation);
        }
        return buf.toString();
    }

    /**
     * Gets the simple name of the type that could not be built.
     *
     * @return the type name, such as {@code Agreement}, not null
     */
    public String typeName() {
        return typeName;
    }

    /**
     * Gets every violation found, in a stable order (by path, then rule).
     *
     * @return the unmodifiable list of violations, never empty
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Writes the exception and its violations.
     *
     * @param out  the stream to write to, not null
     * @throws IOException if the stream fails
     * @serialData the number of violations, an {@code int}, then for each violation its path, rule code and message,
     *  each a {@code String}, and its offending value: the value itself if it can be serialized, else the
     *  {@code String} of its {@code toString()}, null if there is none
     */
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeInt(violations.size());
        for (Violation violation : violations) {
            out.writeObject(violation.path());
            out.writeObject(violation.rule());
            out.writeObject(violation.message());
            out.writeObject(serializable(violation.invalidValue().orElse(null)));
        }
    }

    /**
     * Reads the exception and its violations, as {@link #writeObject} writes them.
     *
     * @param in  the stream to read from, not null
     * @throws IOException if the stream fails or does not hold a valid exception
     * @throws ClassNotFoundException if the class of an offending value is not found
     */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        int count = in.readInt();
        if (typeName == null || count < 1) {
            throw new InvalidObjectException("A ModelViolationException needs a type name and at least one violation");
        }
        List<Violation> read = new ArrayList<>(Math.min(count, 64));
        for (int i = 0; i < count; i++) {
            String path = readString(in);
            String rule = readString(in);
            String message = readString(in);
            read.add(Violation.of(path, rule, message, in.readObject()));
        }
        violations = List.copyOf(read);
    }

    private static String readString(ObjectInputStream in) throws IOException, ClassNotFoundException {
        Object value = in.readObject();
        if (!(value instanceof String)) {
            throw new InvalidObjectException("Expected the text of a violation, found " + value);
        }
        return (String) value;
    }

    /** The value itself if it serializes, contents included, else its text. */
    private static Object serializable(Object value) {
        if (value == null || value instanceof String) {
            return value;
        }
        if (value instanceof Serializable) {
            try (ObjectOutputStream probe = new ObjectOutputStream(OutputStream.nullOutputStream())) {
                probe.writeObject(value);
                return value;
            } catch (IOException ex) {
                // Serializable in name only, such as a list of model values: fall back to the text.
            }
        }
        return String.valueOf(value);
    }

    /**
     * Gets the rule codes of every violation, in the order of {@link #violations()}.
     *
     * @return the unmodifiable list of rule codes, never empty
     */
    public List<String> rules() {
        return violations.stream().map(Violation::rule).toList();
    }
}

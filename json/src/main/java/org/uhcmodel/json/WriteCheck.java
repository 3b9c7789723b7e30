package org.uhcmodel.json;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks, before anything is written, that a value's JSON would be read back: that every text is well-formed Unicode,
 * that every period has the wire format's form, and, for the writers of {@link UhcJson}, that strings, property names
 * and nesting stay within the limits of {@link UhcJson#reader()}. Codecs walk the value as they would write it
 * ({@link Codec#check}), so that each problem names the JSON Pointer the value would have. Decimals need no check:
 * the model bounds them to 30 digits before the point and 18 after it, whose plain notation is within the reader's
 * limit.
 */
final class WriteCheck {

    /** True to check the limits of {@link UhcJson#reader()} too. */
    private final boolean readerLimits;
    /** The reference tokens of the value being checked: property names and array indexes. */
    private final List<Object> path = new ArrayList<>();
    private final List<JsonProblem> problems = new ArrayList<>();
    /** The number of objects and arrays open around the value being checked. */
    private int depth;

    private WriteCheck(boolean readerLimits) {
        this.readerLimits = readerLimits;
    }

    /**
     * Checks a value before it is written.
     *
     * @param codec  the value's codec
     * @param value  the value, not null
     * @param readerLimits  true to check the limits of {@link UhcJson#reader()}, false to check only what every
     *                      reader refuses, whatever its limits
     * @throws JsonWriteException listing every problem
     */
    static <T> void check(Codec<T> codec, T value, boolean readerLimits) {
        WriteCheck check = new WriteCheck(readerLimits);
        codec.check(value, check);
        if (!check.problems.isEmpty()) {
            throw new JsonWriteException(check.problems);
        }
    }

    /**
     * Descends into a property or an array element.
     *
     * @param token  the property name or the index
     */
    void push(Object token) {
        path.add(token);
    }

    /** Comes back from the last {@link #push}. */
    void pop() {
        path.remove(path.size() - 1);
    }

    /**
     * Opens an object or an array at the current path.
     *
     * @return true to check what it holds, false if it lies too deep (a problem is reported, and nothing below it)
     */
    boolean enter() {
        if (readerLimits && depth >= UhcJson.MAX_NESTING_DEPTH) {
            add("json.limit", "the value lies deeper than " + UhcJson.MAX_NESTING_DEPTH
                + " levels of nested objects and arrays, which the reader refuses");
            return false;
        }
        depth++;
        return true;
    }

    /** Closes what the last successful {@link #enter} opened. */
    void exit() {
        depth--;
    }

    /**
     * Checks a JSON string value.
     *
     * @param value  the text written
     */
    void text(String value) {
        if (readerLimits && value.length() > UhcJson.MAX_STRING_LENGTH) {
            add("json.limit", "the text is " + value.length() + " characters long; the reader refuses strings longer "
                + "than " + UhcJson.MAX_STRING_LENGTH + " characters");
        }
        unicode(value, "text");
    }

    /**
     * Checks a property name that comes from the value (a language tag).
     *
     * @param name  the name written
     */
    void name(String name) {
        if (readerLimits && name.length() > UhcJson.MAX_NAME_LENGTH) {
            add("json.limit", "the property name is " + name.length() + " characters long; the reader refuses names "
                + "longer than " + UhcJson.MAX_NAME_LENGTH + " characters");
        }
        unicode(name, "property name");
    }

    private void unicode(String value, String what) {
        String problem = Text.surrogateProblem(value, what);
        if (problem != null) {
            add("json.encoding", problem);
        }
    }

    /**
     * Reports a problem of the value at the current path.
     *
     * @param rule  the rule code
     * @param message  the message
     */
    void add(String rule, String message) {
        StringBuilder pointer = new StringBuilder();
        for (Object token : path) {
            pointer.append('/').append(Pointers.escape(token.toString()));
        }
        if (problems.size() < Problems.MAX_PROBLEMS) {
            problems.add(JsonProblem.of(pointer.toString(), 0, 0, rule, message));
        }
    }
}

package org.uhcmodel.json;

import java.util.List;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Violation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The wire form of one model type: how it is written, how it is read (reporting problems, never throwing) and its
 * JSON Schema. Every codec is immutable and thread-safe.
 *
 * @param <T>  the model type
 */
abstract class Codec<T> {

    /** Factory of schema nodes. */
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * Writes a value.
     *
     * @param g  the generator
     * @param value  the value, not null
     */
    abstract void write(JsonGenerator g, T value);

    /**
     * Checks, before it is written, that a value's JSON would be read back, walking it as {@link #write} would
     * (see {@link WriteCheck}).
     *
     * @param value  the value, not null
     * @param check  where problems go, with the path of the value
     */
    abstract void check(T value, WriteCheck check);

    /**
     * Reads a value, reporting each problem found.
     *
     * @param node  the JSON value, never JSON null (the caller reports null)
     * @param problems  where problems go
     * @return the value, or null if a problem was reported
     */
    abstract T read(Node node, Problems problems);

    /**
     * Describes the wire form as a JSON Schema fragment.
     *
     * @param schemas  where named definitions go
     * @return the fragment
     */
    abstract ObjectNode schema(Schemas schemas);

    /**
     * Gets the key that orders values of this type when they are written as a set.
     *
     * @param value  the value
     * @return the key
     */
    String sortKey(T value) {
        return value.toString();
    }

    /** Reports a value of the wrong JSON type. */
    static void wrongType(Node node, String expected, Problems problems) {
        problems.add(node, "json.wrong-type", "expected " + expected + ", found " + node.kind.article);
    }

    /**
     * Reports the violations of a value written as one JSON scalar: whatever their path inside the value, they point
     * at the scalar.
     */
    static void reportAt(Node node, ModelViolationException ex, Problems problems) {
        for (Violation v : ex.violations()) {
            problems.add(node, v.rule(), v.message());
        }
    }

    /**
     * Splits a core violation path such as {@code signatories[0].party} into pointer segments.
     *
     * @param path  the path
     * @return the segments, empty for the whole object
     */
    static List<String> segments(String path) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                flush(cur, out);
                i++;
            } else if (c == '[') {
                flush(cur, out);
                int end = path.indexOf(']', i);
                if (end < 0) {
                    end = path.length();
                }
                String key = path.substring(i + 1, end);
                if (!key.isEmpty()) {
                    out.add(key);
                }
                i = end + 1;
            } else {
                cur.append(c);
                i++;
            }
        }
        flush(cur, out);
        return out;
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (cur.length() > 0) {
            out.add(cur.toString());
            cur.setLength(0);
        }
    }

    /**
     * Reports a violation of an object at the pointer its path names, with the position of the deepest value that
     * exists along that path.
     */
    static void reportBelow(Node node, List<String> segments, Violation v, Problems problems) {
        StringBuilder pointer = new StringBuilder(node.pointer);
        for (String s : segments) {
            pointer.append('/').append(Node.escape(s));
        }
        Node at = node.deepest(segments);
        problems.add(pointer.toString(), at.line, at.column, v.rule(), v.message());
    }
}

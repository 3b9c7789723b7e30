package org.uhcmodel.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Reads one JSON value from a token stream into {@link Node}s, reporting duplicate keys and trailing content as
 * problems; malformed JSON, text that is not Unicode (bytes that are not UTF-8, an unpaired surrogate) and broken
 * limits end the reading with one problem.
 */
final class TreeReader {

    /** Thrown inside the reader when the token stream cannot go on. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private final JsonParser parser;
    private final Problems problems;

    private TreeReader(JsonParser parser, Problems problems) {
        this.parser = parser;
        this.problems = problems;
    }

    /**
     * Reads the value at the parser's current token (or the next one if there is none).
     *
     * @param parser  the parser
     * @param problems  where problems go
     * @param wholeDocument  true to report content after the value as {@code json.trailing-content}
     * @return the value, or null if the JSON is malformed (a problem says why)
     */
    static Node read(JsonParser parser, Problems problems, boolean wholeDocument) {
        TreeReader reader = new TreeReader(parser, problems);
        try {
            JsonToken token = parser.currentToken();
            if (token == null) {
                token = reader.next("");
            }
            if (token == null) {
                problems.add("", 1, 1, "json.empty", "the document is empty");
                return null;
            }
            Node node = reader.value(token, "");
            if (wholeDocument) {
                reader.trailing();
            }
            return node;
        } catch (Stop stop) {
            return null;
        }
    }

    private void trailing() {
        try {
            JsonToken next = parser.nextToken();
            if (next != null) {
                TokenStreamLocation at = parser.currentTokenLocation();
                problems.add("", at.getLineNr(), at.getColumnNr(), "json.trailing-content",
                    "unexpected content after the end of the document");
            }
        } catch (JacksonException ex) {
            if (notUtf8(ex, "")) {
                return;
            }
            TokenStreamLocation at = ex.getLocation() == null ? TokenStreamLocation.NA : ex.getLocation();
            problems.add("", Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0), "json.trailing-content",
                "unexpected content after the end of the document");
        }
    }

    /**
     * Reports bytes that are not UTF-8, if they are why the parser failed.
     *
     * @param ex  the parser's failure
     * @param pointer  the pointer of the value being read
     * @return true if reported
     */
    private boolean notUtf8(JacksonException ex, String pointer) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof Utf8Reader.Malformed) {
                Utf8Reader.Malformed m = (Utf8Reader.Malformed) cause;
                problems.add(pointer, m.line(), m.column(), "json.encoding", m.problem());
                return true;
            }
        }
        return false;
    }

    /**
     * Refuses a string that is not Unicode text: an unpaired surrogate, which a JSON escape can write but no UTF-8
     * can carry.
     */
    private void unicode(String text, String pointer, TokenStreamLocation at, String what) {
        String problem = Scalars.unpairedSurrogate(text, what);
        if (problem != null) {
            problems.add(pointer, at.getLineNr(), at.getColumnNr(), "json.encoding", problem);
            throw new Stop();
        }
    }

    private JsonToken next(String pointer) {
        try {
            return parser.nextToken();
        } catch (StreamConstraintsException ex) {
            fail(pointer, "json.limit", ex);
        } catch (JacksonException ex) {
            if (!notUtf8(ex, pointer)) {
                fail(pointer, "json.syntax", ex);
            }
        }
        throw new Stop();
    }

    private void fail(String pointer, String rule, JacksonException ex) {
        TokenStreamLocation at = ex.getLocation() == null ? parser.currentLocation() : ex.getLocation();
        String where = pointer;
        try {
            // The parser knows best where it stopped: a number is checked only when the parser moves past it.
            where = parser.streamReadContext().pathAsPointer().toString();
        } catch (RuntimeException ignored) {
            // keep the pointer of the value being read
        }
        problems.add(where, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0), rule, ex.getOriginalMessage());
        throw new Stop();
    }

    private String textOf(String pointer) {
        try {
            return parser.getString();
        } catch (StreamConstraintsException ex) {
            fail(pointer, "json.limit", ex);
        } catch (JacksonException ex) {
            if (!notUtf8(ex, pointer)) {
                fail(pointer, "json.syntax", ex);
            }
        }
        throw new Stop();
    }

    private Node value(JsonToken token, String pointer) {
        TokenStreamLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        switch (token) {
            case START_OBJECT:
                return object(pointer, line, column);
            case START_ARRAY:
                return array(pointer, line, column);
            case VALUE_STRING:
                String text = textOf(pointer);
                unicode(text, pointer, at, "string");
                return Node.scalar(Node.Kind.STRING, pointer, line, column, text, false);
            case VALUE_NUMBER_INT:
                return Node.scalar(Node.Kind.NUMBER, pointer, line, column, textOf(pointer), true);
            case VALUE_NUMBER_FLOAT:
                return Node.scalar(Node.Kind.NUMBER, pointer, line, column, textOf(pointer), false);
            case VALUE_TRUE:
                return Node.scalar(Node.Kind.BOOLEAN, pointer, line, column, "true", false);
            case VALUE_FALSE:
                return Node.scalar(Node.Kind.BOOLEAN, pointer, line, column, "false", false);
            case VALUE_NULL:
                return Node.scalar(Node.Kind.NULL, pointer, line, column, null, false);
            default:
                problems.add(pointer, line, column, "json.syntax", "unexpected token " + token);
                throw new Stop();
        }
    }

    private Node object(String pointer, int line, int column) {
        LinkedHashMap<String, Node> fields = new LinkedHashMap<>();
        JsonToken token = next(pointer);
        while (token == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            String childPointer = pointer + "/" + Node.escape(name);
            TokenStreamLocation nameAt = parser.currentTokenLocation();
            unicode(name, childPointer, nameAt, "property name");
            Node child = value(next(childPointer), childPointer);
            if (fields.containsKey(name)) {
                problems.add(childPointer, nameAt.getLineNr(), nameAt.getColumnNr(), "json.duplicate-key",
                    "the key \"" + name + "\" appears more than once in this object; the first one is kept");
            } else {
                fields.put(name, child);
            }
            token = next(pointer);
        }
        if (token != JsonToken.END_OBJECT) {
            problems.add(pointer, line, column, "json.syntax", "unexpected token " + token + " in an object");
            throw new Stop();
        }
        return Node.object(pointer, line, column, fields);
    }

    private Node array(String pointer, int line, int column) {
        List<Node> items = new ArrayList<>();
        JsonToken token = next(pointer);
        while (token != JsonToken.END_ARRAY) {
            if (token == null) {
                problems.add(pointer, line, column, "json.syntax", "unexpected end of input in an array");
                throw new Stop();
            }
            items.add(value(token, pointer + "/" + items.size()));
            token = next(pointer);
        }
        return Node.array(pointer, line, column, items);
    }
}

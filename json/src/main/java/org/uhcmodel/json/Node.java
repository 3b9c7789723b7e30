package org.uhcmodel.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A JSON value read with its JSON Pointer and position, so that every later problem can say where it lies. */
final class Node {

    /** The kinds of JSON value. */
    enum Kind {
        OBJECT("an object"), ARRAY("an array"), STRING("a string"), NUMBER("a number"), BOOLEAN("a boolean"),
        NULL("null");

        final String article;

        Kind(String article) {
            this.article = article;
        }
    }

    final Kind kind;
    final String pointer;
    final int line;
    final int column;
    /** The string value, or the number as written, or "true"/"false"; null for objects, arrays and null. */
    final String text;
    /** True for a number written without fraction or exponent. */
    final boolean integral;
    /** The members in document order (the first of duplicate keys only); empty unless an object. */
    final Map<String, Node> fields;
    /** The elements; empty unless an array. */
    final List<Node> items;

    private Node(Kind kind, String pointer, int line, int column, String text, boolean integral,
                 Map<String, Node> fields, List<Node> items) {
        this.kind = kind;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
        this.text = text;
        this.integral = integral;
        this.fields = fields;
        this.items = items;
    }

    static Node scalar(Kind kind, String pointer, int line, int column, String text, boolean integral) {
        return new Node(kind, pointer, line, column, text, integral, Collections.emptyMap(), Collections.emptyList());
    }

    static Node object(String pointer, int line, int column, LinkedHashMap<String, Node> fields) {
        return new Node(Kind.OBJECT, pointer, line, column, null, false, fields, Collections.emptyList());
    }

    static Node array(String pointer, int line, int column, List<Node> items) {
        return new Node(Kind.ARRAY, pointer, line, column, null, false, Collections.emptyMap(), items);
    }

    /**
     * Finds the deepest existing node along a path of segments below this one.
     *
     * @param segments  property names or array indexes
     * @return the node itself or the deepest existing descendant, not null
     */
    Node deepest(List<String> segments) {
        Node at = this;
        for (String segment : segments) {
            Node next = null;
            if (at.kind == Kind.OBJECT) {
                next = at.fields.get(segment);
            } else if (at.kind == Kind.ARRAY && segment.matches("\\d{1,9}")) {
                int index = Integer.parseInt(segment);
                next = index < at.items.size() ? at.items.get(index) : null;
            }
            if (next == null) {
                return at;
            }
            at = next;
        }
        return at;
    }

    /**
     * Escapes one reference token of a JSON Pointer (RFC 6901).
     *
     * @param token  the property name or index
     * @return the escaped token
     */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Gets the pointer of a child.
     *
     * @param token  the property name or index
     * @return the child's pointer
     */
    String child(String token) {
        return pointer + "/" + escape(token);
    }
}

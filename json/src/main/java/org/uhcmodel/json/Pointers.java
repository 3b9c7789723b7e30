package org.uhcmodel.json;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.TokenStreamContext;

/** JSON Pointers (RFC 6901): built from the parser's contexts, from a path of the model, and split again. */
final class Pointers {

    private Pointers() {
    }

    /**
     * Escapes one reference token.
     *
     * @param token  the property name or index
     * @return the escaped token
     */
    static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Builds the pointer of the parser's position: the name or index each context is at, from the one below
     * {@code base} down to {@code context}. A context just opened, at no name or index yet, adds nothing.
     *
     * @param context  the innermost context
     * @param base  the context whose position is the empty pointer, or null for the document's root
     * @return the pointer
     */
    static String of(TokenStreamContext context, TokenStreamContext base) {
        List<String> tokens = new ArrayList<>();
        for (TokenStreamContext c = context; c != null && c != base; c = c.getParent()) {
            if (c.inObject()) {
                String name = c.currentName();
                if (name != null) {
                    tokens.add(escape(name));
                }
            } else if (c.inArray() && c.hasCurrentIndex()) {
                tokens.add(Integer.toString(c.getCurrentIndex()));
            }
        }
        StringBuilder pointer = new StringBuilder();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            pointer.append('/').append(tokens.get(i));
        }
        return pointer.toString();
    }

    /**
     * Turns a path of the model below an object, such as {@code signatories[0].party}, into a pointer.
     *
     * @param object  the pointer of the object
     * @param path  the path, empty for the object itself
     * @return the pointer
     */
    static String below(String object, String path) {
        if (path.isEmpty()) {
            return object;
        }
        StringBuilder pointer = new StringBuilder(object);
        for (String segment : modelPath(path)) {
            pointer.append('/').append(escape(segment));
        }
        return pointer.toString();
    }

    /**
     * Splits a path of the model, such as {@code signatories[0].party}, into property names and indexes.
     *
     * @param path  the path
     * @return the segments, empty for the whole object
     */
    static List<String> modelPath(String path) {
        List<String> out = new ArrayList<>();
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
                out.add(path.substring(i + 1, end));
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
     * Splits a pointer into its unescaped reference tokens.
     *
     * @param pointer  the pointer, "" or starting with {@code /}
     * @return the tokens
     */
    static List<String> split(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer.isEmpty()) {
            return out;
        }
        int from = 1;
        while (true) {
            int slash = pointer.indexOf('/', from);
            String token = slash < 0 ? pointer.substring(from) : pointer.substring(from, slash);
            out.add(token.replace("~1", "/").replace("~0", "~"));
            if (slash < 0) {
                return out;
            }
            from = slash + 1;
        }
    }
}

package org.uhcmodel.json;

import java.util.ArrayList;
import java.util.List;

import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.validation.Severity;
import org.uhcmodel.validation.Violation;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * The state of one decoding: the token stream, where problems go, and how a problem's place is recorded. Codecs
 * read from the parser straight into builders; a pointer is built only when a problem is reported.
 * <p>
 * Reading a document given whole ({@link Source}), a problem keeps the offset of its token, and its line and column
 * are computed once the document is read. Reading through the Jackson module, the caller's parser gives line and
 * column at once.
 */
final class Decoder {

    final JsonParser p;
    final Problems problems;
    /** True if positions are offsets in a {@link Source}; false to take lines and columns from the parser. */
    private final boolean offsets;
    /** True if offsets count bytes, false if characters. */
    private final boolean bytes;
    /** The context whose position is the empty pointer, or null for the document's root. */
    private final TokenStreamContext base;
    /** The violations of the builder being built; reused, one build at a time. */
    final List<Violation> violations = new ArrayList<>();

    private Decoder(JsonParser p, Problems problems, boolean offsets, boolean bytes, TokenStreamContext base) {
        this.p = p;
        this.problems = problems;
        this.offsets = offsets;
        this.bytes = bytes;
        this.base = base;
    }

    /**
     * Decodes a document given whole.
     *
     * @param p  the parser over the source
     * @param problems  where problems go
     * @param bytes  true if the source is bytes
     * @return the decoder
     */
    static Decoder ofSource(JsonParser p, Problems problems, boolean bytes) {
        return new Decoder(p, problems, true, bytes, null);
    }

    /**
     * Decodes the value at a caller's parser, with pointers relative to that value.
     *
     * @param p  the parser, at the value's first token
     * @param problems  where problems go
     * @return the decoder
     */
    static Decoder ofValue(JsonParser p, Problems problems) {
        JsonToken t = p.currentToken();
        TokenStreamContext context = p.streamReadContext();
        TokenStreamContext base = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY
            ? context.getParent() : context;
        return new Decoder(p, problems, false, false, base);
    }

    /**
     * Gets the pointer of the current token: of the value it starts or is, or of the key it names.
     *
     * @return the pointer
     */
    String pointer() {
        return Pointers.of(p.streamReadContext(), base);
    }

    /**
     * Gets the pointer of the object whose key the parser is at, or that the parser is in.
     *
     * @return the pointer
     */
    String objectPointer() {
        TokenStreamContext context = p.streamReadContext();
        return context == base ? "" : Pointers.of(context.getParent(), base);
    }

    /**
     * Marks where a value starts, for problems placed later at it; needed only when there is no source to search.
     *
     * @return the mark, null when reading a source
     */
    TokenStreamLocation mark() {
        return offsets ? null : p.currentTokenLocation();
    }

    /**
     * Reports a problem of the current token (a value, or a key).
     *
     * @param rule  the rule code
     * @param message  the message
     */
    void report(String rule, String message) {
        reportAt(pointer(), p.currentTokenLocation(), rule, message);
    }

    /**
     * Reports a problem at a pointer and a location.
     *
     * @param pointer  the pointer
     * @param at  the location
     * @param rule  the rule code
     * @param message  the message
     */
    void reportAt(String pointer, TokenStreamLocation at, String rule, String message) {
        Problems.Found found = new Problems.Found(pointer, rule, message, Severity.ERROR, false);
        place(found, at);
        problems.add(found);
    }

    /**
     * Reports a problem to be placed at the deepest value along its pointer: a violation a builder reports below
     * the object it builds, such as a required property that is missing.
     *
     * @param pointer  the pointer
     * @param object  the mark of the object, used when there is no source to search
     * @param rule  the rule code
     * @param message  the message
     */
    void reportBelow(String pointer, TokenStreamLocation object, String rule, String message) {
        Problems.Found found = new Problems.Found(pointer, rule, message, Severity.ERROR, offsets);
        if (!offsets) {
            place(found, object);
        }
        problems.add(found);
    }

    private void place(Problems.Found found, TokenStreamLocation at) {
        if (offsets) {
            found.offset = Math.max(0, bytes ? at.getByteOffset() : at.getCharOffset());
        } else {
            found.line = Math.max(0, at.getLineNr());
            found.column = Math.max(0, at.getColumnNr());
        }
    }

    /**
     * Reports a value of the wrong kind and passes over it.
     *
     * @param expected  what was expected, such as {@code an object}
     */
    void wrongType(String expected) {
        String pointer = pointer();
        TokenStreamLocation at = p.currentTokenLocation();
        String found = kind(p.currentToken());
        // Passed over first: a value too deep to read is refused for its depth alone.
        p.skipChildren();
        reportAt(pointer, at, "json.wrong-type", "expected " + expected + ", found " + found);
    }

    /**
     * Reports the violations of a value read from one JSON scalar at that scalar.
     *
     * @param ex  the refusal
     */
    void violations(ModelViolationException ex) {
        String pointer = pointer();
        TokenStreamLocation at = p.currentTokenLocation();
        for (Violation v : ex.violations()) {
            reportAt(pointer, at, v.rule(), v.message());
        }
    }

    /**
     * Names the kind of JSON value a token starts.
     *
     * @param token  the token
     * @return the kind with its article, such as {@code a number}
     */
    static String kind(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.toString();
        }
    }
}

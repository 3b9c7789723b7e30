package org.uhcmodel.json;

import tools.jackson.core.JsonParser;

/** Reads one value from a parser: the tree first, then the model, reporting every problem at once. */
final class Documents {

    private Documents() {
    }

    /**
     * Decodes the value at the parser's current (or next) token.
     *
     * @param parser  the parser
     * @param codec  the wire form of the expected type
     * @param wholeDocument  true to refuse content after the value
     * @return the value, not null
     * @throws JsonReadException listing every problem
     */
    static <T> T decode(JsonParser parser, Codec<T> codec, boolean wholeDocument) {
        Problems problems = new Problems();
        Node node = TreeReader.read(parser, problems, wholeDocument);
        T value = null;
        if (node != null) {
            if (node.kind == Node.Kind.NULL) {
                problems.add(node, "json.null", "expected a value, found null");
            } else {
                value = codec.read(node, problems);
            }
        }
        problems.throwIfAny();
        if (value == null) {
            // Every path that returns null reports a problem first; this guards the contract.
            throw new IllegalStateException("No value and no problem reported");
        }
        return value;
    }
}

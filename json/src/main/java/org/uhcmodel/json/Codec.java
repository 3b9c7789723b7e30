package org.uhcmodel.json;

import tools.jackson.databind.node.ObjectNode;

/**
 * The wire form of one type: how it is written, how it is read (reporting problems, never throwing) and its JSON
 * Schema. Every codec is immutable and thread-safe.
 *
 * @param <T>  the type
 */
abstract class Codec<T> {

    /**
     * Writes a value, noting on the encoder anything written that a reader would not read back.
     *
     * @param e  the encoder
     * @param value  the value, not null
     */
    abstract void write(Encoder e, T value);

    /**
     * Checks that a value's JSON would be read back, walking it as {@link #write} would (see {@link WriteCheck}), to
     * name every value that would not.
     *
     * @param value  the value, not null
     * @param check  where problems go, with the path of the value
     */
    abstract void check(T value, WriteCheck check);

    /**
     * Reads the value that starts at the parser's current token, which is not JSON null (the caller reports null),
     * and leaves the parser at its last token.
     *
     * @param d  the decoder
     * @return the value, or null if a problem was reported
     */
    abstract T read(Decoder d);

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
}

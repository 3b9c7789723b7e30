package org.uhcmodel.json;

import tools.jackson.core.JsonGenerator;

/**
 * The state of one writing: the generator, and whether anything written would not be read back. Writing checks only
 * what can fail (text that is not Unicode, a period with no form on the wire, a string or name beyond the reader's
 * limits); when something does, the writer throws the output away and names every such value with a
 * {@link WriteCheck}.
 */
final class Encoder {

    final JsonGenerator g;
    /** True to hold strings and names to the limits of {@link UhcJson#reader()}. */
    private final boolean readerLimits;
    /** True once something was written that a reader would not read back. */
    boolean refused;

    Encoder(JsonGenerator g, boolean readerLimits) {
        this.g = g;
        this.readerLimits = readerLimits;
    }

    /**
     * Writes a string value that may hold any text.
     *
     * @param value  the text
     */
    void text(String value) {
        if (readerLimits && value.length() > UhcJson.MAX_STRING_LENGTH || Text.unpairedSurrogate(value) >= 0) {
            refused = true;
        }
        g.writeString(value);
    }

    /**
     * Writes a property name that comes from the value (a language tag).
     *
     * @param name  the name
     */
    void name(String name) {
        if (readerLimits && name.length() > UhcJson.MAX_NAME_LENGTH || Text.unpairedSurrogate(name) >= 0) {
            refused = true;
        }
        g.writeName(name);
    }
}

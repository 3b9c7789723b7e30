package org.uhcmodel.value;

/**
 * A term of a closed vocabulary with a stable external code and an English label.
 * <p>
 * The code is what the wire format writes and what {@code fromCode} of each vocabulary reads back;
 * it is the official code where the vocabulary has one (IATI, SHA 2011, DAC, SDG). Each vocabulary is described by a
 * {@link org.uhcmodel.meta.Vocabulary}.
 */
public interface Coded {

    /**
     * Gets the stable external code of this term.
     *
     * @return the code, not null
     */
    String code();

    /**
     * Gets the English name of this term, the official one where the vocabulary has one.
     *
     * @return the label, not null
     */
    String label();
}

package org.uhcmodel.agreement;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The kind of an {@link Event}.
 */
public enum EventKind implements Coded {
    /** A meeting of two parties, such as two ministers. */
    BILATERAL_MEETING("bilateral-meeting", "Bilateral meeting"),
    /** A ceremony at which one or more agreements are signed. */
    SIGNING_CEREMONY("signing-ceremony", "Signing ceremony"),
    /** A conference or seminar. */
    CONFERENCE("conference", "Conference"),
    /** The opening of a facility or a service. */
    INAUGURATION("inauguration", "Inauguration"),
    /** An official visit by a delegation. */
    OFFICIAL_VISIT("official-visit", "Official visit"),
    /** A visit to learn from the practice of another country or institution. */
    STUDY_VISIT("study-visit", "Study visit"),
    /** A support mission of experts to a programme. */
    BACKSTOPPING_MISSION("backstopping-mission", "Backstopping mission"),
    /** A meeting held by videoconference. */
    VIDEOCONFERENCE("videoconference", "Videoconference");

    /** The vocabulary of event kind terms. */
    public static final Vocabulary<EventKind> VOCABULARY = Vocabulary.of(EventKind.class,
        "uhc-model");

    private final String code;
    private final String label;

    EventKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * Obtains a term from its code.
     *
     * @param code  the code, such as {@code signing-ceremony}
     * @return the term, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static EventKind fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}

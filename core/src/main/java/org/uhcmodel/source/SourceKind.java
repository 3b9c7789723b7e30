package org.uhcmodel.source;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The kind of a {@link SourceDocument}: news article, press release, official communiqué, project page, report,
 * dataset, law, decree or statutes.
 */
public enum SourceKind implements Coded {
    /** An article of a newspaper or news agency. */
    NEWS_ARTICLE("news-article", "News article"),
    /** A release an organisation publishes about itself. */
    PRESS_RELEASE("press-release", "Press release"),
    /** A communiqué of a government or public body, such as a ministry. */
    OFFICIAL_COMMUNIQUE("official-communique", "Official communiqué"),
    /** A web page describing a project or programme, such as a development agency's page. */
    PROJECT_PAGE("project-page", "Project page"),
    /** A report, such as an evaluation or an annual report. */
    REPORT("report", "Report"),
    /** A published set of data, such as a statistical series. */
    DATASET("dataset", "Dataset"),
    /** A law or an ordinance with the force of law, such as the act that founds a scheme. */
    LAW("law", "Law"),
    /** A decree or another regulation of the executive, such as the decree that sets a premium. */
    DECREE("decree", "Decree"),
    /** The statutes or by-laws of an organisation or a scheme, such as a mutual's statutes. */
    STATUTE("statute", "Statutes");

    /** The vocabulary of source kind terms. */
    public static final Vocabulary<SourceKind> VOCABULARY = Vocabulary.of(SourceKind.class,
        "uhc-model");

    private final String code;
    private final String label;

    SourceKind(String code, String label) {
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
     * Obtains a kind from its code.
     *
     * @param code  the code, such as {@code news-article}
     * @return the kind, not null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static SourceKind fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}

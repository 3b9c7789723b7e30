package org.uhcmodel.programme;

import org.uhcmodel.meta.Vocabulary;
import org.uhcmodel.value.Coded;

/**
 * The category of a document linked to a programme, from the IATI DocumentCategory codelist: A for documents of the
 * activity, B for documents of the organisation. The code is the IATI code.
 */
public enum DocumentCategory implements Coded {
    /** A01 Pre- and post-project impact appraisal. */
    IMPACT_APPRAISAL("A01", "Pre- and post-project impact appraisal"),
    /** A02 Objectives / Purpose of activity. */
    OBJECTIVES("A02", "Objectives / Purpose of activity"),
    /** A03 Intended ultimate beneficiaries. */
    INTENDED_BENEFICIARIES("A03", "Intended ultimate beneficiaries"),
    /** A04 Conditions. */
    CONDITIONS("A04", "Conditions"),
    /** A05 Budget. */
    BUDGET("A05", "Budget"),
    /** A06 Summary information about contract. */
    CONTRACT_SUMMARY("A06", "Summary information about contract"),
    /** A07 Review of project performance and evaluation. */
    PERFORMANCE_REVIEW_AND_EVALUATION("A07", "Review of project performance and evaluation"),
    /** A08 Results, outcomes and outputs. */
    RESULTS("A08", "Results, outcomes and outputs"),
    /** A09 Memorandum of understanding (If agreed by all parties). */
    MEMORANDUM_OF_UNDERSTANDING("A09", "Memorandum of understanding (If agreed by all parties)"),
    /** A10 Tender. */
    TENDER("A10", "Tender"),
    /** A11 Contract. */
    CONTRACT("A11", "Contract"),
    /** A12 Activity web page. */
    ACTIVITY_WEB_PAGE("A12", "Activity web page"),
    /** B01 Annual report. */
    ANNUAL_REPORT("B01", "Annual report"),
    /** B02 Institutional Strategy paper. */
    INSTITUTIONAL_STRATEGY("B02", "Institutional Strategy paper"),
    /** B03 Country strategy paper. */
    COUNTRY_STRATEGY("B03", "Country strategy paper"),
    /** B04 Aid Allocation Policy. */
    AID_ALLOCATION_POLICY("B04", "Aid Allocation Policy"),
    /** B05 Procurement Policy and Procedure. */
    PROCUREMENT_POLICY("B05", "Procurement Policy and Procedure"),
    /** B06 Institutional Audit Report. */
    INSTITUTIONAL_AUDIT_REPORT("B06", "Institutional Audit Report"),
    /** B07 Country Audit Report. */
    COUNTRY_AUDIT_REPORT("B07", "Country Audit Report"),
    /** B08 Exclusions Policy. */
    EXCLUSIONS_POLICY("B08", "Exclusions Policy"),
    /** B09 Institutional Evaluation Report. */
    INSTITUTIONAL_EVALUATION_REPORT("B09", "Institutional Evaluation Report"),
    /** B10 Country Evaluation Report. */
    COUNTRY_EVALUATION_REPORT("B10", "Country Evaluation Report"),
    /** B11 Sector strategy. */
    SECTOR_STRATEGY("B11", "Sector strategy"),
    /** B12 Thematic strategy. */
    THEMATIC_STRATEGY("B12", "Thematic strategy"),
    /** B13 Country-level Memorandum of Understanding. */
    COUNTRY_MEMORANDUM_OF_UNDERSTANDING("B13", "Country-level Memorandum of Understanding"),
    /** B14 Evaluations policy. */
    EVALUATIONS_POLICY("B14", "Evaluations policy"),
    /** B15 General Terms and Conditions. */
    GENERAL_TERMS_AND_CONDITIONS("B15", "General Terms and Conditions"),
    /** B16 Organisation web page. */
    ORGANISATION_WEB_PAGE("B16", "Organisation web page"),
    /** B17 Country/Region web page. */
    COUNTRY_OR_REGION_WEB_PAGE("B17", "Country/Region web page"),
    /** B18 Sector web page. */
    SECTOR_WEB_PAGE("B18", "Sector web page");

    /** The vocabulary of document category terms. */
    public static final Vocabulary<DocumentCategory> VOCABULARY = Vocabulary.of(DocumentCategory.class,
        "IATI Standard 2.03, codelist DocumentCategory");

    private final String code;
    private final String label;

    DocumentCategory(String code, String label) {
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
     * @param code  the code, such as {@code A12}, not null
     * @return the term, not null
     * @throws NullPointerException if the code is null
     * @throws org.uhcmodel.validation.ModelViolationException with rule {@code unknown-code} if the code is unknown
     */
    public static DocumentCategory fromCode(String code) {
        return VOCABULARY.fromCode(code);
    }
}

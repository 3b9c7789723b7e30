package org.uhcmodel.benchmarks;

/**
 * The raw inputs every side of a comparison builds its values from: strings and ints, as a reader or a form hands
 * them over. The model parses and checks them; the plain records and HAPI FHIR take them as they are.
 * <p>
 * The same {@code i} gives the same content everywhere, so a value of the model, a plain record and a HAPI FHIR
 * resource built from {@code Raw.organization(i)} carry the same facts.
 */
final class Raw {

    private static final String[] ORGANIZATION_KINDS = {
        "ministry", "public-agency", "social-security-fund", "health-insurance-fund"};
    private static final String[] COUNTRIES = {"DZ", "TN", "MA", "SN", "CI"};
    private static final String[] AGREEMENT_KINDS = {"memorandum-of-understanding", "partnership-convention"};

    private Raw() {
    }

    /** The inputs of an organisation. */
    record Org(String id, String lang, String name, String acronym, String kind, String country, String parent,
               String identifierScheme, String identifierValue) {
    }

    /** The inputs of a person holding one position. */
    record Per(String id, String name, String honorific, String role, String lang, String title, String organization) {
    }

    /** The inputs of an agreement between two organisations. */
    record Agr(String id, String kind, String lang, String title, String status, String signedDate, String signedBasis,
               String party1, String role1, String party2, String role2, String area, String sdgTarget) {
    }

    /** The inputs of a programme with two participants. */
    record Prog(String id, String lang, String name, String kind, String country, String start, String end,
                String org1, String role1, String org2, String role2, String status, String amount, String currency) {
    }

    /** The inputs of a coverage scheme. */
    record Scheme(String id, String lang, String name, String acronym, String operator, String country, String type,
                  String financing, String membership, String group, String launched, String launchedBasis) {
    }

    /** The inputs of an SDG 3.8.1 observation. */
    record Obs(String id, String indicator, String country, int year, String value, String source) {
    }

    /**
     * Gives the inputs of organisation {@code org-i}: every tenth one heads a group of ten, the parent of the nine
     * after it.
     */
    static Org organization(int i) {
        return new Org("org-" + i, "fr", "Organisation de santé " + i, "OS" + i,
            ORGANIZATION_KINDS[i % ORGANIZATION_KINDS.length], COUNTRIES[i % COUNTRIES.length],
            i % 10 == 0 ? null : "org-" + (i - i % 10), "iati-organisation", "XM-DAC-" + (10000 + i));
    }

    /** Gives the inputs of agreement {@code agreement-k}, between {@code org-2k} and {@code org-2k+1}. */
    static Agr agreement(int k) {
        return new Agr("agreement-" + k, AGREEMENT_KINDS[k % AGREEMENT_KINDS.length], "fr",
            "Convention de partenariat n° " + k, "signed", "2024-05-10", "stated",
            "org-" + (2 * k), "signatory", "org-" + (2 * k + 1), "signatory", "paediatrics", "3.8");
    }

    /** Gives the inputs of person {@code person-i}, a director-general of {@code org-i}. */
    static Per person(int i) {
        return new Per("person-" + i, "Amina Benali " + i, "Dr", "director-general", "fr", "Directrice générale",
            "org-" + i);
    }

    /** Gives the inputs of programme {@code programme-i}, funded by {@code org-i} and run by {@code org-i+1}. */
    static Prog programme(int i) {
        return new Prog("programme-" + i, "fr", "Programme d'appui à la couverture sanitaire " + i,
            "support-programme", "DZ", "2021-01", "2025-12", "org-" + i, "1", "org-" + (i + 1), "4", "2",
            "1250000.00", "EUR");
    }

    /** Gives the inputs of coverage scheme {@code scheme-i}, operated by {@code org-i}. */
    static Scheme scheme(int i) {
        return new Scheme("scheme-" + i, "fr", "Régime des salariés " + i, "RS" + i, "org-" + i, "DZ",
            "social-health-insurance", "HF.1.2.1", "compulsory", "formal-sector-employees", "1949", "stated");
    }

    /** Gives the inputs of observation {@code observation-i}. */
    static Obs observation(int i) {
        return new Obs("observation-" + i, "3.8.1", COUNTRIES[i % COUNTRIES.length], 2000 + i % 24,
            (i % 1000) / 10 + "." + i % 10, "who-gho-2024");
    }
}

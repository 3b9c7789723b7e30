package org.uhcmodel.sdg;

/** The form shared by the codes of indicators and series, judged by hand. */
final class Codes {

    private static final int MAX_LENGTH = 100;

    private Codes() {
    }

    /**
     * Checks whether text is a code: groups of ASCII letters and digits joined by single separators.
     *
     * @param text  the text, not null
     * @param slash  whether a slash separates groups too
     * @return true if the text has the form of a code of at most 100 characters
     */
    static boolean isCode(CharSequence text, boolean slash) {
        int n = text.length();
        if (n == 0 || n > MAX_LENGTH) {
            return false;
        }
        boolean afterSeparator = true;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                afterSeparator = false;
            } else if ((c == '.' || c == '-' || c == '_' || slash && c == '/') && !afterSeparator) {
                afterSeparator = true;
            } else {
                return false;
            }
        }
        return !afterSeparator;
    }
}

package org.uhcmodel.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.only;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uhcmodel.validation.ModelViolationException;

class LocalizedTextTest {

    private static final String FRENCH = "Caisse nationale des assurances sociales des travailleurs salari\u00e9s";
    private static final String ARABIC = "\u0627\u0644\u0635\u0646\u062f\u0648\u0642 \u0627\u0644\u0648\u0637\u0646\u064a "
        + "\u0644\u0644\u062a\u0623\u0645\u064a\u0646\u0627\u062a \u0627\u0644\u0627\u062c\u062a\u0645\u0627\u0639\u064a\u0629";
    private static final String RUSSIAN = "\u041c\u0438\u043d\u0438\u0441\u0442\u0435\u0440\u0441\u0442\u0432\u043e "
        + "\u0437\u0434\u0440\u0430\u0432\u043e\u043e\u0445\u0440\u0430\u043d\u0435\u043d\u0438\u044f";
    private static final String BELARUSIAN = "\u041c\u0456\u043d\u0456\u0441\u0442\u044d\u0440\u0441\u0442\u0432\u0430 "
        + "\u0430\u0445\u043e\u045e\u043d\u0456\u0446\u0442\u0432\u0430";
    private static final LocalizedText CNAS = LocalizedText.of("fr", FRENCH);

    @Test
    void singleLanguageTextHasOneEntry() {
        assertEquals(Map.of("fr", FRENCH), CNAS.entries());
        assertEquals(Optional.of(FRENCH), CNAS.in("fr"));
        assertEquals(Optional.empty(), CNAS.in("en"));
        assertEquals(FRENCH, CNAS.first());
    }

    @Test
    void arabicIsKeptExactly() {
        LocalizedText text = LocalizedText.builder().putEntry("ar", ARABIC).putEntry("ar-DZ", ARABIC + " \u0641\u064a").build();
        assertEquals(Optional.of(ARABIC), text.in("ar"));
        assertEquals(Optional.of(ARABIC + " \u0641\u064a"), text.in("ar-DZ"));
        assertEquals(ARABIC.codePoints().count(), text.first().codePoints().count());
        assertTrue(text.toString().contains(ARABIC), text.toString());
    }

    @Test
    void cyrillicIsKeptExactly() {
        LocalizedText text = LocalizedText.builder().putEntry("ru", RUSSIAN).putEntry("be", BELARUSIAN).build();
        assertEquals(Optional.of(RUSSIAN), text.in("ru"));
        assertEquals(Optional.of(BELARUSIAN), text.in("be"));
        assertTrue(text.toString().contains(BELARUSIAN), text.toString());
    }

    @Test
    void entriesKeepTheOrderInWhichTheyWereAdded() {
        LocalizedText text = LocalizedText.builder().putEntry("fr", FRENCH).putEntry("ar", ARABIC)
            .putEntry("en", "National social insurance fund").putEntry("be", BELARUSIAN).build();
        assertEquals(List.of("fr", "ar", "en", "be"), List.copyOf(text.entries().keySet()));
        assertEquals(FRENCH, text.first());
        LocalizedText reversed = LocalizedText.builder().putEntry("ar", ARABIC).putEntry("fr", FRENCH).build();
        assertEquals(ARABIC, reversed.first());
    }

    @Test
    void textsAreEqualByEntries() {
        assertEquals(LocalizedText.of("fr", FRENCH), CNAS);
        assertEquals(LocalizedText.of("fr", FRENCH).hashCode(), CNAS.hashCode());
        assertNotEquals(LocalizedText.of("en", FRENCH), CNAS);
        assertNotEquals(LocalizedText.of("fr", FRENCH + "."), CNAS);
        assertTrue(CNAS.toString().contains("fr") && CNAS.toString().contains(FRENCH), CNAS.toString());
    }

    @Test
    void putAllEntriesCopiesAMap() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("fr", FRENCH);
        given.put("ar-DZ", ARABIC);
        LocalizedText text = LocalizedText.builder().putAllEntries(given).build();
        assertEquals(given, text.entries());
        given.put("en", "changed later");
        given.put("fr", "changed later");
        assertEquals(Map.of("fr", FRENCH, "ar-DZ", ARABIC), text.entries());
    }

    @Test
    void entriesCannotBeChanged() {
        assertThrows(UnsupportedOperationException.class, () -> CNAS.entries().put("en", "Fund"));
        assertThrows(UnsupportedOperationException.class, () -> CNAS.entries().remove("fr"));
    }

    @Test
    void aLargeTextWorks() {
        LocalizedText.Builder builder = LocalizedText.builder();
        for (int i = 0; i < 1000; i++) {
            builder.putEntry(String.format("fr-%03d", i), "texte " + i);
        }
        LocalizedText text = builder.build();
        assertEquals(1000, text.entries().size());
        assertEquals("texte 0", text.first());
        assertEquals(Optional.of("texte 999"), text.in("fr-999"));
    }

    @Test
    void textWithoutEntriesIsRefused() {
        assertBroken(() -> LocalizedText.builder().build(), "entries", "localized-text.empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "\u2003", "\u00A0", "\u200B", "\u3000", "\uFEFF", "\u200C\u200D",
        "\u2007\u202F", " \u00A0\u200B\u3000 "})
    void blankTextIsRefused(String blank) {
        ModelViolationException ex = assertBroken(() -> LocalizedText.of("fr", blank), "entries[fr]", "not-blank");
        assertEquals(Optional.of(blank), only(ex).invalidValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar-dz", "FR", "Fr", "x_y", "fr_FR", "en-us", "e", "toolongtag", "fr-"})
    void tagThatIsNotCanonicalBcp47IsRefused(String tag) {
        ModelViolationException ex = assertBroken(() -> LocalizedText.of(tag, FRENCH), "entries[" + tag + "]",
            "language-tag.format");
        assertEquals(Optional.of(tag), only(ex).invalidValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en", "ar", "ar-DZ", "ru", "be", "kk", "zh-Hant-TW", "es-419"})
    void canonicalTagsAreAccepted(String tag) {
        assertTrue(LocalizedText.isLanguageTag(tag));
        assertEquals(Optional.of(FRENCH), LocalizedText.of(tag, FRENCH).in(tag));
    }

    @Test
    void everyBrokenEntryIsReportedAtOnceSortedByPath() {
        assertBrokenAll(() -> LocalizedText.builder().putEntry("fr", " ").putEntry("FR", FRENCH)
                .putEntry("ar", ARABIC).putEntry("ar-dz", "").build(),
            "entries[FR] language-tag.format",
            "entries[ar-dz] language-tag.format",
            "entries[ar-dz] not-blank",
            "entries[fr] not-blank");
    }

    @Test
    void aNullTagOrTextIsRefusedAtOnce() {
        assertNullRefused(() -> LocalizedText.builder().putEntry(null, FRENCH), "languageTag");
        assertNullRefused(() -> LocalizedText.builder().putEntry("fr", null), "text");
        assertNullRefused(() -> LocalizedText.of(null, FRENCH), "languageTag");
        assertNullRefused(() -> LocalizedText.of("fr", null), "text");
        assertNullRefused(() -> LocalizedText.builder().putAllEntries(null), "entries");
        Map<String, String> withNullText = new LinkedHashMap<>();
        withNullText.put("ar", ARABIC);
        withNullText.put("fr", null);
        LocalizedText.Builder builder = LocalizedText.builder();
        assertNullRefused(() -> builder.putAllEntries(withNullText), "text");
        assertBroken(builder::build, "entries", "localized-text.empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void blankTagIsRefusedOnceAsBlank(String tag) {
        assertBroken(() -> LocalizedText.of(tag, FRENCH), "entries[" + tag + "]", "not-blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0", "\u200B", "\u3000"})
    void invisibleTagIsRefusedOnceAsBlank(String tag) {
        assertBroken(() -> LocalizedText.of(tag, FRENCH), "entries[" + tag + "]", "not-blank");
    }

    @Test
    void textWithAZeroWidthNonJoinerInsideIsNotBlank() {
        String arabic = "\u0627\u0644\u0635\u0646\u062F\u0648\u0642\u200C\u0627\u0644\u0648\u0637\u0646\u064A";
        assertEquals(Optional.of(arabic), LocalizedText.of("ar", arabic).in("ar"));
        assertEquals(Optional.of("\u00A0x\u200B"), LocalizedText.of("fr", "\u00A0x\u200B").in("fr"));
    }

    @Test
    void aTextGivenAgainInALanguageReplacesTheFormerInItsPlace() {
        LocalizedText text = LocalizedText.builder().putEntry("fr", "Sant\u00e9").putEntry("ar", ARABIC)
            .putEntry("fr", FRENCH).build();
        assertEquals(List.of("fr", "ar"), List.copyOf(text.entries().keySet()));
        assertEquals(FRENCH, text.first());
    }

    @Test
    void aBuilderCanBeReusedAndBuildsIndependentValues() {
        LocalizedText.Builder builder = LocalizedText.builder().putEntry("fr", FRENCH);
        LocalizedText french = builder.build();
        LocalizedText both = builder.putEntry("ar", ARABIC).build();
        assertEquals(Map.of("fr", FRENCH), french.entries());
        assertEquals(2, both.entries().size());
    }

    @Test
    void toStringShowsTheEntriesInOrder() {
        LocalizedText text = LocalizedText.builder().putEntry("fr", "Sant\u00e9").putEntry("en", "Health").build();
        assertEquals("LocalizedText{fr=Sant\u00e9, en=Health}", text.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"iw", "ji", "in", "iw-IL", "in-ID"})
    void deprecatedLanguageCodesAreNotCanonical(String tag) {
        assertBroken(() -> LocalizedText.of(tag, FRENCH), "entries[" + tag + "]", "language-tag.format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"und", "ber", "fil", "zh-Hant", "sr-Latn-RS", "de-CH-1996", "en-GB-oxendict", "x-private",
        "i-klingon", "zh-yue", "en-a-bbb-x-a-ccc", "ja-JP-u-ca-japanese", "EN-us", "fr-Latn-fr", "sr-latn", "fr-1",
        "fr--FR", "-fr", "fr-FR-", "abcd", "abcde-FR", "fr-Abcd-AB-CD"})
    void everyTagIsJudgedAsTheFullParseOfBcp47JudgesIt(String tag) {
        assertEquals(fullParse(tag), LocalizedText.isLanguageTag(tag), tag);
    }

    @Test
    void theCommonFormsAreJudgedAsTheFullParseOfBcp47JudgesThem() {
        String[] suffixes = {"", "-DZ", "-dz", "-419", "-41", "-Latn", "-latn", "-Hant-TW", "-Arab-001", "-LATN"};
        for (char a = 'a'; a <= 'z'; a++) {
            for (char b = 'a'; b <= 'z'; b++) {
                for (String suffix : suffixes) {
                    String two = "" + a + b + suffix;
                    assertEquals(fullParse(two), LocalizedText.isLanguageTag(two), two);
                    String three = "" + a + b + (char) ('a' + (a + b) % 26) + suffix;
                    assertEquals(fullParse(three), LocalizedText.isLanguageTag(three), three);
                }
            }
        }
    }

    @Test
    void isLanguageTagRefusesNull() {
        assertNullRefused(() -> LocalizedText.isLanguageTag(null), "tag");
    }

    @Test
    void orderOfEntriesIsPartOfTheValue() {
        LocalizedText frenchFirst = LocalizedText.builder().putEntry("fr", "Santé").putEntry("ar", "صحة").build();
        LocalizedText arabicFirst = LocalizedText.builder().putEntry("ar", "صحة").putEntry("fr", "Santé").build();
        assertNotEquals(frenchFirst, arabicFirst);
        assertEquals(frenchFirst, LocalizedText.builder().putEntry("fr", "Santé").putEntry("ar", "صحة").build());
        assertEquals(frenchFirst.hashCode(),
            LocalizedText.builder().putEntry("fr", "Santé").putEntry("ar", "صحة").build().hashCode());
        assertEquals("Santé", frenchFirst.first());
        assertEquals("صحة", arabicFirst.first());
    }

    @Test
    void inRefusesANullTag() {
        assertEquals("languageTag", assertThrows(NullPointerException.class, () -> CNAS.in(null)).getMessage());
    }

    /** Java's full reading of BCP 47: a tag it reads and writes back unchanged is well formed and canonical. */
    private static boolean fullParse(String tag) {
        try {
            return !tag.isEmpty() && new java.util.Locale.Builder().setLanguageTag(tag).build().toLanguageTag().equals(tag);
        } catch (java.util.IllformedLocaleException ex) {
            return false;
        }
    }
}

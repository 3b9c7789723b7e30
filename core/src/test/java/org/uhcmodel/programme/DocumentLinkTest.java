package org.uhcmodel.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.uhcmodel.RuleAssertions.assertBroken;

import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.PartialDate;

/** Documents about programmes on the web, with their IATI categories. */
class DocumentLinkTest {

    private static DocumentLink.Builder page() {
        return DocumentLink.builder().url(URI.create("https://open.enabel.be/fr/MRT/2501")).format("text/html")
            .title(LocalizedText.of("fr", "Fiche du projet")).addCategory(DocumentCategory.ACTIVITY_WEB_PAGE);
    }

    @Test
    void holdsEveryAttribute() {
        DocumentLink link = page().description(LocalizedText.of("fr", "Page du projet")).addLanguage("fr")
            .addLanguage("nl").date(PartialDate.of(2024, 7)).addCategory(DocumentCategory.RESULTS).build();
        assertEquals(Set.of("fr", "nl"), link.languages());
        assertEquals(Set.of(DocumentCategory.ACTIVITY_WEB_PAGE, DocumentCategory.RESULTS), link.categories());
    }

    @Test
    void aDocumentHasACategory() {
        assertBroken(() -> page().categories(Set.of()).build(), "categories", "not-empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/a.pdf", "mailto:info@enabel.be", "/relative/path", "https:///nohost"})
    void theAddressIsAWebAddress(String url) {
        assertBroken(() -> page().url(URI.create(url)).build(), "url", "document-link.url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "application/", "/pdf", "application/pdf; charset=x", "text html", ""})
    void theFormatIsAMediaType(String format) {
        assertBroken(() -> page().format(format).build(), "format", "document-link.format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/html", "image/svg+xml"})
    void mediaTypesAreAccepted(String format) {
        assertEquals(format, page().format(format).build().format());
    }

    @Test
    void languagesAreLanguageTags() {
        assertBroken(() -> page().addLanguage("fr").addLanguage("French").build(), "languages[1]",
            "language-tag.format");
    }
}

package org.uhcmodel.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uhcmodel.RuleAssertions.assertBroken;
import static org.uhcmodel.RuleAssertions.assertBrokenAll;
import static org.uhcmodel.RuleAssertions.assertNullRefused;
import static org.uhcmodel.RuleAssertions.only;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uhcmodel.validation.ModelViolationException;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.PartialDate;

class SourceDocumentTest {

    private static final EntityId ID = EntityId.of("src-aip-microsysteme-cocody");
    private static final EntityId AIP_NOTE = EntityId.of("src-pass-note-2024-07-23");
    private static final EntityId AIP = EntityId.of("ci-aip");
    private static final LocalizedText TITLE =
        LocalizedText.of("fr", "Le PASS et la Mutualité française inaugurent le premier microsystème de santé à Cocody");
    private static final PartialDate PUBLISHED = PartialDate.of(2024, 7, 23);
    private static final URI URL = URI.create("https://www.aip.ci/sante/microsysteme-cocody");

    private static SourceDocument.Builder minimal() {
        return SourceDocument.builder().id(ID).title(TITLE).publisher("AIP").language("fr").kind(SourceKind.NEWS_ARTICLE);
    }

    private static SourceDocument full() {
        return minimal().publisherOrganization(AIP).published(PUBLISHED).url(URL)
            .addCitation(Citation.of(AIP_NOTE, "paragraph 2")).build();
    }

    @Test
    void buildsWithEveryAttribute() {
        SourceDocument document = full();
        assertEquals(ID, document.id());
        assertEquals(TITLE, document.title());
        assertEquals("AIP", document.publisher());
        assertEquals(Optional.of(AIP), document.publisherOrganization());
        assertEquals(Optional.of(PUBLISHED), document.published());
        assertEquals("fr", document.language());
        assertEquals(SourceKind.NEWS_ARTICLE, document.kind());
        assertEquals(Optional.of(URL), document.url());
        assertEquals(List.of(Citation.of(AIP_NOTE, "paragraph 2")), document.citations());
    }

    @Test
    void optionalAttributesAreEmptyWhenAbsent() {
        SourceDocument document = minimal().build();
        assertEquals(Optional.empty(), document.publisherOrganization());
        assertEquals(Optional.empty(), document.published());
        assertEquals(Optional.empty(), document.url());
        assertEquals(List.of(), document.citations());
    }

    @Test
    void publisherIsKeptAsGiven() {
        assertEquals("Le Jeune Indépendant", minimal().publisher("Le Jeune Indépendant").build().publisher());
    }

    @Test
    void equalsAndHashCodeByValue() {
        assertEquals(full(), full());
        assertEquals(full().hashCode(), full().hashCode());
        assertNotEquals(full(), minimal().build());
    }

    @Test
    void toStringShowsIdAndPublisher() {
        String text = full().toString();
        assertTrue(text.contains("src-aip-microsysteme-cocody"), text);
        assertTrue(text.contains("AIP"), text);
    }

    @Test
    void arabicTitleAndLanguageRoundTrip() {
        LocalizedText title = LocalizedText.of("ar", "الصندوق الوطني للتأمينات الاجتماعية يوقع اتفاقية شراكة");
        SourceDocument document = minimal().title(title).language("ar").build();
        assertEquals("الصندوق الوطني للتأمينات الاجتماعية يوقع اتفاقية شراكة", document.title().in("ar").orElseThrow());
        assertEquals("ar", document.language());
    }

    @Test
    void cyrillicTitleRoundTrips() {
        LocalizedText title = LocalizedText.of("ru", "Беларусь и Алжир расширяют сотрудничество в здравоохранении");
        assertEquals(title, minimal().title(title).language("ru").build().title());
    }

    @Test
    void idIsRequired() {
        assertBroken(() -> SourceDocument.builder().title(TITLE).publisher("AIP").language("fr")
            .kind(SourceKind.REPORT).build(), "id", "required");
        assertNullRefused(() -> minimal().id(null), "id");
    }

    @Test
    void titleIsRequired() {
        assertBroken(() -> SourceDocument.builder().id(ID).publisher("AIP").language("fr").kind(SourceKind.REPORT).build(),
            "title", "required");
    }

    @Test
    void kindIsRequired() {
        assertBroken(() -> SourceDocument.builder().id(ID).title(TITLE).publisher("AIP").language("fr").build(),
            "kind", "required");
    }

    @Test
    void publisherIsRequired() {
        assertBroken(() -> SourceDocument.builder().id(ID).title(TITLE).language("fr").kind(SourceKind.REPORT).build(),
            "publisher", "required");
    }

    @Test
    void publisherMustNotBeBlank() {
        assertBroken(() -> minimal().publisher("  ").build(), "publisher", "not-blank");
        assertBroken(() -> minimal().publisher("\u200B\u00A0").build(), "publisher", "not-blank");
    }

    @Test
    void languageIsRequired() {
        assertBroken(() -> SourceDocument.builder().id(ID).title(TITLE).publisher("AIP").kind(SourceKind.REPORT).build(),
            "language", "required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"FR", "fr_FR", "fr FR", "fr-", "ar-dz", "f"})
    void languageMustBeACanonicalTag(String tag) {
        assertBroken(() -> minimal().language(tag).build(), "language", "language-tag.format");
    }

    @Test
    void blankLanguageIsReportedOnceAsBlank() {
        assertBrokenAll(() -> minimal().language("").build(), "language not-blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://www.lejeune-independant.net/partenariat-cnas", "https://www.aps.dz/sante",
        "HTTPS://www.aip.ci/", "https://www.sante.gouv.fr/actualites?id=1#haut"})
    void urlMayBeAnyAbsoluteWebAddress(String url) {
        assertEquals(Optional.of(URI.create(url)), minimal().url(URI.create(url)).build().url());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sante/microsysteme-cocody", "www.aip.ci/sante", "ftp://ftp.example.org/note.pdf",
        "mailto:presse@aip.ci", "http:///sante", "file:///tmp/note.pdf", "http:www.aip.ci"})
    void urlMustBeAnAbsoluteHttpOrHttpsAddress(String url) {
        ModelViolationException ex = assertBroken(() -> minimal().url(URI.create(url)).build(), "url", "source-document.url");
        assertEquals(Optional.of(URI.create(url)), only(ex).invalidValue());
    }

    @Test
    void aDocumentIsAnEntityOfKindSourceAndItsPublisherAReferenceToAnOrganisation() {
        org.uhcmodel.meta.ModelType<SourceDocument> type = org.uhcmodel.meta.ModelTypes.of(SourceDocument.class);
        assertEquals(Optional.of(org.uhcmodel.value.EntityKind.SOURCE), type.entityKind());
        assertEquals(java.util.Set.of(org.uhcmodel.value.EntityKind.ORGANIZATION),
            type.property("publisherOrganization").orElseThrow().references());
    }

    @Test
    void theRulesOfADocumentIncludeTheFormOfItsLanguage() {
        List<String> codes = org.uhcmodel.meta.ModelTypes.of(SourceDocument.class).rules().stream()
            .map(org.uhcmodel.validation.Rule::code).toList();
        assertTrue(codes.contains("language-tag.format"), codes::toString);
        assertTrue(codes.contains("source-document.url"), codes::toString);
    }

    @Test
    void citationsKeepTheirOrder() {
        Citation first = Citation.of(AIP_NOTE, "paragraph 1");
        Citation second = Citation.of(EntityId.of("src-fnmf-communique"), "paragraph 4");
        assertEquals(List.of(first, second), minimal().addCitation(first).addCitation(second).build().citations());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"https://@/x", "http://:8080/", "https:///path",
        "http://user@:80/"})
    void aWebAddressWithoutAHostIsRefused(String address) {
        org.uhcmodel.RuleAssertions.assertBroken(
            () -> minimal().url(java.net.URI.create(address)).build(),
            "url", "source-document.url");
    }
}

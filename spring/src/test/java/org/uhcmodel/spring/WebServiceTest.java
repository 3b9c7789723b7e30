package org.uhcmodel.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.AgreementKind;
import org.uhcmodel.agreement.AgreementStatus;
import org.uhcmodel.agreement.Party;
import org.uhcmodel.agreement.PartyRole;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.json.JsonReadException;
import org.uhcmodel.json.UhcJson;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Spring Boot application with this module on its class path, and nothing configured, reads bodies of model types
 * strictly and answers a refused document with HTTP 400 and a problem detail listing every problem; real HTTP
 * requests to a server on a random port.
 */
@SpringBootTest(classes = WebServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebServiceTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    static final Organization FUND = Organization.builder()
        .id(EntityId.of("dz-cnas"))
        .name(LocalizedText.of("fr", "Caisse nationale des assurances sociales des travailleurs salariés"))
        .acronym("CNAS")
        .kind(OrganizationKind.SOCIAL_SECURITY_FUND)
        .country(CountryCode.of("DZ"))
        .build();

    static final Organization HOSPITAL = Organization.builder()
        .id(EntityId.of("be-chu-bruxelles"))
        .name(LocalizedText.of("fr", "CHU de Bruxelles"))
        .kind(OrganizationKind.HEALTH_FACILITY)
        .country(CountryCode.of("BE"))
        .build();

    static final Agreement CONVENTION = Agreement.builder()
        .id(EntityId.of("cnas-chu-bruxelles-convention"))
        .kind(AgreementKind.PARTNERSHIP_CONVENTION)
        .title(LocalizedText.of("fr", "Convention de partenariat CNAS – CHU de Bruxelles"))
        .status(AgreementStatus.SIGNED)
        .addParty(Party.of(FUND.id(), PartyRole.SIGNATORY))
        .addParty(Party.of(HOSPITAL.id(), PartyRole.SIGNATORY))
        .build();

    @LocalServerPort
    int port;

    /** An answer: its status, content type and body. */
    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            return PLAIN.readTree(body);
        }
    }

    Answer post(String path, String body) throws IOException, InterruptedException {
        return post(path, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    Answer post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", contentType)
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
            response.body());
    }

    /** The problems of a problem detail, each as "pointer line:column rule". */
    static List<String> problems(Answer answer) {
        List<String> problems = new ArrayList<>();
        for (JsonNode problem : answer.json().get("problems")) {
            String message = problem.get("message").asString();
            assertFalse(message.isBlank(), problem::toString);
            for (String noise : List.of("[Source", "REDACTED", "line:", "column:", "Exception")) {
                assertFalse(message.contains(noise), message);
            }
            problems.add(problem.get("pointer").asString() + " " + problem.get("line").asInt() + ":"
                + problem.get("column").asInt() + " " + problem.get("rule").asString());
        }
        return problems;
    }

    /** Checks the members RFC 9457 defines, for a refused document posted to a path. */
    static void assertRefused(Answer answer, String path, int count) {
        assertEquals(400, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.contentType(), answer.body());
        JsonNode detail = answer.json();
        assertEquals("https://uhc-model.org/problems/invalid-document", detail.get("type").asString());
        assertEquals("Invalid uhc-model document", detail.get("title").asString());
        assertEquals(400, detail.get("status").asInt());
        assertEquals("The document breaks " + (count == 1 ? "1 rule" : count + " rules")
            + " of the uhc-model wire format.", detail.get("detail").asString());
        assertEquals(path, detail.get("instance").asString());
        assertEquals(count, detail.get("problems").size(), answer.body());
    }

    @Test
    void validBodiesOfModelTypesAreReadAndWrittenInTheWireFormat() throws Exception {
        for (Object value : List.of(FUND, CONVENTION, Dataset.builder().addOrganization(FUND)
                .addOrganization(HOSPITAL).addAgreement(CONVENTION).build())) {
            String path = value instanceof Organization ? "/organizations"
                : value instanceof Agreement ? "/agreements" : "/datasets";
            Answer answer = post(path, UhcJson.writer().pretty().write(value));
            assertEquals(200, answer.status(), answer.body());
            assertEquals("application/json", answer.contentType());
            assertEquals(UhcJson.writer().write(value), answer.body());
            assertEquals(value, UhcJson.reader().read(answer.body(), value.getClass()));
        }
    }

    @Test
    void aValidBodyOfTheApplicationsOwnTypeHoldingAModelValueIsRead() throws Exception {
        Answer answer = post("/enrolments", "{\"note\": \"first\", \"organization\": "
            + UhcJson.writer().write(FUND) + "}");
        assertEquals(200, answer.status(), answer.body());
        assertEquals("first", answer.json().get("note").asString());
        assertEquals(FUND, UhcJson.reader().read(PLAIN.writeValueAsString(answer.json().get("organization")),
            Organization.class));
    }

    @Test
    void aSyntaxErrorIsAnsweredWithItsProblem() throws Exception {
        Answer answer = post("/organizations", "{\"id\": \"dz-cnas\",\n \"kind\": tru}");
        assertRefused(answer, "/organizations", 1);
        assertEquals(List.of("/kind 2:10 json.syntax"), problems(answer));
    }

    @Test
    void anUnknownPropertyIsAnsweredWithEveryProblemOfTheDocument() throws Exception {
        Answer answer = post("/organizations", "{\"id\": \"dz-cnas\", \"name\": {\"fr\": \"CNAS\"},"
            + " \"kind\": \"social-security-fund\", \"budget\": 12}");
        assertRefused(answer, "/organizations", 1);
        assertEquals(List.of("/budget 1:85 json.unknown-property"), problems(answer));

        answer = post("/organizations", "{\"id\": \"Dr X\", \"kind\": \"fund\", \"budget\": 12}");
        assertRefused(answer, "/organizations", 4);
        assertEquals(List.of("/name 1:1 required", "/id 1:8 entity-id.format", "/kind 1:24 unknown-code",
            "/budget 1:42 json.unknown-property"), problems(answer));
    }

    @Test
    void aRuleOfTheModelIsAnsweredWithItsCode() throws Exception {
        String oneParty = UhcJson.writer().write(CONVENTION).replace(
            ",{\"actor\":\"be-chu-bruxelles\",\"role\":\"signatory\"}", "");
        Answer answer = post("/agreements", oneParty);
        assertRefused(answer, "/agreements", 1);
        assertEquals("/parties", answer.json().get("problems").get(0).get("pointer").asString());
        assertEquals("agreement.too-few-parties", answer.json().get("problems").get(0).get("rule").asString());

        String unresolved = UhcJson.writer().write(Dataset.builder().addOrganization(FUND).build())
            .replace("\"country\":\"DZ\"", "\"country\":\"DZ\",\"parent\":\"dz-ministry-health\"");
        answer = post("/datasets", unresolved);
        assertRefused(answer, "/datasets", 1);
        assertEquals("dataset.unresolved-reference", answer.json().get("problems").get(0).get("rule").asString());
    }

    @Test
    void theProblemsAreThoseOfTheStrictReader() throws Exception {
        String document = "{\"id\": \"dz-cnas\", \"name\": {\"fr\": \" \"}, \"kind\": \"social-security-fund\","
            + " \"country\": \"dz\", \"acronym\": null}";
        Answer answer = post("/organizations", document);
        JsonReadException expected = org.junit.jupiter.api.Assertions.assertThrows(JsonReadException.class,
            () -> UhcJson.reader().read(document, Organization.class));
        assertRefused(answer, "/organizations", expected.problems().size());
        for (int i = 0; i < expected.problems().size(); i++) {
            JsonNode problem = answer.json().get("problems").get(i);
            assertEquals(expected.problems().get(i).pointer(), problem.get("pointer").asString());
            assertEquals(expected.problems().get(i).line(), problem.get("line").asInt());
            assertEquals(expected.problems().get(i).column(), problem.get("column").asInt());
            assertEquals(expected.problems().get(i).rule(), problem.get("rule").asString());
            assertEquals(expected.problems().get(i).message(), problem.get("message").asString());
        }
    }

    @Test
    void aModelValueInsideTheApplicationsOwnTypeIsAnsweredWithPointersFromTheBodysRoot() throws Exception {
        Answer answer = post("/enrolments", "{\"note\": \"first\",\n \"organization\": {\"id\": \"dz-cnas\","
            + " \"kind\": \"fund\"}}");
        assertRefused(answer, "/enrolments", 2);
        assertEquals(List.of("/organization/name 2:18 required", "/organization/kind 2:44 unknown-code"),
            problems(answer));
    }

    @Test
    void modelValuesInACollectionAreAnsweredWithTheirIndex() throws Exception {
        Answer answer = post("/organization-lists", "[" + UhcJson.writer().write(FUND) + ",\n{\"id\": \"x\"}]");
        assertRefused(answer, "/organization-lists", 2);
        assertEquals(List.of("/1/kind 2:1 required", "/1/name 2:1 required"), problems(answer));
    }

    @Test
    void aSyntaxErrorInsideAModelValueOfTheApplicationsOwnTypeIsAnsweredWithItsProblem() throws Exception {
        Answer answer = post("/enrolments", "{\"note\": \"first\", \"organization\": {\"id\": tru}}");
        assertRefused(answer, "/enrolments", 1);
        assertEquals(List.of("/organization/id 1:42 json.syntax"), problems(answer));
    }

    @Test
    void aBodyInTheCharacterSetItsContentTypeNamesIsRead() throws Exception {
        byte[] utf16 = UhcJson.writer().write(FUND).getBytes(StandardCharsets.UTF_16);
        Answer answer = post("/organizations", "application/json;charset=UTF-16", utf16);
        assertEquals(200, answer.status(), answer.body());
        assertEquals(FUND, UhcJson.reader().read(answer.body(), Organization.class));
    }
}

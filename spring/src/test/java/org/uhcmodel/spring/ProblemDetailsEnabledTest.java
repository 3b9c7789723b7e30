package org.uhcmodel.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With Spring Boot's own problem details switched on, a document uhc-model refused is still answered with its
 * problems, and other unreadable bodies are left to Spring Boot.
 */
@SpringBootTest(classes = WebServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.mvc.problemdetails.enabled=true")
class ProblemDetailsEnabledTest {

    @LocalServerPort
    int port;

    JsonNode post(String path, String body, int status) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        return JsonMapper.builder().build().readTree(response.body());
    }

    @Test
    void aRefusedDocumentIsStillAnsweredWithItsProblems() throws Exception {
        JsonNode detail = post("/organizations", "{\"id\": \"dz-cnas\"}", 400);
        assertEquals(JsonReadExceptionHandler.TYPE.toString(), detail.get("type").asString());
        assertEquals(2, detail.get("problems").size(), detail::toString);
    }

    @Test
    void malformedJsonOutsideAnyModelValueIsLeftToSpringBoot() throws Exception {
        JsonNode detail = post("/enrolments", "{\"note\": tru}", 400);
        assertEquals("Bad Request", detail.get("title").asString(), detail::toString);
        assertEquals(null, detail.get("problems"));
    }
}

package org.uhcmodel.spring;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.util.UriComponentsBuilder;
import org.uhcmodel.json.JsonProblem;
import org.uhcmodel.json.JsonReadException;
import tools.jackson.core.JacksonException;

/**
 * Answers a request whose body uhc-model refused with HTTP 400 and an RFC 9457 problem detail
 * ({@code application/problem+json}) that lists every problem of the document.
 * <p>
 * It handles a {@link JsonReadException} wherever it is thrown: by {@link UhcJsonHttpMessageConverter} for a body of a
 * model type, or by Jackson for a model value inside a user's own type (a record holding an {@code Organization}, a
 * {@code List<Agreement>}), in both cases wrapped by Spring in an
 * {@link org.springframework.http.converter.HttpMessageNotReadableException}. The answer is:
 * <pre>
 * {
 *   "type": "https://uhc-model.org/problems/invalid-document",
 *   "title": "Invalid uhc-model document",
 *   "status": 400,
 *   "detail": "The document breaks 2 rules of the uhc-model wire format.",
 *   "instance": "/organizations",
 *   "problems": [
 *     {"pointer": "/name", "line": 1, "column": 1, "rule": "required", "message": "..."},
 *     {"pointer": "/kind", "line": 1, "column": 31, "rule": "unknown-code", "message": "..."}
 *   ]
 * }
 * </pre>
 * Each problem has the JSON Pointer of the value in the request body (for a value inside a user's type, the pointer
 * from the body's root, such as {@code /organization/name}), its line and column in the body, the stable rule code
 * and a message, in document order.
 * <p>
 * Its order, {@link #ORDER}, puts it before controller advice of the default order and before Spring Boot's own
 * problem-details handler ({@code spring.mvc.problemdetails.enabled}, order 0), which would answer with a generic
 * body. An advice of a lower order handling the same exception, or a bean of this type of your own, takes its place.
 * <p>
 * This class is immutable and thread-safe.
 */
@ControllerAdvice
public class JsonReadExceptionHandler implements Ordered {

    /** The order of this advice among others: before those of the default order and before Spring Boot's. */
    public static final int ORDER = -100;

    /** The type of the problem detail, identifying a document refused by uhc-model. */
    public static final URI TYPE = URI.create("https://uhc-model.org/problems/invalid-document");

    /** The title of the problem detail. */
    public static final String TITLE = "Invalid uhc-model document";

    /** The media type of the answer. */
    private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    /** Creates the handler. */
    public JsonReadExceptionHandler() {
    }

    /**
     * Gets the order of this advice, {@link #ORDER}.
     *
     * @return the order
     */
    @Override
    public int getOrder() {
        return ORDER;
    }

    /**
     * Answers a refused document with HTTP 400 and its problem detail.
     *
     * @param exception  the refusal, thrown or the cause of the exception thrown, not null
     * @param request  the request, not null
     * @return the answer, not null
     */
    @ExceptionHandler(JsonReadException.class)
    public ResponseEntity<ProblemDetail> handle(JsonReadException exception, HttpServletRequest request) {
        ProblemDetail detail = problemDetail(exception);
        detail.setInstance(UriComponentsBuilder.fromPath(request.getRequestURI()).build().toUri());
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(PROBLEM_JSON).body(detail);
    }

    /**
     * Describes a refused document as a problem detail of status 400, with every problem in its {@code problems}
     * member; the instance is left unset. For use by an application's own exception handling.
     *
     * @param exception  the refusal, not null
     * @return the problem detail, not null
     */
    public static ProblemDetail problemDetail(JsonReadException exception) {
        List<JsonProblem> problems = exception.problems();
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The document breaks "
            + (problems.size() == 1 ? "1 rule" : problems.size() + " rules") + " of the uhc-model wire format.");
        detail.setType(TYPE);
        detail.setTitle(TITLE);
        String prefix = pointer(exception.getPath());
        List<Map<String, Object>> members = new ArrayList<>(problems.size());
        for (JsonProblem problem : problems) {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("pointer", prefix + problem.pointer());
            member.put("line", problem.line());
            member.put("column", problem.column());
            member.put("rule", problem.rule());
            member.put("message", problem.message());
            members.add(member);
        }
        detail.setProperty("problems", members);
        return detail;
    }

    /**
     * Gets the JSON Pointer (RFC 6901) of the value a model value was read as part of, from Jackson's path: empty for
     * a value read as the whole document.
     */
    private static String pointer(List<JacksonException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            pointer.append('/');
            String name = reference.getPropertyName();
            if (name != null) {
                pointer.append(name.replace("~", "~0").replace("/", "~1"));
            } else {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.toString();
    }
}

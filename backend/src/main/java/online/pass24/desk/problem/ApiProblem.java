package online.pass24.desk.problem;

import io.micronaut.http.HttpStatus;
import online.pass24.desk.api.model.FieldError;
import online.pass24.desk.api.model.ProblemType;
import online.pass24.desk.api.model.TicketAction;

import java.util.List;

/**
 * A failure the caller can act on, with its type from the contract's problem catalogue.
 * Thrown (or signalled in a reactive chain) by services; rendered once as problem+json.
 */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final HttpStatus status;
    private final List<FieldError> errors;
    private List<TicketAction> allowedActions = List.of();
    private List<online.pass24.desk.api.model.PhraseFinding> findings = List.of();
    private List<String> missing = List.of();

    public ApiProblem(ProblemType type, HttpStatus status, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static ApiProblem invalidField(String field, String message) {
        return new ApiProblem(ProblemType.VALIDATION_ERROR, HttpStatus.BAD_REQUEST,
                "The request has invalid fields", List.of(new FieldError(field, message)));
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(ProblemType.MALFORMED_REQUEST, HttpStatus.BAD_REQUEST, detail, List.of());
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(ProblemType.NOT_FOUND, HttpStatus.NOT_FOUND, detail, List.of());
    }

    /** An action the ticket's state does not allow: 409, naming the ones it does. */
    public static ApiProblem invalidTransition(String detail, List<TicketAction> allowed) {
        ApiProblem problem = new ApiProblem(ProblemType.INVALID_TRANSITION, HttpStatus.CONFLICT, detail, List.of());
        problem.allowedActions = List.copyOf(allowed);
        return problem;
    }

    public static ApiProblem stale(String detail) {
        return new ApiProblem(ProblemType.PRECONDITION_FAILED, HttpStatus.PRECONDITION_FAILED, detail, List.of());
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(ProblemType.FORBIDDEN, HttpStatus.FORBIDDEN, detail, List.of());
    }

    public static ApiProblem forbiddenPhrases(List<online.pass24.desk.api.model.PhraseFinding> found) {
        ApiProblem problem = new ApiProblem(ProblemType.FORBIDDEN_PHRASE, HttpStatus.UNPROCESSABLE_ENTITY,
                "The message says what the regulation forbids: " + String.join("; ",
                        found.stream().map(f -> "«" + f.getFound() + "» (" + f.getPhrase() + ")").toList())
                        + ". Rephrase it, or send it with overrideWarnings", List.of());
        problem.findings = List.copyOf(found);
        return problem;
    }

    public static ApiProblem missingPlaceholders(List<String> names) {
        ApiProblem problem = new ApiProblem(ProblemType.MISSING_PLACEHOLDER, HttpStatus.UNPROCESSABLE_ENTITY,
                "The template needs values the ticket does not have yet: " + String.join(", ", names)
                        + ". Fill them in the ticket, or send your own text", List.of());
        problem.missing = List.copyOf(names);
        return problem;
    }

    public List<online.pass24.desk.api.model.PhraseFinding> findings() {
        return findings;
    }

    public List<String> missing() {
        return missing;
    }

    public List<TicketAction> allowedActions() {
        return allowedActions;
    }

    public ProblemType type() {
        return type;
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }
}

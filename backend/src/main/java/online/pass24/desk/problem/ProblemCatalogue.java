package online.pass24.desk.problem;

import io.micronaut.http.HttpStatus;
import online.pass24.desk.api.model.ProblemType;

/** The title of each problem type and the type that stands for a bare HTTP status. */
final class ProblemCatalogue {

    private ProblemCatalogue() {
    }

    static String title(ProblemType type) {
        return switch (type) {
            case VALIDATION_ERROR -> "The request has invalid fields";
            case MALFORMED_REQUEST -> "The request cannot be read";
            case UNAUTHORIZED -> "Authentication required";
            case FORBIDDEN -> "Not allowed for your role";
            case NOT_FOUND -> "Not found";
            case METHOD_NOT_ALLOWED -> "Method not allowed";
            case NOT_ACCEPTABLE -> "No acceptable representation";
            case UNSUPPORTED_MEDIA_TYPE -> "Unsupported media type";
            case PAYLOAD_TOO_LARGE -> "Payload too large";
            case INVALID_TRANSITION -> "Action not allowed in the current state";
            case PRECONDITION_FAILED -> "The resource has changed";
            case PRECONDITION_REQUIRED -> "If-Match required";
            case RATE_LIMITED -> "Too many requests";
            case FORBIDDEN_PHRASE -> "The message contains a phrase never to say to a client";
            case MISSING_PLACEHOLDER -> "The template lacks values for some placeholders";
            case IDEMPOTENCY_KEY_REUSED -> "The Idempotency-Key was used with a different request";
            case IDEMPOTENCY_IN_PROGRESS -> "A request with this Idempotency-Key is still in progress";
            case UNSAFE_WEBHOOK_URL -> "The webhook URL points where deliveries may not go";
            case SERVICE_UNAVAILABLE -> "Service temporarily unavailable";
            case INTERNAL_ERROR -> "Internal error";
        };
    }

    static ProblemType forStatus(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> ProblemType.MALFORMED_REQUEST;
            case UNAUTHORIZED -> ProblemType.UNAUTHORIZED;
            case FORBIDDEN -> ProblemType.FORBIDDEN;
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> ProblemType.METHOD_NOT_ALLOWED;
            case NOT_ACCEPTABLE -> ProblemType.NOT_ACCEPTABLE;
            case UNSUPPORTED_MEDIA_TYPE -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case REQUEST_ENTITY_TOO_LARGE -> ProblemType.PAYLOAD_TOO_LARGE;
            case CONFLICT -> ProblemType.INVALID_TRANSITION;
            case PRECONDITION_FAILED -> ProblemType.PRECONDITION_FAILED;
            case PRECONDITION_REQUIRED -> ProblemType.PRECONDITION_REQUIRED;
            case TOO_MANY_REQUESTS -> ProblemType.RATE_LIMITED;
            case SERVICE_UNAVAILABLE -> ProblemType.SERVICE_UNAVAILABLE;
            default -> status.getCode() >= 500 ? ProblemType.INTERNAL_ERROR : ProblemType.MALFORMED_REQUEST;
        };
    }
}

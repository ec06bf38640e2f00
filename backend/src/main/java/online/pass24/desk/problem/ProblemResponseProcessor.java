package online.pass24.desk.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcRollbackException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import online.pass24.desk.api.model.FieldError;
import online.pass24.desk.api.model.Problem;
import online.pass24.desk.api.model.ProblemType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Renders every error the framework produces (validation, unreadable bodies, security, unknown
 * routes) as an RFC 9457 problem, so that no error of any origin leaves in another shape.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {

    private static final String RETRY_AFTER_SECONDS = "5";

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        Throwable cause = context.getRootCause().orElse(null);
        Problem problem;
        if (status == HttpStatus.INTERNAL_SERVER_ERROR && databaseOutOfReach(cause)) {
            // PostgreSQL is down or every pooled connection stayed busy past the acquire timeout:
            // nothing is wrong with the request, and the same request succeeds later
            problem = unavailable(response, RETRY_AFTER_SECONDS, "The database is out of reach or busy; retry in a few seconds");
        } else if (status == HttpStatus.INTERNAL_SERVER_ERROR && transactionCollided(cause)) {
            // PostgreSQL rolled the transaction back (a deadlock or serialization failure with a
            // concurrent one): nothing was written, and the same request goes through when retried
            problem = unavailable(response, "1",
                    "The request collided with a concurrent change and was rolled back; nothing was changed, retry it");
        } else if (cause instanceof ApiProblem apiProblem) {
            problem = Problems.of(apiProblem);
        } else if (cause instanceof ConstraintViolationException violations) {
            problem = Problems.validation(fieldErrors(violations));
        } else if (status == HttpStatus.BAD_REQUEST && cause instanceof UnsatisfiedRouteException missing) {
            problem = Problems.validation(List.of(new FieldError(missing.getArgument().getName(), "is required")));
        } else if (status == HttpStatus.BAD_REQUEST && cause instanceof ConversionErrorException conversion) {
            problem = Problems.validation(List.of(new FieldError(
                    conversion.getArgument().getName(), Problems.conversionMessage(conversion))));
        } else {
            ProblemType type = ProblemCatalogue.forStatus(status);
            problem = Problems.of(type, status, detail(context, status));
        }
        problem.setInstance(context.getRequest().getPath());
        return response.contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE).body(problem);
    }

    private static Problem unavailable(MutableHttpResponse<?> response, String retryAfterSeconds, String detail) {
        response.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        return Problems.of(ProblemType.SERVICE_UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE, detail);
    }

    /** Whether the failure, or one of its causes, is the database being unreachable or its pool exhausted. */
    static boolean databaseOutOfReach(Throwable failure) {
        return causedBy(failure, e -> e instanceof R2dbcTimeoutException || e instanceof R2dbcTransientResourceException
                || e instanceof R2dbcNonTransientResourceException);
    }

    /**
     * Whether the failure, or one of its causes, is PostgreSQL rolling a transaction back because it
     * collided with a concurrent one (SQLSTATE class 40: deadlock, serialization failure).
     */
    static boolean transactionCollided(Throwable failure) {
        return causedBy(failure, e -> e instanceof R2dbcRollbackException
                || e instanceof R2dbcException r2dbc && r2dbc.getSqlState() != null && r2dbc.getSqlState().startsWith("40"));
    }

    private static boolean causedBy(Throwable failure, Predicate<Throwable> kind) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (kind.test(e)) {
                return true;
            }
        }
        return false;
    }

    private static String detail(ErrorContext context, HttpStatus status) {
        if (status.getCode() >= 500) {
            // Internals stay in the log; the caller learns only that it failed.
            return "The server failed to handle the request";
        }
        return context.getErrors().stream().map(e -> e.getMessage()).findFirst().orElse(status.getReason());
    }

    private static List<FieldError> fieldErrors(ConstraintViolationException violations) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
            errors.add(new FieldError(fieldPath(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::getField));
        return errors;
    }

    /** {@code createTicket.ticketCreate.contactEmail} becomes {@code contactEmail}; a bare parameter keeps its name. */
    private static String fieldPath(Path path) {
        String parameter = null;
        List<String> properties = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                properties.add(node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]" : node.getName());
            }
        }
        if (!properties.isEmpty()) {
            return String.join(".", properties);
        }
        return parameter != null ? parameter : path.toString();
    }
}

package online.pass24.desk.problem;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpStatus;
import online.pass24.desk.api.model.FieldError;
import online.pass24.desk.api.model.Problem;
import online.pass24.desk.api.model.ProblemType;

import java.util.List;

/** Builds the contract's problem body. */
public final class Problems {

    private Problems() {
    }

    public static Problem of(ProblemType type, HttpStatus status, String detail) {
        Problem problem = new Problem(type, ProblemCatalogue.title(type), status.getCode());
        problem.setDetail(detail);
        return problem;
    }

    static Problem of(ApiProblem apiProblem) {
        Problem problem = of(apiProblem.type(), apiProblem.status(), apiProblem.getMessage());
        if (!apiProblem.errors().isEmpty()) {
            problem.setErrors(apiProblem.errors());
        }
        if (!apiProblem.allowedActions().isEmpty()) {
            problem.setAllowedActions(apiProblem.allowedActions());
        }
        if (!apiProblem.findings().isEmpty()) {
            problem.setFindings(apiProblem.findings());
        }
        if (!apiProblem.missing().isEmpty()) {
            problem.setMissing(apiProblem.missing());
        }
        return problem;
    }

    static Problem validation(List<FieldError> errors) {
        Problem problem = of(ProblemType.VALIDATION_ERROR, HttpStatus.BAD_REQUEST, "The request has invalid fields");
        problem.setErrors(errors);
        return problem;
    }

    static String conversionMessage(ConversionErrorException conversion) {
        return conversion.getConversionError().getCause().getMessage();
    }
}

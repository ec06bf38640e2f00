package online.pass24.desk.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** Hands the services' typed problems to the one renderer. */
@Produces
@Singleton
class ApiProblemHandler implements ExceptionHandler<ApiProblem, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    ApiProblemHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ApiProblem problem) {
        return processor.processResponse(
                ErrorContext.builder(request).cause(problem).build(),
                HttpResponse.status(problem.status()));
    }
}

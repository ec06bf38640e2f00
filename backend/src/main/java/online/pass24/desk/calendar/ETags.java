package online.pass24.desk.calendar;

import io.micronaut.http.HttpStatus;
import online.pass24.desk.api.model.ProblemType;
import online.pass24.desk.problem.ApiProblem;

import java.util.List;

/** Versions as entity tags: {@code "7"}; If-Match takes it back (weak or strong, or {@code *}). */
final class ETags {

    private ETags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version the caller expects, or null when it sent no precondition. */
    static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            // a tag we never issued can only be stale
            return -1L;
        }
    }

    static ApiProblem stale() {
        return new ApiProblem(ProblemType.PRECONDITION_FAILED, HttpStatus.PRECONDITION_FAILED,
                "The calendar was changed since you read it; read it again and retry", List.of());
    }
}

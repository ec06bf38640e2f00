package online.pass24.desk.support;

import io.micronaut.json.tree.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** What every refusal must be: an RFC 9457 problem with a type of the catalogue, a title and its status. */
public final class ProblemJson {

    private ProblemJson() {
    }

    public static void assertProblem(Api.Response response) {
        assertThat(response.contentType()).as(response.body()).startsWith("application/problem+json");
        JsonNode problem = Json.parse(response.body());
        assertThat(problem.get("type").getStringValue()).startsWith("https://emergency-desk.pass24.online/problems/");
        assertThat(problem.get("title").getStringValue()).isNotBlank();
        assertThat(problem.get("status").getIntValue()).isEqualTo(response.status());
    }
}

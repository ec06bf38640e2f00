package online.pass24.desk.apidocs;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import online.pass24.desk.support.Api;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An integrator reads the contract and its rendered reference without a token. */
@MicronautTest(transactional = false)
class ApiDocsTest {

    @Inject
    EmbeddedServer server;

    @Test
    void theContractAndItsReferenceAreServed() {
        Api api = new Api(server);

        Api.Response contract = api.get("/api/v1/openapi.yaml", null, "application/yaml");
        assertThat(contract.status()).isEqualTo(200);
        assertThat(contract.body()).startsWith("openapi: 3.0.3").contains("operationId: createEscalation");

        Api.Response page = api.get("/api/v1/docs", null, "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("/api/v1/openapi.yaml").contains("swagger-ui-bundle.js");

        Api.Response script = api.get("/api/v1/docs/assets/swagger-ui-bundle.js", null, "*/*");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.body().length()).isGreaterThan(100_000);
    }
}

package online.pass24.desk.apidocs;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The contract as the server implements it, for integrators: the YAML itself and a rendered
 * reference (Swagger UI, served from its webjar, no CDN). Public, as the docs are.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_ANONYMOUS)
class ApiDocsController {

    private static final String PAGE = """
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Emergency Desk API</title>
              <link rel="stylesheet" href="/api/v1/docs/assets/swagger-ui.css">
            </head>
            <body>
              <div id="reference"></div>
              <script src="/api/v1/docs/assets/swagger-ui-bundle.js"></script>
              <script>
                window.ui = SwaggerUIBundle({ url: '/api/v1/openapi.yaml', dom_id: '#reference', deepLinking: true,
                  defaultModelsExpandDepth: 0, tryItOutEnabled: false });
              </script>
            </body>
            </html>
            """;

    private final byte[] contract;

    ApiDocsController(ResourceResolver resources) {
        try (InputStream in = resources.getResourceAsStream("classpath:api/openapi.yaml")
                .orElseThrow(() -> new IllegalStateException("The contract is missing from the classpath"))) {
            contract = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/openapi.yaml")
    @Produces("application/yaml")
    HttpResponse<byte[]> contract() {
        return HttpResponse.ok(contract).header("Cache-Control", "public, max-age=300");
    }

    @Get("/docs")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<String> reference() {
        return HttpResponse.ok(PAGE);
    }
}

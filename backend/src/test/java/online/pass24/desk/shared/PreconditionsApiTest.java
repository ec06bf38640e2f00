package online.pass24.desk.shared;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import online.pass24.desk.support.Api;
import online.pass24.desk.support.Database;
import online.pass24.desk.support.Json;
import online.pass24.desk.support.KeycloakTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Two people editing the same thing: the second one, holding a stale ETag, gets 412 and changes nothing. */
@MicronautTest(transactional = false)
class PreconditionsApiTest {

    @Inject
    EmbeddedServer server;

    @Inject
    Database database;

    Api api;
    String lead;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        lead = KeycloakTokens.user("lead");
    }

    @AfterEach
    void restore() {
        database.execute("DELETE FROM message_template WHERE version > 1");
        database.execute("DELETE FROM forbidden_phrase");
        database.execute("""
                INSERT INTO forbidden_phrase (phrase, added_at) VALUES ('Это займет много времени', now()),
                ('Мы не гарантируем решение в срок', now()), ('Это не наша проблема', now())""");
        database.execute("DELETE FROM specialist WHERE name LIKE 'Тест %'");
        database.execute("DELETE FROM kb_article WHERE title LIKE 'Тест %'");
    }

    @Test
    void aTemplatePublishedFromAStaleVersionIsRefused() {
        Api.Response read = api.get("/api/v1/templates/CLOSURE", lead);
        assertThat(read.etag()).isEqualTo("\"1\"");
        String body = "{\"subject\":\"[{{ticketKey}}] Закрыто\",\"body\":\"Здравствуйте, {{clientName}}!\"}";

        Api.Response first = api.put("/api/v1/templates/CLOSURE", lead, body, read.etag());
        Api.Response second = api.put("/api/v1/templates/CLOSURE", lead, body.replace("Закрыто", "Готово"), read.etag());

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.etag()).isEqualTo("\"2\"");
        assertThat(second.status()).isEqualTo(412);
        assertThat(Json.parse(api.get("/api/v1/templates/CLOSURE", lead).body()).get("subject").getStringValue()).contains("Закрыто");
    }

    @Test
    void theForbiddenPhrasesReplacedFromAStaleListAreRefused() {
        Api.Response read = api.get("/api/v1/forbidden-phrases", lead);
        assertThat(read.etag()).isNotBlank();

        Api.Response first = api.put("/api/v1/forbidden-phrases", lead, "{\"items\":[\"Это не наша проблема\"]}", read.etag());
        Api.Response second = api.put("/api/v1/forbidden-phrases", lead, "{\"items\":[]}", read.etag());

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.etag()).isNotEqualTo(read.etag());
        assertThat(second.status()).isEqualTo(412);
        assertThat(database.count("SELECT count(*) FROM forbidden_phrase")).isEqualTo(1);
    }

    @Test
    void anArticleEditedFromAStaleCopyIsRefused() {
        String agent = KeycloakTokens.user("agent");
        String id = Json.parse(api.post("/api/v1/kb/articles", agent,
                "{\"title\":\"Тест статья\",\"symptoms\":\"s\",\"solution\":\"r\"}").body()).get("id").getStringValue();
        Api.Response read = api.get("/api/v1/kb/articles/" + id, agent);
        assertThat(read.etag()).isNotBlank();

        Api.Response first = api.put("/api/v1/kb/articles/" + id, agent, "{\"title\":\"Тест статья 2\",\"symptoms\":\"s\",\"solution\":\"r\"}", read.etag());
        Api.Response second = api.put("/api/v1/kb/articles/" + id, agent, "{\"title\":\"Тест статья 3\",\"symptoms\":\"s\",\"solution\":\"r\"}", read.etag());

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(412);
        assertThat(Json.parse(api.get("/api/v1/kb/articles/" + id, agent).body()).get("title").getStringValue()).isEqualTo("Тест статья 2");
    }

    @Test
    void aSpecialistChangedFromAStaleCopyIsRefused() {
        Api.Response created = api.post("/api/v1/specialists", lead, "{\"name\":\"Тест Иванов\",\"productArea\":\"СКУД\",\"duty\":[]}");
        String id = Json.parse(created.body()).get("id").getStringValue();
        assertThat(created.etag()).isNotBlank();

        Api.Response first = api.put("/api/v1/specialists/" + id, lead, "{\"name\":\"Тест Петров\",\"productArea\":\"СКУД\",\"duty\":[]}", created.etag());
        Api.Response second = api.put("/api/v1/specialists/" + id, lead, "{\"name\":\"Тест Сидоров\",\"productArea\":\"СКУД\",\"duty\":[]}", created.etag());

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(412);
        assertThat(database.count("SELECT count(*) FROM specialist WHERE name = 'Тест Петров'")).isEqualTo(1);
    }
}

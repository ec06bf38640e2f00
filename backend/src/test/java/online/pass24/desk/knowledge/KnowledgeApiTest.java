package online.pass24.desk.knowledge;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import online.pass24.desk.support.Api;
import online.pass24.desk.support.Database;
import online.pass24.desk.support.Json;
import online.pass24.desk.support.KeycloakTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The knowledge base: Russian word forms, ranking, snippets, suggestions and documenting tickets. */
@MicronautTest(transactional = false)
class KnowledgeApiTest {

    @Inject
    EmbeddedServer server;

    @Inject
    Database database;

    Api api;
    String agent;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        agent = KeycloakTokens.user("agent");
        database.execute("DELETE FROM kb_article");
        database.clearTickets();
        article("Турникеты не работают после обновления", "Ни один турникет не пропускает сотрудников по картам",
                "После обновления до 5.2 служба синхронизации не стартует", "Перезапустить службу синхронизации контроллеров");
        article("Пропуска гостей не печатаются", "Принтер пропусков молчит", "Драйвер принтера", "Переустановить драйвер");
        article("Медленная работа отчётов", "Отчёты строятся минутами", "Нет индекса", "Пересобрать индексы; турникеты тут ни при чём");
    }

    @ParameterizedTest(name = "\"{0}\" finds the turnstile article")
    @ValueSource(strings = {"не работает турникет", "турникеты не работают", "ТУРНИКЕТОВ",
            "обновление турникетов"})
    void anyWordFormFindsTheArticle(String query) {
        List<String> titles = titles(search(query));

        assertThat(titles).isNotEmpty();
        assertThat(titles.get(0)).isEqualTo("Турникеты не работают после обновления");
    }

    @Test
    void aTitleMatchRanksAboveAMentionAndTheSnippetMarksTheWords() {
        JsonNode items = search("турникеты");

        assertThat(titles(items)).containsExactly("Турникеты не работают после обновления", "Медленная работа отчётов");
        assertThat(items.get(0).get("score").getDoubleValue()).isGreaterThan(items.get(1).get("score").getDoubleValue());
        assertThat(items.get(0).get("snippet").getStringValue()).contains("<mark>турникет</mark>");
    }

    @Test
    void resultsPageWithACursorWithoutRepeats() {
        JsonNode first = Json.parse(api.get("/api/v1/kb/articles?limit=2", agent).body());
        assertThat(first.get("items").size()).isEqualTo(2);
        String cursor = first.get("nextCursor").getStringValue();

        JsonNode second = Json.parse(api.get("/api/v1/kb/articles?limit=2&cursor=" + cursor, agent).body());

        assertThat(second.get("items").size()).isEqualTo(1);
        assertThat(second.get("nextCursor")).isNull();
        assertThat(second.get("items").get(0).get("article").get("id").getStringValue())
                .isNotIn(first.get("items").get(0).get("article").get("id").getStringValue(), first.get("items").get(1).get("article").get("id").getStringValue());
        assertThat(api.get("/api/v1/kb/articles?cursor=garbage", agent).status()).isEqualTo(400);
    }

    @Test
    void snippetsCannotCarryMarkup() {
        article("Ошибка <script>alert(1)</script> в журнале", "В журнале видно <b>турникет</b> & <img src=x>", null, "Очистить журнал");

        JsonNode items = search("журнал");

        assertThat(items.get(0).get("snippet").getStringValue()).doesNotContain("<b>", "<img", "<script").contains("&lt;img");
    }

    @Test
    void aTicketGetsItsKnownSolutionsSuggested() {
        String ticket = Json.parse(api.post("/api/v1/tickets", agent, """
                {"clientName":"ООО Ромашка","contactName":"Анна","channel":"PHONE","level":"EMERGENCY",
                 "title":"Не работает турникет на проходной","description":"После обновления никто не может пройти"}""").body())
                .get("id").getStringValue();

        JsonNode suggestions = Json.parse(api.get("/api/v1/tickets/" + ticket + "/kb-suggestions", agent).body()).get("items");

        assertThat(suggestions.size()).isBetween(1, 5);
        assertThat(suggestions.get(0).get("article").get("title").getStringValue()).isEqualTo("Турникеты не работают после обновления");
        assertThat(suggestions.get(0).get("score").getDoubleValue()).isPositive();
        assertThat(api.get("/api/v1/tickets/6f1c0f44-2f5e-4c2a-9d55-2b1f0c7f0a11/kb-suggestions", agent).status()).isEqualTo(404);
    }

    @Test
    void aClosedTicketsSolutionIsDocumentedForFutureUse() {
        String ticket = Json.parse(api.post("/api/v1/tickets", agent, """
                {"clientName":"ООО Ромашка","contactName":"Анна","channel":"PHONE","level":"EMERGENCY","title":"Не открывается веб-интерфейс"}""")
                .body()).get("id").getStringValue();
        assertThat(api.post("/api/v1/kb/articles/from-ticket/" + ticket, agent, "").status()).isEqualTo(409);
        for (String[] step : new String[][]{
                {"contact", "{\"channel\":\"PHONE\",\"summary\":\"Связались\"}"},
                {"criticality", "{\"confirmed\":true,\"criterion\":\"TOTAL_OUTAGE\"}"},
                {"information-skipped", "{\"reason\":\"очевидно\"}"},
                {"diagnosis", "{\"problemType\":\"ACCESS\",\"cause\":\"Истёк сертификат\"}"},
                {"solution", "{\"path\":\"KNOWN_SOLUTION\",\"description\":\"Выпущен новый сертификат\"}"},
                {"restoration", "{\"verified\":\"Вход работает\"}"},
                {"confirmation", "{\"confirmedBy\":\"Анна\",\"channel\":\"PHONE\"}"},
                {"close", "{\"cause\":\"Истёк TLS-сертификат\",\"solution\":\"Выпущен и установлен новый сертификат\"}"}}) {
            assertThat(api.post("/api/v1/tickets/" + ticket + "/" + step[0], agent, step[1]).status()).as(step[0]).isEqualTo(200);
        }

        Api.Response created = api.post("/api/v1/kb/articles/from-ticket/" + ticket, agent, "");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode article = Json.parse(created.body());
        assertThat(article.get("cause").getStringValue()).isEqualTo("Истёк TLS-сертификат");
        assertThat(article.get("solution").getStringValue()).isEqualTo("Выпущен и установлен новый сертификат");
        assertThat(article.get("problemType").getStringValue()).isEqualTo("ACCESS");
        assertThat(article.get("sourceTicketId").getStringValue()).isEqualTo(ticket);
        assertThat(titles(search("сертификаты"))).contains("Не открывается веб-интерфейс");
    }

    @Test
    void aDiagnosisMayOnlyLinkAnExistingArticle() {
        String articleId = Json.parse(api.get("/api/v1/kb/articles?q=" + encode("турникет"), agent).body())
                .get("items").get(0).get("article").get("id").getStringValue();
        String ticket = Json.parse(api.post("/api/v1/tickets", agent, """
                {"clientName":"ООО Ромашка","contactName":"Анна","channel":"PHONE","level":"EMERGENCY","title":"Турникет"}""")
                .body()).get("id").getStringValue();
        api.post("/api/v1/tickets/" + ticket + "/criticality", agent, "{\"confirmed\":true,\"criterion\":\"TOTAL_OUTAGE\"}");
        api.post("/api/v1/tickets/" + ticket + "/information-skipped", agent, "{\"reason\":\"очевидно\"}");

        assertThat(api.post("/api/v1/tickets/" + ticket + "/diagnosis", agent,
                "{\"problemType\":\"FUNCTIONAL\",\"cause\":\"x\",\"knowledgeArticleId\":\"6f1c0f44-2f5e-4c2a-9d55-2b1f0c7f0a11\"}").status())
                .isEqualTo(400);
        Api.Response linked = api.post("/api/v1/tickets/" + ticket + "/diagnosis", agent,
                "{\"problemType\":\"FUNCTIONAL\",\"cause\":\"Служба синхронизации\",\"knowledgeArticleId\":\"" + articleId + "\"}");
        assertThat(linked.status()).isEqualTo(200);
        assertThat(Json.parse(linked.body()).get("diagnosis").get("knowledgeArticleId").getStringValue()).isEqualTo(articleId);
    }

    @Test
    void rolesAndBadInput() {
        assertThat(api.get("/api/v1/kb/articles?q=x", KeycloakTokens.user("wallboard")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/kb/articles?q=" + encode("турникет"), KeycloakTokens.user("developer")).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/kb/articles", KeycloakTokens.user("developer"),
                "{\"title\":\"x\",\"symptoms\":\"y\",\"solution\":\"z\"}").status()).isEqualTo(403);
        Api.Response missing = api.post("/api/v1/kb/articles", agent, "{\"symptoms\":\"y\",\"solution\":\"z\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"title\"");
        assertThat(database.count("SELECT count(*) FROM kb_article")).isEqualTo(3);
    }

    private void article(String title, String symptoms, String cause, String solution) {
        String body = "{\"title\":" + quote(title) + ",\"symptoms\":" + quote(symptoms)
                + (cause == null ? "" : ",\"cause\":" + quote(cause)) + ",\"solution\":" + quote(solution)
                + ",\"tags\":[\"скуд\"]}";
        Api.Response response = api.post("/api/v1/kb/articles", agent, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private JsonNode search(String query) {
        Api.Response response = api.get("/api/v1/kb/articles?q=" + encode(query), agent);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body()).get("items");
    }

    private static List<String> titles(JsonNode items) {
        List<String> titles = new ArrayList<>();
        items.values().forEach(i -> titles.add(i.get("article").get("title").getStringValue()));
        return titles;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\\\"") + "\"";
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

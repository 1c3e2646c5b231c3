package dev.servicedesk.kb;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestArticles;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Articles suggested for a ticket: known errors whose codes the ticket names first, then by text; each reader within what they may read. */
@QuarkusTest
class ArticleSuggestionsTest {
    private final TestUser agent = TestUser.with(Role.AGENT);
    private final TestUser supervisor = TestUser.with(Role.SUPERVISOR);
    private final TestUser requester = TestUser.with(Role.REQUESTER);

    @Inject
    Pool pool;

    @Test
    void shouldPutKnownErrorsWhoseCodesTheTicketNamesFirst() {
        String word = word();
        String code = "0x8007" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xFFFF));
        String howTo = published("""
                {"type": "HOW_TO", "language": "en", "title": "Save to the %s share", "body": "Map the %s drive first.",
                 "visibility": "PUBLIC", "category": "SOFTWARE"}""".formatted(word, word));
        String knownError = published("""
                {"type": "KNOWN_ERROR", "language": "en", "title": "Saving fails", "body": "Wait for the fix.",
                 "visibility": "PUBLIC", "category": "SOFTWARE", "errorCodes": ["%s"],
                 "knownError": {"symptoms": "Access is denied", "workaround": "Save locally"}}""".formatted(code));
        String internal = published("""
                {"type": "SOLUTION", "language": "en", "title": "Reset %s share permissions", "body": "Use the admin console.",
                 "visibility": "INTERNAL", "category": "SOFTWARE"}""".formatted(word));
        String ticket = Api.as(requester)
                .contentType("application/json")
                .body("""
                {"type": "INCIDENT", "subject": "Cannot save to the %s share", "category": "SOFTWARE",
                 "errorMessages": ["Error %s: Access is denied."]}""".formatted(word, code.toUpperCase()))
                .post("/api/v1/tickets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        Api.as(requester)
                .get(suggestions(ticket))
                .then()
                .statusCode(200)
                .header("Vary", "Accept-Language")
                .body("items.id", equalTo(List.of(knownError, howTo)))
                .body("items[0].matchedErrorCodes", equalTo(List.of(code)))
                .body("items[1].matchedErrorCodes", equalTo(List.of()));
        List<String> desk = Api.as(agent)
                .get(suggestions(ticket))
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(desk).hasSize(3).startsWith(knownError).containsExactlyInAnyOrder(knownError, internal, howTo);
        Api.as(agent)
                .queryParam("limit", 1)
                .get(suggestions(ticket))
                .then()
                .body("items.id", equalTo(List.of(knownError)));
    }

    @Test
    void shouldKeepSomeoneElsesTicketFromARequester() {
        String ticket = Api.as(requester)
                .contentType("application/json")
                .body("""
                {"type": "INCIDENT", "subject": "Laptop fan is loud"}""")
                .post("/api/v1/tickets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        problem(Api.as(TestUser.with(Role.REQUESTER)).get(suggestions(ticket)), 404, "not-found");
        problem(Api.as(agent).get(suggestions(UUID.randomUUID().toString())), 404, "not-found");
        problem(Api.hostile(agent).queryParam("limit", 0).get(suggestions(ticket)), 400, "validation");
        Api.as(requester).get(suggestions(ticket)).then().statusCode(200);
    }

    @Test
    void shouldMatchArticlesHoldingBothWordsOfATicketThenEither() {
        String first = word();
        String second = word();
        String both = published("""
                {"type": "SOLUTION", "language": "en", "title": "When %s meets %s", "body": "Restart both.",
                 "visibility": "PUBLIC", "category": "SOFTWARE"}""".formatted(first, second));
        String one = published("""
                {"type": "SOLUTION", "language": "en", "title": "About %s", "body": "Nothing else to say.",
                 "visibility": "PUBLIC", "category": "SOFTWARE"}""".formatted(first));

        String ticket = ticket("%s and %s".formatted(first, second));
        Api.as(agent)
                .queryParam("limit", 1)
                .get(suggestions(ticket))
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(both)));
        Api.as(agent).get(suggestions(ticket)).then().statusCode(200).body("items.id", equalTo(List.of(both, one)));
        List<String> byTheOnlyWord = Api.as(agent)
                .get(suggestions(ticket(first)))
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(byTheOnlyWord).containsExactlyInAnyOrder(both, one);
    }

    @Test
    void shouldMatchArticlesHoldingThreeOfTheTicketsRarestWordsAndTwoWhenTheyAreTooFew() {
        List<String> words = List.of(word(), word(), word(), word());
        String three = published("""
                {"type": "SOLUTION", "language": "en", "title": "Three of them", "body": "%s %s %s",
                 "visibility": "PUBLIC", "category": "NETWORK"}""".formatted(words.get(0), words.get(1), words.get(2)));
        String two = published("""
                {"type": "SOLUTION", "language": "en", "title": "%s %s", "body": "Two of them.",
                 "visibility": "PUBLIC", "category": "SOFTWARE"}""".formatted(words.get(0), words.get(3)));
        String ticket = ticket(String.join(" ", words), "SOFTWARE");

        Api.as(agent)
                .queryParam("limit", 1)
                .get(suggestions(ticket))
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(three)));
        Api.as(agent).get(suggestions(ticket)).then().statusCode(200).body("items.id", equalTo(List.of(three, two)));
    }

    @Test
    void shouldChooseARequestersWordsAmongThoseOfArticlesTheyMayRead() {
        String known = word();
        String internalOnly = word();
        String article = published("""
                {"type": "SOLUTION", "language": "en", "title": "The %s overheats", "body": "Let it cool.",
                 "visibility": "PUBLIC", "category": "HARDWARE"}""".formatted(known));
        published("""
                {"type": "SOLUTION", "language": "en", "title": "The %s report", "body": "Desk only.",
                 "visibility": "INTERNAL", "category": "HARDWARE"}""".formatted(internalOnly));

        Api.as(requester)
                .get(suggestions(ticket("%s %s".formatted(known, internalOnly))))
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(article)));
        Api.as(requester)
                .get(suggestions(ticket("%s %s".formatted(known, word()))))
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(article)));
    }

    @Test
    void shouldCountTheWordsOfArticlesPublishedRepublishedAndArchivedAtOnce() {
        List<String> words = List.of(word(), word(), word());
        List<String> articles = IntStream.range(0, 6)
                .mapToObj(i -> {
                    String article =
                            TestArticles.create(agent, """
                            {"type": "SOLUTION", "language": "en", "title": "%s %s %s", "body": "Shared words, %s.",
                             "visibility": "PUBLIC", "category": "NETWORK"}""".formatted(words.get(0), words.get(1), words.get(2), word()));
                    TestArticles.act(agent, article, "submit", "{}").then().statusCode(200);
                    return article;
                })
                .toList();

        assertThat(atOnce(articles, article -> TestArticles.act(supervisor, article, "approve", "{}")))
                .containsOnly(200);
        articles.forEach(article -> {
            Api.as(agent)
                    .contentType("application/merge-patch+json")
                    .header("If-Match", TestArticles.etag(agent, article))
                    .body(new JsonObject()
                            .put("body", "Still %s and %s, now also %s.".formatted(words.get(2), words.get(1), word()))
                            .encode())
                    .patch("/api/v1/kb/articles/" + article)
                    .then()
                    .statusCode(200);
            TestArticles.act(agent, article, "submit", "{}").then().statusCode(200);
        });
        assertThat(atOnce(articles, article -> TestArticles.act(supervisor, article, "approve", "{}")))
                .containsOnly(200);
        String ticket = ticket(String.join(" ", words));
        List<String> suggested = Api.as(agent)
                .queryParam("limit", 20)
                .get(suggestions(ticket))
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(suggested).containsExactlyInAnyOrderElementsOf(articles);
        assertLexemesCountedExactly();

        assertThat(atOnce(
                        articles.subList(0, 3),
                        article -> TestArticles.act(supervisor, article, "archive", "{\"reason\": \"Merged.\"}")))
                .containsOnly(200);
        List<String> left = Api.as(agent)
                .queryParam("limit", 20)
                .get(suggestions(ticket))
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(left).containsExactlyInAnyOrderElementsOf(articles.subList(3, 6));
        assertLexemesCountedExactly();
    }

    /** The statuses of {@code action} on each article, all sent at once. */
    private static List<Integer> atOnce(List<String> articles, Function<String, Response> action) {
        ExecutorService threads = Executors.newFixedThreadPool(articles.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = articles.stream()
                    .map(article -> threads.submit(() -> {
                        start.await();
                        return action.apply(article).statusCode();
                    }))
                    .toList();
            start.countDown();
            return statuses.stream()
                    .map(status -> {
                        try {
                            return status.get(1, TimeUnit.MINUTES);
                        } catch (Exception e) {
                            throw new AssertionError(e);
                        }
                    })
                    .toList();
        } finally {
            threads.shutdownNow();
        }
    }

    /** kb_lexeme holds what counting kb_search again gives. */
    private void assertLexemesCountedExactly() {
        long drift = pool.query("""
                        SELECT count(*) FROM (
                            SELECT config, lexeme, count(*) AS documents,
                                   count(*) FILTER (WHERE visibility = 'PUBLIC') AS public_documents
                            FROM kb_search, unnest(tsvector_to_array(document)) AS lexeme GROUP BY config, lexeme
                        ) counted FULL JOIN (SELECT * FROM kb_lexeme WHERE documents > 0) kept USING (config, lexeme)
                        WHERE counted.documents IS DISTINCT FROM kept.documents
                           OR counted.public_documents IS DISTINCT FROM kept.public_documents""")
                .execute()
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong(0);
        assertThat(drift).isZero();
    }

    @Test
    void shouldTurnAnyTicketTextIntoAHarmlessQuery() {
        String text = "\"Printer\" -jams OR or 'x' <-> !! & | ( %s C:\\dir\\it's e-mail a@b.example".formatted(word())
                + " https://intranet.example.com/o'neil?q=\\'%s '' \\".formatted(word());
        String article = published(new JsonObject()
                .put("type", "SOLUTION")
                .put("language", "en")
                .put("title", "Odd words")
                .put("body", text)
                .put("visibility", "PUBLIC")
                .put("category", "OTHER")
                .encode());
        String ticket = ticket(text);

        Api.as(agent).get(suggestions(ticket)).then().statusCode(200).body("items.id", hasItem(article));
        Api.as(requester).get(suggestions(ticket)).then().statusCode(200).body("items.id", hasItem(article));
    }

    private String ticket(String subject) {
        return ticket(subject, "OTHER");
    }

    private String ticket(String subject, String category) {
        return Api.as(requester)
                .contentType("application/json")
                .body(Map.of("type", "INCIDENT", "subject", subject, "category", category))
                .post("/api/v1/tickets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private String published(String json) {
        String article = TestArticles.create(agent, json);
        TestArticles.act(agent, article, "submit", "{}").then().statusCode(200);
        TestArticles.approve(supervisor, article);
        return article;
    }

    private static String suggestions(String ticket) {
        return "/api/v1/tickets/" + ticket + "/kb-suggestions";
    }

    private static String word() {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }
}

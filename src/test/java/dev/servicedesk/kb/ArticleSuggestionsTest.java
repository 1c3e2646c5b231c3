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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Articles suggested for a ticket: known errors whose codes the ticket names first, then by text; each reader within what they may read. */
@QuarkusTest
class ArticleSuggestionsTest {
    private final TestUser agent = TestUser.with(Role.AGENT);
    private final TestUser supervisor = TestUser.with(Role.SUPERVISOR);
    private final TestUser requester = TestUser.with(Role.REQUESTER);

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
    void shouldMatchArticlesHoldingTwoOfTheTicketsRarestWords() {
        String first = word();
        String second = word();
        String both = published("""
                {"type": "SOLUTION", "language": "en", "title": "When %s meets %s", "body": "Restart both.",
                 "visibility": "PUBLIC", "category": "SOFTWARE"}""".formatted(first, second));
        String one = published("""
                {"type": "SOLUTION", "language": "en", "title": "About %s", "body": "Nothing else to say.",
                 "visibility": "PUBLIC", "category": "SOFTWARE"}""".formatted(first));

        Api.as(agent)
                .get(suggestions(ticket("%s and %s".formatted(first, second))))
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(both)));
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
                {"type": "SOLUTION", "language": "en", "title": "%s %s %s", "body": "Three of them.",
                 "visibility": "PUBLIC", "category": "SOFTWARE"}""".formatted(words.get(0), words.get(1), words.get(2)));
        String two = published("""
                {"type": "SOLUTION", "language": "en", "title": "%s %s", "body": "Two of them.",
                 "visibility": "PUBLIC", "category": "SOFTWARE"}""".formatted(words.get(0), words.get(3)));
        String ticket = ticket(String.join(" ", words));

        Api.as(agent)
                .queryParam("limit", 1)
                .get(suggestions(ticket))
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(three)));
        Api.as(agent).get(suggestions(ticket)).then().statusCode(200).body("items.id", equalTo(List.of(three, two)));
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
    }

    private static List<Integer> atOnce(List<String> articles, Function<String, Response> action) {
        return articles.stream()
                .map(article -> CompletableFuture.supplyAsync(
                        () -> action.apply(article).statusCode()))
                .toList()
                .stream()
                .map(CompletableFuture::join)
                .toList();
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
        return Api.as(requester)
                .contentType("application/json")
                .body(Map.of("type", "INCIDENT", "subject", subject))
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

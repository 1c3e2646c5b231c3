package dev.servicedesk.kb;

import static dev.servicedesk.kb.ArticleReviewTest.path;
import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestArticles;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Searching the knowledge base as readers do: ranked full text in each language, web search
 * syntax, typos forgiven as Meilisearch forgives them, snippets and facets, and nothing a reader
 * may not read. Each test searches for made-up words no other test writes.
 */
@QuarkusTest
class ArticleSearchTest {
    @Inject
    Pool pool;

    private final TestUser agent = TestUser.with(Role.AGENT);
    private final TestUser supervisor = TestUser.with(Role.SUPERVISOR);
    private final TestUser requester = TestUser.with(Role.REQUESTER);

    @Test
    void shouldFindOnlyWhatEachReaderMayRead() {
        String word = word(8);
        String open = published("PUBLIC", "Printer " + word, "Reset the guides.");
        String internal = published("INTERNAL", "Printer " + word + " for the desk", "Check the fuser log.");
        String draft = TestArticles.create(agent, article("PUBLIC", "Draft " + word, "Not yet."));
        assertThat(ids(requester, word)).containsExactly(open);
        assertThat(ids(agent, word)).containsExactlyInAnyOrder(open, internal).doesNotContain(draft);

        TestArticles.act(supervisor, open, "archive", "{}").then().statusCode(200);
        assertThat(ids(requester, word)).isEmpty();
        assertThat(ids(agent, word)).containsExactly(internal);
    }

    @Test
    void shouldRankTheTitleAboveTheBodyAndTakeWebSearchSyntax() {
        String word = word(8);
        String other = word(8);
        String inBody = published("PUBLIC", "Paper guides", "When the " + word + " stops, reset the guides.");
        String inTitle = published("PUBLIC", "The " + word + " stops after one page", "Reset the guides.");
        String both = published("PUBLIC", "Toner " + other, "The " + word + " and the toner.");
        assertThat(ids(requester, word)).containsExactly(inTitle, both, inBody);
        assertThat(ids(requester, word + " -" + other)).containsExactly(inTitle, inBody);
        assertThat(ids(requester, word + " \"stops after one page\"")).containsExactly(inTitle);
        assertThat(ids(requester, other + " or " + word(8))).containsExactly(both);
    }

    @Test
    void shouldPageFromTheHitsFoundInTheTitleOnToThoseFoundInTheText() {
        String word = word(8);
        Set<String> inTitle = Set.of(
                published("PUBLIC", "The " + word + " stops", "Reset it."),
                published("PUBLIC", "Why the " + word + " stops", "Reset it now."));
        Set<String> inBody = Set.of(
                published("PUBLIC", "Paper guides", "When the " + word + " stops, reset it."),
                published("PUBLIC", "Paper trays", "The " + word + " stops; reset the trays."));
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = Api.as(requester).queryParam("q", word).queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/kb/search");
            page.then().statusCode(200).body("items", hasSize(1));
            seen.add(page.path("items[0].id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertThat(seen).hasSize(4).doesNotHaveDuplicates();
        assertThat(Set.copyOf(seen.subList(0, 2))).isEqualTo(inTitle);
        assertThat(Set.copyOf(seen.subList(2, 4))).isEqualTo(inBody);
    }

    @Test
    void shouldForgiveOneTypoInAMiddleWordAndTwoInALongOne() {
        String middle = word(7);
        while (middle.charAt(2) == middle.charAt(3)) { // swapping them must make a typo
            middle = word(7);
        }
        String longer = word(10);
        String short4 = word(4);
        String first = published("PUBLIC", "Scanner " + middle, "Use " + short4 + " to scan.");
        String second = published("PUBLIC", "Badge " + longer, "Hold the badge still.");
        String swapped = middle.substring(0, 2) + middle.charAt(3) + middle.charAt(2) + middle.substring(4);
        search(requester, swapped)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(first)))
                .body("corrections", equalTo(List.of(Map.of("word", swapped, "correction", middle))));
        String twoOff = typos(longer, 3, 4);
        search(requester, twoOff).then().body("items.id", equalTo(List.of(second)));
        String threeOff = typos(longer, 0, 1, 2);
        search(requester, threeOff).then().body("items", equalTo(List.of())).body("corrections", equalTo(List.of()));
        String shortTypo = typos(short4, 3);
        search(requester, shortTypo).then().body("items", equalTo(List.of()));
    }

    @Test
    void shouldCorrectTowardsWordsOnlyOfArticlesTheReaderMayRead() {
        String internal = word(8);
        String archived = word(8);
        String desk = published("INTERNAL", "Relay " + internal, "Desk only.");
        String gone = published("PUBLIC", "Router " + archived, "Replaced.");
        String internalTypo = typos(internal, 4);

        search(requester, internalTypo)
                .then()
                .statusCode(200)
                .body("items", equalTo(List.of()))
                .body("corrections", equalTo(List.of()));
        search(agent, internalTypo)
                .then()
                .body("items.id", equalTo(List.of(desk)))
                .body("corrections", equalTo(List.of(Map.of("word", internalTypo, "correction", internal))));

        String archivedTypo = typos(archived, 4);
        search(requester, archivedTypo).then().body("items.id", equalTo(List.of(gone)));
        TestArticles.act(supervisor, gone, "archive", """
                {"reason": "Replaced."}""").then().statusCode(200);
        search(agent, archivedTypo).then().body("items", equalTo(List.of())).body("corrections", equalTo(List.of()));
        search(agent, archived).then().body("items", equalTo(List.of()));
    }

    @Test
    void shouldMarkTheWordsFoundInAnEscapedSnippet() {
        String word = word(8);
        published("PUBLIC", "Mail rules", "The " + word + " rule fires when a < b & c, <b>nothing</b> moves.");
        String snippet =
                search(requester, word).then().statusCode(200).extract().path("items[0].snippet");
        assertThat(snippet)
                .contains("<mark>" + word + "</mark>", "a &lt; b &amp; c")
                .doesNotContain("<b>");
    }

    @Test
    void shouldCountFacetsAndPageThroughHits() {
        String word = word(8);
        String tag = "t" + word;
        for (int i = 0; i < 3; i++) {
            String json = """
                    {"type": "%s", "language": "en", "title": "Wifi %s %d", "body": "Body.", "visibility": "PUBLIC",
                     "category": "NETWORK", "tags": ["%s"]}""".formatted(i == 0 ? "FAQ" : "HOW_TO", word, i, tag);
            publish(TestArticles.create(agent, json));
        }
        search(requester, word)
                .then()
                .statusCode(200)
                .body(
                        "facets.type",
                        equalTo(List.of(Map.of("value", "HOW_TO", "count", 2), Map.of("value", "FAQ", "count", 1))))
                .body("facets.category", equalTo(List.of(Map.of("value", "NETWORK", "count", 3))))
                .body("facets.tag", equalTo(List.of(Map.of("value", tag, "count", 3))))
                .body("facets.language", equalTo(List.of(Map.of("value", "en", "count", 3))));
        Response first =
                Api.as(requester).queryParam("q", word).queryParam("limit", 2).get("/api/v1/kb/search");
        List<String> firstIds = first.path("items.id");
        Response second = Api.as(requester)
                .queryParam("q", word)
                .queryParam("limit", 2)
                .queryParam("cursor", first.path("nextCursor").toString())
                .get("/api/v1/kb/search");
        second.then().statusCode(200).body("nextCursor", nullValue());
        List<String> secondIds = second.path("items.id");
        assertThat(firstIds).hasSize(2).doesNotContainAnyElementsOf(secondIds);
        assertThat(secondIds).hasSize(1);
        Api.as(requester)
                .queryParam("q", word)
                .queryParam("type", "FAQ")
                .get("/api/v1/kb/search")
                .then()
                .body("items", hasSize(1));
    }

    @Test
    void shouldFindAnArticleOnceInTheLanguageTheReaderPrefers() {
        String word = word(8);
        String article = published("PUBLIC", "Drucker " + word, "Reset the guides.");
        Api.as(agent)
                .contentType("application/json")
                .header("If-Match", TestArticles.etag(agent, article))
                .body("""
                        {"title": "Drucker %s klemmt", "body": "Die Führungen neu einstellen."}""".formatted(word))
                .put(path(article) + "/translations/de")
                .then()
                .statusCode(200);
        TestArticles.act(agent, article, "submit", """
                {"language": "de"}""").then().statusCode(200);
        TestArticles.act(supervisor, article, "approve", """
                {"language": "de"}""").then().statusCode(200);
        Api.as(requester)
                .header("Accept-Language", "de-CH, en;q=0.5")
                .queryParam("q", word)
                .get("/api/v1/kb/search")
                .then()
                .body("items.language", equalTo(List.of("de")));
        Api.as(requester)
                .header("Accept-Language", "en")
                .queryParam("q", word)
                .get("/api/v1/kb/search")
                .then()
                .body("items.language", equalTo(List.of("en")))
                .body("facets.type", equalTo(List.of(Map.of("value", "SOLUTION", "count", 1))))
                .body(
                        "facets.language",
                        equalTo(List.of(Map.of("value", "de", "count", 1), Map.of("value", "en", "count", 1))));
        Api.as(requester)
                .queryParam("q", "klemmt " + word)
                .queryParam("language", "de")
                .get("/api/v1/kb/search")
                .then()
                .body("items.id", equalTo(List.of(article)));
    }

    @Test
    void shouldSearchEveryConfigurationTheDatabaseMapsALanguageTo() {
        String mapping = pool.query("SELECT prosrc FROM pg_proc WHERE proname = 'kb_text_config'")
                .execute()
                .await()
                .atMost(Duration.ofSeconds(5))
                .iterator()
                .next()
                .getString(0);
        Set<String> configurations = Pattern.compile("(?:THEN|ELSE) '(\\w+)'")
                .matcher(mapping)
                .results()
                .map(match -> match.group(1))
                .collect(Collectors.toSet());
        assertThat(configurations).hasSizeGreaterThan(10).containsExactlyInAnyOrder(ArticleSearch.CONFIGS);
    }

    @Test
    void shouldAnswerABadSearchWithTheFieldsAtFault() {
        problem(Api.hostile(requester).get("/api/v1/kb/search"), 400, "validation")
                .body("errors.field", hasItem("q"));
        problem(
                Api.hostile(requester)
                        .queryParam("q", "x")
                        .queryParam("limit", 51)
                        .queryParam("type", "BLOG")
                        .get("/api/v1/kb/search"),
                400,
                "validation");
        search(requester, "\"unclosed -  or or -").then().statusCode(200);
        search(requester, "!!! :: & | <->").then().statusCode(200).body("items", equalTo(List.of()));
    }

    private String published(String visibility, String title, String body) {
        String article = TestArticles.create(agent, article(visibility, title, body));
        publish(article);
        return article;
    }

    private void publish(String article) {
        TestArticles.act(agent, article, "submit", "{}").then().statusCode(200);
        TestArticles.approve(supervisor, article);
    }

    private static String article(String visibility, String title, String body) {
        return """
                {"type": "SOLUTION", "language": "en", "title": "%s", "body": "%s", "visibility": "%s"}""".formatted(title, body, visibility);
    }

    private static Response search(TestUser user, String q) {
        return Api.as(user).queryParam("q", q).get("/api/v1/kb/search");
    }

    private static List<String> ids(TestUser user, String q) {
        return search(user, q).then().statusCode(200).extract().path("items.id");
    }

    /** {@code word} with the letters at {@code positions} each replaced by another. */
    private static String typos(String word, int... positions) {
        char[] letters = word.toCharArray();
        for (int position : positions) {
            letters[position] = letters[position] == 'z' ? 'y' : 'z';
        }
        return new String(letters);
    }

    /** A made-up lower-case word of {@code length} letters, unlike any a real text holds. */
    private static String word(int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }
}

package dev.servicedesk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Filters, sorts and searches take SQL and pattern metacharacters as text (the walk of every
 * parameter in {@link HostileInputTest} holds them to no 5xx): they never widen what a caller
 * gets, and {@code %} and {@code _} match only themselves.
 */
@QuarkusTest
class InjectionTest {
    private static final List<String> WIDENING =
            List.of("%", "_", "%%", "' OR '1'='1", "') OR ('a'='a", "%' OR 1=1 --", "\\", "*", ".*", "a:* | b:*", "!x");

    private final TestUser requester = TestUser.with(Role.REQUESTER);
    private final TestUser agent = TestUser.with(Role.AGENT);

    @Test
    void shouldNeverShowARequesterMoreThanTheirOwnWhateverTheSearch() {
        String own = ticket(requester, "Printer 100% jammed");
        ticket(TestUser.with(Role.REQUESTER), "Printer 100% jammed too");
        String ownItem = item("Laptop 100% " + UUID.randomUUID(), requester.signIn());
        item("Laptop 100% " + UUID.randomUUID(), TestUser.with(Role.REQUESTER).signIn());

        for (String q : WIDENING) {
            for (String list : List.of("/api/v1/tickets", "/api/v1/cis", "/api/v1/kb/search", "/api/v1/kb/articles")) {
                Response answer = Api.hostile(requester).queryParam("q", q).get(list);
                assertThat(answer.statusCode())
                        .as("%s?q=%s: %s", list, q, answer.asString())
                        .isIn(200, 400);
                if (answer.statusCode() == 200 && list.equals("/api/v1/tickets")) {
                    assertThat(answer.jsonPath().getList("items.id", String.class))
                            .as("q=%s", q)
                            .isSubsetOf(List.of(own));
                }
                if (answer.statusCode() == 200 && list.equals("/api/v1/cis")) {
                    assertThat(answer.jsonPath().getList("items.id", String.class))
                            .as("q=%s", q)
                            .isSubsetOf(List.of(ownItem));
                }
            }
        }
    }

    @Test
    void shouldMatchPatternCharactersOnlyAsThemselves() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String percent = ticket(requester, "Disk " + marker + " at 100% full");
        String digits = ticket(requester, "Disk " + marker + " at 1000 files");
        String underscore = ticket(requester, "Share " + marker + " db_backup missing");
        String letter = ticket(requester, "Share " + marker + " dbxbackup missing");

        assertThat(found(marker + " at 100%")).contains(percent).doesNotContain(digits);
        assertThat(found("db_backup")).contains(underscore).doesNotContain(letter);
        assertThat(found(marker + "%")).isEmpty();
    }

    @Test
    void shouldRefuseASortItDoesNotKnow() {
        for (String sort : List.of("createdAt; DROP TABLE ticket", "subject", "-createdAt,id", "1", "createdAt desc")) {
            Response answer = Api.hostile(agent).queryParam("sort", sort).get("/api/v1/tickets");
            assertThat(answer.statusCode())
                    .as("sort=%s: %s", sort, answer.asString())
                    .isEqualTo(400);
        }
    }

    private List<String> found(String q) {
        return Api.as(requester)
                .queryParam("q", q)
                .get("/api/v1/tickets")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", String.class);
    }

    private static String item(String name, String ownerId) {
        return Api.as(TestUser.with(Role.ADMIN))
                .contentType("application/json")
                .body("""
                        {"name": "%s", "type": "LAPTOP", "ownerId": "%s"}""".formatted(name, ownerId))
                .post("/api/v1/cis")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String ticket(TestUser owner, String subject) {
        return Api.as(owner)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "%s"}""".formatted(subject))
                .post("/api/v1/tickets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}

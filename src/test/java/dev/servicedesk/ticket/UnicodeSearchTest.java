package dev.servicedesk.ticket;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Search folds case and Unicode forms; lengths count code points: fails before issue 23 (raw UTF-16 text). */
@QuarkusTest
class UnicodeSearchTest {
    private static final String TICKETS = "/api/v1/tickets";
    /** U+1F600, one code point written as two UTF-16 units. */
    private static final String GRIN = "\uD83D\uDE00";
    /** "É" decomposed: a plain E followed by U+0301 COMBINING ACUTE ACCENT. */
    private static final String E_DECOMPOSED = "E\u0301";

    private final TestUser agent = TestUser.with(Role.AGENT);
    private final String unique = "zq" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void shouldFindPeopleByNameWhateverTheCaseOrUnicodeForm() {
        String ivan =
                TestUser.with(Role.REQUESTER).withName("Иван Петров " + unique).signIn();
        String emilie = TestUser.with(Role.REQUESTER)
                .withName("Émilie Durand " + unique)
                .signIn();
        String upper = unique.toUpperCase(Locale.ROOT);

        for (String q : List.of(
                "Иван Петров " + unique, "иван петров " + unique, "ИВАН ПЕТРОВ " + upper, "Иван", "иван", "ИВАН")) {
            assertThat(people(q)).as("people for q=%s", q).contains(ivan).doesNotContain(emilie);
        }
        for (String q : List.of(
                "Émilie Durand " + unique,
                "ÉMILIE DURAND " + upper,
                E_DECOMPOSED + "milie Durand " + unique,
                "ÉMILIE",
                E_DECOMPOSED + "milie")) {
            assertThat(people(q)).as("people for q=%s", q).contains(emilie).doesNotContain(ivan);
        }
        assertThat(people("петров " + unique)).containsExactly(ivan);
        assertThat(people("émilie durand " + unique)).containsExactly(emilie);
    }

    @Test
    void shouldFindTicketsBySubjectWhateverTheCaseOrUnicodeForm() {
        TestUser requester = TestUser.with(Role.REQUESTER);
        String uber = create(requester, "Über den Drucker " + unique);
        String cafe = create(requester, "Café au lait " + unique);
        String upper = unique.toUpperCase(Locale.ROOT);

        for (String q : List.of("über", "ÜBER", "Über")) {
            Api.as(requester)
                    .queryParam("q", q)
                    .get(TICKETS)
                    .then()
                    .statusCode(200)
                    .body("items.id", contains(uber));
        }
        for (String q : List.of("café", "CAFÉ", "Cafe\u0301", "CAFE\u0301")) {
            Api.as(requester)
                    .queryParam("q", q)
                    .get(TICKETS)
                    .then()
                    .statusCode(200)
                    .body("items.id", contains(cafe));
        }
        assertThat(desk("über den drucker " + unique)).containsExactly(uber);
        assertThat(desk("ÜBER DEN DRUCKER " + upper)).containsExactly(uber);
        assertThat(desk("CAFÉ AU LAIT " + upper)).containsExactly(cafe);
        assertThat(desk("Cafe\u0301 au lait " + unique)).containsExactly(cafe);
    }

    @Test
    void shouldCountASubjectsLengthInCodePoints() {
        TestUser requester = TestUser.with(Role.REQUESTER);
        String longest = GRIN.repeat(101);
        assertThat(longest).hasSize(202);

        Api.as(requester)
                .contentType("application/json")
                .body("""
                        {"type": "QUESTION", "subject": "%s"}""".formatted(longest))
                .post(TICKETS)
                .then()
                .statusCode(201)
                .body("subject", equalTo(longest));
        problem(
                        Api.hostile(requester)
                                .contentType("application/json")
                                .body("""
                                        {"type": "QUESTION", "subject": "%s"}""".formatted(GRIN.repeat(201)))
                                .post(TICKETS),
                        400,
                        "validation")
                .body("errors.field", contains("subject"));
    }

    /** The ids of every person an agent finds for {@code q}, page by page. */
    private List<String> people(String q) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = Api.as(agent).queryParam("q", q).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/people");
            page.then().statusCode(200);
            ids.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        return ids;
    }

    /** The ids of the tickets an agent finds for {@code q} (it names a unique token, so one page holds them). */
    private List<String> desk(String q) {
        return Api.as(agent)
                .queryParam("q", q)
                .queryParam("limit", 200)
                .get(TICKETS)
                .then()
                .statusCode(200)
                .body("nextCursor", equalTo(null))
                .extract()
                .path("items.id");
    }

    private static String create(TestUser requester, String subject) {
        return Api.as(requester)
                .contentType("application/json")
                .body("""
                        {"type": "QUESTION", "subject": "%s"}""".formatted(subject))
                .post(TICKETS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}

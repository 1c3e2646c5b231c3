package dev.servicedesk.ticket;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tickets the desk records for someone else: a known person, or someone named only by email. */
@QuarkusTest
class OnBehalfTicketTest {
    private TestUser agent;

    @BeforeEach
    void onTheFrontLine() {
        agent = TestQueues.frontLineAgent();
    }

    @Test
    void shouldRecordANewcomerNamedByEmail() {
        String email = newEmail();

        Response created = createFor(agent, requester(email, "Ola Nordmann"));

        created.then().statusCode(201).body("channel", equalTo("PHONE"));
        String requesterId = created.path("requesterId");
        Api.as(agent)
                .get("/api/v1/people/" + requesterId)
                .then()
                .statusCode(200)
                .body("registered", equalTo(false))
                .body("subject", nullValue())
                .body("email", equalTo(email))
                .body("name", equalTo("Ola Nordmann"));
    }

    @Test
    void shouldRecognizeTheSamePersonByEmailWhateverTheCase() {
        String email = newEmail();
        String first = createFor(agent, requester(email, null)).path("requesterId");

        String second = createFor(agent, requester(email.toUpperCase(Locale.ROOT), "Ola"))
                .path("requesterId");

        assertThat(second).isEqualTo(first);
    }

    @Test
    void shouldRecordForTheSignedInPersonWithThatEmail() {
        TestUser known = TestUser.with(Role.REQUESTER);
        String knownId = Api.as(known).get("/api/v1/me").path("id");

        createFor(agent, requester(known.email(), "Someone Else"))
                .then()
                .statusCode(201)
                .body("requesterId", equalTo(knownId));
    }

    @Test
    void shouldHandTheRecordAndItsTicketsToTheNewcomerOnFirstSignIn() {
        TestUser newcomer = TestUser.with(Role.REQUESTER);
        Response created = createFor(agent, requester(newcomer.email(), "Kari"));

        Api.as(newcomer).get("/api/v1/me").then().body("id", equalTo(created.path("requesterId")));
        Api.as(newcomer).get("/api/v1/tickets").then().body("items.id", contains((String) created.path("id")));
        Api.as(agent)
                .get("/api/v1/people/" + created.path("requesterId"))
                .then()
                .body("registered", equalTo(true))
                .body("subject", equalTo(newcomer.subject()))
                .body("name", equalTo(newcomer.name()));
    }

    @Test
    void shouldMakeOnePersonOfConcurrentTicketsForOneNewcomer() {
        String email = newEmail();

        List<String> requesterIds = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> createFor(agent, requester(email, null)).<String>path("requesterId")))
                .toList()
                .stream()
                .map(CompletableFuture::join)
                .distinct()
                .toList();

        assertThat(requesterIds).hasSize(1);
    }

    @Test
    void shouldLetOnlyTheDeskRecordForSomeoneElse() {
        TestUser requester = TestUser.with(Role.REQUESTER);

        problem(createFor(requester, requester(newEmail(), null)), 400, "validation")
                .body("errors.field", contains("requester"));
        problem(createFor(requester, """
                "requesterId": "%s"
                """.formatted(UUID.randomUUID())), 400, "validation")
                .body("errors.field", contains("requesterId"));
    }

    @Test
    void shouldRejectTwoRequestersOrABadEmail() {
        problem(createFor(agent, """
                                        "requesterId": "%s", %s""".formatted(UUID.randomUUID(), requester(newEmail(), null))), 400, "validation")
                .body("errors.field", contains("requester"));
        problem(createFor(agent, requester("not an email", null)), 400, "validation")
                .body("errors.field", contains("requester.email"));
        problem(createFor(agent, """
                "requester": {"name": "No email"}"""), 400, "validation").body("errors.field", contains("requester.email"));
    }

    private static String newEmail() {
        return "newcomer-" + UUID.randomUUID() + "@example.org";
    }

    private static String requester(String email, String name) {
        return name == null ? """
                  "requester": {"email": "%s"}""".formatted(email) : """
                  "requester": {"email": "%s", "name": "%s"}""".formatted(email, name);
    }

    private static Response createFor(TestUser caller, String requesterJson) {
        return Api.hostile(caller)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "Cannot log in", %s}""".formatted(requesterJson))
                .post("/api/v1/tickets");
    }
}

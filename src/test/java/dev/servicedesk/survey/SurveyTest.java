package dev.servicedesk.survey;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestClock;
import dev.servicedesk.support.TestEvents;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestTickets;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One survey per ticket, offered when it is first resolved, answered once by its requester while open. */
@QuarkusTest
class SurveyTest {
    private static final String ANSWER = """
            {"questionsVersion": 1, "overall": 4, "responseTime": 5, "problemSolving": 4, "communication": 3,
             "comment": "Quick and friendly; I had to explain it twice."}""";

    @Inject
    TestClock clock;

    private final TestUser requester = TestUser.with(Role.REQUESTER);
    private TestUser agent;

    @BeforeEach
    void onTheFrontLine() {
        agent = TestQueues.frontLineAgent();
    }

    @AfterEach
    void realTime() {
        clock.release();
    }

    @Test
    void shouldOfferTheRequesterASurveyWhenTheTicketIsResolvedAndTakeTheirOneAnswer() {
        String ticket = TestTickets.printerJam(requester);
        problem(survey(requester, ticket), 404, "not-found");

        resolve(ticket);

        JsonPath offered = survey(requester, ticket)
                .then()
                .statusCode(200)
                .body("ticketId", equalTo(ticket))
                .body("status", equalTo("OFFERED"))
                .body("questionsVersion", equalTo(1))
                .body("questions.id", contains("overall", "responseTime", "problemSolving", "communication", "comment"))
                .body("answer", nullValue())
                .extract()
                .jsonPath();
        assertThat(Duration.between(
                        Instant.parse(offered.getString("offeredAt")), Instant.parse(offered.getString("expiresAt"))))
                .isEqualTo(Duration.ofDays(14));

        answer(requester, ticket, ANSWER)
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/tickets/" + ticket + "/survey"))
                .body("status", equalTo("ANSWERED"))
                .body("answer.overall", equalTo(4))
                .body("answer.communication", equalTo(3))
                .body("answer.questionsVersion", equalTo(1));
        problem(answer(requester, ticket, """
                {"questionsVersion": 1, "overall": 1}"""), 409, "conflict").body("detail", containsString("one answer"));
        survey(agent, ticket).then().statusCode(200).body("answer.comment", containsString("explain it twice"));
    }

    @Test
    void shouldOfferOneSurveyPerTicketEvenWhenItIsResolvedAgain() {
        String ticket = TestTickets.printerJam(requester);
        resolve(ticket);
        String offeredAt =
                survey(requester, ticket).then().statusCode(200).extract().path("offeredAt");

        TestTickets.move(requester, ticket, """
                        {"to": "IN_PROGRESS"}""").then().statusCode(200);
        TestTickets.move(agent, ticket, """
                        {"to": "RESOLVED", "resolutionCode": "FIXED", "resolutionNotes": "New rollers."}""").then().statusCode(200);
        TestEvents.place();

        survey(requester, ticket).then().statusCode(200).body("offeredAt", equalTo(offeredAt));
    }

    @Test
    void shouldNotSurveySomeoneTheDeskKnowsOnlyByEmail() {
        String email = "walk-in-" + UUID.randomUUID() + "@example.org";
        String ticket = Api.as(agent)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "Printer jams", "requester": {"email": "%s"}}""".formatted(email))
                .post("/api/v1/tickets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        resolve(ticket);

        problem(survey(agent, ticket), 404, "not-found");
    }

    @Test
    void shouldLetAnAgentAnswerTheSurveyOfTheirOwnTicketAndReplayARetry() {
        TestUser colleague = TestUser.with(Role.AGENT);
        String ticket = TestTickets.printerJam(colleague);
        resolve(ticket);

        Response first = Api.as(colleague)
                .contentType("application/json")
                .header("Idempotency-Key", "survey-" + ticket)
                .body(ANSWER)
                .post("/api/v1/tickets/" + ticket + "/survey/answer");
        Response again = Api.as(colleague)
                .contentType("application/json")
                .header("Idempotency-Key", "survey-" + ticket)
                .body(ANSWER)
                .post("/api/v1/tickets/" + ticket + "/survey/answer");

        first.then().statusCode(201).body("status", equalTo("ANSWERED"));
        again.then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .body("answer.answeredAt", equalTo(first.path("answer.answeredAt")));
    }

    @Test
    void shouldRefuseAnAnswerToOtherQuestionsThanTheSurveyAsks() {
        String ticket = TestTickets.printerJam(requester);
        resolve(ticket);

        problem(
                        answer(requester, ticket, ANSWER.replace("\"questionsVersion\": 1", "\"questionsVersion\": 2")),
                        409,
                        "conflict")
                .body("detail", containsString("version 1"));
        survey(requester, ticket).then().body("status", equalTo("OFFERED"));
    }

    @Test
    void shouldCloseTheSurveyWhenItExpires() {
        String ticket = TestTickets.printerJam(requester);
        resolve(ticket);

        clock.pin(Instant.now().plus(Duration.ofDays(15)));

        survey(requester, ticket).then().body("status", equalTo("EXPIRED"));
        problem(answer(requester, ticket, ANSWER), 409, "conflict").body("detail", containsString("closed"));
    }

    @Test
    void shouldLetOnlyTheRequesterAnswerAndCheckTheRatings() {
        String ticket = TestTickets.printerJam(requester);
        resolve(ticket);

        problem(answer(TestUser.with(Role.REQUESTER), ticket, ANSWER), 404, "not-found");
        problem(
                Api.hostile(agent)
                        .contentType("application/json")
                        .body(ANSWER)
                        .post("/api/v1/tickets/" + ticket + "/survey/answer"),
                403,
                "forbidden");
        problem(survey(TestUser.with(Role.REQUESTER), ticket), 404, "not-found");
        problem(hostileAnswer(ticket, """
                {"questionsVersion": 1, "overall": 6}"""), 400, "validation").body("errors.field", contains("overall"));
        problem(hostileAnswer(ticket, """
                {"questionsVersion": 1, "responseTime": 3}"""), 400, "validation").body("errors.field", contains("overall"));
        problem(hostileAnswer(ticket, """
                {"overall": 3}"""), 400, "validation").body("errors.field", contains("questionsVersion"));
        problem(hostileAnswer(ticket, """
                {"questionsVersion": 1, "overall": 3, "comment": ""}"""), 400, "validation").body("errors.field", contains("comment"));
        survey(requester, ticket).then().body("status", equalTo("OFFERED"));
    }

    private void resolve(String ticket) {
        TestTickets.move(agent, ticket, """
                        {"to": "IN_PROGRESS"}""").then().statusCode(200);
        TestTickets.move(agent, ticket, """
                        {"to": "RESOLVED", "resolutionCode": "FIXED", "resolutionNotes": "Cleared the jam."}""").then().statusCode(200);
        TestEvents.place();
    }

    private static Response survey(TestUser user, String ticket) {
        return Api.as(user).get("/api/v1/tickets/" + ticket + "/survey");
    }

    private static Response answer(TestUser user, String ticket, String json) {
        return Api.as(user)
                .contentType("application/json")
                .body(json)
                .post("/api/v1/tickets/" + ticket + "/survey/answer");
    }

    /** An answer the contract refuses, sent anyway. */
    private Response hostileAnswer(String ticket, String json) {
        return Api.hostile(requester)
                .contentType("application/json")
                .body(json)
                .post("/api/v1/tickets/" + ticket + "/survey/answer");
    }
}

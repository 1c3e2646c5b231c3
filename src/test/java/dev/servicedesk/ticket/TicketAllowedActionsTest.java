package dev.servicedesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestTickets;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A ticket tells each caller what they may do with it now, and the service then does exactly that. */
@QuarkusTest
class TicketAllowedActionsTest {
    private static final List<String> ALL_FIELDS = List.of(
            "subject",
            "description",
            "category",
            "impact",
            "urgency",
            "priority",
            "channel",
            "occurredAt",
            "affectedUsers",
            "affectedSystems",
            "ciIds",
            "errorMessages",
            "stepsTried",
            "environment",
            "contact");
    private static final Map<String, String> MOVES = Map.of(
            "OPEN", """
                    {"to": "OPEN"}""",
            "IN_PROGRESS", """
                    {"to": "IN_PROGRESS"}""",
            "PENDING", """
                    {"to": "PENDING", "pendingReason": "AWAITING_REQUESTER"}""",
            "RESOLVED", """
                    {"to": "RESOLVED", "resolutionCode": "FIXED", "resolutionNotes": "Replaced the pickup roller."}""",
            "CLOSED", """
                    {"to": "CLOSED"}""",
            "CANCELLED", """
                    {"to": "CANCELLED", "cancelReason": "It works again."}""");

    private final TestUser requester = TestUser.with(Role.REQUESTER);
    private TestUser frontLine;
    private TestUser elsewhere;

    @BeforeEach
    void desk() {
        frontLine = TestQueues.frontLineAgent();
        elsewhere = TestQueues.memberOfNewQueue(2).agent();
    }

    @Test
    void shouldOfferThoseWhoWorkTheTicketTheDesksActions() {
        String ticket = TestTickets.printerJam(requester);

        Api.as(frontLine)
                .get("/api/v1/tickets/" + ticket)
                .then()
                .statusCode(200)
                .body("allowedActions.transitions", contains("OPEN", "IN_PROGRESS", "RESOLVED", "CANCELLED"))
                .body("allowedActions.editableFields", equalTo(ALL_FIELDS))
                .body("allowedActions.reply", equalTo(true))
                .body("allowedActions.addInternalNote", equalTo(true))
                .body("allowedActions.assign", equalTo(true))
                .body("allowedActions.handBack", equalTo(false))
                .body("allowedActions.escalate", equalTo(false)) // in no queue yet
                .body("allowedActions.link", equalTo(true));
    }

    @Test
    void shouldOfferTheRequesterTheirOwnActionsOnly() {
        String ticket = TestTickets.printerJam(requester);

        Api.as(requester)
                .get("/api/v1/tickets/" + ticket)
                .then()
                .body("allowedActions.transitions", contains("CANCELLED"))
                .body("allowedActions.editableFields", contains("description", "contact"))
                .body("allowedActions.reply", equalTo(true))
                .body("allowedActions.addInternalNote", equalTo(false))
                .body("allowedActions.assign", equalTo(false))
                .body("allowedActions.escalate", equalTo(false))
                .body("allowedActions.link", equalTo(false));

        TestTickets.move(frontLine, ticket, MOVES.get("RESOLVED")).then().statusCode(200);

        Api.as(requester)
                .get("/api/v1/tickets/" + ticket)
                .then()
                .body("allowedActions.transitions", contains("IN_PROGRESS", "CLOSED"))
                .body("allowedActions.editableFields", empty());
        Api.as(frontLine)
                .get("/api/v1/tickets/" + ticket)
                .then()
                .body("allowedActions.transitions", contains("IN_PROGRESS"))
                .body("allowedActions.assign", equalTo(false));
    }

    @Test
    void shouldOfferTheRestOfTheDeskNothingButReading() {
        String ticket = TestTickets.printerJam(requester);

        Api.as(elsewhere)
                .get("/api/v1/tickets/" + ticket)
                .then()
                .body("allowedActions.transitions", empty())
                .body("allowedActions.editableFields", empty())
                .body("allowedActions.reply", equalTo(false))
                .body("allowedActions.addInternalNote", equalTo(false))
                .body("allowedActions.link", equalTo(false));
    }

    /** Every move offered succeeds and every move not offered is refused, for each kind of caller. */
    @Test
    void shouldOfferExactlyTheMovesTheServiceAllows() {
        for (TestUser caller : List.of(frontLine, requester, elsewhere)) {
            List<String> offered = Api.as(caller)
                    .get("/api/v1/tickets/" + TestTickets.printerJam(requester))
                    .path("allowedActions.transitions");
            List<String> succeeded = new ArrayList<>();
            MOVES.forEach((to, move) -> {
                String fresh = TestTickets.printerJam(requester);
                if (TestTickets.move(caller, fresh, move).statusCode() == 200) {
                    succeeded.add(to);
                }
            });
            assertThat(succeeded).as("moves that succeed").containsExactlyInAnyOrderElementsOf(offered);
        }
    }
}

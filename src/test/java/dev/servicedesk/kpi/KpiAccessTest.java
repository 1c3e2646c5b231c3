package dev.servicedesk.kpi;

import static dev.servicedesk.kpi.KpiExactnessTest.FROM;
import static dev.servicedesk.kpi.KpiExactnessTest.TO;
import static dev.servicedesk.kpi.KpiExactnessTest.drill;
import static dev.servicedesk.kpi.KpiExactnessTest.report;
import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestClock;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may report on which tickets, and what a report refuses to read. */
@QuarkusTest
class KpiAccessTest {
    private KpiDataSet data;

    @Inject
    TestClock clock;

    @BeforeEach
    void aWeekOfWork() {
        data = KpiDataSet.week(clock);
        clock.pin(Instant.parse("2026-04-02T10:00:00Z"));
    }

    @AfterEach
    void realTime() {
        clock.release();
    }

    @Test
    void shouldReportOnlyOnTheTicketsOfTheCallersQueuesAndTheirOwn() {
        TestUser stranger = TestQueues.frontLineAgent();
        JsonPath nothing = report(stranger, Map.of("groupBy", "queue"));
        assertThat(nothing.getInt("totals.volume.received")).isZero();
        assertThat(nothing.getInt("totals.backlog.end")).isZero();
        assertThat(nothing.getList("groups")).isEmpty();
        // The desk sees every outage; none of the stranger's tickets is linked to one.
        assertThat(nothing.getList("outages.announcementId")).contains(data.outage);
        assertThat(nothing.getList("outages.linkedTickets", Integer.class)).containsOnly(0);
        assertThat(drill(stranger, "volume.received", Map.of("queueId", data.frontLine)))
                .isEmpty();

        // The supervisor of the front line (a member of no queue) sees its tickets, not the specialists'.
        JsonPath supervised = report(data.supervisor, Map.of("groupBy", "queue"));
        assertThat(supervised.getList("groups.key")).containsExactly(data.frontLine);
        assertThat(supervised.getInt("totals.volume.received")).isEqualTo(6);

        assertThat(report(data.agent, Map.of("assigneeId", "me")).getInt("totals.volume.received"))
                .isEqualTo(7);
        assertThat(report(data.agent, Map.of("queueId", "none")).getInt("totals.backlog.end"))
                .isZero();
        assertThat(report(data.admin, Map.of("queueId", data.specialists)).getInt("totals.volume.received"))
                .isEqualTo(1);
        assertThat(report(TestUser.with(Role.INTEGRATION), Map.of("assigneeId", data.agent.signIn()))
                        .getInt("totals.volume.received"))
                .isEqualTo(7);

        TestUser requester = data.requester;
        problem(
                Api.hostile(requester)
                        .queryParam("from", FROM)
                        .queryParam("to", TO)
                        .get("/api/v1/kpis"),
                403,
                "forbidden");
        problem(
                Api.hostile(requester)
                        .queryParam("figure", "volume.received")
                        .queryParam("from", FROM)
                        .queryParam("to", TO)
                        .get("/api/v1/kpis/tickets"),
                403,
                "forbidden");
    }

    @Test
    void shouldRefuseAPeriodItCannotReportOn() {
        invalid(Map.of()).body("errors.field", hasItems("from", "to"));
        invalid(Map.of("from", TO, "to", FROM)).body("errors.field", hasItems("to"));
        invalid(Map.of("from", FROM, "to", "2031-03-27T00:00:00Z")).body("errors.field", hasItems("to"));
        invalid(Map.of("from", "yesterday", "to", TO, "timeZone", "Mars/Olympus"))
                .body("errors.field", hasItems("from", "timeZone"));
        invalid(Map.of("from", "2025-01-01T00:00:00Z", "to", TO, "interval", "day"))
                .body("errors.field", hasItems("interval"));
        invalid(Map.of("from", FROM, "to", TO, "interval", "hour", "groupBy", "moon"))
                .body("errors.field", hasItems("interval", "groupBy"));
        invalid(Map.of("from", FROM, "to", TO, "queueId", "front", "assigneeId", "someone", "priority", "URGENT"))
                .body("errors.field", hasItems("queueId", "assigneeId", "priority"));

        problem(
                        Api.hostile(data.agent)
                                .queryParam("from", FROM)
                                .queryParam("to", TO)
                                .queryParam("figure", "backlog.change")
                                .get("/api/v1/kpis/tickets"),
                        400,
                        "validation")
                .body("errors.field", hasItems("figure"));
        problem(
                        Api.hostile(data.agent)
                                .queryParam("from", FROM)
                                .queryParam("to", TO)
                                .queryParam("figure", "volume.received")
                                .queryParam("announcementId", data.outage)
                                .get("/api/v1/kpis/tickets"),
                        400,
                        "validation")
                .body("errors.field", hasItems("announcementId"));
        String cursor = Api.as(data.agent)
                .queryParam("from", FROM)
                .queryParam("to", TO)
                .queryParam("figure", "backlog.end")
                .queryParam("limit", 1)
                .get("/api/v1/kpis/tickets")
                .then()
                .statusCode(200)
                .extract()
                .path("nextCursor");
        problem(
                        Api.hostile(data.agent)
                                .queryParam("from", FROM)
                                .queryParam("to", TO)
                                .queryParam("figure", "backlog.start")
                                .queryParam("cursor", cursor)
                                .get("/api/v1/kpis/tickets"),
                        400,
                        "validation")
                .body("errors.field", hasItems("cursor"));
    }

    private ValidatableResponse invalid(Map<String, String> parameters) {
        return problem(Api.hostile(data.agent).queryParams(parameters).get("/api/v1/kpis"), 400, "validation");
    }
}

package dev.servicedesk.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestClock;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every KPI of {@link KpiDataSet}'s week, against values computed by hand (in the comments): the
 * period is Thursday 26 to Tuesday 31 March 2026 in Berlin, by day.
 */
@QuarkusTest
class KpiExactnessTest {
    static final String FROM = "2026-03-25T23:00:00Z";
    static final String TO = "2026-03-31T22:00:00Z";
    private static KpiDataSet data;

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
    void shouldCountTheWeekExactly() {
        JsonPath report = report(data.agent, Map.of("interval", "day", "timeZone", "Europe/Berlin"));
        assertThat(report.getString("timeZone")).isEqualTo("Europe/Berlin");
        assertThat(report.getString("asOf")).isEqualTo("2026-04-02T10:00:00Z");
        Map<String, Object> totals = report.getMap("totals");
        // T1 to T7; T1, T2, T3 resolved; T4 cancelled; T2 reopened; T1 closed.
        assertThat(report.getMap("totals.volume"))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("received", 7, "resolved", 3, "cancelled", 1, "reopened", 1, "closed", 1));
        // T8, T9, T0 open at the start; 3 + 7 − 3 − 1 + 1 at the end, aged at the period's end:
        // T7 2 h; T6 1 d 23.5 h, T5 2 d 21.5 h; T2 5 d 6.5 h, T0 6 d 12 h; T9 11 d 12 h; T8 30 d 12 h.
        assertThat(report.getInt("totals.backlog.start")).isEqualTo(3);
        assertThat(report.getInt("totals.backlog.end")).isEqualTo(7);
        assertThat(report.getInt("totals.backlog.change")).isEqualTo(4);
        assertThat(report.getMap("totals.backlog.ageing"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "underOneDay", 1,
                        "oneToThreeDays", 2,
                        "threeToSevenDays", 2,
                        "sevenToThirtyDays", 1,
                        "thirtyDaysAndMore", 1));
        // Resolved and still resolved: T1 (first contact, with the article) and T3 (escalated).
        assertThat(report.getMap("totals.firstContactResolution"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("resolved", 2, "firstContact", 1, "rate", 0.5f));
        assertThat(report.getMap("totals.escalation"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("resolved", 2, "escalated", 1, "rate", 0.5f));
        assertThat(report.getMap("totals.knowledge"))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("resolved", 2, "solvedWithArticle", 1, "rate", 0.5f, "articlesFromTickets", 1));
        // Of the three resolutions, T2's was reopened.
        assertThat(report.getMap("totals.reopening"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("resolutions", 3, "reopened", 1, "rate", 0.3333f));
        // First responses met: T1 (due 09:00Z Thu), T2 and T6 (due 07:00Z Mon) on time; T3 at
        // 07:30Z Mon, due 07:00Z (it came in on the holiday). T5's, due 07:00Z Mon, is overdue.
        assertThat(report.getMap("totals.slaCompliance.firstResponse"))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("measured", 4, "met", 3, "breached", 1, "rate", 0.75f, "overdueOpen", 1));
        // Resolutions met: T1 and T3, on time. Overdue: T0 (10:00Z Thu), T5 and T6 (14:00Z Mon),
        // and T2, reopened (due 10:00Z Tue after 240 business minutes resolved).
        assertThat(report.getMap("totals.slaCompliance.resolution"))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("measured", 2, "met", 2, "breached", 0, "rate", 1.0f, "overdueOpen", 4));
        // Wall: T1 30 min; T6 7 h 35 min; T3 70 h 30 min; T2 87 h. Business: T1 30 min (Thu
        // 09:00–09:30); T6 5 min, T2 30 min, T3 90 min on Monday from 08:00 (nothing on the holiday).
        assertThat(report.getMap("totals.firstResponseTime.wall"))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("count", 4, "averageSeconds", 149025, "medianSeconds", 27300, "p90Seconds", 313200));
        assertThat(report.getMap("totals.firstResponseTime.business"))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("count", 4, "averageSeconds", 2325, "medianSeconds", 1800, "p90Seconds", 5400));
        // T1 6 h (09:00–15:00 Thu, all working time); T3 76 h, of which Monday 08:00–15:00 works.
        assertThat(report.getMap("totals.resolutionTime.wall"))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("count", 2, "averageSeconds", 147600, "medianSeconds", 21600, "p90Seconds", 273600));
        assertThat(report.getMap("totals.resolutionTime.business"))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("count", 2, "averageSeconds", 23400, "medianSeconds", 21600, "p90Seconds", 25200));
        assertThat(report.getMap("totals.csat"))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("answered", 2, "averageRating", 4.0f, "satisfied", 1, "rate", 0.5f));
        assertThat(report.getMap("totals.announcements"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("outages", 1, "linkedTickets", 2));
        // Every published outage starting in the period, linked or not; the draft is none.
        assertThat(report.getList("outages.announcementId")).containsExactly(data.outage, data.quietOutage);
        assertThat(report.getList("outages.startsAt")).containsExactly("2026-03-30T06:00:00Z", "2026-03-31T06:00:00Z");
        assertThat(report.getList("outages.linkedTickets")).containsExactly(2, 0);
        assertThat(totals).isNotNull();
    }

    @Test
    void shouldSplitTheWeekAtBerlinMidnightsAcrossTheClockChangeAndReconcileEachDay() {
        JsonPath report = report(data.agent, Map.of("interval", "day", "timeZone", "Europe/Berlin"));
        assertThat(report.getList("intervals.from"))
                .containsExactly(
                        "2026-03-25T23:00:00Z",
                        "2026-03-26T23:00:00Z",
                        "2026-03-27T23:00:00Z",
                        "2026-03-28T23:00:00Z",
                        "2026-03-29T22:00:00Z",
                        "2026-03-30T22:00:00Z");
        assertThat(report.getList("intervals.to"))
                .containsExactly(
                        "2026-03-26T23:00:00Z",
                        "2026-03-27T23:00:00Z",
                        "2026-03-28T23:00:00Z",
                        "2026-03-29T22:00:00Z",
                        "2026-03-30T22:00:00Z",
                        "2026-03-31T22:00:00Z");
        // Thu: T1, T2 in, T1 resolved. Fri: T3. Sat: T4 in and cancelled, T1 closed. Sun: T5.
        // Mon: T6 (00:30 local), T2 and T3 resolved. Tue: T7, T2 reopened.
        assertThat(report.getList("intervals.figures.volume.received")).containsExactly(2, 1, 1, 1, 1, 1);
        assertThat(report.getList("intervals.figures.volume.resolved")).containsExactly(1, 0, 0, 0, 2, 0);
        assertThat(report.getList("intervals.figures.volume.cancelled")).containsExactly(0, 0, 1, 0, 0, 0);
        assertThat(report.getList("intervals.figures.volume.closed")).containsExactly(0, 0, 1, 0, 0, 0);
        assertThat(report.getList("intervals.figures.volume.reopened")).containsExactly(0, 0, 0, 0, 0, 1);
        assertThat(report.getList("intervals.figures.backlog.start")).containsExactly(3, 4, 5, 5, 6, 5);
        assertThat(report.getList("intervals.figures.backlog.end")).containsExactly(4, 5, 5, 6, 5, 7);
        assertThat(report.getList("intervals.figures.backlog.ageing")).containsOnlyNulls();
        assertThat(report.getList("intervals.figures.slaCompliance.firstResponse.measured"))
                .containsExactly(1, 0, 0, 0, 3, 0);
        assertThat(report.getList("intervals.figures.slaCompliance.firstResponse.breached"))
                .containsExactly(0, 0, 0, 0, 1, 0);
        assertThat(report.getList("intervals.figures.slaCompliance.resolution.overdueOpen"))
                .containsExactly(1, 0, 0, 0, 2, 1);
        assertThat(report.getList("intervals.figures.csat.answered")).containsExactly(0, 1, 0, 0, 1, 0);
        assertThat(report.getList("intervals.figures.csat.averageRating"))
                .containsExactly(null, 5.0f, null, null, 3.0f, null);
        assertThat(report.getList("intervals.figures.announcements.linkedTickets"))
                .containsExactly(0, 0, 0, 0, 2, 0);
        assertThat(report.getList("intervals.figures.knowledge.articlesFromTickets"))
                .containsExactly(0, 0, 0, 0, 0, 1);
    }

    @Test
    void shouldReportAPeriodInOneIntervalAsTheWhole() {
        JsonPath report = report(data.agent, Map.of("interval", "month", "timeZone", "Europe/Berlin"));
        assertThat(report.getList("intervals")).hasSize(1);
        assertThat(report.getMap("intervals[0].figures.volume")).isEqualTo(report.getMap("totals.volume"));
        assertThat(report.getInt("intervals[0].figures.backlog.start")).isEqualTo(3);
        assertThat(report.getInt("intervals[0].figures.backlog.end")).isEqualTo(7);
        assertThat(report.getMap("intervals[0].figures.resolutionTime"))
                .isEqualTo(report.getMap("totals.resolutionTime"));
    }

    @Test
    void shouldGroupByQueueAndFilterToAGroupWithTheSameFigures() {
        JsonPath report = report(data.agent, Map.of("groupBy", "queue"));
        assertThat(report.getList("groups.key")).containsExactlyInAnyOrder(data.frontLine, data.specialists);
        JsonPath frontLine = group(report, data.frontLine);
        JsonPath specialists = group(report, data.specialists);
        assertThat(frontLine.getInt("figures.volume.received")).isEqualTo(6);
        assertThat(frontLine.getInt("figures.backlog.end")).isEqualTo(6);
        assertThat(specialists.getInt("figures.volume.received")).isEqualTo(1);
        assertThat(specialists.getMap("figures.backlog"))
                .containsEntry("start", 0)
                .containsEntry("end", 1)
                .containsEntry("change", 1);
        assertThat(specialists.getInt("figures.backlog.ageing.underOneDay")).isEqualTo(1);
        assertThat(specialists.getString("name")).startsWith("Queue ");

        JsonPath filtered = report(data.admin, Map.of("queueId", data.frontLine));
        assertThat(filtered.getMap("totals")).isEqualTo(frontLine.getMap("figures"));
    }

    @Test
    void shouldListTheTicketsBehindEveryFigureAsManyAsItCounts() {
        JsonPath report = report(data.agent, Map.of());
        for (String figure : figures()) {
            Object counted = report.get("totals." + figure);
            int expected = counted instanceof Map<?, ?> times ? (Integer) times.get("count") : (Integer) counted;
            assertThat(drill(data.agent, figure, Map.of())).as(figure).hasSize(expected);
        }
        assertThat(drill(data.agent, "slaCompliance.firstResponse.breached", Map.of()))
                .extracting(item -> item.get("ticket.id"))
                .containsExactly(data.t3);
        List<JsonPath> times = drill(data.agent, "firstResponseTime.wall", Map.of());
        assertThat(times).extracting(item -> item.get("ticket.id")).containsExactly(data.t1, data.t6, data.t2, data.t3);
        assertThat(times).extracting(item -> item.getInt("seconds")).containsExactly(1800, 27300, 313200, 253800);
        assertThat(times)
                .extracting(item -> item.getString("at"))
                .containsExactly(
                        "2026-03-26T08:30:00Z", "2026-03-30T06:05:00Z", "2026-03-30T06:30:00Z", "2026-03-30T07:30:00Z");
        assertThat(drill(data.agent, "csat.answered", Map.of()))
                .extracting(item -> item.getInt("rating"))
                .containsExactly(5, 3);
        assertThat(drill(data.agent, "announcements.linkedTickets", Map.of("announcementId", data.outage)))
                .extracting(item -> item.get("ticket.id"))
                .containsExactly(data.t5, data.t6);
        assertThat(drill(data.agent, "volume.resolved", Map.of()))
                .extracting(item -> item.get("ticket.id"))
                .containsExactly(data.t1, data.t2, data.t3);
    }

    private static List<String> figures() {
        return List.of(
                "volume.received",
                "volume.resolved",
                "volume.cancelled",
                "volume.reopened",
                "volume.closed",
                "backlog.start",
                "backlog.end",
                "backlog.ageing.underOneDay",
                "backlog.ageing.oneToThreeDays",
                "backlog.ageing.threeToSevenDays",
                "backlog.ageing.sevenToThirtyDays",
                "backlog.ageing.thirtyDaysAndMore",
                "firstContactResolution.resolved",
                "firstContactResolution.firstContact",
                "escalation.resolved",
                "escalation.escalated",
                "reopening.resolutions",
                "reopening.reopened",
                "slaCompliance.firstResponse.measured",
                "slaCompliance.firstResponse.met",
                "slaCompliance.firstResponse.breached",
                "slaCompliance.firstResponse.overdueOpen",
                "slaCompliance.resolution.measured",
                "slaCompliance.resolution.met",
                "slaCompliance.resolution.breached",
                "slaCompliance.resolution.overdueOpen",
                "firstResponseTime.wall",
                "firstResponseTime.business",
                "resolutionTime.wall",
                "resolutionTime.business",
                "csat.answered",
                "csat.satisfied",
                "knowledge.resolved",
                "knowledge.solvedWithArticle",
                "knowledge.articlesFromTickets",
                "announcements.linkedTickets");
    }

    static JsonPath report(TestUser user, Map<String, String> parameters) {
        return Api.as(user)
                .queryParam("from", FROM)
                .queryParam("to", TO)
                .queryParams(parameters)
                .get("/api/v1/kpis")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Every page of the figure's tickets, three at a time. */
    static List<JsonPath> drill(TestUser user, String figure, Map<String, String> parameters) {
        List<JsonPath> items = new ArrayList<>();
        String cursor = null;
        do {
            var request = Api.as(user)
                    .queryParam("figure", figure)
                    .queryParam("from", FROM)
                    .queryParam("to", TO)
                    .queryParam("limit", 3)
                    .queryParams(parameters);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/kpis/tickets")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            int size = page.getList("items").size();
            for (int i = 0; i < size; i++) {
                items.add(JsonPath.from(page.prettify()).setRootPath("items[" + i + "]"));
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return items;
    }

    private static JsonPath group(JsonPath report, String key) {
        List<String> keys = report.getList("groups.key");
        return JsonPath.from(report.prettify()).setRootPath("groups[" + keys.indexOf(key) + "]");
    }
}

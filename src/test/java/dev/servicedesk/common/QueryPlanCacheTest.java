package dev.servicedesk.common;

import static dev.servicedesk.support.TestTickets.printerJam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.servicedesk.identity.Role;
import dev.servicedesk.sla.SlaChecker;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.Jobs;
import dev.servicedesk.support.TestCis;
import dev.servicedesk.support.TestClock;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestSlaPolicies;
import dev.servicedesk.support.TestUser;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.spi.QueryInterpretationCache;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A ticket's creation and changes, and what placing their events sets off (the sequencer, webhook
 * and notification deliveries), the SLA checker's runs and a configuration item's impact, send no
 * Hibernate native SELECT, each of which would leave a plan in the cache never to be found again (see
 * {@link SessionSql}). In an application of its own, so that the cache is far from full and no
 * plan is evicted while the requests are counted.
 */
@QuarkusTest
@TestProfile(QueryPlanCacheTest.FreshCache.class)
class QueryPlanCacheTest {
    public static class FreshCache implements QuarkusTestProfile {}

    private static final int TIMES = 20;

    @Inject
    Mutiny.SessionFactory sessions;

    @Inject
    TestClock clock;

    @Inject
    SlaChecker checker;

    private final TestUser requester = TestUser.with(Role.REQUESTER);

    @Test
    void shouldLeaveNoPlanBehindForEachWrite() throws ReflectiveOperationException {
        TestUser agent = TestQueues.frontLineAgent();
        String ticket = printerJam(requester);
        describe(agent, ticket, 0); // the first writes' plans are cached, to be found again
        printerJam(requester);
        QueryInterpretationCache plans = plans();
        int before = plans.getNumberOfCachedQueryPlans();

        for (int version = 1; version <= TIMES; version++) {
            describe(agent, ticket, version);
            printerJam(requester);
        }

        // One per write (or more) is a leak; a few may be first executions of other statements.
        assertThat(plans.getNumberOfCachedQueryPlans() - before)
                .as("plans added by %d writes", 2 * TIMES)
                .isLessThan(TIMES / 4);
    }

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    @Test
    void shouldLeaveNoPlanBehindForEachSlaCheck() throws ReflectiveOperationException {
        String department = "Checked " + UUID.randomUUID();
        TestUser checked = TestUser.with(Role.REQUESTER).withDepartment(department);
        TestSlaPolicies.firstResponseWithinTheHour(department);
        Instant start = Instant.parse("2026-05-04T10:00:00Z");
        breachAndCheck(checked, start); // the first check's plans are cached, to be found again
        QueryInterpretationCache plans = plans();
        int before = plans.getNumberOfCachedQueryPlans();

        for (int run = 1; run <= TIMES; run++) {
            breachAndCheck(checked, start.plus(Duration.ofHours(run)));
        }

        assertThat(plans.getNumberOfCachedQueryPlans() - before)
                .as("plans added by %d checks", TIMES)
                .isLessThan(TIMES / 4);
    }

    @Test
    void shouldLeaveNoPlanBehindForEachImpactRead() throws ReflectiveOperationException {
        TestUser agent = TestQueues.frontLineAgent();
        String database = TestCis.item("DATABASE");
        String application = TestCis.item("APPLICATION");
        TestCis.relate(application, "DEPENDS_ON", database, null);
        incidentOn(agent, application);
        impact(agent, database); // the first read's plans are cached, to be found again
        QueryInterpretationCache plans = plans();
        int before = plans.getNumberOfCachedQueryPlans();

        for (int read = 1; read <= TIMES; read++) {
            impact(agent, database);
        }

        assertThat(plans.getNumberOfCachedQueryPlans() - before)
                .as("plans added by %d impact reads", TIMES)
                .isLessThan(TIMES / 4);
    }

    /** A ticket recorded at {@code at}, and a check 61 minutes later: its first response warned of twice and breached. */
    private void breachAndCheck(TestUser requester, Instant at) {
        clock.pin(at);
        printerJam(requester);
        clock.pin(at.plus(Duration.ofMinutes(61)));
        assertThat(Jobs.await(() -> checker.check(1000)).events()).isGreaterThanOrEqualTo(3);
    }

    private static void incidentOn(TestUser agent, String ci) {
        Api.as(agent)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "Application down", "ciIds": ["%s"]}""".formatted(ci))
                .post("/api/v1/tickets")
                .then()
                .statusCode(201);
    }

    private static void impact(TestUser agent, String ci) {
        Api.as(agent)
                .get("/api/v1/cis/" + ci + "/impact")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].openIncidentCount", equalTo(1));
    }

    private static void describe(TestUser agent, String ticket, int version) {
        Api.as(agent)
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"" + version + "\"")
                .body("{\"description\": \"Jams again, day " + version + "\"}")
                .patch("/api/v1/tickets/" + ticket)
                .then()
                .statusCode(200);
    }

    private QueryInterpretationCache plans() throws ReflectiveOperationException {
        Object factory = ClientProxy.unwrap(sessions);
        for (Class<?> type = factory.getClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (SessionFactoryImplementor.class.isAssignableFrom(field.getType())) {
                    field.setAccessible(true);
                    return ((SessionFactoryImplementor) field.get(factory))
                            .getQueryEngine()
                            .getInterpretationCache();
                }
            }
        }
        throw new NoSuchFieldException("the session factory behind " + factory.getClass());
    }
}

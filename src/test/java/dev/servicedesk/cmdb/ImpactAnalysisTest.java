package dev.servicedesk.cmdb;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestCis;
import dev.servicedesk.support.TestTickets;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What fails with an item, and what an item needs: walked through cycles, redundancy aware. */
@QuarkusTest
class ImpactAnalysisTest {
    private final TestUser admin = TestUser.with(Role.ADMIN);
    private final TestUser agent = TestUser.with(Role.AGENT);

    @Test
    void shouldSpreadAFailureToWhatNeedsItOnceThroughCycles() {
        TestUser user =
                TestUser.with(Role.REQUESTER).withName("Zoe Example").withDepartment("Payroll " + UUID.randomUUID());
        String database = TestCis.item("DATABASE");
        String application = TestCis.item("APPLICATION");
        String service = TestCis.item("SERVICE");
        String laptop = TestCis.item("LAPTOP", user.signIn(), "LOW");
        String retiredLaptop = TestCis.item("LAPTOP");
        String disk = TestCis.item("STORAGE");
        String switchItem = TestCis.item("NETWORK_DEVICE");
        String dependsOn = TestCis.relate(application, "DEPENDS_ON", database, null);
        TestCis.relate(database, "DEPENDS_ON", application, null); // a cycle back to the failed item
        String uses = TestCis.relate(service, "USES", application, null);
        String laptopUses = TestCis.relate(laptop, "USES", service, null);
        TestCis.relate(retiredLaptop, "USES", service, null);
        TestCis.setStatus(retiredLaptop, "RETIRED");
        TestCis.relate(
                disk, "PART_OF", database,
                null); // the database consists of the disk: fails with it, not it with the database
        TestCis.relate(switchItem, "CONNECTED_TO", database, null);
        String incident = Api.as(agent)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "Service down", "ciIds": ["%s"]}""".formatted(service))
                .post("/api/v1/tickets")
                .path("id");
        String cancelled = Api.as(agent)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "Also down", "ciIds": ["%s"]}""".formatted(service))
                .post("/api/v1/tickets")
                .path("id");
        TestTickets.move(agent, cancelled, """
                {"to": "CANCELLED", "cancelReason": "Twice"}""").then().statusCode(200);

        Api.as(agent)
                .get("/api/v1/cis/" + database + "/impact")
                .then()
                .statusCode(200)
                .body("ci.id", equalTo(database))
                .body("depth", equalTo(3))
                .body("items.ci.id", contains(application, service, laptop))
                .body("items.distance", contains(1, 2, 3))
                .body("items.state", contains("DOWN", "DOWN", "DOWN"))
                .body("items[1].openIncidentCount", equalTo(1))
                .body("items[1].openIncidents.id", contains(incident))
                .body("items[0].openIncidents", empty())
                .body("relationships.id", containsInAnyOrder(dependsOn, uses, laptopUses))
                .body("people.name", contains("Zoe Example"))
                .body("people[0].department", equalTo(user.department()))
                .body("peopleCount", equalTo(1))
                .body("departments.name", contains(user.department()))
                .body("departments.people", contains(1));
        Api.as(agent)
                .queryParam("depth", 1)
                .get("/api/v1/cis/" + database + "/impact")
                .then()
                .body("items.ci.id", contains(application))
                .body("people", empty())
                .body("peopleCount", equalTo(0));
        Api.as(agent)
                .get("/api/v1/cis/" + disk + "/impact")
                .then()
                .body("items.ci.id", contains(database, application, service));

        Api.as(agent)
                .queryParam("depth", 5)
                .get("/api/v1/cis/" + laptop + "/dependencies")
                .then()
                .statusCode(200)
                .body("items.ci.id", contains(service, application, database, disk))
                .body("items.distance", contains(1, 2, 3, 4))
                .body("items[0].openIncidentCount", equalTo(1))
                .body("relationships.id", hasItem(laptopUses))
                .body("relationships.type", not(hasItem("CONNECTED_TO")));
    }

    @Test
    void shouldKeepWhatRedundantProvidersCarryWorkingUntilAllOfThemFail() {
        String web1 = TestCis.item("SERVER");
        String web2 = TestCis.item("SERVER");
        String web3 = TestCis.item("SERVER");
        String shop = TestCis.item("APPLICATION");
        String checkout = TestCis.item("SERVICE");
        TestCis.relate(shop, "RUNS_ON", web1, "Web");
        TestCis.relate(shop, "RUNS_ON", web2, "web");
        TestCis.relate(shop, "RUNS_ON", web3, "web");
        TestCis.relate(checkout, "DEPENDS_ON", shop, null);
        String oldShop = TestCis.item("APPLICATION");
        TestCis.relate(oldShop, "RUNS_ON", web1, "web");
        TestCis.relate(oldShop, "RUNS_ON", web2, "web");
        TestCis.setStatus(oldShop, "RETIRED"); // leans on the group no more

        Api.as(agent)
                .get("/api/v1/cis/" + web1 + "/impact")
                .then()
                .body("items.ci.id", contains(shop))
                .body("items.state", contains("DEGRADED"));

        TestCis.setStatus(web2, "RETIRED");
        Api.as(agent).get("/api/v1/cis/" + web1 + "/impact").then().body("items.state", contains("DEGRADED"));

        TestCis.setStatus(web3, "RETIRED");
        Api.as(agent)
                .get("/api/v1/cis/" + web1 + "/impact")
                .then()
                .body("items.ci.id", contains(shop, checkout))
                .body("items.state", contains("DOWN", "DOWN"));
    }

    @Test
    void shouldAnswerOnlyTheDeskAndRefuseWhatCannotBeWalked() {
        String item = TestCis.item("SERVER");
        problem(Api.as(TestUser.with(Role.REQUESTER)).get("/api/v1/cis/" + item + "/impact"), 403, "forbidden");
        problem(Api.as(agent).get("/api/v1/cis/" + UUID.randomUUID() + "/impact"), 404, "not-found");
        problem(Api.hostile(agent).get("/api/v1/cis/nope/dependencies"), 404, "not-found");
        for (String depth : new String[] {"0", "11", "deep"}) {
            problem(
                            Api.hostile(agent).queryParam("depth", depth).get("/api/v1/cis/" + item + "/impact"),
                            400,
                            "validation")
                    .body("errors.field", contains("depth"));
        }
        Api.as(agent)
                .get("/api/v1/cis/" + item + "/dependencies")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("relationships", empty());
    }
}

package dev.servicedesk.identity;

import static dev.servicedesk.support.ProblemAssertions.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.support.Api;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PeopleTest {
    private final TestUser agent = TestUser.with(Role.AGENT);

    @Test
    void shouldFindPeopleByTextInNameOrEmailInNameOrder() {
        String family = "Zx" + UUID.randomUUID().toString().substring(0, 8);
        String bjorn = TestUser.with(Role.REQUESTER).withName("Bjørn " + family).signIn();
        String anna = TestUser.with(Role.REQUESTER).withName("anna " + family).signIn();

        Api.as(agent)
                .queryParam("q", family.toLowerCase())
                .get("/api/v1/people")
                .then()
                .statusCode(200)
                .body("items.id", contains(anna, bjorn))
                .body("items[0].registered", equalTo(true));
    }

    @Test
    void shouldPageThroughPeopleByName() {
        String family = "Qy" + UUID.randomUUID().toString().substring(0, 8);
        String first = TestUser.with(Role.REQUESTER).withName("A " + family).signIn();
        String second = TestUser.with(Role.REQUESTER).withName("B " + family).signIn();
        String third = TestUser.with(Role.REQUESTER).withName("C " + family).signIn();

        Response page =
                Api.as(agent).queryParam("q", family).queryParam("limit", 2).get("/api/v1/people");
        page.then().body("items.id", contains(first, second));
        Api.as(agent)
                .queryParam("q", family)
                .queryParam("limit", 2)
                .queryParam("cursor", page.path("nextCursor").toString())
                .get("/api/v1/people")
                .then()
                .body("items.id", contains(third))
                .body("nextCursor", nullValue());
    }

    @Test
    void shouldFindAPersonByExactEmail() {
        TestUser someone = TestUser.with(Role.REQUESTER);
        String id = someone.signIn();

        Api.as(agent)
                .queryParam("email", someone.email().toUpperCase())
                .get("/api/v1/people")
                .then()
                .body("items.id", contains(id));
        Api.as(agent).get("/api/v1/people/" + id).then().statusCode(200).body("email", equalTo(someone.email()));
    }

    @Test
    void shouldKeepTheDirectoryFromRequesters() {
        TestUser requester = TestUser.with(Role.REQUESTER);
        String id = requester.signIn();

        problem(Api.hostile(requester).get("/api/v1/people"), 403, "forbidden");
        problem(Api.hostile(requester).get("/api/v1/people/" + id), 403, "forbidden");
    }

    @Test
    void shouldAnswer404ForNoSuchPerson() {
        problem(Api.hostile(agent).get("/api/v1/people/" + UUID.randomUUID()), 404, "not-found");
        problem(Api.hostile(agent).get("/api/v1/people/nobody"), 404, "not-found");
    }

    @Test
    void shouldRejectABadCursor() {
        problem(Api.hostile(agent).queryParam("cursor", "nonsense").get("/api/v1/people"), 400, "validation")
                .body("errors.field", contains("cursor"));
    }
}

package dev.servicedesk.support;

import dev.servicedesk.identity.Role;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/** Queues the tests work in, and tickets put in them, through the API like any other. */
public final class TestQueues {
    private static final TestUser ADMIN = TestUser.with(Role.ADMIN);

    private TestQueues() {}

    /** A new active queue of {@code tier} with these member agents; answers its id. */
    public static String queue(int tier, String... memberIds) {
        String members = Arrays.stream(memberIds).map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
        return Api.as(ADMIN)
                .contentType("application/json")
                .body("""
                        {"name": "Queue %s", "tier": %s, "memberIds": [%s]}""".formatted(UUID.randomUUID(), tier, members))
                .post("/api/v1/queues")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /**
     * A new AGENT on the front line: the only member of a new tier-1 queue, so that they work
     * tickets in no queue yet (as the desk's front line does) and that queue's tickets.
     */
    public static TestUser frontLineAgent() {
        TestUser agent = TestUser.with(Role.AGENT);
        queue(1, agent.signIn());
        return agent;
    }

    /** A new AGENT who works only a new queue of {@code tier}; answers the agent and that queue's id. */
    public static Member memberOfNewQueue(int tier) {
        TestUser agent = TestUser.with(Role.AGENT);
        return new Member(agent, queue(tier, agent.signIn()));
    }

    /** An agent and the one queue they work. */
    public record Member(TestUser agent, String queueId) {}

    /** Assigns the ticket as {@code user}, with the ETag the desk reads first; answers the response. */
    public static Response assign(TestUser user, String ticket, String json) {
        return postWithETag(user, ticket, json, "/assignment");
    }

    /** Hands the ticket back as {@code user}; answers the response. */
    public static Response handBack(TestUser user, String ticket, String json) {
        return postWithETag(user, ticket, json, "/hand-back");
    }

    private static Response postWithETag(TestUser user, String ticket, String json, String action) {
        String etag = Api.as(TestUser.with(Role.AGENT))
                .get("/api/v1/tickets/" + ticket)
                .header("ETag");
        return Api.hostile(user)
                .contentType("application/json")
                .header("If-Match", etag)
                .body(json)
                .post("/api/v1/tickets/" + ticket + action);
    }
}

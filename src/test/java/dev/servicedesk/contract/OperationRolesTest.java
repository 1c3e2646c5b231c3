package dev.servicedesk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.Contract;
import dev.servicedesk.support.TestAnnouncements;
import dev.servicedesk.support.TestArticles;
import dev.servicedesk.support.TestEvents;
import dev.servicedesk.support.TestQueues;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may call what, as the contract says it ({@code x-roles}, {@code x-owner-only}) and as the
 * service answers it: every operation, called by a caller of each role on resources that caller
 * stands in the right relation to (works the ticket's queue, requested the ticket, is the
 * escalation's receiving side or escalated it), is a 403 exactly for the roles the contract leaves
 * out; a role limited to its own resources gets a 404 for someone else's.
 */
@QuarkusTest
class OperationRolesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a requester sends where the contract's example is a move or an edit only the desk makes. */
    private static final Map<String, String> REQUESTER_BODIES = Map.of(
            "updateTicket", """
                    {"description": "It also jams on the second tray."}""",
            "transitionTicket", """
                    {"to": "CANCELLED", "cancelReason": "It works again after a restart."}""",
            "addTicketComment", """
                    {"body": "It is still jamming.", "visibility": "PUBLIC"}""");

    /** Operations on a draft under review, which only someone who wrote none of it may answer. */
    private static final Set<String> REVIEWS = Set.of("approveKbArticle", "rejectKbArticle");

    private static final Set<String> WALKS = Set.of("startKbTreeWalk", "getKbTreeWalkStats");

    /** The path parameters that name a resource within another: one of another parent's is not there (404). */
    private static final List<String> CHILDREN =
            List.of("attachmentId", "linkId", "commentId", "deliveryId", "relationshipId");

    /** The path parameters that name a resource someone owns, and what that resource is called. */
    private static final Map<String, String> OWNED =
            Map.of("{ticketRef}", "ticket", "{walkId}", "walk", "{ciId}", "item", "{webhookId}", "webhook");

    @TestFactory
    Stream<DynamicTest> shouldAnswerEachRoleAsTheContractSays() {
        OpenAPI contract = contract();
        Fixtures fixtures = Fixtures.make();
        List<DynamicTest> tests = new ArrayList<>();
        contract.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    Set<String> allowed = Set.copyOf(extension(operation, "x-roles"));
                    Set<String> ownOnly = Set.copyOf(extension(operation, "x-owner-only"));
                    String name = operation.getOperationId();
                    for (Role role : Role.values()) {
                        TestUser caller = fixtures.users().get(role);
                        boolean may = allowed.contains(role.name());
                        tests.add(DynamicTest.dynamicTest(
                                name + " as " + role + (may ? " is served" : " is refused"), () -> {
                                    Response response = call(
                                            contract, item, method, operation, path, caller, role, fixtures, false);
                                    if (may) {
                                        assertThat(response.statusCode())
                                                .as("%s as %s: %s", name, role, response.asString())
                                                .isNotIn(401, 403)
                                                .isLessThan(500);
                                    } else {
                                        assertThat(response.statusCode())
                                                .as("%s as %s: %s", name, role, response.asString())
                                                .isEqualTo(403);
                                    }
                                }));
                        if (ownOnly.contains(role.name())) {
                            tests.add(someoneElses(contract, item, method, operation, path, caller, role, fixtures));
                        }
                    }
                    CHILDREN.stream()
                            .filter(child -> path.contains("{" + child + "}"))
                            .forEach(child ->
                                    tests.add(DynamicTest.dynamicTest(name + " with another parent's " + child, () -> {
                                        Response response = call(
                                                contract,
                                                item,
                                                method,
                                                operation,
                                                path,
                                                fixtures.users().get(Role.ADMIN),
                                                Role.ADMIN,
                                                fixtures,
                                                false,
                                                Map.of(child, fixtures.ids().get("foreign:" + child)));
                                        assertThat(response.statusCode())
                                                .as("%s: %s", name, response.asString())
                                                .isEqualTo(404);
                                    })));
                    tests.add(DynamicTest.dynamicTest(
                            name + " without a role is refused",
                            () -> assertThat(call(
                                                    contract,
                                                    item,
                                                    method,
                                                    operation,
                                                    path,
                                                    fixtures.roleless(),
                                                    null,
                                                    fixtures,
                                                    false)
                                            .statusCode())
                                    .isEqualTo(403)));
                }));
        assertThat(tests).hasSizeGreaterThan(contract.getPaths().size() * Role.values().length);
        return tests.stream();
    }

    /**
     * A role limited to its own resources: someone else's, named in the path, is a 404; a list
     * holds none of someone else's.
     */
    private static DynamicTest someoneElses(
            OpenAPI contract,
            PathItem item,
            PathItem.HttpMethod method,
            Operation operation,
            String path,
            TestUser caller,
            Role role,
            Fixtures fixtures) {
        String name = operation.getOperationId() + " as " + role;
        return OWNED.entrySet().stream()
                .filter(owned -> path.contains(owned.getKey()))
                .findFirst()
                .map(owned -> DynamicTest.dynamicTest(name + " on someone else's " + owned.getValue(), () -> {
                    Response response = call(contract, item, method, operation, path, caller, role, fixtures, true);
                    assertThat(response.statusCode())
                            .as("%s: %s", name, response.asString())
                            .isEqualTo(404);
                }))
                .orElseGet(() -> DynamicTest.dynamicTest(name + " lists none of someone else's", () -> {
                    Response response = call(contract, item, method, operation, path, caller, role, fixtures, false);
                    assertThat(response.statusCode())
                            .as("%s: %s", name, response.asString())
                            .isEqualTo(200);
                    assertThat(response.asString()).doesNotContain(fixtures.someoneElses());
                }));
    }

    private static Response call(
            OpenAPI contract,
            PathItem item,
            PathItem.HttpMethod method,
            Operation operation,
            String path,
            TestUser caller,
            Role role,
            Fixtures fixtures,
            boolean someoneElses) {
        return call(contract, item, method, operation, path, caller, role, fixtures, someoneElses, Map.of());
    }

    private static Response call(
            OpenAPI contract,
            PathItem item,
            PathItem.HttpMethod method,
            Operation operation,
            String path,
            TestUser caller,
            Role role,
            Fixtures fixtures,
            boolean someoneElses,
            Map<String, String> pathValues) {
        RequestSpecification request = Api.hostile(caller);
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        String url = path;
        for (Parameter parameter : parameters) {
            switch (parameter.getIn()) {
                case "path" ->
                    url = url.replace(
                            "{" + parameter.getName() + "}",
                            pathValues.containsKey(parameter.getName())
                                    ? pathValues.get(parameter.getName())
                                    : fixtures.pathValue(
                                            operation.getOperationId(), parameter.getName(), role, someoneElses));
                case "header" -> {
                    if (parameter.getName().equals("If-Match")) {
                        request.header("If-Match", "*");
                    }
                }
                case "query" -> {
                    if (Boolean.TRUE.equals(parameter.getRequired())) {
                        request.queryParam(
                                parameter.getName(),
                                fixtures.queryValue(operation.getOperationId(), parameter.getName()));
                    }
                }
                default -> {}
            }
        }
        if (operation.getRequestBody() != null) {
            var content = operation.getRequestBody().getContent();
            String mediaType = content.keySet().iterator().next();
            if (mediaType.equals("multipart/form-data")) {
                request.multiPart("file", "roles.txt", "roles".getBytes(StandardCharsets.UTF_8), "text/plain");
            } else if (mediaType.equals("message/rfc822")) {
                request.contentType(mediaType).body(HostileMime.validMessage());
            } else {
                request.contentType(mediaType)
                        .body(body(operation, role, content.get(mediaType).getExample(), fixtures));
            }
        }
        return request.request(method.name(), url);
    }

    private static String body(Operation operation, Role role, Object example, Fixtures fixtures) {
        String id = operation.getOperationId();
        if (role == Role.REQUESTER && REQUESTER_BODIES.containsKey(id)) {
            return REQUESTER_BODIES.get(id);
        }
        if (id.equals("replacePriorityMatrix")) {
            return fixtures.currentMatrix(); // the suite's other tests rely on the standard matrix
        }
        if (id.equals("replaceCiTypeSchema")) {
            return """
                    {"attributesSchema": {"type": "object"}}"""; // as it is: other tests record items of the type
        }
        return JSON.valueToTree(example).toString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> extension(Operation operation, String name) {
        Object value = operation.getExtensions() == null
                ? null
                : operation.getExtensions().get(name);
        return value == null ? List.of() : (List<String>) value;
    }

    private static OpenAPI contract() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser()
                .readContents(Contract.text(), null, options)
                .getOpenAPI();
    }

    /**
     * Resources each caller stands in the right relation to: the agent is a member and the
     * supervisor the supervisor of the queues; the requester requested the ticket; the
     * integration escalated the escalation, which went to a queue the agent works.
     */
    private record Fixtures(Map<Role, TestUser> users, TestUser roleless, Map<String, String> ids) {
        static Fixtures make() {
            Map<Role, TestUser> users = new EnumMap<>(Role.class);
            for (Role role : Role.values()) {
                users.put(role, TestUser.with(role));
            }
            TestUser admin = users.get(Role.ADMIN);
            String agent = users.get(Role.AGENT).signIn();
            String supervisor = users.get(Role.SUPERVISOR).signIn();
            users.get(Role.INTEGRATION).signIn();
            // the integration's webhook, told of the tickets below (sent nowhere: nothing listens on port 9)
            String webhook = created(users.get(Role.INTEGRATION), "/api/v1/webhooks", """
                    {"url": "http://127.0.0.1:9/roles", "eventTypes": ["ticket.created"]}""");
            String someoneElsesWebhook = created(TestUser.with(Role.INTEGRATION), "/api/v1/webhooks", """
                    {"url": "http://127.0.0.1:9/roles", "eventTypes": ["ticket.created"]}""");
            String frontLine = queue(admin, 1, agent, supervisor);
            String secondLine = queue(admin, 2, agent, supervisor);
            TestUser requester = users.get(Role.REQUESTER);
            String ticket = ticketIn(admin, requester, frontLine);
            String other = ticketIn(admin, requester, frontLine);
            String someoneElses = ticketIn(admin, TestUser.with(Role.REQUESTER), frontLine);
            String link = created(admin, "/api/v1/tickets/" + ticket + "/links", """
                    {"type": "RELATES_TO", "ticket": "%s"}""".formatted(other));
            String escalation = created(
                    users.get(Role.INTEGRATION),
                    "/api/v1/tickets/" + someoneElses + "/escalations",
                    """
                    {"kind": "FUNCTIONAL", "toQueueId": "%s", "reason": "Needs the second line"}""".formatted(secondLine),
                    "*");
            String calendar = created(admin, "/api/v1/calendars", """
                    {"name": "Roles %s", "timeZone": "Europe/Lisbon", "alwaysOpen": true}""".formatted(UUID.randomUUID()));
            String policy = created(admin, "/api/v1/sla-policies", """
                    {"name": "Roles %s", "enabled": false, "calendarId": "%s",
                     "targets": {"LOW": {"firstResponseMinutes": 60, "resolutionMinutes": 600}}}""".formatted(UUID.randomUUID(), calendar));
            String rule = created(admin, "/api/v1/routing-rules", """
                    {"name": "Roles %s", "enabled": false, "onMatch": "STOP",
                     "conditions": {"keywords": ["roles-test"]}, "actions": {"tags": ["roles"]}}""".formatted(UUID.randomUUID()));
            Map<String, String> ids = new HashMap<>();
            for (Role role : Role.values()) { // only a comment's author adds files to it
                ids.put("commentId:" + role, created(users.get(role), "/api/v1/tickets/" + ticket + "/comments", """
                        {"body": "Roles", "visibility": "PUBLIC"}"""));
            }
            ids.put(
                    "attachmentId",
                    Api.uploadAs(requester)
                            .multiPart("file", "roles.png", "roles".getBytes(StandardCharsets.UTF_8), "image/png")
                            .post("/api/v1/tickets/" + ticket + "/attachments")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id"));
            String troubleshooting = troubleshootingArticle(users);
            for (Role role : Role.values()) {
                ids.put("walkId:" + role, walk(users.get(role), troubleshooting));
            }
            ids.put("someoneElsesWalk", walk(TestUser.with(Role.REQUESTER), troubleshooting));
            ids.put("troubleshootingRef", troubleshooting);
            String owner = requester.signIn();
            ids.put("ciId", created(admin, "/api/v1/cis", """
                    {"name": "Roles laptop %s", "type": "LAPTOP", "ownerId": "%s"}""".formatted(UUID.randomUUID(), owner)));
            ids.put("someoneElsesCi", created(admin, "/api/v1/cis", """
                    {"name": "Roles laptop %s", "type": "LAPTOP", "ownerId": "%s"}""".formatted(
                            UUID.randomUUID(), TestUser.with(Role.REQUESTER).signIn())));
            ids.put("ciType", "OTHER");
            ids.put("relationshipId", created(admin, "/api/v1/cis/" + ids.get("ciId") + "/relationships", """
                    {"type": "CONNECTED_TO", "targetId": "%s"}""".formatted(
                            ids.get("someoneElsesCi"))));
            ids.put("changeId", created(admin, "/api/v1/changes", """
                    {"type": "NORMAL", "title": "Roles", "plannedStart": "2031-01-01T00:00:00Z",
                     "plannedEnd": "2031-01-01T01:00:00Z",
                     "operations": [{"op": "UPDATE_CI", "ciId": "%s", "set": {"location": "Roles"}}]}""".formatted(ids.get("ciId"))));
            ids.put("blackoutId", created(admin, "/api/v1/change-blackouts", """
                    {"name": "Roles", "start": "2032-01-01T00:00:00Z", "end": "2032-01-02T00:00:00Z"}"""));
            ids.put("announcementId", TestAnnouncements.published(TestUser.with(Role.AGENT), TestAnnouncements.NOTICE));
            TestEvents.place();
            ids.put("webhookId", webhook);
            ids.put(
                    "foreign:attachmentId",
                    Api.uploadAs(requester)
                            .multiPart("file", "other.png", "other".getBytes(StandardCharsets.UTF_8), "image/png")
                            .post("/api/v1/tickets/" + other + "/attachments")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id"));
            ids.put("foreign:linkId", created(admin, "/api/v1/tickets/" + someoneElses + "/links", """
                    {"type": "RELATES_TO", "ticket": "%s"}""".formatted(
                            other)));
            ids.put("foreign:commentId", created(admin, "/api/v1/tickets/" + other + "/comments", """
                    {"body": "Roles elsewhere", "visibility": "PUBLIC"}"""));
            ids.put(
                    "foreign:deliveryId",
                    Api.as(admin)
                            .get("/api/v1/webhooks/" + someoneElsesWebhook + "/deliveries")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("items[0].id"));
            String elsewhere = created(admin, "/api/v1/cis", """
                    {"name": "Roles server %s", "type": "SERVER"}""".formatted(UUID.randomUUID()));
            String beyond = created(admin, "/api/v1/cis", """
                    {"name": "Roles server %s", "type": "SERVER"}""".formatted(UUID.randomUUID()));
            ids.put(
                    "foreign:relationshipId",
                    created(admin, "/api/v1/cis/" + elsewhere + "/relationships", """
                    {"type": "CONNECTED_TO", "targetId": "%s"}""".formatted(beyond)));
            ids.put("someoneElsesWebhook", someoneElsesWebhook);
            ids.put(
                    "deliveryId",
                    Api.as(users.get(Role.INTEGRATION))
                            .get("/api/v1/webhooks/" + webhook + "/deliveries")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("items[0].id"));
            ids.putAll(Map.ofEntries(
                    Map.entry("ticketRef", ticket),
                    Map.entry("someoneElsesTicket", someoneElses),
                    Map.entry("linkId", link),
                    Map.entry("queueId", frontLine),
                    Map.entry("escalationId", escalation),
                    Map.entry("calendarId", calendar),
                    Map.entry("policyId", policy),
                    Map.entry("ruleId", rule),
                    Map.entry("articleRef", publishedArticle(users)),
                    Map.entry("revision", "1"),
                    Map.entry("language", "de"),
                    Map.entry("personId", requester.signIn())));
            return new Fixtures(users, TestUser.with(), Map.copyOf(ids));
        }

        String pathValue(String operationId, String name, Role role, boolean someoneElses) {
            if (name.equals("ticketRef") && someoneElses) {
                return ids.get("someoneElsesTicket");
            }
            if (name.equals("ciId") && someoneElses) {
                return ids.get("someoneElsesCi");
            }
            if (name.equals("webhookId") && someoneElses) {
                return ids.get("someoneElsesWebhook");
            }
            if (name.equals("walkId")) { // each caller walks their own walk
                return someoneElses
                        ? ids.get("someoneElsesWalk")
                        : ids.get("walkId:" + (role == null ? Role.ADMIN : role));
            }
            if (name.equals("commentId")) {
                return ids.get("commentId:" + (role == null ? Role.ADMIN : role));
            }
            if (name.equals("articleRef") && WALKS.contains(operationId)) {
                return ids.get("troubleshootingRef");
            }
            if (name.equals("articleRef") && REVIEWS.contains(operationId)) {
                return articleInReview(); // a draft the approver did not write, for each call
            }
            String value = ids.get(name);
            assertThat(value).as("a fixture for {%s}", name).isNotNull();
            return value;
        }

        /** The ids of resources that belong to none of the callers. */
        String[] someoneElses() {
            return new String[] {
                ids.get("someoneElsesTicket"),
                ids.get("someoneElsesWalk"),
                ids.get("someoneElsesCi"),
                ids.get("someoneElsesWebhook")
            };
        }

        String queryValue(String operationId, String name) {
            if (operationId.equals("diffKbArticleRevisions")) {
                return "1";
            }
            return switch (name) {
                case "q" -> "printer jam";
                case "from" -> "2026-12-03T09:00:00Z";
                case "to" -> "2026-12-04T09:00:00Z";
                case "figure" -> "volume.received";
                case "minutes" -> "60";
                default -> throw new IllegalArgumentException("no value for the required query parameter " + name);
            };
        }

        /** A published PUBLIC article, written by one agent and approved by another person. */
        private static String publishedArticle(Map<Role, TestUser> users) {
            String article = TestArticles.inReview(TestUser.with(Role.AGENT));
            TestArticles.approve(users.get(Role.ADMIN), article);
            return article;
        }

        /** A published TROUBLESHOOTING article with a one-question tree whose first question is "power". */
        private static String troubleshootingArticle(Map<Role, TestUser> users) {
            TestUser author = TestUser.with(Role.AGENT);
            String article = TestArticles.create(author, """
                    {"type": "TROUBLESHOOTING", "language": "en", "title": "Printer", "body": "Walk it.",
                     "visibility": "PUBLIC", "tree": {"start": "power", "nodes": [{"id": "power", "question": "Lit?",
                       "answers": [{"label": "Yes", "outcome": {"kind": "SOLUTION", "text": "Print again."}},
                                   {"label": "No", "outcome": {"kind": "SOLUTION", "text": "Switch it on."}}]}]}}""");
            TestArticles.act(author, article, "submit", "{}").then().statusCode(200);
            TestArticles.approve(users.get(Role.ADMIN), article);
            return article;
        }

        private static String walk(TestUser walker, String article) {
            return created(walker, "/api/v1/kb/articles/" + article + "/walks", "{}");
        }

        private static String articleInReview() {
            return TestArticles.inReview(TestUser.with(Role.AGENT));
        }

        String currentMatrix() {
            Map<String, Object> matrix =
                    Api.as(users.get(Role.ADMIN)).get("/api/v1/priority-matrix").as(Map.class);
            return JSON.valueToTree(Map.of("cells", matrix.get("cells"))).toString();
        }

        private static String queue(TestUser admin, int tier, String member, String supervisor) {
            return created(admin, "/api/v1/queues", """
                    {"name": "Roles %s", "tier": %d, "memberIds": ["%s"], "supervisorId": "%s"}""".formatted(UUID.randomUUID(), tier, member, supervisor));
        }

        private static String ticketIn(TestUser admin, TestUser requester, String queue) {
            String ticket = Api.as(requester)
                    .contentType("application/json")
                    .body("""
                            {"type": "INCIDENT", "subject": "Printer on floor 3 jams"}""")
                    .post("/api/v1/tickets")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            TestQueues.assign(admin, ticket, """
                            {"queueId": "%s"}""".formatted(queue)).then().statusCode(200);
            return ticket;
        }

        private static String created(TestUser user, String path, String json) {
            return created(user, path, json, null);
        }

        private static String created(TestUser user, String path, String json, String ifMatch) {
            RequestSpecification request =
                    Api.as(user).contentType("application/json").body(json);
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            return request.post(path).then().statusCode(201).extract().path("id");
        }
    }
}

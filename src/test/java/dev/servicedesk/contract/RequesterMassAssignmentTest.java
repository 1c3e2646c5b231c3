package dev.servicedesk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.Contract;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * No request field outside the caller's rights is accepted (OWASP API3, mass assignment): a
 * requester who sends any field of a ticket's patch but the two theirs to edit, any of the fields
 * by which the desk records a ticket for someone else, an internal note, or a move that is the
 * desk's, is refused, and the ticket stays as it was. The fields come from the contract, so a new
 * one is tried as soon as it is there.
 */
@QuarkusTest
class RequesterMassAssignmentTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> REQUESTERS_TO_EDIT = Set.of("description", "contact");
    private static final List<String> DESK_RECORDS_FOR_SOMEONE = List.of("channel", "requesterId", "requester");
    private static final List<String> DESKS_MOVES = List.of("IN_PROGRESS", "PENDING", "RESOLVED", "CLOSED");

    private final TestUser requester = TestUser.with(Role.REQUESTER);

    @TestFactory
    Stream<DynamicTest> shouldRefuseARequesterEveryFieldThatIsNotTheirs() {
        Map<String, Schema> schemas = schemas();
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, Schema> patchable = properties(schemas.get("TicketPatch"));
        for (Map.Entry<String, Schema> field : patchable.entrySet()) {
            if (REQUESTERS_TO_EDIT.contains(field.getKey())) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest("updateTicket with " + field.getKey(), () -> {
                String ticket = ticket();
                String before =
                        Api.as(requester).get("/api/v1/tickets/" + ticket).asString();
                JsonNode current = JSON.readTree(before).get(field.getKey());
                String now = current == null ? null : current.asText();
                Response refused = Api.hostile(requester)
                        .contentType("application/merge-patch+json")
                        .header("If-Match", "*")
                        .body(JSON.writeValueAsString(patchOf(field.getKey(), valueOf(field.getValue(), now))))
                        .patch("/api/v1/tickets/" + ticket);
                // Refused for whose field it is, not for its value: each value is one the desk may send.
                assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(403);
                assertThat(Api.as(requester).get("/api/v1/tickets/" + ticket).asString())
                        .isEqualTo(before);
            }));
        }
        Map<String, Schema> creatable = properties(schemas.get("NewTicket"));
        for (String field : DESK_RECORDS_FOR_SOMEONE) {
            assertThat(creatable).containsKey(field);
            tests.add(DynamicTest.dynamicTest("createTicket with " + field, () -> {
                Map<String, Object> body = new HashMap<>(Map.of("type", "INCIDENT", "subject", "Mine"));
                body.put(
                        field,
                        field.equals("requester")
                                ? Map.of("email", "someone." + UUID.randomUUID() + "@example.org", "name", "Someone")
                                : field.equals("requesterId")
                                        ? TestUser.with(Role.REQUESTER).signIn()
                                        : valueOf(creatable.get(field), null));
                Response refused = Api.hostile(requester)
                        .contentType("application/json")
                        .body(JSON.writeValueAsString(body))
                        .post("/api/v1/tickets");
                assertThat(refused.statusCode()).as(refused.asString()).isIn(400, 403);
            }));
        }
        tests.add(DynamicTest.dynamicTest("addTicketComment as an internal note", () -> {
            String ticket = ticket();
            Response refused = Api.hostile(requester)
                    .contentType("application/json")
                    .body("""
                            {"body": "Only for the desk", "visibility": "INTERNAL"}""")
                    .post("/api/v1/tickets/" + ticket + "/comments");
            assertThat(refused.statusCode()).as(refused.asString()).isIn(400, 403);
            assertThat(Api.as(requester)
                            .get("/api/v1/tickets/" + ticket + "/timeline")
                            .asString())
                    .doesNotContain("Only for the desk");
        }));
        for (String move : DESKS_MOVES) {
            tests.add(DynamicTest.dynamicTest("transitionTicket to " + move, () -> {
                String ticket = ticket();
                Response refused = Api.hostile(requester)
                        .contentType("application/json")
                        .header("If-Match", "*")
                        .body("""
                                {"to": "%s"}""".formatted(move))
                        .post("/api/v1/tickets/" + ticket + "/transitions");
                assertThat(refused.statusCode()).as(refused.asString()).isIn(400, 403, 409);
                assertThat(Api.as(requester)
                                .get("/api/v1/tickets/" + ticket)
                                .jsonPath()
                                .getString("status"))
                        .isEqualTo("NEW");
            }));
        }
        assertThat(tests).hasSizeGreaterThan(patchable.size());
        return tests.stream();
    }

    /** The field with its value, and what the contract requires to go with it. */
    private static Map<String, Object> patchOf(String field, Object value) {
        Map<String, Object> patch = new HashMap<>(Map.of(field, value));
        if (field.equals("priority")) {
            patch.put("priorityReason", "The requester's own reason");
        } else if (field.equals("priorityReason")) {
            patch.put("priority", "CRITICAL");
        }
        return patch;
    }

    private String ticket() {
        return Api.as(requester)
                .contentType("application/json")
                .body("""
                        {"type": "INCIDENT", "subject": "Printer on floor 3 jams"}""")
                .post("/api/v1/tickets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A value of the schema's type, other than {@code current} (the ticket's value as text, if any). */
    @SuppressWarnings("rawtypes")
    private static Object valueOf(Schema schema, String current) {
        if (schema.getEnum() != null) {
            return schema.getEnum().stream()
                    .filter(value -> !String.valueOf(value).equals(current))
                    .findFirst()
                    .orElseThrow();
        }
        String type = schema.getType();
        if (type == null && schema.getTypes() != null) {
            type = (String) schema.getTypes().iterator().next();
        }
        if ("array".equals(type)) {
            return List.of(valueOf(schema.getItems(), null));
        }
        if ("integer".equals(type) || "number".equals(type)) {
            return 7;
        }
        if ("boolean".equals(type)) {
            return true;
        }
        if ("object".equals(type) && schema.getProperties() != null) {
            Map<String, Object> object = new HashMap<>();
            Map<String, Schema> properties = properties(schema);
            properties.forEach((name, property) -> object.put(name, valueOf(property, null)));
            return object;
        }
        if ("object".equals(type)) {
            return Map.of("set", "by the requester");
        }
        if ("uuid".equals(schema.getFormat())) {
            return UUID.randomUUID().toString();
        }
        if ("date-time".equals(schema.getFormat())) {
            return Instant.now().minusSeconds(3600).toString();
        }
        return "Set by the requester";
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Map<String, Schema> properties(Schema schema) {
        return schema.getProperties();
    }

    @SuppressWarnings("rawtypes")
    private static Map<String, Schema> schemas() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        return new OpenAPIV3Parser()
                .readContents(Contract.text(), null, options)
                .getOpenAPI()
                .getComponents()
                .getSchemas();
    }
}

package dev.servicedesk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.servicedesk.identity.Role;
import dev.servicedesk.support.Api;
import dev.servicedesk.support.Contract;
import dev.servicedesk.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The fuzz guard: walks every operation of openapi.yaml and sends it hostile input. Whatever
 * arrives, the service never answers 5xx, always answers errors as problem+json conforming to the
 * contract, and never shows a stack trace. New operations are covered by adding them to the
 * contract; this test needs no edit.
 */
@QuarkusTest
class HostileInputTest {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> HOSTILE_STRINGS = List.of(
            "",
            " ",
            "not-a-uuid",
            "00000000-0000-0000-0000-00000000000g",
            "' OR 1=1 --",
            "\"; DROP TABLE person; --",
            "../../../etc/passwd",
            "%00",
            "%FF%FE",
            "-1",
            "0",
            "99999999999999999999999999",
            "1e309",
            "NaN",
            "true",
            "null",
            "[]",
            "{}",
            "A".repeat(20_000),
            "\u202Eevil\u202C",
            "\uD83D\uDE00\uD83D\uDCA9",
            "\u0000nul",
            "Z\u0351\u0352\u0353algo",
            "<script>alert(1)</script>",
            "${jndi:ldap://localhost/x}");
    /** Pattern and text-search metacharacters, for the filters, sorts and searches of the query. */
    private static final List<String> PATTERN_STRINGS =
            List.of("%", "_", "\\", "%_\\%", "*", ".*", "a:*", "!(a & b) | c <-> d", "'", "\"\"", "[a-z]");

    private static final List<String> STACK_TRACE_MARKERS =
            List.of("\tat ", "Exception", "SQLSTATE", "org.hibernate", "io.vertx", "java.lang", "io.quarkus");

    @TestFactory
    Stream<DynamicTest> everyOperationSurvivesHostileInput() throws Exception {
        OpenAPI contract = contract();
        List<DynamicTest> tests = new ArrayList<>();
        TestUser everyRole = TestUser.with(Role.values());
        String foreignToken = everyRole.claims().sign(otherKey());
        String expiredToken = everyRole
                .claims()
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))
                .sign();

        contract.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    String name = method + " " + path;
                    Endpoint endpoint = new Endpoint(method.name(), path, operation);

                    for (String authorization : List.of(
                            "",
                            "Bearer",
                            "Bearer ",
                            "Bearer garbage",
                            "Basic dXNlcjpwYXNz",
                            "Bearer " + foreignToken,
                            "Bearer " + expiredToken,
                            "Bearer a.b.c")) {
                        tests.add(test(
                                name + " with Authorization '" + abbreviate(authorization) + "'",
                                () -> endpoint.send(
                                        Api.hostile().header("Authorization", authorization),
                                        UnaryOperator.identity())));
                    }
                    for (Role role : Role.values()) {
                        tests.add(test(
                                name + " as " + role,
                                () -> endpoint.send(Api.hostile(TestUser.with(role)), UnaryOperator.identity())));
                    }
                    tests.add(test(
                            name + " without a role",
                            () -> endpoint.send(Api.hostile(TestUser.with()), UnaryOperator.identity())));

                    for (Parameter parameter : endpoint.parameters()) {
                        for (String value : HOSTILE_STRINGS) {
                            if (parameter.getIn().equals("header") && !headerSafe(value)) {
                                continue;
                            }
                            if (parameter.getIn().equals("path") && value.isBlank()) {
                                continue; // an empty segment makes another URL, not this operation
                            }
                            String label = name + " with " + parameter.getIn() + " " + parameter.getName() + "='"
                                    + abbreviate(value) + "'";
                            tests.add(test(
                                    label,
                                    () -> endpoint.send(
                                            Api.hostile(everyRole),
                                            endpoint.withParameter(parameter, value),
                                            parameter.getIn().equals("path")
                                                    ? Map.of(parameter.getName(), value)
                                                    : Map.of())));
                        }
                    }
                    for (Parameter parameter : endpoint.parameters()) {
                        if (!parameter.getIn().equals("query")) {
                            continue;
                        }
                        for (String value : PATTERN_STRINGS) {
                            tests.add(test(
                                    name + " with query " + parameter.getName() + "='" + value + "'",
                                    () -> endpoint.send(
                                            Api.hostile(everyRole), endpoint.withParameter(parameter, value))));
                        }
                    }
                    tests.add(test(
                            name + " with Accept: text/html",
                            () -> endpoint.send(Api.hostile(everyRole).accept("text/html"), UnaryOperator.identity())));
                    tests.add(test(
                            name + " with undeclared query parameters",
                            () -> endpoint.send(
                                    Api.hostile(everyRole)
                                            .queryParam("limit", "-1")
                                            .queryParam("cursor", "%25%25%25"),
                                    UnaryOperator.identity())));

                    if (operation.getRequestBody() != null) {
                        for (Map.Entry<String, String> body :
                                endpoint.hostileBodies().entrySet()) {
                            tests.add(test(
                                    name + " with body " + body.getKey(),
                                    () -> endpoint.sendBody(
                                            Api.hostile(everyRole), endpoint.hostileMediaType(), body.getValue())));
                        }
                        tests.add(test(
                                name + " with a text/plain body",
                                () -> endpoint.sendBody(Api.hostile(everyRole), "text/plain", "hello")));
                        tests.add(test(
                                name + " with an XML body",
                                () -> endpoint.sendBody(Api.hostile(everyRole), "application/xml", "<a/>")));
                    }
                }));
        return tests.stream();
    }

    private static DynamicTest test(String name, Runnable check) {
        return DynamicTest.dynamicTest(name, check::run);
    }

    private static OpenAPI contract() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        return new OpenAPIV3Parser()
                .readContents(Contract.text(), null, options)
                .getOpenAPI();
    }

    private static PrivateKey otherKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair().getPrivate();
    }

    private static boolean headerSafe(String value) {
        return value.chars().allMatch(c -> c >= 0x20 && c < 0x7f) && value.length() < 8000;
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
    }

    static void assertWellBehaved(Response response) {
        int status = response.statusCode();
        String body = response.body().asString();
        assertThat(status)
                .as("status for a hostile request, body %s", abbreviate(body))
                .isLessThan(500);
        for (String marker : STACK_TRACE_MARKERS) {
            assertThat(body).as("answer must not leak internals").doesNotContain(marker);
        }
        if (status >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            JsonNode problem = readTree(body);
            assertThat(problem.path("status").asInt()).isEqualTo(status);
            assertThat(problem.path("type").asText()).startsWith("urn:servicedesk:problem:");
            assertThat(problem.path("title").asText()).isNotEmpty();
        }
    }

    private static JsonNode readTree(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("error body is not JSON: " + abbreviate(body), e);
        }
    }

    /** One operation of the contract, with a valid baseline request to mutate. */
    private record Endpoint(String method, String template, Operation operation) {

        List<Parameter> parameters() {
            return operation.getParameters() == null ? List.of() : operation.getParameters();
        }

        void send(RequestSpecification request, UnaryOperator<RequestSpecification> mutation) {
            send(request, mutation, Map.of());
        }

        /** Path parameters are a random UUID unless overridden; every value is percent-encoded. */
        void send(
                RequestSpecification request, UnaryOperator<RequestSpecification> mutation, Map<String, String> path) {
            sendAsIs(baseline(request), mutation, path);
        }

        /** A body of its own, in place of the valid one every other request carries. */
        void sendBody(RequestSpecification request, String contentType, String body) {
            // REST Assured encodes only some media types from a string; bytes go as they are.
            sendAsIs(
                    request.contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8)),
                    UnaryOperator.identity(),
                    Map.of());
        }

        private void sendAsIs(
                RequestSpecification request, UnaryOperator<RequestSpecification> mutation, Map<String, String> path) {
            String url = template;
            for (Parameter parameter : parameters()) {
                if (parameter.getIn().equals("path")) {
                    String value = path.getOrDefault(
                            parameter.getName(), UUID.randomUUID().toString());
                    url = url.replace("{" + parameter.getName() + "}", encode(value));
                }
            }
            assertWellBehaved(mutation.apply(request).urlEncodingEnabled(false).request(method, url));
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        }

        UnaryOperator<RequestSpecification> withParameter(Parameter parameter, String value) {
            return switch (parameter.getIn()) {
                case "query" -> request -> request.queryParam(parameter.getName(), encode(value));
                case "header" -> request -> request.header(parameter.getName(), value);
                default -> UnaryOperator.identity();
            };
        }

        private RequestSpecification baseline(RequestSpecification request) {
            if (operation.getRequestBody() != null && takesFiles()) {
                request.multiPart("file", "hostile.txt", "hostile".getBytes(StandardCharsets.UTF_8), "text/plain");
            } else if (operation.getRequestBody() != null && takesMail()) {
                request.contentType(mediaType()).body(HostileMime.validMessage());
            } else if (operation.getRequestBody() != null) {
                request.contentType(mediaType()).body(validBody().toString());
            }
            return request;
        }

        private boolean takesFiles() {
            return mediaType().equals("multipart/form-data");
        }

        private boolean takesMail() {
            return mediaType().equals("message/rfc822");
        }

        /** The media type hostile bodies go with: a multipart one names the boundary they use. */
        String hostileMediaType() {
            return takesFiles() ? HostileMime.MULTIPART : mediaType();
        }

        /** The media type the contract declares for the body (JSON, or a merge patch). */
        String mediaType() {
            return operation.getRequestBody().getContent().keySet().iterator().next();
        }

        /** The contract's own example of the body (held to its schema elsewhere), or one made from the schema. */
        private JsonNode validBody() {
            MediaType media =
                    operation.getRequestBody().getContent().values().iterator().next();
            return media.getExample() != null
                    ? MAPPER.valueToTree(media.getExample())
                    : Examples.valid(media.getSchema());
        }

        /** Broken JSON, wrong shapes, and each property of a valid body replaced by something hostile. */
        Map<String, String> hostileBodies() {
            if (takesFiles()) {
                return HostileMime.multipartBodies();
            }
            if (takesMail()) {
                return HostileMime.messages();
            }
            Map<String, String> bodies = new LinkedHashMap<>();
            bodies.put("truncated", """
                    {"a":""");
            bodies.put("empty", "");
            bodies.put("null", "null");
            bodies.put("array", "[]");
            bodies.put("string", "\"hello\"");
            bodies.put("deeply nested", "[".repeat(5000) + "]".repeat(5000));
            bodies.put("trailing garbage", validBody() + "}}}");
            bodies.put(
                    "with an unknown field",
                    ((ObjectNode) validBody().deepCopy()).put("unknownField", 1).toString());
            JsonNode valid = validBody();
            if (valid instanceof ObjectNode object) {
                object.fieldNames().forEachRemaining(field -> {
                    for (Map.Entry<String, JsonNode> replacement :
                            Examples.hostileValues().entrySet()) {
                        ObjectNode mutated = object.deepCopy();
                        mutated.set(field, replacement.getValue());
                        bodies.put(field + " as " + replacement.getKey(), mutated.toString());
                    }
                    ObjectNode without = object.deepCopy();
                    without.remove(field);
                    bodies.put("without " + field, without.toString());
                });
            }
            return bodies;
        }
    }

    /** Builds valid JSON from a (fully resolved) schema, and the hostile values to swap in. */
    static final class Examples {
        private Examples() {}

        static JsonNode valid(Schema<?> schema) {
            if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
                return valid(schema.getOneOf().get(0));
            }
            if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
                return MAPPER.valueToTree(schema.getEnum().get(0));
            }
            String type =
                    schema.getType() != null ? schema.getType() : schema.getProperties() != null ? "object" : "string";
            return switch (type) {
                case "object" -> {
                    ObjectNode object = JSON.objectNode();
                    if (schema.getProperties() != null) {
                        schema.getProperties().forEach((name, property) -> object.set(name, valid(property)));
                    }
                    yield object;
                }
                case "array" -> JSON.arrayNode().add(valid(schema.getItems()));
                case "integer" ->
                    JSON.numberNode(
                            schema.getMinimum() != null ? schema.getMinimum().longValue() : 1);
                case "number" -> JSON.numberNode(1.5);
                case "boolean" -> JSON.booleanNode(true);
                default -> JSON.textNode(validString(schema));
            };
        }

        private static String validString(Schema<?> schema) {
            String format = schema.getFormat() == null ? "" : schema.getFormat();
            return switch (format) {
                case "uuid" -> UUID.randomUUID().toString();
                case "date-time" -> "2026-01-01T09:00:00Z";
                case "date" -> "2026-01-01";
                case "email" -> "someone@example.org";
                case "uri", "uri-reference" -> "https://example.org/x";
                default -> "x".repeat(Math.max(1, schema.getMinLength() == null ? 1 : schema.getMinLength()));
            };
        }

        static Map<String, JsonNode> hostileValues() {
            Map<String, JsonNode> values = new LinkedHashMap<>();
            values.put("null", JSON.nullNode());
            values.put("number", JSON.numberNode(-99999999999L));
            values.put("huge number", JSON.numberNode(new BigDecimal("1e400")));
            values.put("boolean", JSON.booleanNode(false));
            values.put("object", JSON.objectNode().put("nested", "x"));
            values.put("array", JSON.arrayNode().add(1).add("two"));
            values.put("huge string", JSON.textNode("A".repeat(100_000)));
            values.put("odd unicode", JSON.textNode("\u202Eevil\u0000\uD83D\uDE00"));
            values.put("bad uuid", JSON.textNode("not-a-uuid"));
            values.put("bad date", JSON.textNode("2026-13-45T25:61:00Z"));
            return values;
        }
    }
}

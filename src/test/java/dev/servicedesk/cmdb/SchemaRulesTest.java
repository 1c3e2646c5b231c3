package dev.servicedesk.cmdb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.servicedesk.common.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an attribute schema may be beyond valid JSON Schema, and what attributes may hold. */
class SchemaRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldTakeReferencesWithinTheSchemaThatConsumeTheValue() throws Exception {
        assertThat(problems("""
                {"type": "object", "$defs": {"disk": {"type": "object", "properties": {"sizeGb": {"type": "integer"}}}},
                 "properties": {"disks": {"type": "array", "items": {"$ref": "#/$defs/disk"}},
                                "child": {"$ref": "#"}, "tag": {"pattern": "^[A-Z]{3}-\\\\d+$"},
                                "a/b": {"allOf": [{"$ref": "#/$defs/disk"}]}},
                 "patternProperties": {"^x-": {"type": "string"}}}""")).isEmpty();
        assertThat(problems("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "properties": {"$id": {"type": "string"}}}""")).isEmpty();
    }

    @Test
    void shouldRefuseWhatReachesOutsideOrNeverEnds() throws Exception {
        assertThat(problems("""
                {"$ref": "http://127.0.0.1/schema.json"}""")).singleElement().asString().contains("within the schema");
        assertThat(problems("""
                {"$ref": "classpath:application.properties"}""")).hasSize(1);
        assertThat(problems("""
                {"$ref": "#/$defs/missing"}""")).singleElement().asString().contains("refers to nothing");
        assertThat(problems("""
                {"$id": "https://example.com/x"}""")).hasSize(1);
        assertThat(problems("""
                {"$schema": "http://json-schema.org/draft-04/schema#"}""")).hasSize(1);
        assertThat(problems("""
                {"properties": {"tag": {"pattern": "[unclosed"}}}""")).singleElement().asString().contains("regular");
        assertThat(problems("""
                {"$ref": "#"}""")).singleElement().asString().contains("forever");
        assertThat(problems("""
                {"properties": {"a": {"$ref": "#/properties/a"}}}""")).singleElement().asString().contains("forever");
        assertThat(problems("""
                {"$defs": {"a": {"anyOf": [{"$ref": "#/$defs/b"}]}, "b": {"not": {"$ref": "#/$defs/a"}}},
                 "properties": {"x": {"$ref": "#/$defs/a"}}}""")).singleElement().asString().contains("forever");
    }

    @Test
    void shouldBoundTheDepthAndRefuseNonFiniteNumbersAndNulCharacters() throws Exception {
        String deep = "{\"a\":".repeat(32) + "1" + "}".repeat(32);
        assertThat(JsonChecks.problems(JSON.readTree(deep), "attributes", JsonChecks.ATTRIBUTES_DEPTH))
                .singleElement()
                .extracting(FieldError::field)
                .asString()
                .startsWith("attributes.a.a");
        String fine = "{\"a\":".repeat(31) + "1" + "}".repeat(31);
        assertThat(JsonChecks.problems(JSON.readTree(fine), "attributes", JsonChecks.ATTRIBUTES_DEPTH))
                .isEmpty();
        assertThat(JsonChecks.problems(JSON.readTree("{\"size\": 1e400, \"ok\": 1e300}"), "attributes", 32))
                .containsExactly(new FieldError("attributes.size", "must be a finite number"));
        assertThat(JsonChecks.problems(JSON.readTree("{\"name\": [\"a\\u0000b\"], \"x\\u0000\": 1}"), "attributes", 32))
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder("attributes.name[0]", "attributes");
        assertThat(JsonChecks.withoutNullMembers(
                        (ObjectNode) JSON.readTree("{\"a\": null, \"b\": {\"c\": null, \"d\": [null]}}")))
                .hasToString("{\"b\":{\"d\":[null]}}");
    }

    private static List<FieldError> problems(String schema) throws Exception {
        JsonNode node = JSON.readTree(schema);
        return SchemaRules.problems(node, "attributesSchema");
    }
}

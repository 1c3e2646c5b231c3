package dev.servicedesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a client reads when its JSON does not bind: the field at fault, never a Java type name. */
class JsonErrorsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static {
        new StrictJson().customize(MAPPER);
    }

    enum Kind {
        ALPHA,
        BETA
    }

    record Item(String label, Integer count) {}

    record Body(Kind kind, UUID ref, Integer count, Instant at, Boolean urgent, List<Item> items) {}

    @Test
    void shouldCallBrokenJsonMalformed() {
        ProblemException problem = bind("{\"kind\": ");

        assertThat(problem.type()).isEqualTo(ProblemType.MALFORMED_BODY);
        assertThat(problem.getMessage()).contains("not valid JSON");
    }

    @Test
    void shouldCallTrailingGarbageMalformed() {
        assertThat(bind("""
                {"kind":"ALPHA"} }""").type()).isEqualTo(ProblemType.MALFORMED_BODY);
        assertThat(bind("""
                {"kind":"ALPHA",,}""").type()).isEqualTo(ProblemType.MALFORMED_BODY);
    }

    @Test
    void shouldListTheValuesOfAnUnknownEnumValue() {
        assertThat(bind("""
                {"kind": "GAMMA"}""").errors()).containsExactly(new FieldError("kind", "must be one of [ALPHA, BETA]"));
    }

    @Test
    void shouldNameTheExpectedType() {
        assertThat(bind("""
                {"count": "many"}""").errors()).containsExactly(new FieldError("count", "must be an integer"));
        assertThat(bind("""
                {"ref": "zz"}""").errors()).containsExactly(new FieldError("ref", "must be a UUID"));
        assertThat(bind("""
                {"at": "yesterday"}""").errors()).containsExactly(new FieldError("at", "must be an ISO-8601 date-time"));
        assertThat(bind("""
                {"urgent": [1]}""").errors()).containsExactly(new FieldError("urgent", "must be true or false"));
        assertThat(bind("""
                {"items": {"a": 1}}""").errors()).containsExactly(new FieldError("items", "must be an array"));
    }

    @Test
    void shouldNameNestedFieldsWithTheirPath() {
        assertThat(bind("""
                {"items": [{"label": "a"}, {"count": "x"}]}""").errors()).containsExactly(new FieldError("items[1].count", "must be an integer"));
    }

    @Test
    void shouldRejectAnUnknownField() {
        assertThat(bind("""
                {"colour": "red"}""").errors()).containsExactly(new FieldError("colour", "is not a known field"));
    }

    @Test
    void shouldRequireAnObjectBody() {
        ProblemException problem = bind("[]");

        assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(problem.errors()).extracting(FieldError::field).containsExactly("body");
    }

    @Test
    void shouldNeverMentionJavaTypes() {
        for (String json : List.of("""
                {"count": "x"}""", """
                {"kind": 1.5}""", "[1]", """
                {"items": [1]}""", "\"s\"")) {
            ProblemException problem = bind(json);
            assertThat(problem.getMessage() + problem.errors())
                    .doesNotContain("java.", "dev.servicedesk", "Body", "Item");
        }
    }

    private static ProblemException bind(String json) {
        try {
            MAPPER.readValue(json, Body.class);
            throw new AssertionError("expected " + json + " not to bind");
        } catch (JsonProcessingException e) {
            return JsonErrors.toProblem(e);
        }
    }
}

package dev.servicedesk.cmdb.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** One field's value before and after a change; {@code attributes.<name>} for one attribute. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FieldChange(
        String field,
        @JsonProperty("old") JsonNode before,
        @JsonProperty("new") JsonNode after) {}

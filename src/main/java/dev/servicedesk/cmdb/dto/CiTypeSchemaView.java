package dev.servicedesk.cmdb.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.servicedesk.cmdb.CiType;
import dev.servicedesk.cmdb.CiTypeDefinition;
import java.time.Instant;
import java.util.UUID;

/** A configuration item type and the schema its items' attributes satisfy. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CiTypeSchemaView(CiType type, ObjectNode attributesSchema, Instant updatedAt, UUID updatedById) {

    public static CiTypeSchemaView of(CiTypeDefinition definition) {
        return new CiTypeSchemaView(
                definition.type(), definition.schema(), definition.updatedAt(), definition.updatedBy());
    }
}

package dev.servicedesk.cmdb.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.servicedesk.cmdb.CiCriticality;
import dev.servicedesk.cmdb.CiEnvironment;
import dev.servicedesk.cmdb.CiStatus;
import dev.servicedesk.cmdb.CiType;
import dev.servicedesk.cmdb.ConfigurationItem;
import java.time.Instant;
import java.util.UUID;

/** A configuration item as the API shows it, with what the caller may do with it. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CiView(
        UUID id,
        String name,
        String assetTag,
        CiType type,
        CiStatus status,
        CiEnvironment environment,
        CiCriticality criticality,
        UUID ownerId,
        String location,
        String description,
        ObjectNode attributes,
        Instant createdAt,
        Instant updatedAt,
        CiActions allowedActions) {

    public static CiView of(ConfigurationItem item, CiActions allowedActions) {
        return new CiView(
                item.id(),
                item.name(),
                item.assetTag(),
                item.type(),
                item.status(),
                item.environment(),
                item.criticality(),
                item.ownerId(),
                item.location(),
                item.description(),
                item.attributes(),
                item.createdAt(),
                item.updatedAt(),
                allowedActions);
    }
}

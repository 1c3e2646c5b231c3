package dev.servicedesk.cmdb.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.servicedesk.cmdb.CiRelationshipDirection;
import dev.servicedesk.cmdb.CiRelationshipType;
import java.time.Instant;
import java.util.UUID;

/** A relationship as read from one of its items. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CiRelationshipView(
        UUID id,
        CiRelationshipType type,
        CiRelationshipDirection direction,
        String label,
        String redundancyGroup,
        CiSummary other,
        Instant createdAt) {}

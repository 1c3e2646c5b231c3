package dev.servicedesk.cmdb.impact;

import dev.servicedesk.cmdb.CiRelationshipType;
import java.util.UUID;

/** A relationship as a graph draws it, from source to target. */
public record CiEdge(UUID id, CiRelationshipType type, UUID sourceId, UUID targetId, String redundancyGroup) {

    static CiEdge of(Need need) {
        return new CiEdge(need.relationshipId(), need.type(), need.sourceId(), need.targetId(), need.redundancyGroup());
    }
}

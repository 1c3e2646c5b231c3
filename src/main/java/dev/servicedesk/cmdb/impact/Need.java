package dev.servicedesk.cmdb.impact;

import dev.servicedesk.cmdb.CiRelationshipType;
import java.util.UUID;

/**
 * One relationship read as who needs whom: the consumer fails when the provider does (unless
 * the provider has stand-ins in its redundancy group). A DEPENDS_ON, RUNS_ON or USES source
 * needs its target; a whole needs the parts that are PART_OF it.
 */
record Need(UUID relationshipId, CiRelationshipType type, UUID consumer, UUID provider, String redundancyGroup) {

    /** The relationship as stored, from source to target. */
    UUID sourceId() {
        return type == CiRelationshipType.PART_OF ? provider : consumer;
    }

    UUID targetId() {
        return type == CiRelationshipType.PART_OF ? consumer : provider;
    }
}

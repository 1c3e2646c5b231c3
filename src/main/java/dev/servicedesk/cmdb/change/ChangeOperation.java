package dev.servicedesk.cmdb.change;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.servicedesk.cmdb.CiRelationshipType;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * One thing a change does, told apart by {@code op}: UPDATE_CI ({@code ciId}, {@code set}: a merge
 * patch of the item), RELATE ({@code sourceId}, {@code type}, {@code targetId},
 * {@code redundancyGroup}) or UNRELATE ({@code relationshipId}). Only the fields of its op are
 * given ({@link ChangeOperations#problems}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChangeOperation(
        @NotNull Op op,
        UUID ciId,
        JsonNode set,
        UUID sourceId,
        CiRelationshipType type,
        UUID targetId,
        @CodePointLength(min = 1, max = 100) String redundancyGroup,
        UUID relationshipId) {

    public enum Op {
        UPDATE_CI,
        RELATE,
        UNRELATE
    }

    static ChangeOperation update(UUID ciId, JsonNode set) {
        return new ChangeOperation(Op.UPDATE_CI, ciId, set, null, null, null, null, null);
    }

    static ChangeOperation relate(UUID sourceId, CiRelationshipType type, UUID targetId, String redundancyGroup) {
        return new ChangeOperation(Op.RELATE, null, null, sourceId, type, targetId, redundancyGroup, null);
    }

    static ChangeOperation unrelate(UUID relationshipId) {
        return new ChangeOperation(Op.UNRELATE, null, null, null, null, null, null, relationshipId);
    }
}

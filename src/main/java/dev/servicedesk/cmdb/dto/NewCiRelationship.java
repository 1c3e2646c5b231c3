package dev.servicedesk.cmdb.dto;

import dev.servicedesk.cmdb.CiRelationshipType;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.hibernate.validator.constraints.CodePointLength;

public record NewCiRelationship(
        @NotNull CiRelationshipType type,
        @NotNull UUID targetId,
        @CodePointLength(min = 1, max = 100) String redundancyGroup) {}

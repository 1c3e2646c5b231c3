package dev.servicedesk.cmdb.dto;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.servicedesk.cmdb.CiCriticality;
import dev.servicedesk.cmdb.CiEnvironment;
import dev.servicedesk.cmdb.CiStatus;
import dev.servicedesk.cmdb.CiType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.hibernate.validator.constraints.CodePointLength;

/** A configuration item to record; status IN_USE and criticality MEDIUM when left out. */
public record NewCi(
        @NotBlank @CodePointLength(max = 200) String name,
        @CodePointLength(min = 1, max = 100) String assetTag,
        @NotNull CiType type,
        CiStatus status,
        CiEnvironment environment,
        CiCriticality criticality,
        UUID ownerId,
        @CodePointLength(max = 200) String location,
        @CodePointLength(max = 4000) String description,
        ObjectNode attributes) {}

package dev.servicedesk.cmdb.change.dto;

import dev.servicedesk.cmdb.change.ChangeRisk;
import dev.servicedesk.cmdb.change.ChangeStatus;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.hibernate.validator.constraints.CodePointLength;

/** A move of a change request; each target takes its own fields (see ChangeTransitions). */
public record ChangeTransition(
        @NotNull ChangeStatus to,
        ChangeRisk risk,
        @CodePointLength(min = 1, max = 4000) String notes,
        @CodePointLength(min = 1, max = 2000) String overrideReason,
        Instant start,
        Instant end,
        @CodePointLength(min = 1, max = 2000) String reason) {}

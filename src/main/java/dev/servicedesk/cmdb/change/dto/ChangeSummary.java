package dev.servicedesk.cmdb.change.dto;

import dev.servicedesk.cmdb.change.ChangeRequest;
import dev.servicedesk.cmdb.change.ChangeRisk;
import dev.servicedesk.cmdb.change.ChangeStatus;
import dev.servicedesk.cmdb.change.ChangeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a list shows of a change request. */
public record ChangeSummary(
        UUID id,
        String key,
        ChangeType type,
        ChangeStatus status,
        String title,
        UUID requesterId,
        Instant plannedStart,
        Instant plannedEnd,
        List<UUID> ciIds,
        ChangeRisk risk,
        Instant createdAt,
        Instant updatedAt) {

    public static ChangeSummary of(ChangeRequest change) {
        return new ChangeSummary(
                change.id(),
                change.key(),
                change.type(),
                change.status(),
                change.title(),
                change.requesterId(),
                change.plannedStart(),
                change.plannedEnd(),
                change.ciIds(),
                change.risk(),
                change.createdAt(),
                change.updatedAt());
    }
}

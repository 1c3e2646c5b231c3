package dev.servicedesk.cmdb.change.dto;

import dev.servicedesk.cmdb.change.ChangeDocuments.Assessment;
import dev.servicedesk.cmdb.change.ChangeDocuments.Conflict;
import dev.servicedesk.cmdb.change.ChangeDocuments.Decision;
import dev.servicedesk.cmdb.change.ChangeDocuments.Verification;
import dev.servicedesk.cmdb.change.ChangeOperation;
import dev.servicedesk.cmdb.change.ChangeRequest;
import dev.servicedesk.cmdb.change.ChangeRisk;
import dev.servicedesk.cmdb.change.ChangeStatus;
import dev.servicedesk.cmdb.change.ChangeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record ChangeView(
        UUID id,
        String key,
        ChangeType type,
        ChangeStatus status,
        String title,
        String description,
        UUID requesterId,
        Instant plannedStart,
        Instant plannedEnd,
        List<ChangeOperation> operations,
        List<UUID> ciIds,
        ChangeRisk risk,
        Assessment assessment,
        List<Conflict> conflicts,
        Decision decision,
        Instant scheduledStart,
        Instant scheduledEnd,
        String scheduleOverrideReason,
        UUID implementedById,
        Instant implementedAt,
        Verification verification,
        Instant closedAt,
        String cancelReason,
        Instant createdAt,
        Instant updatedAt,
        List<ChangeStatus> allowedTransitions) {

    public static ChangeView of(ChangeRequest change, List<ChangeStatus> allowedTransitions) {
        return new ChangeView(
                change.id(),
                change.key(),
                change.type(),
                change.status(),
                change.title(),
                change.description(),
                change.requesterId(),
                change.plannedStart(),
                change.plannedEnd(),
                change.operations(),
                change.ciIds(),
                change.risk(),
                change.assessment(),
                change.conflicts(),
                change.decision(),
                change.scheduledStart(),
                change.scheduledEnd(),
                change.scheduleOverrideReason(),
                change.implementedById(),
                change.implementedAt(),
                change.verification(),
                change.closedAt(),
                change.cancelReason(),
                change.createdAt(),
                change.updatedAt(),
                allowedTransitions);
    }
}

package dev.servicedesk.cmdb.change;

import dev.servicedesk.event.DomainEvents;
import dev.servicedesk.event.EventType;
import dev.servicedesk.event.NewEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Tells integrations that a change request was approved or implemented, in the moving transaction. */
@ApplicationScoped
class ChangeEvents {
    private final DomainEvents events;

    ChangeEvents(DomainEvents events) {
        this.events = events;
    }

    /** The payload: the contract's EventChange, the change request as it now stands. */
    record ChangeMoved(Summary change) {}

    record Summary(
            UUID id,
            String key,
            ChangeType type,
            ChangeStatus status,
            String title,
            ChangeRisk risk,
            List<UUID> ciIds,
            Instant scheduledStart,
            Instant scheduledEnd,
            UUID implementedById,
            Instant implementedAt) {}

    Uni<Void> moved(ChangeRequest change, UUID actorId, Instant at) {
        EventType type = switch (change.status()) {
            case APPROVED -> EventType.CHANGE_APPROVED;
            case IMPLEMENTED -> EventType.CHANGE_IMPLEMENTED;
            default -> null;
        };
        if (type == null) {
            return Uni.createFrom().voidItem();
        }
        Summary summary = new Summary(
                change.id(),
                change.key(),
                change.type(),
                change.status(),
                change.title(),
                change.risk(),
                change.ciIds(),
                change.scheduledStart(),
                change.scheduledEnd(),
                change.implementedById(),
                change.implementedAt());
        return events.record(new NewEvent(type, change.id(), actorId, at, new ChangeMoved(summary)));
    }
}

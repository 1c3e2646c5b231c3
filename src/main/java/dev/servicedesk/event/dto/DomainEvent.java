package dev.servicedesk.event.dto;

import com.fasterxml.jackson.databind.JsonNode;
import dev.servicedesk.event.StoredEvent;
import java.time.Instant;
import java.util.UUID;

/** The contract's DomainEvent: what happened, to what (and where in its stream), by whom, and the facts. */
public record DomainEvent(UUID id, String type, Instant occurredAt, EventSubject subject, UUID actorId, JsonNode data) {

    public record EventSubject(String type, UUID id, long sequence) {}

    public static DomainEvent of(StoredEvent event) {
        return new DomainEvent(
                event.id(),
                event.type(),
                event.occurredAt(),
                new EventSubject(event.subjectType(), event.subjectId(), event.subjectSequence()),
                event.actorId(),
                event.data());
    }
}

package dev.servicedesk.event;

import java.time.Instant;
import java.util.UUID;

/**
 * An event to record with the change it tells of: {@code data} is the type's payload, a record
 * written as the contract's schema for it; {@code actorId} is null when the service itself acted.
 */
public record NewEvent(EventType type, UUID subjectId, UUID actorId, Instant occurredAt, Object data) {}

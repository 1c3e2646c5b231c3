package dev.servicedesk.event;

import java.util.List;
import java.util.UUID;

/**
 * Which placed events to read, after {@code afterPosition}: any of {@code types} (all when empty), of
 * a subject; webhooks' own events only {@code withWebhooks} (they name another owner's endpoint).
 */
public record EventFilter(
        List<EventType> types,
        SubjectType subjectType,
        UUID subjectId,
        boolean withWebhooks,
        long afterPosition,
        int limit) {}

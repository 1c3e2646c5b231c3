package dev.servicedesk.event;

import java.util.List;
import java.util.UUID;

/** Which placed events to read, after {@code afterPosition}: any of {@code types} (all when empty), of a subject. */
public record EventFilter(
        List<EventType> types, SubjectType subjectType, UUID subjectId, long afterPosition, int limit) {}

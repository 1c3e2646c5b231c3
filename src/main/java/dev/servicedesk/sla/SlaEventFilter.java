package dev.servicedesk.sla;

import dev.servicedesk.common.PageRequest;
import java.time.Instant;
import java.util.UUID;

/** Which SLA events a list asks for, from where. */
record SlaEventFilter(SlaEventKind kind, UUID ticketId, UUID queueId, Instant from, Instant to, PageRequest page) {}

package dev.servicedesk.escalation;

import dev.servicedesk.common.PageRequest;
import java.util.List;
import java.util.UUID;

/** Which escalations a work list asks for. */
record EscalationFilter(List<EscalationStatus> statuses, UUID toQueueId, UUID toPersonId, PageRequest page) {}

package dev.servicedesk.routing;

import dev.servicedesk.common.PageRequest;
import java.util.UUID;

/** Which routing rules a list asks for, from where. */
record RuleFilter(Boolean enabled, UUID queueId, PageRequest page) {}

package dev.servicedesk.sla;

import dev.servicedesk.common.PageRequest;
import java.util.UUID;

/** Which SLA policies a list asks for, from where. */
record PolicyFilter(Boolean enabled, UUID calendarId, PageRequest page) {}

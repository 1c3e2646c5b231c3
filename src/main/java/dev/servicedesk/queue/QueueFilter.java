package dev.servicedesk.queue;

import dev.servicedesk.common.PageRequest;
import java.util.UUID;

/** Which queues a list asks for, from where. */
record QueueFilter(Boolean active, Integer tier, UUID memberId, PageRequest page) {}

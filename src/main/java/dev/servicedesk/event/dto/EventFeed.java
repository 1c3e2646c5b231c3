package dev.servicedesk.event.dto;

import java.util.List;

/** The contract's EventFeed: a page of events and the cursor to read on from, now or later. */
public record EventFeed(List<DomainEvent> items, String nextCursor, boolean hasMore) {}

package dev.servicedesk.sync.dto;

import java.util.List;

/** The contract's SyncFeed: a page of changes and the cursor to read on from, now or later. */
public record SyncFeed(List<SyncChange> items, String nextCursor, boolean hasMore) {}

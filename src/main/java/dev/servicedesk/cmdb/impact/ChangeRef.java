package dev.servicedesk.cmdb.impact;

import java.time.Instant;
import java.util.UUID;

/** A change request not yet done on an item, as its impact shows it. */
public record ChangeRef(UUID id, String key, String title, String status, Instant start, Instant end) {}

package dev.servicedesk.ticket;

import java.util.UUID;

/** The routing rule a timeline entry is about, as it was named then. */
public record RuleReference(UUID id, String name) {}

package dev.servicedesk.cmdb.impact;

import java.util.UUID;

/** An open incident on an item, as a link to it shows it. */
public record IncidentRef(UUID id, String key, String type, String status, String priority, String subject) {}

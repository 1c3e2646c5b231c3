package dev.servicedesk.kb.dto;

/** One field that differs between two revisions; {@code unifiedDiff} for text fields only. */
public record FieldDiff(String field, Object from, Object to, String unifiedDiff) {}

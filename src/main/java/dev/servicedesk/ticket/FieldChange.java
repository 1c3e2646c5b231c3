package dev.servicedesk.ticket;

/** One field of a ticket, old value → new value, as the timeline keeps it. */
public record FieldChange(String field, String from, String to) {}

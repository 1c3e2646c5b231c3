package dev.servicedesk.queue.dto;

/** What the caller may do with a queue now (the contract's {@code QueueActions}). */
public record QueueActions(boolean update, boolean listTickets) {}

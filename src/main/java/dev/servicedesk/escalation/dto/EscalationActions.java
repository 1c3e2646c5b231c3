package dev.servicedesk.escalation.dto;

/** What the caller may do with an escalation now (the contract's {@code EscalationActions}). */
public record EscalationActions(boolean acknowledge, boolean decline, boolean close) {}

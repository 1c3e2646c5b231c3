package dev.servicedesk.ticket;

public enum PendingReason {
    AWAITING_REQUESTER,
    AWAITING_THIRD_PARTY,
    AWAITING_CHANGE
}

package dev.servicedesk.ticket;

public enum ResolutionCode {
    FIXED,
    WORKAROUND,
    SOLVED_BY_KB,
    NO_FAULT_FOUND,
    DUPLICATE,
    USER_ERROR,
    CANNOT_REPRODUCE,
    REQUEST_FULFILLED
}

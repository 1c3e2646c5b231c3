package dev.servicedesk.kb.walk;

/** Where a walk stands: asking, at an outcome, or ended one of four ways. */
public enum WalkStatus {
    IN_PROGRESS,
    OUTCOME_REACHED,
    SOLVED,
    NOT_SOLVED,
    ABANDONED,
    /** Ended by the service: an outcome was reached, and the walker never said whether it helped. */
    UNCONFIRMED;

    boolean ended() {
        return this != IN_PROGRESS && this != OUTCOME_REACHED;
    }
}

package dev.servicedesk.kb.walk;

/** Where a walk stands: asking, at an outcome, or ended one of three ways. */
public enum WalkStatus {
    IN_PROGRESS,
    OUTCOME_REACHED,
    SOLVED,
    NOT_SOLVED,
    ABANDONED;

    boolean ended() {
        return this == SOLVED || this == NOT_SOLVED || this == ABANDONED;
    }
}

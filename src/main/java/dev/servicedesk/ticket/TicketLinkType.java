package dev.servicedesk.ticket;

/**
 * What another ticket is to this one, read as "this ticket {type} the other". Each link is stored
 * in one direction ({@link #isStored()}); the other types are the same links seen from the far end.
 */
public enum TicketLinkType {
    RELATES_TO,
    DUPLICATE_OF,
    DUPLICATED_BY,
    CAUSED_BY,
    CAUSES,
    PARENT_OF,
    CHILD_OF;

    /** The same link seen from the other ticket. */
    public TicketLinkType inverse() {
        return switch (this) {
            case RELATES_TO -> RELATES_TO;
            case DUPLICATE_OF -> DUPLICATED_BY;
            case DUPLICATED_BY -> DUPLICATE_OF;
            case CAUSED_BY -> CAUSES;
            case CAUSES -> CAUSED_BY;
            case PARENT_OF -> CHILD_OF;
            case CHILD_OF -> PARENT_OF;
        };
    }

    /** Whether links are stored in this direction (source {type} target). */
    public boolean isStored() {
        return this == RELATES_TO || this == DUPLICATE_OF || this == CAUSED_BY || this == PARENT_OF;
    }
}

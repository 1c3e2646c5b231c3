package dev.servicedesk.kb.walk.dto;

import dev.servicedesk.kb.walk.WalkStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** How a walk ended, and the ticket (UUID or key) it belongs to if not attached yet. */
public record TreeWalkEnd(
        @NotNull WalkResult result, @Size(max = 64) String ticketRef) {
    /** How a walker may end a walk: the statuses that say so. */
    public enum WalkResult {
        SOLVED(WalkStatus.SOLVED),
        NOT_SOLVED(WalkStatus.NOT_SOLVED),
        ABANDONED(WalkStatus.ABANDONED);

        private final WalkStatus status;

        WalkResult(WalkStatus status) {
            this.status = status;
        }

        public WalkStatus status() {
            return status;
        }
    }
}

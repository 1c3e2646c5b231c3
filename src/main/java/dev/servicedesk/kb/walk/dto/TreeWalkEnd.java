package dev.servicedesk.kb.walk.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** How a walk ended, and the ticket (UUID or key) it belongs to if not attached yet. */
public record TreeWalkEnd(
        @NotNull WalkResult result, @Size(max = 64) String ticketRef) {
    public enum WalkResult {
        SOLVED,
        NOT_SOLVED,
        ABANDONED
    }
}

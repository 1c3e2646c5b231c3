package dev.servicedesk.cmdb.change.dto;

import dev.servicedesk.cmdb.change.ChangeBlackout;
import java.time.Instant;
import java.util.UUID;

public record ChangeBlackoutView(
        UUID id, String name, Instant start, Instant end, String reason, UUID createdById, Instant createdAt) {

    public static ChangeBlackoutView of(ChangeBlackout window) {
        return new ChangeBlackoutView(
                window.id(),
                window.name(),
                window.start(),
                window.end(),
                window.reason(),
                window.createdById(),
                window.createdAt());
    }
}

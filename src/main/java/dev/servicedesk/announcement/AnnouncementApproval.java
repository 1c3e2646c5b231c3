package dev.servicedesk.announcement;

import dev.servicedesk.identity.Role;
import java.time.Instant;
import java.util.UUID;

/** Who asked for approval, the role it needs, and (once decided) who decided, when and why not. */
public record AnnouncementApproval(
        Role requiredRole,
        UUID submittedById,
        Instant submittedAt,
        UUID decidedById,
        Instant decidedAt,
        String reason) {

    static AnnouncementApproval asked(Role requiredRole, UUID by, Instant at) {
        return new AnnouncementApproval(requiredRole, by, at, null, null, null);
    }

    AnnouncementApproval decided(UUID by, Instant at, String why) {
        return new AnnouncementApproval(requiredRole, submittedById, submittedAt, by, at, why);
    }
}

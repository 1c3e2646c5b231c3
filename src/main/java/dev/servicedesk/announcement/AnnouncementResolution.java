package dev.servicedesk.announcement;

import java.time.Instant;
import java.util.UUID;

/** How an event ended, as the update that ended it said, and the follow-up review held after. */
public record AnnouncementResolution(
        String cause,
        UUID resolvedById,
        Instant reviewDueAt,
        String reviewFindings,
        Instant reviewedAt,
        UUID reviewedById) {

    static AnnouncementResolution ended(String cause, UUID by, Instant reviewDueAt) {
        return new AnnouncementResolution(cause, by, reviewDueAt, null, null, null);
    }

    AnnouncementResolution reviewed(String findings, UUID by, Instant at) {
        return new AnnouncementResolution(cause, resolvedById, reviewDueAt, findings, at, by);
    }
}

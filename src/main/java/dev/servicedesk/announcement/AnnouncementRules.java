package dev.servicedesk.announcement;

import dev.servicedesk.identity.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An announcement's publishing lifecycle, who may approve it, and when its next update is due. Pure. */
final class AnnouncementRules {
    private static final Map<AnnouncementStatus, List<AnnouncementStatus>> MOVES = Map.of(
            AnnouncementStatus.DRAFT, List.of(AnnouncementStatus.PENDING_APPROVAL, AnnouncementStatus.ARCHIVED),
            AnnouncementStatus.PENDING_APPROVAL,
                    List.of(
                            AnnouncementStatus.APPROVED,
                            AnnouncementStatus.REJECTED,
                            AnnouncementStatus.DRAFT,
                            AnnouncementStatus.ARCHIVED),
            AnnouncementStatus.APPROVED,
                    List.of(AnnouncementStatus.SCHEDULED, AnnouncementStatus.PUBLISHED, AnnouncementStatus.ARCHIVED),
            AnnouncementStatus.REJECTED, List.of(AnnouncementStatus.DRAFT, AnnouncementStatus.ARCHIVED),
            AnnouncementStatus.SCHEDULED, List.of(AnnouncementStatus.PUBLISHED, AnnouncementStatus.ARCHIVED),
            AnnouncementStatus.PUBLISHED, List.of(AnnouncementStatus.ARCHIVED),
            AnnouncementStatus.ARCHIVED, List.of());

    /** Once published, only these may change; what happens next goes in an update. */
    static final Set<String> CHANGEABLE_WHILE_PUBLISHED = Set.of("estimatedEndAt", "contact", "channels", "expiresAt");

    private AnnouncementRules() {}

    static List<AnnouncementStatus> movesFrom(AnnouncementStatus status) {
        return MOVES.get(status);
    }

    /** The role approval needs: {@code severe} for MAJOR or CRITICAL impact and for a MAJOR_INCIDENT, else {@code other}. */
    static Role requiredRole(AnnouncementType type, AnnouncementImpact impact, Role severe, Role other) {
        boolean isSevere = type == AnnouncementType.MAJOR_INCIDENT
                || impact == AnnouncementImpact.MAJOR
                || impact == AnnouncementImpact.CRITICAL;
        return isSevere ? severe : other;
    }

    /** Whether someone with {@code roles} may approve or reject what needs {@code required}; an ADMIN always may. */
    static boolean mayDecide(Role required, Set<Role> roles) {
        return roles.contains(Role.ADMIN) || roles.contains(required);
    }

    /** The statuses someone may move it to now: the decisions only to someone who may decide and wrote none of it. */
    static List<AnnouncementStatus> allowed(Announcement announcement, Set<Role> roles, boolean writer) {
        boolean decides = !writer
                && announcement.approval() != null
                && mayDecide(announcement.approval().requiredRole(), roles);
        return movesFrom(announcement.status()).stream()
                .filter(to -> decides || (to != AnnouncementStatus.APPROVED && to != AnnouncementStatus.REJECTED))
                .toList();
    }

    /** When its next update is due: while it is published and its event runs, {@code every} after the last one. */
    static Instant nextUpdateDue(Announcement announcement, Duration every) {
        if (announcement.status() != AnnouncementStatus.PUBLISHED
                || !PhaseTrack.running(announcement.event().phase())
                || announcement.event().lastUpdateAt() == null) {
            return null;
        }
        return announcement.event().lastUpdateAt().plus(every);
    }

    static boolean updateOverdue(Instant due, Instant now) {
        return due != null && now.isAfter(due);
    }
}

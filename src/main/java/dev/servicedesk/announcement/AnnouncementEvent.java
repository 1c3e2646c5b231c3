package dev.servicedesk.announcement;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The event an announcement is about, kept apart from publishing it: its phase, when it was last
 * updated, when and how it ended, and the follow-up review after.
 */
@Embeddable
public class AnnouncementEvent {
    @Enumerated(EnumType.STRING)
    private AnnouncementPhase phase;

    private Instant lastUpdateAt;
    private Instant actualEndAt;

    @JdbcTypeCode(SqlTypes.JSON)
    private AnnouncementResolution resolution;

    /** When a follow-up review is owed by, while one is asked for and not yet recorded. */
    private Instant reviewDueAt;

    protected AnnouncementEvent() {}

    static AnnouncementEvent startingIn(AnnouncementPhase phase) {
        AnnouncementEvent event = new AnnouncementEvent();
        event.phase = phase;
        return event;
    }

    /** An update logged at {@code at}, moving it to {@code to} if given. */
    void updated(AnnouncementPhase to, Instant at) {
        if (to != null) {
            phase = to;
        }
        lastUpdateAt = at;
    }

    /** It ended at {@code at}, as {@code how} says. */
    void ended(Instant at, AnnouncementResolution how) {
        actualEndAt = at;
        resolution = how;
        reviewDueAt = how.reviewDueAt();
    }

    void reviewed(String findings, UUID by, Instant at) {
        resolution = resolution.reviewed(findings, by, at);
        reviewDueAt = null;
    }

    /** Whether it is over: RESOLVED or COMPLETED. */
    public boolean isOver() {
        return phase != null && PhaseTrack.ended(phase);
    }

    public AnnouncementPhase phase() {
        return phase;
    }

    public Instant lastUpdateAt() {
        return lastUpdateAt;
    }

    public Instant actualEndAt() {
        return actualEndAt;
    }

    public AnnouncementResolution resolution() {
        return resolution;
    }
}

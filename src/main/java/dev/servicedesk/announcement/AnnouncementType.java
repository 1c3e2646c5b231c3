package dev.servicedesk.announcement;

/** What an announcement is about; the type decides which phases its event goes through. */
public enum AnnouncementType {
    PLANNED_OUTAGE(PhaseTrack.PLANNED),
    UNPLANNED_OUTAGE(PhaseTrack.INCIDENT),
    MAINTENANCE(PhaseTrack.PLANNED),
    UPGRADE(PhaseTrack.PLANNED),
    NEW_FEATURE(PhaseTrack.NONE),
    MAJOR_INCIDENT(PhaseTrack.INCIDENT),
    GENERAL(PhaseTrack.NONE);

    private final PhaseTrack track;

    AnnouncementType(PhaseTrack track) {
        this.track = track;
    }

    public PhaseTrack track() {
        return track;
    }
}

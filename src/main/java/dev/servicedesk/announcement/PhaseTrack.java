package dev.servicedesk.announcement;

import java.util.List;
import java.util.Set;

/**
 * The phases an event goes through: an incident's between INVESTIGATING, IDENTIFIED and
 * MONITORING in any order until RESOLVED; planned work's from SCHEDULED to IN_PROGRESS to
 * COMPLETED; a notice has none. Pure.
 */
public enum PhaseTrack {
    INCIDENT(
            AnnouncementPhase.INVESTIGATING,
            List.of(
                    AnnouncementPhase.INVESTIGATING,
                    AnnouncementPhase.IDENTIFIED,
                    AnnouncementPhase.MONITORING,
                    AnnouncementPhase.RESOLVED),
            AnnouncementPhase.RESOLVED),
    PLANNED(
            AnnouncementPhase.SCHEDULED,
            List.of(AnnouncementPhase.SCHEDULED, AnnouncementPhase.IN_PROGRESS, AnnouncementPhase.COMPLETED),
            AnnouncementPhase.COMPLETED),
    NONE(null, List.of(), null);

    private static final Set<AnnouncementPhase> ENDED = Set.of(AnnouncementPhase.RESOLVED, AnnouncementPhase.COMPLETED);

    private final AnnouncementPhase first;
    private final List<AnnouncementPhase> phases;
    private final AnnouncementPhase last;

    PhaseTrack(AnnouncementPhase first, List<AnnouncementPhase> phases, AnnouncementPhase last) {
        this.first = first;
        this.phases = phases;
        this.last = last;
    }

    /** The phase an event of this track starts in (null: none). */
    public AnnouncementPhase first() {
        return first;
    }

    public AnnouncementPhase last() {
        return last;
    }

    /** The phases an update may move an event in {@code from} to: none once it ended. */
    public List<AnnouncementPhase> movesFrom(AnnouncementPhase from) {
        if (from == null || ended(from)) {
            return List.of();
        }
        return switch (this) {
            case INCIDENT -> phases.stream().filter(phase -> phase != from).toList();
            case PLANNED -> phases.subList(phases.indexOf(from) + 1, phases.size());
            case NONE -> List.of();
        };
    }

    public static boolean ended(AnnouncementPhase phase) {
        return ENDED.contains(phase);
    }

    /** Whether the event is under way and so needs keeping current: neither announced ahead nor ended. */
    public static boolean running(AnnouncementPhase phase) {
        return phase != null && phase != AnnouncementPhase.SCHEDULED && !ended(phase);
    }
}

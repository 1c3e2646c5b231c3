package dev.servicedesk.sla;

import dev.servicedesk.calendar.Due;
import dev.servicedesk.calendar.WorkingTime;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One SLA target's clock on one ticket. Its due time is always the start plus the target plus
 * the business time of the pauses that began before it fell due, on its calendar; once it has
 * fallen due, pausing no longer moves it.
 */
@Entity
@Table(name = "sla_clock")
public class SlaClock {
    @Id
    private UUID id;

    private UUID ticketId;

    @Enumerated(EnumType.STRING)
    private SlaTargetKind target;

    private UUID policyId;
    private String policyName;
    private UUID calendarId;
    private int targetMinutes;

    @JdbcTypeCode(SqlTypes.JSON)
    private ClockRules rules;

    @Enumerated(EnumType.STRING)
    private SlaClockState state;

    private Instant startedAt;
    private Instant dueAt;
    private long pausedSeconds;

    @JdbcTypeCode(SqlTypes.JSON)
    private Pauses pauses;

    private Instant pausedAt;
    private Instant nextCheckAt;
    private Integer nextThreshold;
    private int firedPercent;
    private Instant metAt;
    private Instant cancelledAt;
    /** Business time from the start to when it was met, less the business time paused. */
    private Long businessSeconds;

    @Version
    private long version;

    protected SlaClock() {}

    static SlaClock start(UUID id, UUID ticketId, SlaPolicy policy, ClockPlan.Started started, UUID calendarId) {
        SlaClock clock = new SlaClock();
        clock.id = id;
        clock.ticketId = ticketId;
        clock.target = started.target();
        clock.policyId = policy.id();
        clock.policyName = policy.name();
        clock.calendarId = calendarId;
        clock.targetMinutes = started.targetMinutes();
        clock.rules = ClockRules.of(policy.terms());
        clock.state = SlaClockState.RUNNING;
        clock.startedAt = started.startedAt();
        clock.dueAt = started.due().at();
        clock.pauses = Pauses.NONE;
        return clock;
    }

    boolean isOpen() {
        return state == SlaClockState.RUNNING || state == SlaClockState.PAUSED;
    }

    void pause(Instant at) {
        if (state == SlaClockState.RUNNING) {
            state = SlaClockState.PAUSED;
            pausedAt = at;
        }
    }

    /** Counts the business time paused; before the due time fell, it moves the due time that much. */
    void resume(Instant at, WorkingTime calendar) {
        if (state != SlaClockState.PAUSED) {
            return;
        }
        boolean movesDue = pausedAt.isBefore(dueAt);
        pauses = pauses.with(
                new Pauses.Period(pausedAt, at, calendar.between(pausedAt, at).toSeconds(), movesDue));
        pausedSeconds = pauses.totalSeconds();
        if (movesDue) {
            dueAt = due(calendar);
        }
        pausedAt = null;
        state = SlaClockState.RUNNING;
    }

    void meet(Instant at, WorkingTime calendar) {
        if (isOpen()) {
            resume(at, calendar);
            state = SlaClockState.MET;
            metAt = at;
            businessSeconds = elapsedSeconds(at, calendar);
        }
    }

    void cancel(Instant at, WorkingTime calendar) {
        if (isOpen()) {
            resume(at, calendar);
            state = SlaClockState.CANCELLED;
            cancelledAt = at;
        }
    }

    /** A reopened ticket's resolution clock runs on; the time it stood resolved counts as paused. */
    void reopen(Instant at, WorkingTime calendar) {
        if (state == SlaClockState.MET) {
            state = SlaClockState.PAUSED;
            pausedAt = metAt;
            metAt = null;
            businessSeconds = null;
            resume(at, calendar);
        }
    }

    /** An update clock starts again from this public update (or reopening). */
    void restart(Instant at, WorkingTime calendar) {
        state = SlaClockState.RUNNING;
        startedAt = at;
        pausedSeconds = 0;
        firedPercent = 0;
        pauses = Pauses.NONE;
        pausedAt = null;
        metAt = null;
        businessSeconds = null;
        cancelledAt = null;
        dueAt = calendar.add(at, Duration.ofMinutes(targetMinutes)).at();
    }

    /**
     * Follows another policy or target (the ticket was reclassified): the start and the business
     * time paused stay, the due time is counted again on the new target and calendar.
     */
    void retarget(SlaPolicy policy, int minutes, WorkingTime calendar) {
        policyId = policy.id();
        policyName = policy.name();
        calendarId = policy.calendarId();
        rules = ClockRules.of(policy.terms());
        targetMinutes = minutes;
        dueAt = due(calendar);
    }

    /**
     * When the checker next needs this clock: the instant it crosses the next warning threshold
     * or falls due; none unless it runs.
     */
    void plan(WorkingTime calendar) {
        nextThreshold = state == SlaClockState.RUNNING ? rules.thresholdAfter(firedPercent, target) : null;
        nextCheckAt = nextThreshold == null
                ? null
                : crossingAt(calendar, startedAt, targetMinutes, pauses.movingDue(), nextThreshold);
    }

    /** The instant a clock crosses {@code percent} of its target, its due-moving pauses counted. */
    static Instant crossingAt(
            WorkingTime calendar, Instant startedAt, int targetMinutes, Duration movingDue, int percent) {
        return calendar.add(
                        startedAt,
                        Duration.ofSeconds(targetMinutes * 60L * percent / 100).plus(movingDue))
                .at();
    }

    /** The start plus the target plus the pauses that moved it, in working time on the calendar. */
    Due explainDue(WorkingTime calendar) {
        return calendar.add(startedAt, Duration.ofMinutes(targetMinutes).plus(pauses.movingDue()));
    }

    private Instant due(WorkingTime calendar) {
        return explainDue(calendar).at();
    }

    /** Whether it already follows this policy's target of {@code minutes}. */
    boolean follows(SlaPolicy policy, int minutes) {
        return policy.id().equals(policyId) && policy.calendarId().equals(calendarId) && minutes == targetMinutes;
    }

    /** The clock as it reads at {@code now}: its state (BREACHED once due unmet), elapsed share. */
    ClockReading read(Instant now, WorkingTime calendar) {
        Instant end = switch (state) {
            case MET -> metAt;
            case CANCELLED -> cancelledAt;
            case PAUSED -> pausedAt;
            default -> now;
        };
        long elapsed = elapsedSeconds(end, calendar);
        boolean breached = state == SlaClockState.MET ? metAt.isAfter(dueAt) : !end.isBefore(dueAt);
        Instant breachedAt = breached ? dueAt : null;
        SlaClockState shown = breachedAt != null && state != SlaClockState.CANCELLED ? SlaClockState.BREACHED : state;
        return new ClockReading(
                shown, (int) Math.min(Integer.MAX_VALUE, elapsed * 100 / (targetMinutes * 60L)), breachedAt);
    }

    private long elapsedSeconds(Instant end, WorkingTime calendar) {
        return Math.max(0, calendar.between(startedAt, end).toSeconds() - pausedSeconds);
    }

    record ClockReading(SlaClockState state, int elapsedPercent, Instant breachedAt) {}

    public UUID id() {
        return id;
    }

    public UUID ticketId() {
        return ticketId;
    }

    public SlaTargetKind target() {
        return target;
    }

    public UUID policyId() {
        return policyId;
    }

    public String policyName() {
        return policyName;
    }

    public UUID calendarId() {
        return calendarId;
    }

    public int targetMinutes() {
        return targetMinutes;
    }

    ClockRules rules() {
        return rules;
    }

    public SlaClockState state() {
        return state;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public long pausedSeconds() {
        return pausedSeconds;
    }

    /** When the pause under way began; null when the clock is not paused. */
    public Instant pausedSince() {
        return state == SlaClockState.PAUSED ? pausedAt : null;
    }

    public Pauses pauses() {
        return pauses;
    }

    public Instant metAt() {
        return metAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }
}

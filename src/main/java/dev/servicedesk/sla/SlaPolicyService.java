package dev.servicedesk.sla;

import dev.servicedesk.audit.AuditResourceType;
import dev.servicedesk.audit.AuditTrail;
import dev.servicedesk.calendar.BusinessCalendar;
import dev.servicedesk.calendar.CalendarService;
import dev.servicedesk.calendar.WorkingTime;
import dev.servicedesk.cmdb.CiDirectory;
import dev.servicedesk.common.ChangeNotifications;
import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.FieldError;
import dev.servicedesk.common.Ids;
import dev.servicedesk.common.Instants;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PositionOrder;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.common.Snapshot;
import dev.servicedesk.queue.QueueService;
import dev.servicedesk.sla.dto.NewSlaPolicy;
import dev.servicedesk.sla.dto.SlaPolicyView;
import dev.servicedesk.sla.dto.SlaPreview;
import dev.servicedesk.sla.dto.SlaProbe;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** SLA policies: the admin manages them; the desk reads and previews them. */
@ApplicationScoped
public class SlaPolicyService {
    private static final List<Integer> DEFAULT_WARNINGS = List.of(75, 90);

    static final String TOPIC = "sla_policies";

    private final SlaPolicyRepository policies;
    private final CalendarService calendars;
    private final QueueService queues;
    private final ChangeNotifications changes;
    private final CiDirectory cis;
    private final Snapshot<List<SlaPolicy>> ordered;
    private final Clock clock;
    private final AuditTrail audit;

    SlaPolicyService(
            SlaPolicyRepository policies,
            CalendarService calendars,
            QueueService queues,
            ChangeNotifications changes,
            CiDirectory cis,
            Clock clock,
            AuditTrail audit) {
        this.policies = policies;
        this.calendars = calendars;
        this.queues = queues;
        this.cis = cis;
        this.changes = changes;
        this.ordered = new Snapshot<>(changes, policies::listAll, TOPIC);
        this.clock = clock;
        this.audit = audit;
    }

    /** Every policy, kept in memory until one changes (on any replica): what tickets are matched against. */
    @WithSession
    public Uni<List<SlaPolicy>> all() {
        return ordered.get();
    }

    @WithTransaction
    public Uni<SlaPolicy> create(NewSlaPolicy request) {
        Uni<Integer> position =
                request.position() != null ? Uni.createFrom().item(request.position()) : policies.nextPosition();
        return position.chain(at -> {
            PolicyDetails details = new PolicyDetails(
                            request.name(),
                            request.description(),
                            at,
                            Objects.requireNonNullElse(request.enabled(), true),
                            Objects.requireNonNullElse(request.conditions(), SlaConditions.NONE),
                            request.calendarId(),
                            request.targets(),
                            Objects.requireNonNullElse(request.pauseWhen(), List.of(SlaPause.AWAITING_REQUESTER)),
                            Objects.requireNonNullElse(request.warningThresholds(), DEFAULT_WARNINGS),
                            Objects.requireNonNullElse(request.escalationLevels(), List.of()),
                            Objects.requireNonNullElse(
                                    request.firstResponseMetBy(), EnumSet.allOf(FirstResponseEvent.class)))
                    .stripped();
            SlaPolicy policy = SlaPolicy.create(Ids.newId(), details, now());
            return check(details, policy.id())
                    .chain(() -> policies.persist(policy))
                    .call(() -> changes.announce(TOPIC))
                    .call(created ->
                            audit.created(AuditResourceType.SLA_POLICY, created.id(), SlaPolicyView.of(created)));
        });
    }

    @WithSession
    public Uni<SlaPolicy> find(UUID id) {
        return policies.findById(id).onItem().ifNull().failWith(() -> new NotFoundProblem("SLA policy", id));
    }

    @WithSession
    public Uni<Page<SlaPolicyView>> page(PolicyFilter filter) {
        return policies.page(filter)
                .map(rows -> Page.of(
                        rows,
                        filter.page(),
                        policy -> PositionOrder.cursor(policy.position(), policy.id()),
                        SlaPolicyView::of));
    }

    /** Applies revised details under If-Match (the resource merged the patch into them). */
    @WithTransaction
    public Uni<SlaPolicy> update(UUID id, String ifMatch, UnaryOperator<PolicyDetails> revise) {
        return find(id).chain(policy -> {
            EntityTag.requireMatch(ifMatch, policy.version());
            PolicyDetails before = PolicyDetails.of(policy);
            PolicyDetails after = revise.apply(before).stripped();
            if (after.equals(before)) {
                return Uni.createFrom().item(policy);
            }
            SlaPolicyView shown = SlaPolicyView.of(policy);
            return check(after, id)
                    .invoke(() -> policy.revise(after, now()))
                    .call(policies::flush)
                    .call(() -> changes.announce(TOPIC))
                    .call(() -> audit.updated(AuditResourceType.SLA_POLICY, id, shown, SlaPolicyView.of(policy)))
                    .replaceWith(policy);
        });
    }

    @WithTransaction
    public Uni<Void> delete(UUID id, String ifMatch) {
        return find(id).chain(policy -> {
            EntityTag.requireMatch(ifMatch, policy.version());
            SlaPolicyView shown = SlaPolicyView.of(policy);
            return policies.delete(policy)
                    .call(policies::flush)
                    .call(() -> changes.announce(TOPIC))
                    .call(() -> audit.deleted(AuditResourceType.SLA_POLICY, id, shown));
        });
    }

    /** The policy a ticket like this would get, and its clocks from {@code startAt} (or now). */
    @WithSession
    public Uni<SlaPreview> preview(SlaProbe probe) {
        if (probe.startAt() != null && !Instants.isInRange(probe.startAt())) {
            throw ProblemException.invalid("startAt", "is out of range");
        }
        Instant start = probe.startAt() != null ? probe.startAt() : now();
        return cis.named("ciIds", probe.namedCis())
                .chain(named -> all().chain(all -> {
                    PolicyChoice choice = PolicyChoice.of(all, probe.subject(named));
                    SlaPolicy chosen = choice.chosen();
                    if (chosen == null) {
                        return Uni.createFrom().item(new SlaPreview(choice.verdicts(), null, null, null, List.of()));
                    }
                    return calendars
                            .find(chosen.calendarId())
                            .map(calendar -> new SlaPreview(
                                    choice.verdicts(),
                                    chosen.id(),
                                    calendar.id(),
                                    calendar.timeZone(),
                                    clocks(chosen, probe, start, calendar)));
                }));
    }

    private static List<SlaPreview.Clock> clocks(
            SlaPolicy policy, SlaProbe probe, Instant start, BusinessCalendar calendar) {
        return ClockPlan.start(policy.terms(), probe.priority(), start, calendar.workingTime()).clocks().stream()
                .map(clock -> new SlaPreview.Clock(
                        clock.target(),
                        clock.targetMinutes(),
                        clock.startedAt(),
                        clock.due().at(),
                        clock.due().counted()))
                .toList();
    }

    /** A usable policy, its name its own, its calendar and queues known. */
    private Uni<Void> check(PolicyDetails details, UUID id) {
        List<FieldError> errors = new ArrayList<>(PolicyRules.check(details));
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(errors));
        }
        List<UUID> queueIds = new ArrayList<>(details.conditions().queueIds());
        details.escalationLevels().stream()
                .map(EscalationLevel::moveToQueueId)
                .filter(Objects::nonNull)
                .forEach(queueIds::add);
        return calendars
                .find(details.calendarId())
                .onFailure(NotFoundProblem.class)
                .transform(e -> ProblemException.invalid("calendarId", "is not a calendar"))
                .invoke(calendar -> checkFits(details, calendar.workingTime(), errors))
                .call(() -> cis.unknown("conditions.ciIds", details.conditions().ciIds())
                        .invoke(errors::addAll))
                .chain(() -> queues.unknown(queueIds))
                .invoke(unknown -> {
                    for (int i = 0; i < details.conditions().queueIds().size(); i++) {
                        if (unknown.contains(details.conditions().queueIds().get(i))) {
                            errors.add(new FieldError("conditions.queueIds[" + i + "]", "is not a queue"));
                        }
                    }
                    for (int i = 0; i < details.escalationLevels().size(); i++) {
                        UUID moveTo = details.escalationLevels().get(i).moveToQueueId();
                        if (moveTo != null && unknown.contains(moveTo)) {
                            errors.add(new FieldError("escalationLevels[" + i + "].moveToQueueId", "is not a queue"));
                        }
                    }
                    if (!errors.isEmpty()) {
                        throw ProblemException.invalid(errors);
                    }
                })
                .chain(() -> policies.nameTaken(details.name(), id))
                .invoke(taken -> {
                    if (taken) {
                        throw new ProblemException(
                                ProblemType.CONFLICT, "Another SLA policy is named \"" + details.name() + "\".");
                    }
                })
                .replaceWithVoid();
    }

    /** Each target's longest clock must fall due on the calendar (within the years it is searched). */
    private void checkFits(PolicyDetails details, WorkingTime calendar, List<FieldError> errors) {
        details.targets().forEach((priority, target) -> {
            int longest = Math.max(target.resolutionMinutes(), Objects.requireNonNullElse(target.updateMinutes(), 0));
            try {
                calendar.add(now(), Duration.ofMinutes(longest));
            } catch (WorkingTime.BeyondCalendarException e) {
                errors.add(new FieldError(
                        "targets." + priority, "needs more working time than the calendar holds in 20 years"));
            }
        });
    }

    private Instant now() {
        return clock.instant();
    }
}

package dev.servicedesk.escalation;

import dev.servicedesk.common.Ids;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageCursor;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.common.RawJson;
import dev.servicedesk.escalation.dto.EscalationHandOver;
import dev.servicedesk.escalation.dto.EscalationView;
import dev.servicedesk.escalation.dto.EscalationWorkItem;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.PersonService;
import dev.servicedesk.identity.Role;
import dev.servicedesk.queue.QueueDirectory;
import dev.servicedesk.queue.QueueWorkers;
import dev.servicedesk.ticket.Ticket;
import dev.servicedesk.ticket.TicketEscalations;
import dev.servicedesk.ticket.TicketService;
import dev.servicedesk.ticket.TicketViews;
import dev.servicedesk.ticket.TimelineService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** What the desk reads of escalations: one, a ticket's, the work list, and the hand-over to the receiving side. */
@ApplicationScoped
public class EscalationViews {
    static final String ORDER = "escalatedAt";
    private static final int HAND_OVER_ENTRIES = 500;

    private final EscalationRepository escalations;
    private final TicketEscalations ticketSide;
    private final TicketService tickets;
    private final TimelineService timeline;
    private final TicketViews ticketViews;
    private final PersonService people;
    private final QueueDirectory directory;
    private final Clock clock;

    EscalationViews(
            EscalationRepository escalations,
            TicketEscalations ticketSide,
            TicketService tickets,
            TimelineService timeline,
            TicketViews ticketViews,
            PersonService people,
            QueueDirectory directory,
            Clock clock) {
        this.escalations = escalations;
        this.ticketSide = ticketSide;
        this.tickets = tickets;
        this.timeline = timeline;
        this.ticketViews = ticketViews;
        this.people = people;
        this.directory = directory;
        this.clock = clock;
    }

    /** An escalation, with its ticket's key for the answer. */
    public record Keyed(Escalation escalation, String ticketKey) {}

    /**
     * Who is looking, and who works each queue: what it takes to tell the caller what they may do
     * with each escalation they read.
     */
    private record Viewer(UUID person, boolean admin, Map<UUID, QueueWorkers> queues) {
        EscalationView show(Escalation escalation, String ticketKey) {
            Escalation.Route route = escalation.route();
            QueueWorkers to = queues.get(route.toQueueId());
            QueueWorkers from = route.fromQueueId() == null ? null : queues.get(route.fromQueueId());
            return EscalationView.of(
                    escalation, ticketKey, EscalationActionRules.of(escalation, to, from, person, admin));
        }
    }

    private Uni<Viewer> viewer(Caller caller) {
        return people.sync(caller)
                .chain(person ->
                        directory.all().map(queues -> new Viewer(person.id(), caller.has(Role.ADMIN), queues)));
    }

    /** The escalation as the caller sees it, with what they may do with it now. */
    public Uni<EscalationView> show(Caller caller, Keyed keyed) {
        return viewer(caller).map(viewer -> viewer.show(keyed.escalation(), keyed.ticketKey()));
    }

    @WithSession
    public Uni<Keyed> find(Caller caller, String id) {
        return visible(caller, id).chain(this::keyed);
    }

    /** A work list: escalations oldest first, each with its age and its ticket's SLA state. */
    @WithSession
    public Uni<Page<EscalationWorkItem>> workList(Caller caller, EscalationFilter filter) {
        requireDesk(caller);
        Instant now = clock.instant();
        return viewer(caller)
                .chain(viewer -> escalations
                        .page(filter)
                        .map(rows -> Page.of(
                                rows,
                                filter.page(),
                                row -> cursor(row.escalation()),
                                row -> workItem(viewer, row, now))));
    }

    @WithSession
    public Uni<EscalationHandOver> handOver(Caller caller, String id) {
        return visible(caller, id)
                .chain(escalation -> tickets.find(caller, escalation.ticketId().toString())
                        .chain(ticket -> handOver(caller, escalation, ticket)));
    }

    /** The escalation and its ticket as the caller sees them, before the ticket's recent story. */
    private record HandOverStart(EscalationView escalation, RawJson ticket) {}

    private Uni<EscalationHandOver> handOver(Caller caller, Escalation escalation, Ticket ticket) {
        // One after the other: a reactive session takes one query at a time.
        return viewer(caller)
                .map(viewer -> viewer.show(escalation, ticket.key()))
                .chain(shown -> ticketViews
                        .find(caller, ticket.id().toString())
                        .map(view -> new HandOverStart(shown, view.json())))
                .chain(start -> timeline.recent(ticket.id(), HAND_OVER_ENTRIES)
                        .map(recent -> new EscalationHandOver(
                                start.escalation(), start.ticket(), recent.entries(), recent.earlier())));
    }

    @WithSession
    public Uni<Page<EscalationView>> ofTicket(Caller caller, String ticketRef, PageRequest page) {
        return tickets.find(caller, ticketRef).chain(ticket -> {
            requireDesk(caller);
            return viewer(caller)
                    .chain(viewer -> escalations
                            .pageOf(ticket.id(), page)
                            .map(rows -> Page.of(
                                    rows,
                                    page,
                                    EscalationViews::cursor,
                                    escalation -> viewer.show(escalation, ticket.key()))));
        });
    }

    /** The escalation, when the caller is on the desk (escalations are the desk's) and it exists. */
    Uni<Escalation> visible(Caller caller, String id) {
        requireDesk(caller);
        return Ids.parse(id)
                .map(escalations::findById)
                .orElseGet(() -> Uni.createFrom().nullItem())
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundProblem("escalation", id));
    }

    Uni<Keyed> keyed(Escalation escalation) {
        return ticketSide.ticket(escalation.ticketId()).map(ticket -> new Keyed(escalation, ticket.key()));
    }

    private static PageCursor cursor(Escalation escalation) {
        return new PageCursor(ORDER, escalation.escalatedAt().toString(), escalation.id());
    }

    private static EscalationWorkItem workItem(Viewer viewer, EscalationRepository.WithTicket row, Instant now) {
        return new EscalationWorkItem(
                viewer.show(row.escalation(), row.key()),
                new EscalationWorkItem.TicketState(
                        row.key(),
                        row.subject(),
                        row.status(),
                        row.priority(),
                        row.slaDueAt(),
                        row.slaDueAt() != null && !row.slaDueAt().isAfter(now)),
                Math.max(
                        0, Duration.between(row.escalation().escalatedAt(), now).toMinutes()));
    }

    private static void requireDesk(Caller caller) {
        if (!caller.isStaff()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Escalations are the desk's.");
        }
    }
}

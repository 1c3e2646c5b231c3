package dev.servicedesk.ticket;

import dev.servicedesk.cmdb.CiDirectory;
import dev.servicedesk.cmdb.CiFacts;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.Person;
import dev.servicedesk.identity.PersonService;
import dev.servicedesk.queue.QueueDirectory;
import dev.servicedesk.queue.QueueWorkers;
import dev.servicedesk.ticket.dto.TicketActions;
import dev.servicedesk.ticket.dto.TicketView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** A ticket as the caller sees it, with what they may do with it now. */
@ApplicationScoped
public class TicketViews {
    private final PersonService people;
    private final TicketWorkers workers;
    private final QueueDirectory queues;
    private final TicketSettings settings;
    private final CiDirectory cis;
    private final Clock clock;

    TicketViews(
            PersonService people,
            TicketWorkers workers,
            QueueDirectory queues,
            TicketSettings settings,
            CiDirectory cis,
            Clock clock) {
        this.people = people;
        this.workers = workers;
        this.queues = queues;
        this.settings = settings;
        this.cis = cis;
        this.clock = clock;
    }

    public Uni<TicketView> of(Caller caller, Ticket ticket) {
        return people.sync(caller)
                .chain(person -> workers.works(caller, person, ticket).map(works -> new Standing(person, works)))
                .chain(standing -> handBackQueue(ticket)
                        .chain(handBack -> visibleCis(caller, standing.person(), ticket)
                                .map(items ->
                                        TicketView.of(ticket, caller, items, actions(ticket, standing, handBack)))));
    }

    /** The desk sees every item the ticket names; a requester only their own. */
    private Uni<List<UUID>> visibleCis(Caller caller, Person viewer, Ticket ticket) {
        if (caller.isStaff() || ticket.ciIds().isEmpty()) {
            return Uni.createFrom().item(ticket.ciIds());
        }
        return cis.existing(ticket.ciIds())
                .map(items -> items.stream()
                        .filter(item -> viewer.id().equals(item.ownerId()))
                        .map(CiFacts::id)
                        .toList());
    }

    /** Who is looking, and whether they work the ticket. */
    private record Standing(Person person, boolean works) {}

    private Uni<QueueWorkers> handBackQueue(Ticket ticket) {
        UUID queue = ticket.placement().handBackQueueId();
        return queue == null ? Uni.createFrom().nullItem() : queues.find(queue);
    }

    private TicketActions actions(Ticket ticket, Standing standing, QueueWorkers handBackQueue) {
        boolean reopenable = TicketActionRules.reopenable(ticket, settings.closeResolvedAfter(), clock.instant());
        boolean requester = ticket.isRequestedBy(standing.person().id());
        return TicketActionRules.of(ticket, standing.works(), requester, reopenable, handBackQueue);
    }
}

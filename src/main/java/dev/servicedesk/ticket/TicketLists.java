package dev.servicedesk.ticket;

import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.Person;
import dev.servicedesk.identity.PersonService;
import dev.servicedesk.ticket.TicketSummaries.Listed;
import dev.servicedesk.ticket.dto.CiIncident;
import dev.servicedesk.ticket.dto.TicketSummary;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Lists of tickets: the desk's over every ticket, a requester's over their own. */
@ApplicationScoped
public class TicketLists {
    private final TicketSummaries tickets;
    private final PersonService people;
    private final TicketWorkers workers;
    private final TicketService service;

    TicketLists(TicketSummaries tickets, PersonService people, TicketWorkers workers, TicketService service) {
        this.tickets = tickets;
        this.people = people;
        this.workers = workers;
        this.service = service;
    }

    static final String CI_INCIDENTS_ORDER = TicketSort.NEWEST_FIRST.apiName();

    /** The other open incidents naming one of the ticket's configuration items, newest first (for the desk). */
    public Uni<Page<CiIncident>> openIncidentsOnCis(Caller caller, String ref, PageRequest page) {
        return service.find(caller, ref).chain(ticket -> {
            List<UUID> named = ticket.ciIds();
            if (named.isEmpty()) {
                return Uni.createFrom().item(new Page<>(List.of(), null));
            }
            return tickets.openIncidentsOn(ticket.id(), named, page)
                    .map(rows -> Page.of(
                            rows,
                            page,
                            TicketSort.NEWEST_FIRST::cursorAfter,
                            row -> new CiIncident(
                                    row.summary(),
                                    row.ciIds().stream().filter(named::contains).toList())));
        });
    }

    public Uni<Page<TicketSummary>> list(Caller caller, TicketFilter filter) {
        return scoped(caller, filter)
                .chain(visible -> visible == null
                        ? Uni.createFrom().item(new Page<>(List.of(), null))
                        : tickets.list(visible)
                                .map(rows ->
                                        Page.of(rows, visible.page(), visible.sort()::cursorAfter, Listed::summary)));
    }

    /**
     * The filter as the caller may run it, {@code me} read as the caller: a queue's tickets only for
     * those who work it (like its working list); a requester's narrowed to their own, or null when
     * they ask for someone else's.
     */
    private Uni<TicketFilter> scoped(Caller caller, TicketFilter filter) {
        if (filter.mentionsMe()) {
            return people.sync(caller).chain(me -> scoped(caller, filter.resolvedFor(me.id())));
        }
        if (caller.isStaff()) {
            return filter.queueId() == null || caller.worksEveryQueue()
                    ? Uni.createFrom().item(filter)
                    : people.sync(caller)
                            .call(me -> workers.requireWorksQueue(me, filter.queueId()))
                            .replaceWith(filter);
        }
        return people.sync(caller).map(me -> scopeToRequester(filter, me));
    }

    private static TicketFilter scopeToRequester(TicketFilter filter, Person me) {
        if (filter.requesterId() != null && !filter.requesterId().equals(me.id())) {
            return null;
        }
        return filter.onlyFor(me.id());
    }
}

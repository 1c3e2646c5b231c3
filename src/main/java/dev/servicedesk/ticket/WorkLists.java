package dev.servicedesk.ticket;

import dev.servicedesk.common.Page;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.PersonService;
import dev.servicedesk.queue.Queue;
import dev.servicedesk.queue.QueueService;
import dev.servicedesk.ticket.dto.WorkItem;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the desk works next: a queue's working list, and the new tickets nobody has taken. */
@ApplicationScoped
public class WorkLists {
    static final TicketSort TRIAGE_ORDER = TicketSort.OLDEST_FIRST;

    private final WorkListRows tickets;
    private final QueueService queues;
    private final PersonService people;
    private final Clock clock;

    WorkLists(WorkListRows tickets, QueueService queues, PersonService people, Clock clock) {
        this.tickets = tickets;
        this.queues = queues;
        this.people = people;
        this.clock = clock;
    }

    /** Its members and supervisor work a queue; admins and integrations oversee every one. */
    @WithSession
    public Uni<Page<WorkItem>> queue(Caller caller, UUID queueId, WorkListFilter filter) {
        return queues.find(queueId)
                .call(queue -> caller.worksEveryQueue()
                        ? Uni.createFrom().voidItem()
                        : people.sync(caller).invoke(me -> TicketWorkers.requireWorks(queue.workers(), me.id())))
                .chain(() -> tickets.workingList(queueId, filter))
                .map(rows -> page(rows, filter.page()));
    }

    /** New tickets nobody has taken in the caller's queues; the unrouted ones for the front line. */
    @WithSession
    public Uni<Page<WorkItem>> triage(Caller caller, OrderedPage page) {
        if (caller.worksEveryQueue()) {
            return tickets.triage(null, true, page).map(rows -> page(rows, page));
        }
        return people.sync(caller)
                .chain(me -> queues.workedBy(me.id()))
                .chain(mine -> tickets.triage(
                        mine.stream().map(Queue::id).toList(),
                        mine.stream().anyMatch(queue -> queue.tier() == 1),
                        page))
                .map(rows -> page(rows, page));
    }

    private Page<WorkItem> page(List<WorkRow> rows, OrderedPage page) {
        Instant now = clock.instant();
        return Page.of(rows, page.page(), page.sort()::cursorAfter, row -> WorkItem.of(row, now));
    }
}

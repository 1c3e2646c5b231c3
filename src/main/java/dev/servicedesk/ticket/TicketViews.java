package dev.servicedesk.ticket;

import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.Person;
import dev.servicedesk.identity.PersonService;
import dev.servicedesk.ticket.dto.TicketActions;
import dev.servicedesk.ticket.dto.TicketView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** A ticket as the caller sees it, with what they may do with it now. */
@ApplicationScoped
public class TicketViews {
    private final PersonService people;
    private final TicketWorkers workers;
    private final TicketSettings settings;
    private final Clock clock;

    TicketViews(PersonService people, TicketWorkers workers, TicketSettings settings, Clock clock) {
        this.people = people;
        this.workers = workers;
        this.settings = settings;
        this.clock = clock;
    }

    public Uni<TicketView> of(Caller caller, Ticket ticket) {
        return people.sync(caller)
                .chain(person -> workers.works(caller, person, ticket)
                        .map(works -> TicketView.of(ticket, caller, actions(ticket, person, works))));
    }

    private TicketActions actions(Ticket ticket, Person person, boolean works) {
        Resolution resolution = ticket.resolution();
        boolean reopenable = resolution != null
                && !clock.instant().isAfter(resolution.resolvedAt().plus(settings.closeResolvedAfter()));
        return TicketActionRules.of(ticket, works, ticket.isRequestedBy(person.id()), reopenable);
    }
}

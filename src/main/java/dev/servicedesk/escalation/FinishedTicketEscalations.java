package dev.servicedesk.escalation;

import dev.servicedesk.ticket.EscalationsOnTicket;
import dev.servicedesk.ticket.Ticket;
import dev.servicedesk.ticket.TicketEscalations;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;

/** Closes a ticket's acknowledged escalations when their work is done: resolved, cancelled, or their queue left. */
@ApplicationScoped
class FinishedTicketEscalations implements EscalationsOnTicket {
    private final EscalationRepository escalations;
    private final TicketEscalations ticketSide;

    FinishedTicketEscalations(EscalationRepository escalations, TicketEscalations ticketSide) {
        this.escalations = escalations;
        this.ticketSide = ticketSide;
    }

    @Override
    public Uni<Void> workDone(Ticket ticket, UUID actorId, String how, Instant at) {
        return close(ticket, escalation -> true, actorId, how, at);
    }

    @Override
    public Uni<Void> leftQueue(Ticket ticket, UUID queueId, UUID actorId, String how, Instant at) {
        return close(ticket, escalation -> queueId.equals(escalation.route().toQueueId()), actorId, how, at);
    }

    private Uni<Void> close(Ticket ticket, Predicate<Escalation> which, UUID actorId, String how, Instant at) {
        String note = "Closed as the ticket was " + how + ".";
        return escalations.acknowledgedOf(ticket.id()).chain(acknowledged -> {
            Uni<Void> done = Uni.createFrom().voidItem();
            for (Escalation escalation : acknowledged.stream().filter(which).toList()) {
                escalation.close(actorId, note, at);
                // One after another: a reactive session runs one operation at a time.
                done = done.chain(() -> ticketSide.closed(ticket.id(), escalation.id(), actorId, note, at));
            }
            return done;
        });
    }
}

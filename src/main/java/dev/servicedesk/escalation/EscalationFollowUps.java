package dev.servicedesk.escalation;

import dev.servicedesk.queue.QueueService;
import dev.servicedesk.ticket.TicketEscalations;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An escalation nobody acknowledged within the configured time goes one level up, once: a
 * FUNCTIONAL one to the supervisor of the queue it went to (it is closed, the new one follows
 * it); when there is nobody above, that is noted on the ticket instead.
 */
@ApplicationScoped
public class EscalationFollowUps {
    private final EscalationRepository escalations;
    private final TicketEscalations ticketSide;
    private final QueueService queues;
    private final Clock clock;
    private final Duration acknowledgeWithin;

    EscalationFollowUps(
            EscalationRepository escalations,
            TicketEscalations ticketSide,
            QueueService queues,
            Clock clock,
            @ConfigProperty(name = "servicedesk.escalations.acknowledge-within", defaultValue = "PT1H")
                    Duration acknowledgeWithin) {
        this.escalations = escalations;
        this.ticketSide = ticketSide;
        this.queues = queues;
        this.clock = clock;
        this.acknowledgeWithin = acknowledgeWithin;
    }

    /** One batch in one transaction; answers how many escalations it followed up. */
    @WithTransaction
    public Uni<Integer> followUp(int batch) {
        Instant now = clock.instant();
        return escalations.claimOverdue(now.minus(acknowledgeWithin), batch).chain(overdue -> {
            Uni<Void> done = Uni.createFrom().voidItem();
            for (Escalation escalation : overdue) {
                // One after another: a reactive session runs one operation at a time.
                done = done.chain(() -> followUp(escalation, now));
            }
            return done.call(escalations::flush).replaceWith(overdue.size());
        });
    }

    private Uni<Void> followUp(Escalation escalation, Instant now) {
        String late = "Not acknowledged within " + minutes() + " minutes";
        Uni<UUID> above = escalation.kind() == EscalationKind.FUNCTIONAL
                ? queues.find(escalation.route().toQueueId())
                        .map(queue -> queue.queue().supervisorId())
                : Uni.createFrom().nullItem();
        return above.chain(supervisor -> {
            if (supervisor == null) {
                escalation.overdue(late + "; there is nobody above to escalate to.", now, false);
                return ticketSide.noteEscalated(
                        escalation.ticketId(), escalation.id(), late + "; there is nobody above to escalate to.", now);
            }
            String reason = late + "; escalated to the queue's supervisor.";
            escalation.overdue(reason, now, true);
            return escalations
                    .flush()
                    .chain(() -> escalations.countOf(escalation.ticketId()))
                    .chain(earlier -> escalations.persist(
                            Escalation.followUp(escalation, earlier.intValue() + 1, supervisor, reason, now)))
                    .chain(next -> ticketSide.escalatedFurther(escalation.ticketId(), next.id(), reason, now));
        });
    }

    private long minutes() {
        return acknowledgeWithin.toMinutes();
    }
}

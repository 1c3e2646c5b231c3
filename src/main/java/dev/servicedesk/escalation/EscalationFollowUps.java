package dev.servicedesk.escalation;

import dev.servicedesk.queue.QueueService;
import dev.servicedesk.ticket.TicketEscalations;
import io.quarkus.hibernate.reactive.panache.Panache;
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
    private final EscalationMetrics metrics;

    EscalationFollowUps(
            EscalationRepository escalations,
            TicketEscalations ticketSide,
            QueueService queues,
            Clock clock,
            @ConfigProperty(name = "servicedesk.escalations.acknowledge-within", defaultValue = "PT1H")
                    Duration acknowledgeWithin,
            EscalationMetrics metrics) {
        this.escalations = escalations;
        this.ticketSide = ticketSide;
        this.queues = queues;
        this.clock = clock;
        this.acknowledgeWithin = acknowledgeWithin;
        this.metrics = metrics;
    }

    /**
     * One batch in one transaction; answers how many escalations it followed up. Those escalated
     * further are counted once the transaction committed.
     */
    public Uni<Integer> followUp(int batch) {
        return Panache.withTransaction(() -> followUpInTransaction(batch))
                .invoke(batchDone -> metrics.opened(EscalationTrigger.ACKNOWLEDGEMENT_OVERDUE, batchDone.escalated()))
                .map(BatchDone::overdue);
    }

    /** How many escalations were overdue, and how many of them went one level up. */
    private record BatchDone(int overdue, int escalated) {}

    private Uni<BatchDone> followUpInTransaction(int batch) {
        Instant now = clock.instant();
        return escalations.claimOverdue(now.minus(acknowledgeWithin), batch).chain(overdue -> {
            Uni<Integer> escalated = Uni.createFrom().item(0);
            for (Escalation escalation : overdue) {
                // One after another: a reactive session runs one operation at a time.
                escalated =
                        escalated.chain(sofar -> followUp(escalation, now).map(further -> further ? sofar + 1 : sofar));
            }
            return escalated.call(escalations::flush).map(count -> new BatchDone(overdue.size(), count));
        });
    }

    /** Answers whether it went one level up. */
    private Uni<Boolean> followUp(Escalation escalation, Instant now) {
        String late = "Not acknowledged within " + minutes() + " minutes";
        Uni<UUID> above = escalation.kind() == EscalationKind.FUNCTIONAL
                ? queues.find(escalation.route().toQueueId())
                        .map(queue -> queue.queue().supervisorId())
                : Uni.createFrom().nullItem();
        return above.chain(supervisor -> {
            if (supervisor == null) {
                escalation.overdue(late + "; there is nobody above to escalate to.", now, false);
                return ticketSide
                        .noteEscalated(
                                escalation.ticketId(),
                                escalation.id(),
                                late + "; there is nobody above to escalate to.",
                                now)
                        .replaceWith(false);
            }
            String reason = late + "; escalated to the queue's supervisor.";
            escalation.overdue(reason, now, true);
            return escalations
                    .flush()
                    .chain(() -> escalations.countOf(escalation.ticketId()))
                    .chain(earlier -> escalations.persist(
                            Escalation.followUp(escalation, earlier.intValue() + 1, supervisor, reason, now)))
                    .chain(next -> ticketSide.escalatedFurther(escalation.ticketId(), next.id(), reason, now))
                    .replaceWith(true);
        });
    }

    private long minutes() {
        return acknowledgeWithin.toMinutes();
    }
}

package dev.servicedesk.queue;

import dev.servicedesk.common.ChangeNotifications;
import dev.servicedesk.common.Snapshot;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every queue with its members, kept in memory until a queue changes on any replica: who works
 * which queue is asked on every change to a ticket, and the desk's queues are few.
 */
@ApplicationScoped
public class QueueDirectory {
    private final Snapshot<Queues> queues;

    QueueDirectory(QueueService service, ChangeNotifications changes) {
        this.queues = new Snapshot<>(changes, () -> service.all().map(Queues::of), QueueService.TOPIC);
    }

    /** Who works the queue, or null when there is none. */
    @WithSession
    public Uni<QueueWorkers> find(UUID id) {
        return queues.get().map(known -> known.byId().get(id));
    }

    /** Who works each queue, by the queue's id. */
    @WithSession
    public Uni<Map<UUID, QueueWorkers>> all() {
        return queues.get().map(Queues::byId);
    }

    /** Whether the person works (as a member or the supervisor) a queue of this tier. */
    @WithSession
    public Uni<Boolean> worksAQueueOfTier(UUID person, int tier) {
        return queues.get()
                .map(known -> known.byId().values().stream()
                        .anyMatch(queue -> queue.tier() == tier && queue.isWorkedBy(person)));
    }

    /** Plain values, not entities: they outlive the session that loaded them. */
    private record Queues(Map<UUID, QueueWorkers> byId) {
        static Queues of(Collection<QueueState> all) {
            return new Queues(all.stream()
                    .map(QueueState::workers)
                    .collect(Collectors.toUnmodifiableMap(QueueWorkers::queueId, Function.identity())));
        }
    }
}

package dev.servicedesk.ticket;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;

/**
 * The open (not finished) tickets per queue, by the queue's name ({@code none} for tickets in no
 * queue), read from the database on a schedule. Every replica reads and reports the same figure
 * for the whole desk, so whatever adds them up across replicas must take the max, not the sum.
 * A queue with no open tickets left has no series.
 */
@ApplicationScoped
public class BacklogMetrics {
    static final String NO_QUEUE = "none";

    // The inner count reads only the partial index of open tickets by queue (ticket_queue_work).
    private static final String OPEN_BY_QUEUE = """
            SELECT q.name, o.open
              FROM (SELECT queue_id, count(*) AS open FROM ticket WHERE NOT finished GROUP BY queue_id) o
              LEFT JOIN queue q ON q.id = o.queue_id""";

    private final Pool pool;
    private final MultiGauge open;

    BacklogMetrics(Pool pool, MeterRegistry registry) {
        this.pool = pool;
        this.open = MultiGauge.builder("servicedesk.backlog.open")
                .description("Open tickets per queue, the same on every replica")
                .register(registry);
    }

    @Scheduled(
            every = "${servicedesk.metrics.backlog-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> refresh() {
        return pool.query(OPEN_BY_QUEUE)
                .execute()
                .invoke(rows -> {
                    Map<String, Long> byQueue = new TreeMap<>();
                    for (Row row : rows) {
                        String queue = row.getString("name");
                        byQueue.merge(queue == null ? NO_QUEUE : queue, row.getLong("open"), Long::sum);
                    }
                    // overwrite: a queue no longer listed (emptied, or gone) loses its series
                    open.register(
                            byQueue.entrySet().stream()
                                    .map(entry -> MultiGauge.Row.of(Tags.of("queue", entry.getKey()), entry.getValue()))
                                    .toList(),
                            true);
                })
                .replaceWithVoid();
    }
}

package dev.servicedesk.kb;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts article reads in memory and adds them to the database every few seconds in one
 * statement, so a read never writes. Every replica adds its own counts; one that dies loses at
 * most the reads since its last flush.
 */
@ApplicationScoped
public class ArticleViewCounter {
    private static final String ADD = """
            INSERT INTO kb_article_views (article_id, views)
            SELECT * FROM unnest(CAST($1 AS uuid[]), CAST($2 AS bigint[]))
            ON CONFLICT (article_id) DO UPDATE SET views = kb_article_views.views + EXCLUDED.views""";
    private static final Duration LONGEST_FLUSH = Duration.ofSeconds(10);

    private final Map<UUID, Long> pending = new ConcurrentHashMap<>();
    private final Pool pool;

    ArticleViewCounter(Pool pool) {
        this.pool = pool;
    }

    void read(UUID articleId) {
        pending.merge(articleId, 1L, Long::sum);
    }

    @Scheduled(
            every = "${servicedesk.kb.views-flush-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduledFlush() {
        return flush();
    }

    /** Adds the reads counted since the last flush; on failure they are counted again for the next. */
    public Uni<Void> flush() {
        List<UUID> ids = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (UUID id : List.copyOf(pending.keySet())) {
            Long count = pending.remove(id);
            if (count != null) {
                ids.add(id);
                counts.add(count);
            }
        }
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return pool.preparedQuery(ADD)
                .execute(Tuple.of(ids.toArray(UUID[]::new), counts.toArray(Long[]::new)))
                .replaceWithVoid()
                .onFailure()
                .invoke(() -> {
                    for (int i = 0; i < ids.size(); i++) {
                        pending.merge(ids.get(i), counts.get(i), Long::sum);
                    }
                });
    }

    void onStop(@Observes ShutdownEvent event) {
        flush().onFailure().recoverWithNull().await().atMost(LONGEST_FLUSH);
    }
}

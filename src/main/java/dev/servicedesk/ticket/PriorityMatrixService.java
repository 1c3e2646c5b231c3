package dev.servicedesk.ticket;

import dev.servicedesk.common.ChangeNotifications;
import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

@ApplicationScoped
public class PriorityMatrixService {
    static final String TOPIC = "priority_matrix";

    private final PriorityMatrixRepository matrices;
    private final ChangeNotifications changes;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private volatile StoredPriorityMatrix cached;

    PriorityMatrixService(PriorityMatrixRepository matrices, ChangeNotifications changes, Clock clock) {
        this.matrices = matrices;
        this.changes = changes;
        this.clock = clock;
        changes.onChange(TOPIC, this::forget);
    }

    @WithSession
    Uni<StoredPriorityMatrix> current() {
        return matrices.load();
    }

    /**
     * The priority the desk's matrix gives to this impact and urgency, from the matrix kept in
     * memory until it changes (on any replica).
     */
    @WithSession
    public Uni<Priority> priorityFor(Impact impact, Urgency urgency) {
        return remembered().map(stored -> stored.matrix().priorityFor(impact, urgency));
    }

    private Uni<StoredPriorityMatrix> remembered() {
        StoredPriorityMatrix known = cached;
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        long loading = generation.get();
        return matrices.load().invoke(loaded -> {
            // A change heard while loading may not be in what was loaded: keep it only if none was.
            if (generation.get() == loading) {
                cached = loaded;
            }
        });
    }

    private void forget() {
        generation.incrementAndGet();
        cached = null;
    }

    /**
     * Replaces the matrix if {@code ifMatch} names the current version (412 otherwise, 428 when
     * absent); a concurrent replacement that commits first makes this one a 412 as well.
     */
    @WithTransaction
    Uni<StoredPriorityMatrix> replace(List<PriorityMatrixCell> cells, String ifMatch, UUID by) {
        ImpactUrgencyMatrix matrix = ImpactUrgencyMatrix.of(cells);
        return matrices.load()
                .invoke(current -> EntityTag.requireMatch(ifMatch, current.version()))
                .chain(current -> matrices.replace(
                        matrix, current.version(), by, clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .chain(replaced -> {
                    if (!replaced) {
                        throw new ProblemException(
                                ProblemType.PRECONDITION_FAILED,
                                "The priority matrix was replaced concurrently; reload and retry.");
                    }
                    return changes.announce(TOPIC).chain(matrices::load);
                });
    }
}

package dev.servicedesk.ticket;

import dev.servicedesk.audit.AuditAction;
import dev.servicedesk.audit.AuditResourceType;
import dev.servicedesk.audit.AuditTrail;
import dev.servicedesk.common.ChangeNotifications;
import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.common.Snapshot;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PriorityMatrixService {
    static final String TOPIC = "priority_matrix";
    /** The desk has one matrix; the audit trail names it so. */
    private static final String AUDITED_ID = "default";

    private final PriorityMatrixRepository matrices;
    private final ChangeNotifications changes;
    private final Clock clock;
    private final Snapshot<StoredPriorityMatrix> snapshot;
    private final AuditTrail audit;

    PriorityMatrixService(
            PriorityMatrixRepository matrices, ChangeNotifications changes, Clock clock, AuditTrail audit) {
        this.matrices = matrices;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
        this.snapshot = new Snapshot<>(changes, matrices::load, TOPIC);
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
        return snapshot.get().map(stored -> stored.matrix().priorityFor(impact, urgency));
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
                .chain(current -> matrices.replace(matrix, current.version(), by, clock.instant())
                        .chain(replaced -> {
                            if (!replaced) {
                                throw new ProblemException(
                                        ProblemType.PRECONDITION_FAILED,
                                        "The priority matrix was replaced concurrently; reload and retry.");
                            }
                            return changes.announce(TOPIC).chain(matrices::load);
                        })
                        .call(now -> audit.record(
                                AuditResourceType.PRIORITY_MATRIX,
                                AUDITED_ID,
                                AuditAction.REPLACED,
                                current.toResponse(),
                                now.toResponse())));
    }
}

package dev.servicedesk.ticket;

import dev.servicedesk.common.SqlValues;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class PriorityMatrixRepository {
    private static final String LOAD = """
            SELECT m.version, m.updated_at, m.updated_by, c.impact, c.urgency, c.priority
              FROM priority_matrix m CROSS JOIN priority_matrix_cell c""";
    private static final String BUMP_VERSION = """
            UPDATE priority_matrix SET version = version + 1, updated_at = :at, updated_by = :by
             WHERE id = 1 AND version = :expected""";
    private static final String SET_CELL =
            "UPDATE priority_matrix_cell SET priority = :priority WHERE impact = :impact AND urgency = :urgency";

    Uni<StoredPriorityMatrix> load() {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(LOAD).getResultList())
                .map(PriorityMatrixRepository::toStored);
    }

    /** Writes the matrix unless someone else replaced it since {@code expectedVersion}; false if so. */
    Uni<Boolean> replace(ImpactUrgencyMatrix matrix, long expectedVersion, UUID by, Instant at) {
        return Panache.getSession().chain(session -> {
            Uni<Boolean> writes = session.createNativeQuery(BUMP_VERSION)
                    .setParameter("at", at)
                    .setParameter("by", by)
                    .setParameter("expected", expectedVersion)
                    .executeUpdate()
                    .map(updated -> updated == 1);
            for (PriorityMatrixCell cell : matrix.cells()) {
                writes = writes.call(current -> current
                        ? session.createNativeQuery(SET_CELL)
                                .setParameter("priority", cell.priority().name())
                                .setParameter("impact", cell.impact().name())
                                .setParameter("urgency", cell.urgency().name())
                                .executeUpdate()
                        : Uni.createFrom().voidItem());
            }
            return writes;
        });
    }

    private static StoredPriorityMatrix toStored(List<?> untypedRows) {
        List<Object[]> rows = untypedRows.stream().map(Object[].class::cast).toList();
        Object[] header = rows.get(0);
        List<PriorityMatrixCell> cells = rows.stream()
                .map(row -> new PriorityMatrixCell(
                        Impact.valueOf((String) row[3]), Urgency.valueOf((String) row[4]), Priority.valueOf((String)
                                row[5])))
                .toList();
        return new StoredPriorityMatrix(
                ImpactUrgencyMatrix.of(cells),
                ((Number) header[0]).longValue(),
                SqlValues.instant(header[1]),
                SqlValues.uuid(header[2]));
    }
}

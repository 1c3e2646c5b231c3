package dev.servicedesk.identity;

import dev.servicedesk.common.Ids;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
class PersonRepository implements PanacheRepositoryBase<Person, UUID> {
    /**
     * One round trip: inserts the person, or updates them only when the token says something new,
     * and returns the row either way. The update is skipped when nothing changed, so a busy caller
     * does not rewrite their row on every request.
     */
    private static final String SYNC = """
            WITH synced AS (
                INSERT INTO person AS p (id, subject, name, email, department, created_at, updated_at, version)
                VALUES (:id, :subject, :name, :email, :department, :now, :now, 0)
                ON CONFLICT (subject) DO UPDATE
                   SET name = EXCLUDED.name, email = EXCLUDED.email, department = EXCLUDED.department,
                       updated_at = EXCLUDED.updated_at, version = p.version + 1
                 WHERE (p.name, p.email, p.department)
                       IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.email, EXCLUDED.department)
                RETURNING *)
            SELECT * FROM synced
            UNION ALL
            SELECT * FROM person WHERE subject = :subject AND NOT EXISTS (SELECT 1 FROM synced)""";

    Uni<Person> sync(Caller caller, Instant now) {
        return getSession()
                .chain(session -> session.createNativeQuery(SYNC, Person.class)
                        .setParameter("id", Ids.newId())
                        .setParameter("subject", caller.subject())
                        .setParameter("name", caller.name())
                        .setParameter("email", caller.email())
                        .setParameter("department", caller.department())
                        .setParameter("now", now)
                        .getResultList())
                // Empty only when a concurrent first sight inserted the row after this statement's
                // snapshot was taken; by now it is committed and visible.
                .chain(rows -> rows.isEmpty()
                        ? find("subject", caller.subject()).singleResult()
                        : Uni.createFrom().item(rows.get(0)));
    }
}

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
     * Inserts the person, or updates them only when the token says something new: a busy caller
     * does not rewrite their row on every request. A concurrent first sight waits on the unique
     * subject and then takes the update path.
     */
    private static final String UPSERT = """
            INSERT INTO person AS p (id, subject, name, email, department, created_at, updated_at, version)
            VALUES (:id, :subject, :name, :email, :department, :now, :now, 0)
            ON CONFLICT (subject) DO UPDATE
               SET name = EXCLUDED.name, email = EXCLUDED.email, department = EXCLUDED.department,
                   updated_at = EXCLUDED.updated_at, version = p.version + 1
             WHERE (p.name, p.email, p.department)
                   IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.email, EXCLUDED.department)""";

    Uni<Person> sync(Caller caller, Instant now) {
        return getSession()
                .chain(session -> session.createNativeQuery(UPSERT)
                        .setParameter("id", Ids.newId())
                        .setParameter("subject", caller.subject())
                        .setParameter("name", caller.name())
                        .setParameter("email", caller.email())
                        .setParameter("department", caller.department())
                        .setParameter("now", now)
                        .executeUpdate())
                .chain(() -> find("subject", caller.subject()).singleResult());
    }
}

package dev.servicedesk.audit;

import dev.servicedesk.common.DatabaseJson;
import dev.servicedesk.common.Ids;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.PersonService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Where configuration changes are written down: each feature records its change here, inside the
 * transaction that makes it, so that an entry exists exactly when its change was kept. The actor
 * is the caller of the current request (only requests change configuration); {@code before} and
 * {@code after} are the resource's settings as the API shows them, or for a review its review state
 * (null before a creation, after a deletion).
 */
@ApplicationScoped
public class AuditTrail {
    // The values are bound as text: a parameter the database takes as jsonb would get a Java string as a JSON string.
    private static final String INSERT = """
            INSERT INTO audit_entry (id, occurred_at, actor_id, resource_type, resource_id, action, before, after)
            VALUES (:id, :occurredAt, :actorId, :resourceType, :resourceId, :action,
                    NULLIF(CAST(CAST(:before AS text) AS jsonb), 'null'),
                    NULLIF(CAST(CAST(:after AS text) AS jsonb), 'null'))""";

    private final CurrentCaller currentCaller;
    private final PersonService people;
    private final Clock clock;

    AuditTrail(CurrentCaller currentCaller, PersonService people, Clock clock) {
        this.currentCaller = currentCaller;
        this.people = people;
        this.clock = clock;
    }

    public Uni<Void> created(AuditResourceType type, Object id, Object after) {
        return record(type, id, AuditAction.CREATED, null, after);
    }

    public Uni<Void> updated(AuditResourceType type, Object id, Object before, Object after) {
        return record(type, id, AuditAction.UPDATED, before, after);
    }

    public Uni<Void> deleted(AuditResourceType type, Object id, Object before) {
        return record(type, id, AuditAction.DELETED, before, null);
    }

    public Uni<Void> record(AuditResourceType type, Object id, AuditAction action, Object before, Object after) {
        return people.sync(currentCaller.get())
                .chain(actor -> Panache.getSession()
                        .chain(session -> session.createNativeQuery(INSERT)
                                .setParameter("id", Ids.newId())
                                .setParameter("occurredAt", clock.instant())
                                .setParameter("actorId", actor.id())
                                .setParameter("resourceType", type.name())
                                .setParameter("resourceId", id.toString())
                                .setParameter("action", action.name())
                                .setParameter("before", DatabaseJson.write(before))
                                .setParameter("after", DatabaseJson.write(after))
                                .executeUpdate()))
                .replaceWithVoid();
    }
}

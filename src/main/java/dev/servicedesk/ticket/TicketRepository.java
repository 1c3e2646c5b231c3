package dev.servicedesk.ticket;

import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.SessionSql;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@ApplicationScoped
class TicketRepository implements PanacheRepositoryBase<Ticket, UUID> {
    /** One statement for every type's sequence. */
    private static final String NEXT_NUMBER = "SELECT nextval(CAST(CAST($1 AS text) AS regclass))";

    /** The next human key of a type, unique under concurrency (a rolled-back create leaves a gap). */
    Uni<String> nextKey(TicketType type) {
        return getSession()
                .chain(session -> SessionSql.select(
                        session, NEXT_NUMBER, "ticket_number_" + type.name().toLowerCase(Locale.ROOT)))
                .map(rows -> type.keyPrefix() + "-" + rows.get(0)[0]);
    }

    /**
     * Claims up to {@code batch} tickets resolved before {@code cutoff} for this transaction: rows
     * another replica has claimed are skipped, so replicas share the work without doing it twice.
     */
    Uni<List<Ticket>> claimResolvedBefore(Instant cutoff, int batch) {
        return getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT * FROM ticket WHERE status = 'RESOLVED' AND resolved_at <= :cutoff"
                                        + " ORDER BY resolved_at LIMIT :batch FOR NO KEY UPDATE SKIP LOCKED",
                                Ticket.class)
                        .setParameter("cutoff", cutoff)
                        .setParameter("batch", batch)
                        .getResultList());
    }

    /**
     * Locks the tickets for this transaction, always in id order so that two transactions locking
     * the same pair cannot deadlock. (One that locked a ticket first, such as a parent resolved
     * with its children, can still meet one: PostgreSQL breaks it, and the loser answers 409 to retry.)
     */
    Uni<List<Ticket>> lock(List<UUID> ids) {
        return find("id in ?1 order by id", ids)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /** A parent's children, locked for this transaction. */
    Uni<List<Ticket>> lockChildrenOf(UUID parentId) {
        return getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT t.* FROM ticket t JOIN ticket_link l ON l.target_id = t.id"
                                        + " WHERE l.source_id = :parent AND l.kind = 'PARENT_OF'"
                                        + " ORDER BY t.id FOR NO KEY UPDATE OF t",
                                Ticket.class)
                        .setParameter("parent", parentId)
                        .getResultList());
    }

    Uni<List<Ticket>> findAll(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1", ids);
    }

    Uni<Ticket> findByKey(String key) {
        return find("ticketKey", key).firstResult();
    }

    /**
     * The ticket, row-locked for this transaction and read under the lock; null when there is none,
     * or when {@code requesterId} is given and did not request it (then it is not locked).
     */
    Uni<Ticket> lockedById(UUID id, UUID requesterId) {
        return requesterId == null
                ? findById(id, LockModeType.PESSIMISTIC_WRITE)
                : find("id = ?1 and requesterId = ?2", id, requesterId)
                        .withLock(LockModeType.PESSIMISTIC_WRITE)
                        .firstResult();
    }

    /** As {@link #lockedById}, the ticket named by its key. */
    Uni<Ticket> lockedByKey(String key, UUID requesterId) {
        return (requesterId == null
                        ? find("ticketKey", key)
                        : find("ticketKey = ?1 and requesterId = ?2", key, requesterId))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    /**
     * Row-locks the ticket for this transaction and reads it again as it stands once the lock is
     * had, in one statement; answers that instance, which the change must go to. The instance read
     * before is let go first: a refresh under a lock logs a deprecation warning on every call
     * (Hibernate refuses it outright from version 7), and a find would only upgrade the lock of the
     * instance it already has, without reading it again.
     */
    Uni<Ticket> lockAndRefresh(Ticket ticket) {
        return getSession()
                .chain(session -> {
                    if (session.contains(ticket)) {
                        session.detach(ticket);
                    }
                    return session.find(Ticket.class, ticket.id(), LockModeType.PESSIMISTIC_WRITE);
                })
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundProblem("ticket", ticket.id()));
    }

    /**
     * Many tickets as their events show them, read without loading them into the session (the SLA
     * checker tells of thousands at once, and managed tickets would each be checked at its flush). It
     * sees what the session has flushed: the checker changes no ticket before it reads them.
     */
    Uni<List<TicketEventData.Summary>> summaries(List<UUID> ids) {
        return getSession()
                .chain(session -> SessionSql.select(session, SUMMARIES, (Object) ids.toArray(UUID[]::new)))
                .map(rows -> rows.stream()
                        .map(row -> new TicketEventData.Summary(
                                (UUID) row[0],
                                (String) row[1],
                                TicketType.valueOf((String) row[2]),
                                TicketStatus.valueOf((String) row[3]),
                                Priority.valueOf((String) row[4]),
                                (String) row[5],
                                (UUID) row[6],
                                (UUID) row[7],
                                (UUID) row[8],
                                ((OffsetDateTime) row[9]).toInstant(),
                                ((OffsetDateTime) row[10]).toInstant()))
                        .toList());
    }

    /** One statement whatever the number of ids (an "in" list of a thousand would be planned anew each time). */
    private static final String SUMMARIES = """
            SELECT id, ticket_key, type, status, priority, subject, requester_id, queue_id, assignee_id,
                   created_at, updated_at
              FROM ticket WHERE id = ANY(CAST($1 AS uuid[]))""";
}

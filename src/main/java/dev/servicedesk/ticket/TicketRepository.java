package dev.servicedesk.ticket;

import dev.servicedesk.common.LikePattern;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.TextFold;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
class TicketRepository implements PanacheRepositoryBase<Ticket, UUID> {

    /** The next human key of a type, unique under concurrency (a rolled-back create leaves a gap). */
    Uni<String> nextKey(TicketType type) {
        // HQL rather than a native query: Hibernate gives each run of a native select a new
        // plan-cache key, so a native query on this hot path would churn the plan cache.
        String sequence = "ticket_number_" + type.name().toLowerCase(Locale.ROOT);
        return getSession()
                .chain(session -> session.createSelectionQuery(
                                "select cast(function('nextval', '" + sequence + "') as Long)", Long.class)
                        .getSingleResult())
                .map(number -> type.keyPrefix() + "-" + number);
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

    /** One page in the filter's order, fetched one row long to tell whether another follows. */
    Uni<List<TicketListRow>> list(TicketFilter filter) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!filter.statuses().isEmpty()) {
            conditions.add("status in :statuses");
            parameters.and("statuses", filter.statuses());
        }
        condition(conditions, parameters, "type", filter.type());
        condition(conditions, parameters, "classification.category", filter.category());
        condition(conditions, parameters, "classification.priority", filter.priority());
        condition(conditions, parameters, "classification.channel", filter.channel());
        condition(conditions, parameters, "requesterId", filter.requesterId());
        condition(conditions, parameters, "placement.queueId", filter.queueId());
        condition(conditions, parameters, "resolution.resolutionArticleId", filter.articleId());
        condition(conditions, parameters, "placement.assigneeId", filter.assigneeId());
        condition(conditions, parameters, "ticketKey", filter.key());
        if (!filter.ciIds().isEmpty()) {
            conditions.add("array_intersects(ciIds, :ciIds)");
            parameters.and("ciIds", filter.ciIds().toArray(UUID[]::new));
        }
        if (filter.createdFrom() != null) {
            conditions.add("createdAt >= :createdFrom");
            parameters.and("createdFrom", filter.createdFrom());
        }
        if (filter.createdTo() != null) {
            conditions.add("createdAt < :createdTo");
            parameters.and("createdTo", filter.createdTo());
        }
        if (filter.updatedFrom() != null) {
            conditions.add("updatedAt >= :updatedFrom");
            parameters.and("updatedFrom", filter.updatedFrom());
        }
        if (filter.updatedTo() != null) {
            conditions.add("updatedAt < :updatedTo");
            parameters.and("updatedTo", filter.updatedTo());
        }
        if (filter.text() != null) {
            conditions.add("(report.searchSubject like :text " + LikePattern.ESCAPE
                    + " or report.searchDescription like :text " + LikePattern.ESCAPE + ")");
            parameters.and("text", LikePattern.containing(TextFold.of(filter.text())));
        }
        TicketSort sort = filter.sort();
        String direction = sort.descending() ? " desc" : " asc";
        List<String> keyset = new ArrayList<>(sort.attributes());
        keyset.add("id");
        if (!filter.after().isEmpty()) {
            List<String> placeholders = new ArrayList<>();
            for (int i = 0; i < filter.after().size(); i++) {
                placeholders.add(":after" + i);
                parameters.and("after" + i, filter.after().get(i));
            }
            placeholders.add(":afterId");
            parameters.and("afterId", filter.page().after().orElseThrow().lastId());
            conditions.add("(" + String.join(", ", keyset) + ") " + (sort.descending() ? "<" : ">") + " ("
                    + String.join(", ", placeholders) + ")");
        }
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        String order = keyset.stream().map(attribute -> attribute + direction).collect(Collectors.joining(", "));
        return listRows(where + " order by " + order, parameters, filter.page().fetchSize());
    }

    /**
     * One page of the open incidents other than {@code ticketId} naming one of {@code ciIds}, the
     * newest first, one row long to tell whether another follows.
     */
    Uni<List<TicketListRow>> openIncidentsOn(UUID ticketId, List<UUID> ciIds, PageRequest page) {
        List<String> conditions = new ArrayList<>(List.of(
                "finished = false",
                "type = dev.servicedesk.ticket.TicketType.INCIDENT",
                "id <> :ticket",
                "array_intersects(ciIds, :ciIds)"));
        Parameters parameters = Parameters.with("ticket", ticketId).and("ciIds", ciIds.toArray(UUID[]::new));
        page.after().ifPresent(after -> {
            conditions.add("(createdAt, id) < (:afterAt, :afterId)");
            parameters.and("afterAt", after.lastInstant()).and("afterId", after.lastId());
        });
        return listRows(
                String.join(" and ", conditions) + " order by createdAt desc, id desc", parameters, page.fetchSize());
    }

    /**
     * What a list reads of each ticket, in the order of {@link TicketListRow}'s components: stated
     * once here, where Panache's {@code project} would find it by reflection on every query.
     */
    private static final String LIST_ROW = "select new dev.servicedesk.ticket.TicketListRow(id, ticketKey, type,"
            + " status, classification.category, classification.priority, classification.channel, report.subject,"
            + " requesterId, placement.queueId, placement.assigneeId, ciIds, createdAt, updatedAt, finished,"
            + " priorityRank, slaDueRank) from Ticket where ";

    private Uni<List<TicketListRow>> listRows(String condition, Parameters parameters, int fetchSize) {
        return getSession().chain(session -> {
            var query = session.createSelectionQuery(LIST_ROW + condition, TicketListRow.class);
            parameters.map().forEach(query::setParameter);
            return query.setMaxResults(fetchSize).getResultList();
        });
    }

    /** One page of a queue's open tickets, most urgent first, then oldest. */
    Uni<List<WorkRow>> workingList(UUID queueId, WorkListFilter filter) {
        List<String> conditions = new ArrayList<>(List.of("t.placement.queueId = :queue", "t.finished = false"));
        Parameters parameters = Parameters.with("queue", queueId);
        if (filter.assigneeId() != null) {
            conditions.add("t.placement.assigneeId = :assignee");
            parameters.and("assignee", filter.assigneeId());
        }
        if (filter.unassigned() != null) {
            conditions.add(
                    filter.unassigned() ? "t.placement.assigneeId is null" : "t.placement.assigneeId is not null");
        }
        return workRows(conditions, parameters, filter.page());
    }

    /**
     * One page of the NEW tickets nobody has taken, oldest first: in {@code queueIds} and, when
     * {@code unrouted}, in no queue; every one of them when {@code queueIds} is null.
     */
    Uni<List<WorkRow>> triage(Collection<UUID> queueIds, boolean unrouted, OrderedPage page) {
        List<String> conditions = new ArrayList<>(
                List.of("t.status = dev.servicedesk.ticket.TicketStatus.NEW", "t.placement.assigneeId is null"));
        Parameters parameters = new Parameters();
        if (queueIds != null) {
            List<String> scope = new ArrayList<>();
            if (!queueIds.isEmpty()) {
                scope.add("t.placement.queueId in :queues");
                parameters.and("queues", queueIds);
            }
            if (unrouted) {
                scope.add("t.placement.queueId is null");
            }
            if (scope.isEmpty()) {
                return Uni.createFrom().item(List.of());
            }
            conditions.add("(" + String.join(" or ", scope) + ")");
        }
        return workRows(conditions, parameters, page);
    }

    private Uni<List<WorkRow>> workRows(List<String> conditions, Parameters parameters, OrderedPage page) {
        List<String> keyset = new ArrayList<>(page.sort().attributes().stream()
                .map(attribute -> "t." + attribute)
                .toList());
        keyset.add("t.id");
        if (!page.after().isEmpty()) {
            List<String> placeholders = new ArrayList<>();
            for (int i = 0; i < page.after().size(); i++) {
                placeholders.add(":after" + i);
                parameters.and("after" + i, page.after().get(i));
            }
            placeholders.add(":afterId");
            parameters.and("afterId", page.page().after().orElseThrow().lastId());
            conditions.add("(" + String.join(", ", keyset) + ") > (" + String.join(", ", placeholders) + ")");
        }
        String hql =
                "select new dev.servicedesk.ticket.WorkRow(t.id, t.ticketKey, t.type, t.status, t.classification.priority,"
                        + " t.report.subject, t.placement.queueId, t.placement.assigneeId, coalesce(p.name, p.email), t.slaDueAt, t.createdAt,"
                        + " t.updatedAt, t.finished, t.priorityRank, t.slaDueRank)"
                        + " from Ticket t left join Person p on p.id = t.placement.assigneeId"
                        + " where " + String.join(" and ", conditions)
                        + " order by " + String.join(", ", keyset);
        return getSession().chain(session -> {
            var query = session.createSelectionQuery(hql, WorkRow.class);
            parameters.map().forEach(query::setParameter);
            return query.setMaxResults(page.page().fetchSize()).getResultList();
        });
    }

    private static void condition(List<String> conditions, Parameters parameters, String attribute, Object value) {
        if (value != null) {
            String parameter = attribute.substring(attribute.lastIndexOf('.') + 1);
            conditions.add(attribute + " = :" + parameter);
            parameters.and(parameter, value);
        }
    }

    /**
     * Many tickets as their events show them, read without loading them into the session (the SLA
     * checker tells of thousands at once, and managed tickets would each be checked at its flush).
     */
    Uni<List<TicketEventData.Summary>> summaries(List<UUID> ids) {
        return getSession()
                .chain(session -> session.createQuery(
                                "select t.id, t.ticketKey, t.type, t.status, t.classification.priority,"
                                        + " t.report.subject, t.requesterId, t.placement.queueId,"
                                        + " t.placement.assigneeId, t.createdAt, t.updatedAt"
                                        + " from Ticket t where t.id in :ids",
                                Object[].class)
                        .setParameter("ids", ids)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new TicketEventData.Summary(
                                (UUID) row[0],
                                (String) row[1],
                                (TicketType) row[2],
                                (TicketStatus) row[3],
                                (Priority) row[4],
                                (String) row[5],
                                (UUID) row[6],
                                (UUID) row[7],
                                (UUID) row[8],
                                (Instant) row[9],
                                (Instant) row[10]))
                        .toList());
    }
}

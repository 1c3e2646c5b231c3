package dev.servicedesk.announcement;

import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.Ids;
import dev.servicedesk.common.LikePattern;
import dev.servicedesk.common.NotFoundProblem;
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
import java.util.UUID;

@ApplicationScoped
class AnnouncementRepository implements PanacheRepositoryBase<Announcement, UUID> {
    /** The phases in which an event runs and so needs keeping current. */
    private static final List<AnnouncementPhase> RUNNING = List.of(
            AnnouncementPhase.INVESTIGATING,
            AnnouncementPhase.IDENTIFIED,
            AnnouncementPhase.MONITORING,
            AnnouncementPhase.IN_PROGRESS);

    /** {@code id} locked for a write under If-Match; a 404 when there is none, a 412 or 428 for the precondition. */
    Uni<Announcement> lockedForWrite(String id, String ifMatch) {
        return locked(id).invoke(announcement -> EntityTag.requireVersion(ifMatch, announcement.version()));
    }

    /** {@code id} locked for this transaction; a 404 when there is none. */
    Uni<Announcement> locked(String id) {
        UUID parsed = Ids.parse(id).orElseThrow(() -> new NotFoundProblem("announcement", id));
        return findById(parsed, LockModeType.PESSIMISTIC_WRITE)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundProblem("announcement", id));
    }

    Uni<String> nextKey() {
        return getSession()
                .chain(session -> session.createSelectionQuery(
                                "select cast(function('nextval', 'announcement_number') as Long)", Long.class)
                        .getSingleResult())
                .map(number -> "ANN-" + number);
    }

    /** One page of the desk's list, the newest first, one row long to tell whether another follows. */
    Uni<List<Announcement>> page(AnnouncementFilter filter, Instant now, Instant overdueBefore) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!filter.statuses().isEmpty()) {
            conditions.add("status in :statuses");
            parameters.and("statuses", filter.statuses());
        }
        if (!filter.types().isEmpty()) {
            conditions.add("type in :types");
            parameters.and("types", filter.types());
        }
        if (!filter.phases().isEmpty()) {
            conditions.add("event.phase in :phases");
            parameters.and("phases", filter.phases());
        }
        if (filter.ciId() != null) {
            conditions.add("array_intersects(ciIds, :ciIds)");
            parameters.and("ciIds", new UUID[] {filter.ciId()});
        }
        if (filter.updateOverdue() != null) {
            conditions.add(
                    filter.updateOverdue()
                            ? "(status = :published and event.phase in :running and event.lastUpdateAt < :overdueBefore)"
                            : "(status <> :published or event.phase is null or event.phase not in :running"
                                    + " or event.lastUpdateAt is null or event.lastUpdateAt >= :overdueBefore)");
            parameters
                    .and("published", AnnouncementStatus.PUBLISHED)
                    .and("running", RUNNING)
                    .and("overdueBefore", overdueBefore);
        }
        if (filter.reviewDue() != null) {
            conditions.add(
                    filter.reviewDue()
                            ? "event.reviewDueAt <= :now"
                            : "(event.reviewDueAt is null or event.reviewDueAt > :now)");
            parameters.and("now", now);
        }
        if (filter.text() != null) {
            conditions.add("(searchText like :text " + LikePattern.ESCAPE
                    + " or exists (select 1 from AnnouncementUpdate u"
                    + " where u.announcementId = a.id and u.searchText like :text " + LikePattern.ESCAPE + "))");
            parameters.and("text", LikePattern.containing(TextFold.of(filter.text())));
        }
        if (filter.from() != null) {
            conditions.add("(event.actualEndAt is null or event.actualEndAt >= :from)");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("coalesce(startsAt, publishedAt, createdAt) < :to");
            parameters.and("to", filter.to());
        }
        filter.page().after().ifPresent(after -> {
            conditions.add("(createdAt, id) < (:afterAt, :afterId)");
            parameters.and("afterAt", after.lastInstant()).and("afterId", after.lastId());
        });
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return find("from Announcement a where " + where + " order by createdAt desc, id desc", parameters)
                .range(0, filter.page().fetchSize() - 1)
                .list();
    }

    /**
     * The published announcements whose event has not ended that reach {@code reader} (all of them
     * when null: the desk), the most severe first, then the newest published.
     */
    Uni<List<Announcement>> active(ActiveReader reader, List<UUID> ciIds, ActivePosition after, int fetchSize) {
        StringBuilder sql = new StringBuilder("SELECT a.* FROM announcement a WHERE a.status = 'PUBLISHED'"
                + " AND (a.phase IS NULL OR a.phase NOT IN ('RESOLVED', 'COMPLETED'))");
        if (reader != null) {
            sql.append(" AND (a.audience_kind = 'EVERYONE'"
                    + " OR (a.audience_kind = 'DEPARTMENTS'"
                    + "     AND lower(:department) IN (SELECT lower(d) FROM unnest(a.departments) d))"
                    + " OR (a.audience_kind = 'AFFECTED_USERS' AND EXISTS (SELECT 1 FROM announcement_audience r"
                    + "     WHERE r.announcement_id = a.id AND r.person_id = :person)))");
        }
        if (!ciIds.isEmpty()) {
            sql.append(" AND a.ci_ids && CAST(:ciIds AS uuid[])");
        }
        if (after != null) {
            sql.append(" AND (" + ActivePosition.SEVERITY + ", a.published_at, a.id)"
                    + " < (:afterSeverity, :afterAt, :afterId)");
        }
        sql.append(" ORDER BY " + ActivePosition.SEVERITY + " DESC, a.published_at DESC, a.id DESC LIMIT :limit");
        return getSession().chain(session -> {
            var query = session.createNativeQuery(sql.toString(), Announcement.class)
                    .setParameter("limit", fetchSize);
            if (reader != null) {
                query.setParameter("department", reader.department()).setParameter("person", reader.personId());
            }
            if (!ciIds.isEmpty()) {
                query.setParameter("ciIds", ciIds.toArray(UUID[]::new));
            }
            if (after != null) {
                query.setParameter("afterSeverity", after.severity())
                        .setParameter("afterAt", after.publishedAt())
                        .setParameter("afterId", after.id());
            }
            return query.getResultList();
        });
    }

    /**
     * One announcement the scheduler has something to do with at {@code now}, but none of
     * {@code skipped}, locked for this transaction (null when there is none); those another
     * replica holds are skipped.
     */
    Uni<Announcement> claimDue(Instant now, Instant endedBefore, Collection<UUID> skipped) {
        return getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT * FROM announcement WHERE ((status = 'SCHEDULED' AND publish_at <= :now)"
                                        + " OR (status = 'PUBLISHED' AND ((phase = 'SCHEDULED' AND starts_at <= :now)"
                                        + " OR (phase = 'IN_PROGRESS' AND estimated_end_at <= :now)"
                                        + " OR expires_at <= :now OR actual_end_at <= :endedBefore)))"
                                        + " AND id <> ALL (CAST(:skipped AS uuid[]))"
                                        + " ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED",
                                Announcement.class)
                        .setParameter("now", now)
                        .setParameter("endedBefore", endedBefore)
                        .setParameter("skipped", skipped.toArray(UUID[]::new))
                        .getResultList())
                .map(found -> found.isEmpty() ? null : found.get(0));
    }
}

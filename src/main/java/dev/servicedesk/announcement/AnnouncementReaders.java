package dev.servicedesk.announcement;

import dev.servicedesk.announcement.dto.AnnouncementAcknowledgement;
import dev.servicedesk.announcement.dto.AnnouncementFeedback;
import dev.servicedesk.announcement.dto.AnnouncementFeedbackGiven;
import dev.servicedesk.announcement.dto.AnnouncementReach;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.SqlValues;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Who an announcement reaches and what they made of it: reads, acknowledgements, feedback. */
@ApplicationScoped
class AnnouncementReaders {

    /** Whether {@code announcement} is for {@code reader} (a requester; the desk, null, gets every one). */
    Uni<Boolean> reaches(Announcement announcement, ActiveReader reader) {
        if (reader == null) {
            return Uni.createFrom().item(true);
        }
        return switch (announcement.audience().kind()) {
            case EVERYONE -> Uni.createFrom().item(true);
            case DESK -> Uni.createFrom().item(false);
            case DEPARTMENTS ->
                Uni.createFrom()
                        .item(reader.department() != null
                                && announcement.audience().departments().stream()
                                        .anyMatch(d -> d.equalsIgnoreCase(reader.department())));
            case AFFECTED_USERS -> inAudience(announcement.id(), reader.personId());
        };
    }

    /** Those {@code people} are who an AFFECTED_USERS announcement went to. */
    Uni<Void> publishedTo(UUID announcement, Collection<UUID> people) {
        if (people.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "INSERT INTO announcement_audience (announcement_id, person_id)"
                                        + " SELECT :id, person FROM unnest(CAST(:people AS uuid[])) person"
                                        + " ON CONFLICT DO NOTHING")
                        .setParameter("id", announcement)
                        .setParameter("people", people.toArray(UUID[]::new))
                        .executeUpdate())
                .replaceWithVoid();
    }

    Uni<Void> read(UUID announcement, UUID person, Instant at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "INSERT INTO announcement_reader (announcement_id, person_id, read_at)"
                                        + " VALUES (:id, :person, :at) ON CONFLICT DO NOTHING")
                        .setParameter("id", announcement)
                        .setParameter("person", person)
                        .setParameter("at", at)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** {@code person} acknowledged it (and so read it); the first time is kept. */
    Uni<AnnouncementAcknowledgement> acknowledge(UUID announcement, UUID person, Instant at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "INSERT INTO announcement_reader AS r (announcement_id, person_id, read_at, acknowledged_at)"
                                        + " VALUES (:id, :person, :at, :at) ON CONFLICT (announcement_id, person_id)"
                                        + " DO UPDATE SET acknowledged_at = coalesce(r.acknowledged_at, EXCLUDED.acknowledged_at)"
                                        + " RETURNING acknowledged_at",
                                Object.class)
                        .setParameter("id", announcement)
                        .setParameter("person", person)
                        .setParameter("at", at)
                        .getSingleResult())
                .map(acknowledged -> new AnnouncementAcknowledgement(person, SqlValues.instant(acknowledged)));
    }

    /** {@code person}'s say on it, in place of any earlier one; giving feedback counts as reading it. */
    Uni<AnnouncementFeedbackGiven> feedback(UUID announcement, UUID person, AnnouncementFeedback said, Instant at) {
        boolean stillAffected = Boolean.TRUE.equals(said.stillAffected());
        return read(announcement, person, at)
                .chain(() -> Panache.getSession())
                .chain(session -> session.createNativeQuery("INSERT INTO announcement_feedback AS f"
                                + " (announcement_id, person_id, helpful, still_affected, comment, given_at)"
                                + " VALUES (:id, :person, :helpful, :stillAffected, :comment, :at)"
                                + " ON CONFLICT (announcement_id, person_id) DO UPDATE SET helpful = EXCLUDED.helpful,"
                                + " still_affected = EXCLUDED.still_affected, comment = EXCLUDED.comment,"
                                + " given_at = EXCLUDED.given_at")
                        .setParameter("id", announcement)
                        .setParameter("person", person)
                        .setParameter("helpful", said.helpful())
                        .setParameter("stillAffected", stillAffected)
                        .setParameter("comment", said.comment())
                        .setParameter("at", at)
                        .executeUpdate())
                .map(done -> new AnnouncementFeedbackGiven(person, said.helpful(), stillAffected, said.comment(), at));
    }

    /** One page of the feedback on it, the latest first, one row long to tell whether another follows. */
    Uni<List<AnnouncementFeedbackGiven>> feedbackPage(UUID announcement, PageRequest page) {
        String after = page.after().isPresent() ? " AND (given_at, person_id) < (:afterAt, :afterId)" : "";
        return Panache.getSession()
                .chain(session -> {
                    var query = session.createNativeQuery(
                                    "SELECT person_id, helpful, still_affected, comment, given_at FROM announcement_feedback"
                                            + " WHERE announcement_id = :id" + after
                                            + " ORDER BY given_at DESC, person_id DESC LIMIT :limit",
                                    Object[].class)
                            .setParameter("id", announcement)
                            .setParameter("limit", page.fetchSize());
                    page.after()
                            .ifPresent(cursor -> query.setParameter("afterAt", cursor.lastInstant())
                                    .setParameter("afterId", cursor.lastId()));
                    return query.getResultList();
                })
                .map(rows -> rows.stream()
                        .map(row -> new AnnouncementFeedbackGiven(
                                SqlValues.uuid(row[0]),
                                (Boolean) row[1],
                                (Boolean) row[2],
                                (String) row[3],
                                SqlValues.instant(row[4])))
                        .toList());
    }

    Uni<AnnouncementReach> reach(Announcement announcement) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT (SELECT count(*) FROM announcement_reader WHERE announcement_id = :id),"
                                        + " (SELECT count(*) FROM announcement_reader WHERE announcement_id = :id"
                                        + "   AND acknowledged_at IS NOT NULL),"
                                        + " (SELECT count(*) FILTER (WHERE helpful) FROM announcement_feedback"
                                        + "   WHERE announcement_id = :id),"
                                        + " (SELECT count(*) FILTER (WHERE NOT helpful) FROM announcement_feedback"
                                        + "   WHERE announcement_id = :id),"
                                        + " (SELECT count(*) FILTER (WHERE still_affected) FROM announcement_feedback"
                                        + "   WHERE announcement_id = :id),"
                                        + " (SELECT count(*) FROM announcement_audience WHERE announcement_id = :id),"
                                        + " (SELECT count(*) FROM announcement_ticket WHERE announcement_id = :id)",
                                Object[].class)
                        .setParameter("id", announcement.id())
                        .getSingleResult())
                .map(row -> new AnnouncementReach(
                        SqlValues.count(row[0]),
                        SqlValues.count(row[1]),
                        SqlValues.count(row[2]),
                        SqlValues.count(row[3]),
                        SqlValues.count(row[4]),
                        announcement.audience().kind() == AudienceKind.AFFECTED_USERS ? SqlValues.count(row[5]) : null,
                        SqlValues.count(row[6])));
    }

    /** Whether an AFFECTED_USERS announcement went to {@code person} when it was published. */
    private static Uni<Boolean> inAudience(UUID announcement, UUID person) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT EXISTS (SELECT 1 FROM announcement_audience"
                                        + " WHERE announcement_id = :id AND person_id = :person)",
                                Boolean.class)
                        .setParameter("id", announcement)
                        .setParameter("person", person)
                        .getSingleResult());
    }
}

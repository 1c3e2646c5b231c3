package dev.servicedesk.announcement;

import dev.servicedesk.announcement.dto.AnnouncementTicket;
import dev.servicedesk.announcement.dto.TicketAnnouncement;
import dev.servicedesk.announcement.dto.TicketAnnouncementList;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageCursor;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.common.SqlValues;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.ticket.Ticket;
import dev.servicedesk.ticket.TicketService;
import dev.servicedesk.ticket.TicketTransitions;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Tickets about what an announcement announces: linked by the desk, resolved with its event if asked. */
@ApplicationScoped
class AnnouncementTickets {
    static final String ORDER = "announcement-tickets";

    /** How many announcements a ticket's list shows at most. */
    static final int MOST_ON_A_TICKET = 100;

    private final AnnouncementService announcements;
    private final AnnouncementRepository repository;
    private final AnnouncementViews views;
    private final TicketService tickets;
    private final TicketTransitions transitions;
    private final Clock clock;

    AnnouncementTickets(
            AnnouncementService announcements,
            AnnouncementRepository repository,
            AnnouncementViews views,
            TicketService tickets,
            TicketTransitions transitions,
            Clock clock) {
        this.announcements = announcements;
        this.repository = repository;
        this.views = views;
        this.tickets = tickets;
        this.transitions = transitions;
        this.clock = clock;
    }

    /** Links the ticket to a published announcement; linking again keeps the first link. */
    @WithTransaction
    Uni<AnnouncementTicket> link(Caller caller, String id, String ticketRef) {
        return announcements.find(caller, id).chain(seen -> {
            if (seen.announcement().status() != AnnouncementStatus.PUBLISHED) {
                throw new ProblemException(
                        ProblemType.CONFLICT,
                        "Tickets are linked to a published announcement; this one is "
                                + seen.announcement().status() + ".");
            }
            return tickets.find(caller, ticketRef)
                    .chain(ticket -> Panache.getSession()
                            .chain(session -> session.createNativeQuery(
                                            "INSERT INTO announcement_ticket AS l (announcement_id, ticket_id, linked_at, linked_by_id)"
                                                    + " VALUES (:announcement, :ticket, :at, :by)"
                                                    + " ON CONFLICT (announcement_id, ticket_id)"
                                                    + " DO UPDATE SET linked_at = l.linked_at RETURNING linked_at, linked_by_id",
                                            Object[].class)
                                    .setParameter(
                                            "announcement", seen.announcement().id())
                                    .setParameter("ticket", ticket.id())
                                    .setParameter("at", clock.instant())
                                    .setParameter("by", seen.viewer().personId())
                                    .getSingleResult())
                            .map(row ->
                                    AnnouncementTicket.of(ticket, SqlValues.instant(row[0]), SqlValues.uuid(row[1]))));
        });
    }

    @WithTransaction
    Uni<Void> unlink(Caller caller, String id, String ticketRef) {
        return announcements
                .find(caller, id)
                .chain(seen -> tickets.find(caller, ticketRef)
                        .chain(ticket -> Panache.getSession()
                                .chain(session -> session.createNativeQuery(
                                                "DELETE FROM announcement_ticket WHERE announcement_id = :announcement"
                                                        + " AND ticket_id = :ticket")
                                        .setParameter(
                                                "announcement",
                                                seen.announcement().id())
                                        .setParameter("ticket", ticket.id())
                                        .executeUpdate())
                                .invoke(deleted -> {
                                    if (deleted == 0) {
                                        throw new NotFoundProblem("link to the announcement from ticket", ticketRef);
                                    }
                                })
                                .replaceWithVoid()));
    }

    /** One page of the tickets linked to it, the last linked first. */
    @WithSession
    Uni<Page<AnnouncementTicket>> page(Caller caller, String id, PageRequest page) {
        return announcements
                .find(caller, id)
                .chain(seen -> Panache.getSession()
                        .chain(session -> {
                            String after = page.after().isPresent()
                                    ? " AND (linked_at, ticket_id) < (:afterAt, :afterId)"
                                    : "";
                            var query = session.createNativeQuery(
                                            "SELECT ticket_id, linked_at, linked_by_id FROM announcement_ticket"
                                                    + " WHERE announcement_id = :announcement" + after
                                                    + " ORDER BY linked_at DESC, ticket_id DESC LIMIT :limit",
                                            Object[].class)
                                    .setParameter(
                                            "announcement", seen.announcement().id())
                                    .setParameter("limit", page.fetchSize());
                            page.after()
                                    .ifPresent(cursor -> query.setParameter("afterAt", cursor.lastInstant())
                                            .setParameter("afterId", cursor.lastId()));
                            return query.getResultList();
                        })
                        .chain(rows -> tickets.byIds(rows.stream()
                                        .map(row -> SqlValues.uuid(row[0]))
                                        .toList())
                                .map(found -> {
                                    Map<UUID, Ticket> byId =
                                            found.stream().collect(Collectors.toMap(Ticket::id, Function.identity()));
                                    return Page.of(
                                            rows,
                                            page,
                                            row -> new PageCursor(
                                                    ORDER,
                                                    SqlValues.instant(row[1]).toString(),
                                                    SqlValues.uuid(row[0])),
                                            row -> AnnouncementTicket.of(
                                                    byId.get(SqlValues.uuid(row[0])),
                                                    SqlValues.instant(row[1]),
                                                    SqlValues.uuid(row[2])));
                                })));
    }

    /**
     * The announcements a ticket is linked to, then the published ones whose event has not
     * ended naming one of its items, the most severe and then the newest first in each part.
     */
    @WithSession
    Uni<TicketAnnouncementList> onTicket(Caller caller, String ticketRef, String acceptLanguage) {
        return tickets.find(caller, ticketRef)
                .chain(ticket -> linkedTo(ticket.id())
                        .chain(linked -> (linked.isEmpty()
                                        ? Uni.createFrom().item(List.<Announcement>of())
                                        : repository.list("id in ?1", linked.keySet()))
                                .chain(linkedOnes -> (ticket.ciIds().isEmpty()
                                                ? Uni.createFrom().item(List.<Announcement>of())
                                                : repository.active(null, ticket.ciIds(), null, MOST_ON_A_TICKET))
                                        .map(active -> {
                                            Comparator<Announcement> order = Comparator.comparing(
                                                            (Announcement a) -> a.impact())
                                                    .reversed()
                                                    .thenComparing(
                                                            a -> a.publishedAt() == null
                                                                    ? Instant.MIN
                                                                    : a.publishedAt(),
                                                            Comparator.reverseOrder());
                                            List<TicketAnnouncement> items = new ArrayList<>();
                                            linkedOnes.stream()
                                                    .sorted(order)
                                                    .forEach(a -> items.add(
                                                            entry(a, linked.get(a.id()), ticket, acceptLanguage)));
                                            active.stream()
                                                    .filter(a -> !linked.containsKey(a.id()))
                                                    .forEach(a -> items.add(entry(a, null, ticket, acceptLanguage)));
                                            return new TicketAnnouncementList(List.copyOf(
                                                    items.subList(0, Math.min(items.size(), MOST_ON_A_TICKET))));
                                        }))));
    }

    /** Resolves each linked incident the caller works that may be resolved now, as {@code announcement} ended. */
    Uni<Void> resolveLinked(Caller caller, Announcement announcement, String text, Instant now) {
        // the ticket's requester reads the notes: an announcement not meant for everyone stays unnamed
        String notes = announcement.audience().kind() == AudienceKind.EVERYONE
                ? "Resolved with " + announcement.key() + ": " + text
                : "Resolved: the wider problem behind this ticket was fixed.";
        return linkedTicketIds(announcement.id()).chain(ids -> {
            Uni<Void> done = Uni.createFrom().voidItem();
            for (UUID ticket : ids) {
                // One after another: a reactive session runs one operation at a time.
                done = done.chain(() -> transitions.resolveAsAnnounced(caller, ticket, notes, now))
                        .replaceWithVoid();
            }
            return done;
        });
    }

    private TicketAnnouncement entry(
            Announcement announcement, Instant linkedAt, Ticket ticket, String acceptLanguage) {
        return new TicketAnnouncement(
                views.summary(announcement, acceptLanguage),
                linkedAt != null,
                linkedAt,
                ticket.ciIds().stream().filter(announcement.ciIds()::contains).toList());
    }

    private Uni<Map<UUID, Instant>> linkedTo(UUID ticket) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT announcement_id, linked_at FROM announcement_ticket WHERE ticket_id = :ticket"
                                        + " ORDER BY linked_at DESC LIMIT :most",
                                Object[].class)
                        .setParameter("ticket", ticket)
                        .setParameter("most", MOST_ON_A_TICKET)
                        .getResultList())
                .map(rows -> rows.stream()
                        .collect(Collectors.toMap(row -> SqlValues.uuid(row[0]), row -> SqlValues.instant(row[1]))));
    }

    private Uni<List<UUID>> linkedTicketIds(UUID announcement) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT ticket_id FROM announcement_ticket WHERE announcement_id = :announcement"
                                        + " ORDER BY ticket_id",
                                Object.class)
                        .setParameter("announcement", announcement)
                        .getResultList())
                .map(rows -> rows.stream().map(SqlValues::uuid).toList());
    }
}

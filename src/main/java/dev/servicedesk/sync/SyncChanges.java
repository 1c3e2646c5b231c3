package dev.servicedesk.sync;

import dev.servicedesk.announcement.AnnouncementService;
import dev.servicedesk.cmdb.CiService;
import dev.servicedesk.cmdb.CiViewer;
import dev.servicedesk.common.FeedCursors;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.PersonService;
import dev.servicedesk.kb.ArticleViews;
import dev.servicedesk.sync.SyncRepository.PlacedChange;
import dev.servicedesk.sync.dto.SyncChange;
import dev.servicedesk.sync.dto.SyncFeed;
import dev.servicedesk.ticket.TicketCopies;
import dev.servicedesk.ticket.TicketViews.ShownTicket;
import dev.servicedesk.ticket.dto.TimelineEntryView;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A page of the sync feed: the changes the caller holds a key to, each resource once (where it
 * last changed in the page), as the caller may see it now — or a tombstone where they no longer
 * may, which the key says they could before. A comment they may not see is left out rather than
 * tombstoned: only its ticket's tombstone (which takes its comments) may tell them it is gone.
 */
@ApplicationScoped
class SyncChanges {
    static final String ORDER = "sync";

    private final SyncRepository changes;
    private final PersonService people;
    private final TicketCopies tickets;
    private final ArticleViews articles;
    private final AnnouncementService announcements;
    private final CiService items;

    SyncChanges(
            SyncRepository changes,
            PersonService people,
            TicketCopies tickets,
            ArticleViews articles,
            AnnouncementService announcements,
            CiService items) {
        this.changes = changes;
        this.people = people;
        this.tickets = tickets;
        this.articles = articles;
        this.announcements = announcements;
        this.items = items;
    }

    /**
     * The page after {@code after}, for a cursor issued for a reader's standing (null: from the
     * start); one issued under another standing is a 409, since the copy it continues may hold
     * what the caller may no longer see, or lack what they now may. Holds no session of its own:
     * each resource is read as its feature reads it, a ticket straight from the pool.
     */
    Uni<SyncFeed> after(Caller caller, long after, UUID issuedFor, int limit, String acceptLanguage) {
        return people.sync(caller)
                .map(person -> new SyncReader(caller, person.id()))
                .chain(reader -> {
                    if (issuedFor != null && !issuedFor.equals(reader.standing())) {
                        throw new ProblemException(
                                ProblemType.CONFLICT,
                                "What you may see changed since this cursor was issued (your roles or department):"
                                        + " sync again from the start, without a cursor, into an empty copy.");
                    }
                    return changes.after(reader, after, limit + 1).chain(rows -> {
                        boolean more = rows.size() > limit;
                        List<PlacedChange> page = more ? rows.subList(0, limit) : rows;
                        String next = FeedCursors.next(
                                ORDER,
                                page.isEmpty()
                                        ? after
                                        : page.get(page.size() - 1).position(),
                                reader.standing());
                        return items.viewer(caller)
                                .chain(viewer -> shown(caller, viewer, lastOfEach(page), acceptLanguage))
                                .map(shown -> new SyncFeed(shown, next, more));
                    });
                });
    }

    /** Each resource once, where it last changed in the page, in that order. */
    private static List<PlacedChange> lastOfEach(List<PlacedChange> page) {
        Map<UUID, PlacedChange> last = new LinkedHashMap<>();
        for (PlacedChange change : page) {
            last.remove(change.resourceId());
            last.put(change.resourceId(), change);
        }
        return List.copyOf(last.values());
    }

    /** The page's changes as shown: its tickets and comments read at once, the rest one by one. */
    private Uni<List<SyncChange>> shown(
            Caller caller, CiViewer viewer, List<PlacedChange> page, String acceptLanguage) {
        return tickets.tickets(caller, idsOf(page, ResourceType.TICKET))
                .chain(shownTickets -> tickets.comments(caller, idsOf(page, ResourceType.COMMENT))
                        .map(shownComments -> new ReadAtOnce(shownTickets, shownComments)))
                .chain(read -> Multi.createFrom()
                        .iterable(page)
                        .onItem()
                        .transformToUniAndConcatenate(change -> shown(caller, viewer, read, change, acceptLanguage))
                        .filter(Optional::isPresent)
                        .map(Optional::get)
                        .collect()
                        .asList());
    }

    private static List<UUID> idsOf(List<PlacedChange> page, ResourceType type) {
        return page.stream()
                .filter(change -> change.type() == type)
                .map(PlacedChange::resourceId)
                .toList();
    }

    /** The page's tickets and comments the caller may see, by id. */
    private record ReadAtOnce(Map<UUID, ShownTicket> tickets, Map<UUID, TimelineEntryView> comments) {}

    private Uni<Optional<SyncChange>> shown(
            Caller caller, CiViewer viewer, ReadAtOnce read, PlacedChange change, String acceptLanguage) {
        UUID id = change.resourceId();
        return switch (change.type()) {
            case TICKET ->
                Uni.createFrom()
                        .item(orTombstone(
                                change,
                                Optional.ofNullable(read.tickets().get(id)).map(SyncChange::ticket)));
            case COMMENT ->
                Uni.createFrom()
                        .item(Optional.ofNullable(read.comments().get(id)).map(SyncChange::comment));
            case ARTICLE ->
                articles.visible(caller, id, acceptLanguage)
                        .map(shown -> orTombstone(
                                change, shown.map(article -> SyncChange.article(article.view(), article.etag()))));
            case ANNOUNCEMENT ->
                announcements
                        .visible(caller, id, acceptLanguage)
                        .map(shown -> orTombstone(
                                change,
                                shown.map(announcement ->
                                        SyncChange.announcement(announcement.view(), announcement.etag()))));
            case CONFIGURATION_ITEM ->
                NotFoundProblem.orEmpty(items.find(viewer, id))
                        .map(shown -> orTombstone(
                                change,
                                shown.map(item -> SyncChange.configurationItem(viewer.show(item), viewer.etag(item)))));
        };
    }

    private static Optional<SyncChange> orTombstone(PlacedChange change, Optional<SyncChange> shown) {
        return Optional.of(
                shown.orElseGet(() -> SyncChange.deleted(change.type().wireName(), change.resourceId())));
    }
}

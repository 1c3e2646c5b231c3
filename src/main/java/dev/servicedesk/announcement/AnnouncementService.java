package dev.servicedesk.announcement;

import dev.servicedesk.announcement.dto.AnnouncementSummary;
import dev.servicedesk.announcement.dto.AnnouncementView;
import dev.servicedesk.announcement.dto.NewAnnouncement;
import dev.servicedesk.common.FieldError;
import dev.servicedesk.common.Ids;
import dev.servicedesk.common.LanguageTags;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageCursor;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.PersonService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Announcements written by the desk, and read by whoever they reach. */
@ApplicationScoped
public class AnnouncementService {
    /** Newest first; the cursors carry the instant of the last one. */
    static final String ORDER = "announcements-newest";

    private final AnnouncementRepository announcements;
    private final AffectedItems affectedItems;
    private final AnnouncementReaders readers;
    private final AnnouncementViews views;
    private final PersonService people;
    private final AnnouncementSettings settings;
    private final Clock clock;

    AnnouncementService(
            AnnouncementRepository announcements,
            AffectedItems affectedItems,
            AnnouncementReaders readers,
            AnnouncementViews views,
            PersonService people,
            AnnouncementSettings settings,
            Clock clock) {
        this.announcements = announcements;
        this.affectedItems = affectedItems;
        this.readers = readers;
        this.views = views;
        this.people = people;
        this.settings = settings;
        this.clock = clock;
    }

    @WithTransaction
    Uni<Written> create(Caller caller, NewAnnouncement request) {
        List<FieldError> errors = new ArrayList<>();
        String language = null;
        try {
            language = LanguageTags.canonical("language", request.language());
        } catch (ProblemException e) {
            errors.addAll(e.errors());
        }
        AnnouncementDetails details = request.details();
        errors.addAll(AnnouncementChecks.problems(details));
        String source = language;
        return affectedItems
                .validate(details.ciIds(), List.of(), errors)
                .chain(() -> people.sync(caller))
                .chain(author -> announcements
                        .nextKey()
                        .map(key -> Announcement.draft(
                                Ids.newId(), key, details, source, request.text(), author.id(), clock.instant()))
                        .chain(announcements::persist)
                        .map(created -> new Written(new Viewer(caller, author.id()), created, source)));
    }

    /** The announcement {@code id} as {@code caller} may see it: a requester only one published for them. */
    @WithSession
    public Uni<Seen> find(Caller caller, String id) {
        UUID parsed = Ids.parse(id).orElseThrow(() -> new NotFoundProblem("announcement", id));
        return people.sync(caller)
                .chain(me -> announcements.findById(parsed).chain(found -> {
                    Viewer viewer = new Viewer(caller, me.id());
                    if (found == null) {
                        throw new NotFoundProblem("announcement", id);
                    }
                    if (viewer.desk()) {
                        return Uni.createFrom().item(new Seen(viewer, found));
                    }
                    if (!readableByRequesters(found)) {
                        throw new NotFoundProblem("announcement", id);
                    }
                    return readers.reaches(found, viewer.reader()).map(reaches -> {
                        if (!reaches) {
                            throw new NotFoundProblem("announcement", id);
                        }
                        return new Seen(viewer, found);
                    });
                }));
    }

    /** Those of {@code ids} that are announcements, for what tells of them beside its own records; no access checked. */
    @WithSession
    public Uni<List<Announcement>> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : announcements.list("id in ?1", ids);
    }

    /** What a requester may read: what is or was published, nothing on its way there nor archived before. */
    private static boolean readableByRequesters(Announcement announcement) {
        return announcement.status() == AnnouncementStatus.PUBLISHED
                || (announcement.status() == AnnouncementStatus.ARCHIVED && announcement.publishedAt() != null);
    }

    /** An announcement and who is looking at it. */
    public record Seen(Viewer viewer, Announcement announcement) {}

    /** {@code id} as {@code caller} reads it in the language they prefer; reading a published one counts them. */
    @WithTransaction
    public Uni<AnnouncementViews.Shown> read(Caller caller, String id, String acceptLanguage) {
        return find(caller, id).chain(seen -> {
            Announcement announcement = seen.announcement();
            Uni<Void> counted = announcement.status() == AnnouncementStatus.PUBLISHED
                    ? readers.read(announcement.id(), seen.viewer().personId(), clock.instant())
                    : Uni.createFrom().voidItem();
            return counted.chain(() -> shown(seen, acceptLanguage));
        });
    }

    /** The announcement as {@code GET} shows it to the caller, without counting a read; empty when they may not see it. */
    @WithSession
    public Uni<Optional<AnnouncementViews.Shown>> visible(Caller caller, UUID id, String acceptLanguage) {
        return NotFoundProblem.orEmpty(find(caller, id.toString()).chain(seen -> shown(seen, acceptLanguage)));
    }

    private Uni<AnnouncementViews.Shown> shown(Seen seen, String acceptLanguage) {
        Announcement announcement = seen.announcement();
        return views.show(seen.viewer(), announcement, AnnouncementViews.negotiate(announcement, acceptLanguage));
    }

    @WithSession
    public Uni<Page<AnnouncementSummary>> page(AnnouncementFilter filter, String acceptLanguage) {
        return announcements
                .page(filter, clock.instant(), clock.instant().minus(settings.updateEvery()))
                .map(rows -> Page.of(
                        rows,
                        filter.page(),
                        a -> new PageCursor(ORDER, a.createdAt().toString(), a.id()),
                        a -> views.summary(a, acceptLanguage)));
    }

    /** What is going on now for {@code caller}: the most severe first, then the newest. */
    @WithSession
    public Uni<Page<AnnouncementView>> active(
            Caller caller, List<UUID> ciIds, PageRequest page, String acceptLanguage) {
        ActivePosition after = page.after().map(ActivePosition::from).orElse(null);
        return people.sync(caller).chain(me -> {
            Viewer viewer = new Viewer(caller, me.id());
            return announcements
                    .active(viewer.reader(), ciIds, after, page.fetchSize())
                    .chain(rows -> {
                        boolean more = rows.size() > page.limit();
                        List<Announcement> kept = more ? rows.subList(0, page.limit()) : rows;
                        String next = more
                                ? ActivePosition.of(kept.get(kept.size() - 1))
                                        .cursor()
                                        .encode()
                                : null;
                        return views.showAll(viewer, kept, acceptLanguage).map(shown -> new Page<>(shown, next));
                    });
        });
    }
}

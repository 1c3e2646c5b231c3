package dev.servicedesk.announcement;

import dev.servicedesk.announcement.dto.AnnouncementLanguage;
import dev.servicedesk.announcement.dto.AnnouncementSummary;
import dev.servicedesk.announcement.dto.AnnouncementView;
import dev.servicedesk.cmdb.CiDirectory;
import dev.servicedesk.cmdb.CiFacts;
import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.LanguageTags;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Announcements as each viewer gets them: in their language, a requester without what is the desk's. */
@ApplicationScoped
public class AnnouncementViews {
    /** An announcement shown: the view, its entity tag and the language of its text. */
    public record Shown(AnnouncementView view, String etag, String language) {}

    private final AnnouncementSettings settings;
    private final CiDirectory directory;
    private final Clock clock;

    AnnouncementViews(AnnouncementSettings settings, CiDirectory directory, Clock clock) {
        this.settings = settings;
        this.directory = directory;
        this.clock = clock;
    }

    /** The language of {@code announcement} {@code Accept-Language} prefers among those written, else its source. */
    static String negotiate(Announcement announcement, String acceptLanguage) {
        AnnouncementTexts texts = announcement.texts();
        return LanguageTags.negotiate(
                acceptLanguage, texts.languages(), texts.source().language());
    }

    /** {@code announcement} in {@code language} (its source when not written in it) as {@code viewer} sees it. */
    Uni<Shown> show(Viewer viewer, Announcement announcement, String language) {
        return visibleItems(viewer, announcement).map(items -> shown(viewer, announcement, language, items));
    }

    /** Several, each in the language {@code Accept-Language} prefers, for one viewer. */
    Uni<List<AnnouncementView>> showAll(Viewer viewer, List<Announcement> announcements, String acceptLanguage) {
        if (viewer.desk()) {
            return Uni.createFrom()
                    .item(announcements.stream()
                            .map(a -> shown(viewer, a, negotiate(a, acceptLanguage), a.ciIds())
                                    .view())
                            .toList());
        }
        List<UUID> all = announcements.stream()
                .flatMap(a -> a.ciIds().stream())
                .distinct()
                .toList();
        return directory
                .facts(all)
                .map(facts -> announcements.stream()
                        .map(a -> shown(viewer, a, negotiate(a, acceptLanguage), owned(a, viewer, facts::get))
                                .view())
                        .toList());
    }

    AnnouncementSummary summary(Announcement announcement, String acceptLanguage) {
        AnnouncementTexts.Version version = version(announcement, negotiate(announcement, acceptLanguage));
        Instant due = AnnouncementRules.nextUpdateDue(announcement, settings.updateEvery());
        return new AnnouncementSummary(
                announcement.id(),
                announcement.key(),
                announcement.type(),
                announcement.impact(),
                announcement.status(),
                announcement.event().phase(),
                announcement.audience().kind(),
                announcement.ciIds(),
                version.language(),
                version.text().title(),
                announcement.startsAt(),
                announcement.estimatedEndAt(),
                announcement.publishAt(),
                announcement.publishedAt(),
                announcement.event().lastUpdateAt(),
                AnnouncementRules.updateOverdue(due, clock.instant()),
                due,
                announcement.createdAt(),
                announcement.updatedAt());
    }

    private Uni<List<UUID>> visibleItems(Viewer viewer, Announcement announcement) {
        if (viewer.desk()) {
            return Uni.createFrom().item(announcement.ciIds());
        }
        return directory.facts(announcement.ciIds()).map(facts -> owned(announcement, viewer, facts::get));
    }

    /** The affected items a requester owns: the rest of the configuration is the desk's. */
    private static List<UUID> owned(Announcement announcement, Viewer viewer, Function<UUID, CiFacts> facts) {
        return announcement.ciIds().stream()
                .filter(id -> facts.apply(id) != null
                        && viewer.personId().equals(facts.apply(id).ownerId()))
                .toList();
    }

    private Shown shown(Viewer viewer, Announcement announcement, String language, List<UUID> items) {
        AnnouncementTexts texts = announcement.texts();
        AnnouncementTexts.Version version = version(announcement, language);
        boolean desk = viewer.desk();
        List<AnnouncementStatus> allowed = desk
                ? AnnouncementRules.allowed(
                        announcement, viewer.caller().roles(), announcement.writtenBy(viewer.personId()))
                : List.of();
        Instant due = AnnouncementRules.nextUpdateDue(announcement, settings.updateEvery());
        AnnouncementView view = new AnnouncementView(
                announcement.id(),
                announcement.key(),
                announcement.type(),
                announcement.impact(),
                announcement.status(),
                announcement.event().phase(),
                announcement.audience(),
                announcement.channels(),
                items,
                announcement.startsAt(),
                announcement.estimatedEndAt(),
                announcement.event().actualEndAt(),
                announcement.contact(),
                announcement.publishAt(),
                announcement.expiresAt(),
                texts.source().language(),
                version.language(),
                texts.outdated(version),
                desk ? version.text() : version.text().forRequesters(),
                texts.versions().stream()
                        .map(v -> AnnouncementLanguage.of(texts, v))
                        .toList(),
                announcement.authorId(),
                desk ? announcement.approval() : null,
                desk
                        ? announcement.event().resolution()
                        : causeOnly(announcement.event().resolution()),
                announcement.publishedAt(),
                announcement.archivedAt(),
                announcement.event().lastUpdateAt(),
                AnnouncementRules.updateOverdue(due, clock.instant()),
                due,
                announcement.createdAt(),
                announcement.updatedAt(),
                allowed);
        String kind = !desk ? "reader" : allowed.contains(AnnouncementStatus.APPROVED) ? "decides" : "desk";
        return new Shown(
                view, EntityTag.of(announcement.version(), kind + "-" + version.language()), version.language());
    }

    /** What a requester reads of how the event ended: its cause, not the desk's review. */
    private static AnnouncementResolution causeOnly(AnnouncementResolution resolution) {
        return resolution == null ? null : new AnnouncementResolution(resolution.cause(), null, null, null, null, null);
    }

    private static AnnouncementTexts.Version version(Announcement announcement, String language) {
        AnnouncementTexts texts = announcement.texts();
        return texts.find(language).orElse(texts.source());
    }
}

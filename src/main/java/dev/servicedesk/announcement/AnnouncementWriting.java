package dev.servicedesk.announcement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.servicedesk.common.FieldError;
import dev.servicedesk.common.LanguageTags;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.common.RecordPatches;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.PersonService;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/** Changes to what an announcement says: its details, and its text per language. */
@ApplicationScoped
class AnnouncementWriting {
    static final int MOST_LANGUAGES = 20;

    private final AnnouncementRepository announcements;
    private final AffectedItems affectedItems;
    private final RecordPatches patches;
    private final PersonService people;
    private final AnnouncementPublisher publisher;
    private final Clock clock;

    AnnouncementWriting(
            AnnouncementRepository announcements,
            AffectedItems affectedItems,
            RecordPatches patches,
            PersonService people,
            AnnouncementPublisher publisher,
            Clock clock) {
        this.announcements = announcements;
        this.affectedItems = affectedItems;
        this.patches = patches;
        this.people = people;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Its details changed by a merge patch; an audience given replaces the one before as a whole. */
    @WithTransaction
    Uni<Written> revise(Caller caller, String id, String ifMatch, JsonNode patch, String acceptLanguage) {
        RecordPatches.requireObject(patch);
        ObjectNode effective = (ObjectNode) patch.deepCopy();
        if (effective.get("audience") instanceof ObjectNode audience && !audience.has("departments")) {
            audience.putNull("departments");
        }
        return locked(caller, id, ifMatch, (writer, announcement) -> {
            AnnouncementDetails before = AnnouncementDetails.of(announcement);
            AnnouncementDetails after = patches.validated(patches.merge(before, effective, AnnouncementDetails.class));
            List<String> changes = changed(before, after);
            if (announcement.status() == AnnouncementStatus.PUBLISHED) {
                List<String> fixed = changes.stream()
                        .filter(field -> !AnnouncementRules.CHANGEABLE_WHILE_PUBLISHED.contains(field))
                        .toList();
                if (!fixed.isEmpty()) {
                    throw new ProblemException(
                            ProblemType.CONFLICT,
                            "Once published, only estimatedEndAt, contact, channels and expiresAt change; "
                                    + String.join(", ", fixed) + " stay as published (post an update instead).");
                }
            }
            if (changes.isEmpty()) {
                return Uni.createFrom()
                        .item(new Written(
                                writer, announcement, AnnouncementViews.negotiate(announcement, acceptLanguage)));
            }
            List<FieldError> errors = new ArrayList<>(AnnouncementChecks.problems(after));
            return affectedItems
                    .validate(after.ciIds(), before.ciIds(), errors)
                    .invoke(() -> announcement.revise(after, writer.personId(), clock.instant()))
                    .call(() -> publisher.revised(announcement, writer.personId(), clock.instant()))
                    .replaceWith(new Written(
                            writer, announcement, AnnouncementViews.negotiate(announcement, acceptLanguage)));
        });
    }

    /** Its text in {@code language}: the source rewritten (until published) or a translation of it. */
    @WithTransaction
    Uni<Written> writeText(Caller caller, String id, String language, String ifMatch, AnnouncementText text) {
        String tag = LanguageTags.canonical("language", language);
        return locked(caller, id, ifMatch, (writer, announcement) -> {
            boolean source = announcement.texts().source().language().equals(tag);
            if (source && announcement.status() == AnnouncementStatus.PUBLISHED) {
                throw new ProblemException(
                        ProblemType.CONFLICT,
                        "A published announcement's source text stays as approved; post an update instead.");
            }
            if (announcement.texts().find(tag).isEmpty()
                    && announcement.texts().versions().size() >= MOST_LANGUAGES) {
                throw new ProblemException(
                        ProblemType.CONFLICT,
                        "An announcement is written in at most " + MOST_LANGUAGES + " languages; remove one first.");
            }
            if (source) {
                announcement.rewriteSource(text, writer.personId(), clock.instant());
            } else {
                announcement.retranslate(
                        announcement.texts().translate(tag, text, writer.personId(), clock.instant()), clock.instant());
            }
            return publisher
                    .revised(announcement, writer.personId(), clock.instant())
                    .replaceWith(new Written(writer, announcement, tag));
        });
    }

    @WithTransaction
    Uni<Announcement> removeText(Caller caller, String id, String language, String ifMatch) {
        String tag = LanguageTags.canonical("language", language);
        return locked(caller, id, ifMatch, (writer, announcement) -> {
            if (announcement.texts().source().language().equals(tag)) {
                throw new ProblemException(
                        ProblemType.CONFLICT, "The source language's text cannot be removed, only rewritten.");
            }
            if (announcement.texts().find(tag).isEmpty()) {
                throw new NotFoundProblem("text of the announcement in", tag);
            }
            announcement.retranslate(announcement.texts().without(tag), clock.instant());
            return publisher
                    .revised(announcement, writer.personId(), clock.instant())
                    .replaceWith(announcement);
        });
    }

    /** What the follow-up review of its ended event found; archived ones included, as reviews come later. */
    @WithTransaction
    Uni<Written> review(Caller caller, String id, String ifMatch, String findings, String acceptLanguage) {
        return people.sync(caller)
                .chain(me -> announcements
                        .lockedForWrite(id, ifMatch)
                        .invoke(announcement -> {
                            if (!announcement.event().isOver()) {
                                throw new ProblemException(
                                        ProblemType.CONFLICT,
                                        "A review follows the event's end; this one has not ended (it is "
                                                + announcement.event().phase() + ").");
                            }
                            announcement.reviewed(findings.strip(), me.id(), clock.instant());
                        })
                        .call(announcements::flush)
                        .map(announcement -> new Written(
                                new Viewer(caller, me.id()),
                                announcement,
                                AnnouncementViews.negotiate(announcement, acceptLanguage))));
    }

    /** {@code id} locked for this write, under If-Match; an archived one takes no more writing. */
    private <T> Uni<T> locked(
            Caller caller, String id, String ifMatch, BiFunction<Viewer, Announcement, Uni<T>> write) {
        return people.sync(caller)
                .chain(me -> announcements
                        .lockedForWrite(id, ifMatch)
                        .chain(announcement -> {
                            if (announcement.status() == AnnouncementStatus.ARCHIVED) {
                                throw new ProblemException(
                                        ProblemType.CONFLICT, "An archived announcement is no longer written.");
                            }
                            return write.apply(new Viewer(caller, me.id()), announcement);
                        })
                        .call(announcements::flush));
    }

    /** The names of the details that differ. */
    private static List<String> changed(AnnouncementDetails before, AnnouncementDetails after) {
        Map<String, Boolean> same = new LinkedHashMap<>();
        same.put("type", before.type() == after.type());
        same.put("impact", before.impact() == after.impact());
        same.put("ciIds", Set.copyOf(before.ciIds()).equals(Set.copyOf(after.ciIds())));
        same.put("startsAt", Objects.equals(before.startsAt(), after.startsAt()));
        same.put("estimatedEndAt", Objects.equals(before.estimatedEndAt(), after.estimatedEndAt()));
        same.put("contact", Objects.equals(before.contact(), after.contact()));
        same.put("channels", before.channels().equals(after.channels()));
        same.put("audience", before.audience().equals(after.audience()));
        same.put("publishAt", Objects.equals(before.publishAt(), after.publishAt()));
        same.put("expiresAt", Objects.equals(before.expiresAt(), after.expiresAt()));
        return same.entrySet().stream()
                .filter(entry -> !entry.getValue())
                .map(Map.Entry::getKey)
                .toList();
    }
}

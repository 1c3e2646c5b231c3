package dev.servicedesk.announcement;

import dev.servicedesk.announcement.dto.AnnouncementUpdateText;
import dev.servicedesk.announcement.dto.AnnouncementUpdateView;
import dev.servicedesk.announcement.dto.NewAnnouncementUpdate;
import dev.servicedesk.common.FieldError;
import dev.servicedesk.common.Instants;
import dev.servicedesk.common.LanguageTags;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageCursor;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.PersonService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The update log that keeps a published announcement current until its event ends. */
@ApplicationScoped
class AnnouncementUpdates {
    static final String ORDER = "announcement-updates";

    private final AnnouncementRepository announcements;
    private final AnnouncementUpdateRepository updates;
    private final AnnouncementPublisher publisher;
    private final AnnouncementService service;
    private final AnnouncementTickets linkedTickets;
    private final PersonService people;
    private final Clock clock;

    AnnouncementUpdates(
            AnnouncementRepository announcements,
            AnnouncementUpdateRepository updates,
            AnnouncementPublisher publisher,
            AnnouncementService service,
            AnnouncementTickets linkedTickets,
            PersonService people,
            Clock clock) {
        this.announcements = announcements;
        this.updates = updates;
        this.publisher = publisher;
        this.service = service;
        this.linkedTickets = linkedTickets;
        this.people = people;
        this.clock = clock;
    }

    @WithTransaction
    Uni<AnnouncementUpdateView> post(Caller caller, String id, NewAnnouncementUpdate request, String acceptLanguage) {
        List<AnnouncementUpdateText> texts = canonical(request.texts());
        return people.sync(caller)
                .chain(me -> announcements.locked(id).chain(announcement -> {
                    Instant now = clock.instant();
                    AnnouncementPhase phase = checkPhase(announcement, request);
                    boolean ends = phase != null && PhaseTrack.ended(phase);
                    Instant endedAt = ends ? endedAt(announcement, request, now) : null;
                    checkRest(announcement, request, texts, endedAt);
                    AnnouncementPhase after =
                            phase != null ? phase : announcement.event().phase();
                    String source = sourceText(announcement, texts);
                    announcement.updated(phase, request.estimatedEndAt(), now, now);
                    if (ends) {
                        announcement.ended(
                                endedAt, AnnouncementResolution.ended(request.cause(), me.id(), request.reviewDueAt()));
                    }
                    return publisher
                            .log(announcement, after, me.id(), now, texts, ends)
                            .call(() -> request.resolvesLinkedIncidents()
                                    ? linkedTickets.resolveLinked(caller, announcement, source, now)
                                    : Uni.createFrom().voidItem())
                            .call(announcements::flush)
                            .map(update -> view(update, announcement, acceptLanguage));
                }));
    }

    /** The log of {@code id}, the newest first, to whoever may read the announcement. */
    @WithSession
    Uni<Page<AnnouncementUpdateView>> page(Caller caller, String id, PageRequest page, String acceptLanguage) {
        Integer before = page.after().map(AnnouncementUpdates::sequence).orElse(null);
        return service.find(caller, id)
                .chain(seen -> updates.page(seen.announcement().id(), before, page.fetchSize())
                        .map(rows -> Page.of(
                                rows,
                                page,
                                update -> new PageCursor(ORDER, Integer.toString(update.sequence()), update.id()),
                                update -> view(update, seen.announcement(), acceptLanguage))));
    }

    private static AnnouncementUpdateView view(
            AnnouncementUpdate update, Announcement announcement, String acceptLanguage) {
        List<String> languages =
                update.texts().stream().map(AnnouncementUpdateText::language).toList();
        String language = languages.isEmpty()
                ? null
                : LanguageTags.negotiate(
                        acceptLanguage, languages, announcement.texts().source().language());
        String text = update.texts().stream()
                .filter(t -> t.language().equals(language))
                .map(AnnouncementUpdateText::text)
                .findFirst()
                .orElse(null);
        return new AnnouncementUpdateView(
                update.id(),
                update.sequence(),
                update.phase(),
                update.postedAt(),
                update.authorId(),
                update.authorId() == null,
                text == null ? null : language,
                text,
                update.texts());
    }

    /** The phase the update moves the event to (null: none); a 400 or 409 when it may not. */
    private static AnnouncementPhase checkPhase(Announcement announcement, NewAnnouncementUpdate request) {
        if (announcement.status() != AnnouncementStatus.PUBLISHED) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Only a published announcement takes updates; this one is " + announcement.status() + ".");
        }
        if (announcement.event().phase() != null
                && PhaseTrack.ended(announcement.event().phase())) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Its event ended (" + announcement.event().phase() + "); no update follows.");
        }
        AnnouncementPhase to = request.phase();
        PhaseTrack track = announcement.type().track();
        if (to == null || to == announcement.event().phase()) {
            return null;
        }
        if (track == PhaseTrack.NONE) {
            throw ProblemException.invalid("phase", "is not for a " + announcement.type() + ", which has no phases");
        }
        List<AnnouncementPhase> moves = track.movesFrom(announcement.event().phase());
        if (!moves.contains(to)) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "The event cannot move from " + announcement.event().phase() + " to " + to + "; it may move to "
                            + moves + ".");
        }
        return to;
    }

    /** When the event ended: as given (now unless), not in the future, not before it started or was written. */
    private static Instant endedAt(Announcement announcement, NewAnnouncementUpdate request, Instant now) {
        Instant at = request.actualEndAt() != null ? request.actualEndAt() : now;
        if (!Instants.isInRange(at)) {
            throw ProblemException.invalid("actualEndAt", "must be between the years 1 and 9999");
        }
        if (at.isAfter(now)) {
            throw ProblemException.invalid("actualEndAt", "must not be in the future");
        }
        Instant earliest = announcement.startsAt() != null ? announcement.startsAt() : announcement.createdAt();
        if (at.isBefore(earliest)) {
            throw ProblemException.invalid(
                    "actualEndAt",
                    "must not be before "
                            + (announcement.startsAt() != null ? "startsAt" : "the announcement was written"));
        }
        return at;
    }

    /** The update's text in the announcement's source language, which every update carries. */
    private static String sourceText(Announcement announcement, List<AnnouncementUpdateText> texts) {
        String source = announcement.texts().source().language();
        return texts.stream()
                .filter(text -> text.language().equals(source))
                .map(AnnouncementUpdateText::text)
                .findFirst()
                .orElse("");
    }

    private static void checkRest(
            Announcement announcement,
            NewAnnouncementUpdate request,
            List<AnnouncementUpdateText> texts,
            Instant endedAt) {
        boolean ends = endedAt != null;
        List<FieldError> errors = new ArrayList<>();
        String source = announcement.texts().source().language();
        if (texts.stream().noneMatch(text -> text.language().equals(source))) {
            errors.add(new FieldError("texts", "must include the source language, " + source));
        }
        if (!ends) {
            Map<String, Object> endOnly = new LinkedHashMap<>();
            endOnly.put("actualEndAt", request.actualEndAt());
            endOnly.put("cause", request.cause());
            endOnly.put("reviewDueAt", request.reviewDueAt());
            endOnly.put("resolveLinkedIncidents", request.resolveLinkedIncidents());
            endOnly.forEach((field, value) -> {
                if (value != null) {
                    errors.add(new FieldError(field, "is only for the update that ends the event"));
                }
            });
        }
        Instant review = request.reviewDueAt();
        if (review != null && !Instants.isInRange(review)) {
            errors.add(new FieldError("reviewDueAt", "must be between the years 1 and 9999"));
        } else if (review != null && ends && !review.isAfter(endedAt)) {
            errors.add(new FieldError("reviewDueAt", "must be after the event ended"));
        }
        if (request.cause() != null && request.cause().isBlank()) {
            errors.add(new FieldError("cause", "must not be blank"));
        }
        Instant estimate = request.estimatedEndAt();
        if (estimate != null && !Instants.isInRange(estimate)) {
            errors.add(new FieldError("estimatedEndAt", "must be between the years 1 and 9999"));
        } else if (estimate != null && announcement.startsAt() != null && !estimate.isAfter(announcement.startsAt())) {
            errors.add(new FieldError("estimatedEndAt", "must be after startsAt"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** The texts with their languages in canonical case; a language given twice is a 400. */
    private static List<AnnouncementUpdateText> canonical(List<AnnouncementUpdateText> texts) {
        List<FieldError> errors = new ArrayList<>();
        List<AnnouncementUpdateText> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            String field = "texts[" + i + "].language";
            try {
                String language = LanguageTags.canonical(field, texts.get(i).language());
                if (!seen.add(language)) {
                    errors.add(new FieldError(field, "repeats " + language));
                }
                result.add(new AnnouncementUpdateText(language, texts.get(i).text()));
            } catch (ProblemException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return result;
    }

    private static int sequence(PageCursor cursor) {
        try {
            return Integer.parseInt(cursor.lastValue());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this service issued");
        }
    }
}

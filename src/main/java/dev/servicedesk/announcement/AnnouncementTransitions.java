package dev.servicedesk.announcement;

import dev.servicedesk.announcement.dto.AnnouncementTransition;
import dev.servicedesk.audit.AuditAction;
import dev.servicedesk.audit.AuditResourceType;
import dev.servicedesk.audit.AuditTrail;
import dev.servicedesk.common.FieldError;
import dev.servicedesk.common.Instants;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.PersonService;
import dev.servicedesk.identity.Role;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Moves announcements along their publishing lifecycle; approval by someone with the role it needs who wrote none of it. */
@Startup // the approval roles configured are checked when the service starts
@ApplicationScoped
class AnnouncementTransitions {
    private final AnnouncementRepository announcements;
    private final AnnouncementPublisher publisher;
    private final PersonService people;
    private final AnnouncementSettings settings;
    private final Clock clock;
    private final AuditTrail audit;

    AnnouncementTransitions(
            AnnouncementRepository announcements,
            AnnouncementPublisher publisher,
            PersonService people,
            AnnouncementSettings settings,
            Clock clock,
            AuditTrail audit) {
        this.announcements = announcements;
        this.publisher = publisher;
        this.people = people;
        this.settings = settings;
        this.clock = clock;
        this.audit = audit;
        for (Role role :
                List.of(settings.approval().severe(), settings.approval().other())) {
            if (role != Role.SUPERVISOR && role != Role.ADMIN) {
                throw new IllegalStateException(
                        "servicedesk.announcements.approval.* must name SUPERVISOR or ADMIN, not " + role);
            }
        }
    }

    @WithTransaction
    Uni<Written> move(Caller caller, String id, String ifMatch, AnnouncementTransition request, String acceptLanguage) {
        checkFields(request);
        return people.sync(caller)
                .chain(me -> announcements.lockedForWrite(id, ifMatch).chain(announcement -> {
                    AnnouncementStatus to = request.to();
                    List<AnnouncementStatus> moves = AnnouncementRules.movesFrom(announcement.status());
                    if (!moves.contains(to)) {
                        throw ProblemException.illegalTransition(
                                "A " + announcement.status() + " announcement cannot move to " + to + ".",
                                moves.stream().map(Enum::name).toList());
                    }
                    Instant now = clock.instant();
                    ApprovalState before = ApprovalState.of(announcement);
                    Uni<Void> moved = Uni.createFrom().voidItem();
                    switch (to) {
                        case PENDING_APPROVAL -> announcement.submit(requiredRole(announcement), me.id(), now);
                        case APPROVED, REJECTED -> {
                            checkMayDecide(announcement, caller, me.id());
                            announcement.decide(to == AnnouncementStatus.APPROVED, me.id(), request.reason(), now);
                        }
                        case DRAFT -> announcement.reopen(now);
                        case SCHEDULED -> announcement.schedule(publishAt(announcement, request, now), now);
                        case PUBLISHED -> moved = publisher.publish(announcement, me.id(), now);
                        case ARCHIVED -> announcement.archive(now);
                    }
                    return moved.call(announcements::flush)
                            .call(() -> to == AnnouncementStatus.APPROVED || to == AnnouncementStatus.REJECTED
                                    ? audit.record(
                                            AuditResourceType.ANNOUNCEMENT,
                                            announcement.id(),
                                            to == AnnouncementStatus.APPROVED
                                                    ? AuditAction.APPROVED
                                                    : AuditAction.REJECTED,
                                            before,
                                            ApprovalState.of(announcement))
                                    : Uni.createFrom().voidItem())
                            .replaceWith(new Written(
                                    new Viewer(caller, me.id()),
                                    announcement,
                                    AnnouncementViews.negotiate(announcement, acceptLanguage)));
                }));
    }

    /** What the audit trail keeps of an approval: where the announcement stood, and who asked and decided. */
    record ApprovalState(AnnouncementStatus status, AnnouncementApproval approval) {
        static ApprovalState of(Announcement announcement) {
            return new ApprovalState(announcement.status(), announcement.approval());
        }
    }

    private Role requiredRole(Announcement announcement) {
        return AnnouncementRules.requiredRole(
                announcement.type(),
                announcement.impact(),
                settings.approval().severe(),
                settings.approval().other());
    }

    private static void checkMayDecide(Announcement announcement, Caller caller, UUID me) {
        if (announcement.writtenBy(me)) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "You wrote or changed this announcement; someone who did not must approve or reject it.");
        }
        Role required = announcement.approval().requiredRole();
        if (!AnnouncementRules.mayDecide(required, caller.roles())) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN, "Approving or rejecting this announcement needs the role " + required + ".");
        }
    }

    /** When a SCHEDULED one is to be published: the move's instant, else the one it had; in the future. */
    private static Instant publishAt(Announcement announcement, AnnouncementTransition request, Instant now) {
        Instant at = request.publishAt() != null ? request.publishAt() : announcement.publishAt();
        if (at == null) {
            throw ProblemException.invalid("publishAt", "is required to schedule an announcement that has none");
        }
        if (!Instants.isInRange(at)) {
            throw ProblemException.invalid("publishAt", "must be between the years 1 and 9999");
        }
        if (!at.isAfter(now)) {
            throw ProblemException.invalid("publishAt", "must be in the future");
        }
        if (announcement.expiresAt() != null && !announcement.expiresAt().isAfter(at)) {
            throw ProblemException.invalid("publishAt", "must be before the announcement expires");
        }
        return at;
    }

    /** Each move takes its own fields: another is a 400, and so is a required one left out. */
    private static void checkFields(AnnouncementTransition request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.reason() != null && request.to() != AnnouncementStatus.REJECTED) {
            errors.add(new FieldError("reason", "is not for a move to " + request.to()));
        }
        if (request.to() == AnnouncementStatus.REJECTED
                && (request.reason() == null || request.reason().isBlank())) {
            errors.add(new FieldError("reason", "is required to reject"));
        }
        if (request.publishAt() != null && request.to() != AnnouncementStatus.SCHEDULED) {
            errors.add(new FieldError("publishAt", "is not for a move to " + request.to()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}

package dev.servicedesk.announcement;

import dev.servicedesk.announcement.dto.AnnouncementAcknowledgement;
import dev.servicedesk.announcement.dto.AnnouncementFeedback;
import dev.servicedesk.announcement.dto.AnnouncementFeedbackGiven;
import dev.servicedesk.announcement.dto.AnnouncementReach;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageCursor;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.identity.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** What readers make of an announcement while it is published: feedback, the desk's acknowledgements, its reach. */
@ApplicationScoped
class AnnouncementFeedbackService {
    static final String ORDER = "announcement-feedback";

    private final AnnouncementService announcements;
    private final AnnouncementReaders readers;
    private final Clock clock;

    AnnouncementFeedbackService(AnnouncementService announcements, AnnouncementReaders readers, Clock clock) {
        this.announcements = announcements;
        this.readers = readers;
        this.clock = clock;
    }

    @WithTransaction
    Uni<AnnouncementFeedbackGiven> give(Caller caller, String id, AnnouncementFeedback feedback) {
        return published(caller, id, "takes feedback")
                .chain(seen -> readers.feedback(
                        seen.announcement().id(), seen.viewer().personId(), feedback, clock.instant()));
    }

    @WithTransaction
    Uni<AnnouncementAcknowledgement> acknowledge(Caller caller, String id) {
        return published(caller, id, "is acknowledged")
                .chain(seen -> readers.acknowledge(
                        seen.announcement().id(), seen.viewer().personId(), clock.instant()));
    }

    @WithSession
    Uni<Page<AnnouncementFeedbackGiven>> page(Caller caller, String id, PageRequest page) {
        return announcements
                .find(caller, id)
                .chain(seen -> readers.feedbackPage(seen.announcement().id(), page)
                        .map(rows -> Page.of(
                                rows,
                                page,
                                given -> new PageCursor(ORDER, given.givenAt().toString(), given.personId()),
                                given -> given)));
    }

    @WithSession
    Uni<AnnouncementReach> reach(Caller caller, String id) {
        return announcements.find(caller, id).chain(seen -> readers.reach(seen.announcement()));
    }

    private Uni<AnnouncementService.Seen> published(Caller caller, String id, String what) {
        return announcements.find(caller, id).invoke(seen -> {
            AnnouncementStatus status = seen.announcement().status();
            if (status != AnnouncementStatus.PUBLISHED) {
                throw new ProblemException(
                        ProblemType.CONFLICT,
                        "Only a published announcement " + what + "; this one is " + status + ".");
            }
        });
    }
}

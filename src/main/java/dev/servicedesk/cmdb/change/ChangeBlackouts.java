package dev.servicedesk.cmdb.change;

import dev.servicedesk.audit.AuditResourceType;
import dev.servicedesk.audit.AuditTrail;
import dev.servicedesk.cmdb.change.dto.ChangeBlackoutView;
import dev.servicedesk.cmdb.change.dto.NewChangeBlackout;
import dev.servicedesk.common.Ids;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageCursor;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.PersonService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Blackout windows: the admin declares and lifts them; the desk reads them. */
@ApplicationScoped
public class ChangeBlackouts {
    /** By start; the cursors carry the instant of the last one. */
    static final String ORDER = "start";

    private final ChangeBlackoutRepository windows;
    private final PersonService people;
    private final Clock clock;
    private final AuditTrail audit;

    ChangeBlackouts(ChangeBlackoutRepository windows, PersonService people, Clock clock, AuditTrail audit) {
        this.windows = windows;
        this.audit = audit;
        this.people = people;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<ChangeBlackoutView> declare(Caller caller, NewChangeBlackout request) {
        ChangeService.checkWindow("start", request.start(), "end", request.end());
        return people.sync(caller)
                .chain(admin -> windows.persist(new ChangeBlackout(
                        Ids.newId(),
                        request.name().strip(),
                        request.start(),
                        request.end(),
                        request.reason(),
                        admin.id(),
                        clock.instant())))
                .map(ChangeBlackoutView::of)
                .call(created -> audit.created(AuditResourceType.CHANGE_BLACKOUT, created.id(), created));
    }

    @WithSession
    public Uni<Page<ChangeBlackoutView>> page(Instant from, Instant to, PageRequest page) {
        return windows.page(from, to, page)
                .map(rows -> Page.of(
                        rows,
                        page,
                        window -> new PageCursor(ORDER, window.start().toString(), window.id()),
                        ChangeBlackoutView::of));
    }

    @WithTransaction
    public Uni<Void> lift(UUID id) {
        // Locked: of two lifting it at once, the second waits, then finds it gone (a 404).
        return windows.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundProblem("blackout window", id))
                .call(windows::delete)
                .chain(lifted -> audit.deleted(AuditResourceType.CHANGE_BLACKOUT, id, ChangeBlackoutView.of(lifted)));
    }
}

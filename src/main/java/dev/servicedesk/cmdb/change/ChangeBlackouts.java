package dev.servicedesk.cmdb.change;

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

    ChangeBlackouts(ChangeBlackoutRepository windows, PersonService people, Clock clock) {
        this.windows = windows;
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
                .map(ChangeBlackoutView::of);
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
        return windows.deleteById(id)
                .invoke(deleted -> {
                    if (!deleted) {
                        throw new NotFoundProblem("blackout window", id);
                    }
                })
                .replaceWithVoid();
    }
}

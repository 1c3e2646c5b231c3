package dev.servicedesk.cmdb.change;

import dev.servicedesk.cmdb.change.dto.ChangeSummary;
import dev.servicedesk.cmdb.change.dto.ChangeView;
import dev.servicedesk.cmdb.change.dto.NewChange;
import dev.servicedesk.common.FieldError;
import dev.servicedesk.common.Ids;
import dev.servicedesk.common.Instants;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Change requests: submitted by the desk, read by the desk; their moves are {@link ChangeTransitions}'. */
@ApplicationScoped
public class ChangeService {
    /** Newest first; the cursors carry the instant of the last one. */
    static final String ORDER = "-createdAt";

    private final ChangeRepository changes;
    private final ChangeOperations operations;
    private final PersonService people;
    private final Clock clock;

    ChangeService(ChangeRepository changes, ChangeOperations operations, PersonService people, Clock clock) {
        this.changes = changes;
        this.operations = operations;
        this.people = people;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<ChangeRequest> submit(Caller caller, NewChange request) {
        checkWindow("plannedStart", request.plannedStart(), "plannedEnd", request.plannedEnd());
        return operations
                .check(request.operations())
                .chain(touched -> people.sync(caller)
                        .chain(requester -> changes.nextKey()
                                .map(key -> ChangeRequest.submit(
                                        Ids.newId(),
                                        key,
                                        request.type(),
                                        request.title().strip(),
                                        request.description(),
                                        requester.id(),
                                        request.plannedStart(),
                                        request.plannedEnd(),
                                        request.operations(),
                                        touched,
                                        clock.instant())))
                        .chain(changes::persist));
    }

    @WithSession
    public Uni<ChangeRequest> find(UUID id) {
        return changes.findById(id).onItem().ifNull().failWith(() -> new NotFoundProblem("change request", id));
    }

    @WithSession
    public Uni<Page<ChangeSummary>> page(List<ChangeStatus> statuses, ChangeType type, UUID ciId, PageRequest page) {
        return changes.page(statuses, type, ciId, page)
                .map(rows -> Page.of(
                        rows,
                        page,
                        change -> new PageCursor(ORDER, change.createdAt().toString(), change.id()),
                        ChangeSummary::of));
    }

    /** The change as {@code caller} sees it, with the moves open to them. */
    public Uni<ChangeView> view(Caller caller, ChangeRequest change) {
        return people.sync(caller)
                .map(me -> ChangeView.of(
                        change,
                        ChangeRules.allowed(
                                change, caller.roles(), change.requesterId().equals(me.id()))));
    }

    /** A 400 unless {@code start} comes before {@code end}, both dates we can write back. */
    static void checkWindow(String startField, Instant start, String endField, Instant end) {
        List<FieldError> errors = new ArrayList<>();
        if (!Instants.isInRange(start)) {
            errors.add(new FieldError(startField, "must be between the years 1 and 9999"));
        }
        if (!Instants.isInRange(end)) {
            errors.add(new FieldError(endField, "must be between the years 1 and 9999"));
        } else if (!end.isAfter(start)) {
            errors.add(new FieldError(endField, "must be after " + startField));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}

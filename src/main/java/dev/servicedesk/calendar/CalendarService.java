package dev.servicedesk.calendar;

import dev.servicedesk.audit.AuditResourceType;
import dev.servicedesk.audit.AuditTrail;
import dev.servicedesk.calendar.dto.CalendarView;
import dev.servicedesk.calendar.dto.NewCalendar;
import dev.servicedesk.common.ChangeNotifications;
import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.FieldError;
import dev.servicedesk.common.Ids;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageCursor;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.common.Snapshot;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Business calendars: the admin manages them, the desk reads them. */
@ApplicationScoped
public class CalendarService {
    static final String ORDER = "name";
    static final String TOPIC = "calendars";

    private final CalendarRepository calendars;
    private final ChangeNotifications changes;
    private final Snapshot<Map<UUID, WorkingTime>> workingTimes;
    private final Clock clock;
    private final AuditTrail audit;

    CalendarService(CalendarRepository calendars, ChangeNotifications changes, Clock clock, AuditTrail audit) {
        this.calendars = calendars;
        this.changes = changes;
        this.workingTimes = new Snapshot<>(changes, this::loadWorkingTimes, TOPIC);
        this.clock = clock;
        this.audit = audit;
    }

    /** A calendar's working time, kept in memory until a calendar changes (on any replica). */
    @WithSession
    public Uni<WorkingTime> workingTime(UUID id) {
        return workingTimes.get().map(known -> {
            WorkingTime workingTime = known.get(id);
            if (workingTime == null) {
                throw new NotFoundProblem("calendar", id);
            }
            return workingTime;
        });
    }

    /** The working time of each of these calendars, from memory as {@link #workingTime} does. */
    @WithSession
    public Uni<Map<UUID, WorkingTime>> workingTimes(Collection<UUID> ids) {
        return workingTimes.get().map(known -> {
            Map<UUID, WorkingTime> found = new HashMap<>();
            for (UUID id : ids) {
                WorkingTime workingTime = known.get(id);
                if (workingTime == null) {
                    throw new NotFoundProblem("calendar", id);
                }
                found.put(id, workingTime);
            }
            return found;
        });
    }

    private Uni<Map<UUID, WorkingTime>> loadWorkingTimes() {
        return calendars
                .listAll()
                .map(all -> all.stream()
                        .collect(Collectors.toUnmodifiableMap(BusinessCalendar::id, BusinessCalendar::workingTime)));
    }

    @WithTransaction
    public Uni<BusinessCalendar> create(NewCalendar request) {
        CalendarDetails details = new CalendarDetails(
                        request.name(),
                        request.description(),
                        request.timeZone(),
                        Objects.requireNonNullElse(request.alwaysOpen(), false),
                        Objects.requireNonNullElse(request.week(), Map.of()),
                        Objects.requireNonNullElse(request.holidays(), List.of()))
                .stripped();
        BusinessCalendar calendar = BusinessCalendar.create(Ids.newId(), details, now());
        return check(details, calendar.id())
                .chain(() -> calendars.persist(calendar))
                .call(() -> changes.announce(TOPIC))
                .call(created -> audit.created(AuditResourceType.CALENDAR, created.id(), CalendarView.of(created)));
    }

    @WithSession
    public Uni<BusinessCalendar> find(UUID id) {
        return calendars.findById(id).onItem().ifNull().failWith(() -> new NotFoundProblem("calendar", id));
    }

    @WithSession
    public Uni<Page<CalendarView>> page(PageRequest page) {
        return calendars
                .page(page)
                .map(rows -> Page.of(
                        rows,
                        page,
                        calendar -> new PageCursor(ORDER, calendar.name().toLowerCase(Locale.ROOT), calendar.id()),
                        CalendarView::of));
    }

    /** Applies revised details under If-Match (the resource merged the patch into them). */
    @WithTransaction
    public Uni<BusinessCalendar> update(UUID id, String ifMatch, UnaryOperator<CalendarDetails> revise) {
        return find(id).chain(calendar -> {
            EntityTag.requireMatch(ifMatch, calendar.version());
            CalendarDetails before = CalendarDetails.of(calendar);
            CalendarDetails after = revise.apply(before).stripped();
            if (after.equals(before)) {
                return Uni.createFrom().item(calendar);
            }
            CalendarView shown = CalendarView.of(calendar);
            return check(after, id)
                    .invoke(() -> calendar.revise(after, now()))
                    .call(calendars::flush)
                    .call(() -> changes.announce(TOPIC))
                    .call(() -> audit.updated(AuditResourceType.CALENDAR, id, shown, CalendarView.of(calendar)))
                    .replaceWith(calendar);
        });
    }

    @WithTransaction
    public Uni<Void> delete(UUID id, String ifMatch) {
        return find(id).chain(calendar -> {
            EntityTag.requireMatch(ifMatch, calendar.version());
            CalendarView shown = CalendarView.of(calendar);
            return calendars
                    .delete(calendar)
                    .call(calendars::flush)
                    .call(() -> changes.announce(TOPIC))
                    .call(() -> audit.deleted(AuditResourceType.CALENDAR, id, shown));
        });
    }

    private Uni<Void> check(CalendarDetails details, UUID id) {
        List<FieldError> errors = CalendarRules.check(details);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(errors));
        }
        return calendars
                .nameTaken(details.name(), id)
                .invoke(taken -> {
                    if (taken) {
                        throw new ProblemException(
                                ProblemType.CONFLICT, "Another calendar is named \"" + details.name() + "\".");
                    }
                })
                .replaceWithVoid();
    }

    private Instant now() {
        return clock.instant();
    }
}

package dev.servicedesk.kpi;

import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageCursor;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.SqlParameters;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.Person;
import dev.servicedesk.identity.PersonService;
import dev.servicedesk.identity.Role;
import dev.servicedesk.kpi.dto.KpiReport;
import dev.servicedesk.kpi.dto.KpiTicket;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** KPI reports and their drill-downs, over the tickets the caller may report on. */
@ApplicationScoped
public class KpiReports {
    private final KpiReader reader;
    private final PersonService people;
    private final Clock clock;

    KpiReports(KpiReader reader, PersonService people, Clock clock) {
        this.reader = reader;
        this.people = people;
        this.clock = clock;
    }

    @WithSession
    public Uni<KpiReport> report(Caller caller, KpiRequest request) {
        Instant asOf = now();
        return people.sync(caller).chain(person -> {
            SqlParameters parameters = parameters(request, asOf);
            KpiCriteria criteria = criteria(caller, person, request, parameters);
            return reader.read(request, parameters, criteria).map(read -> {
                requireFewCells(request, read.tally().groups().size());
                return new KpiAssembly(request, read.tally()).report(asOf, read.names(), read.outages());
            });
        });
    }

    /** The rows {@code figure} counts, a page at a time by the instant that placed them. */
    @WithSession
    public Uni<Page<KpiTicket>> tickets(
            Caller caller, KpiRequest request, Figure figure, UUID announcementId, PageRequest page) {
        Instant asOf = now();
        return people.sync(caller).chain(person -> {
            SqlParameters parameters = parameters(request, asOf).with("limit", page.fetchSize());
            if (announcementId != null) {
                parameters.with("announcement", announcementId);
            }
            page.after()
                    .ifPresent(after ->
                            parameters.with("afterAt", after.lastInstant()).with("afterId", after.lastId()));
            KpiCriteria criteria = criteria(caller, person, request, parameters);
            return reader.drill(figure, parameters, criteria, page.after().isPresent(), announcementId != null)
                    .map(rows -> Page.of(
                            rows,
                            page,
                            row -> new PageCursor(
                                    cursorSort(figure), row.ticket().at().toString(), row.rowId()),
                            KpiReader.Drilled::ticket));
        });
    }

    /** A report of more groups × intervals than this is refused: split less, or filter. */
    static final int MOST_CELLS = 10_000;

    private static void requireFewCells(KpiRequest request, int groups) {
        int intervals = request.interval() == null ? 0 : request.period().intervals();
        if ((long) groups * intervals > MOST_CELLS) {
            throw ProblemException.invalid(
                    "interval",
                    groups + " groups by " + intervals + " intervals would be more than " + MOST_CELLS
                            + " figures; choose a longer interval, a shorter period or a filter");
        }
    }

    /** A drill-down's cursors belong to their figure. */
    static String cursorSort(Figure figure) {
        return "kpi:" + figure.path();
    }

    private static SqlParameters parameters(KpiRequest request, Instant asOf) {
        return new SqlParameters()
                .with("from", request.period().from())
                .with("to", request.period().to())
                .with("asOf", asOf);
    }

    /** The caller's scope and the request's filters, their values bound to {@code parameters}. */
    private static KpiCriteria criteria(Caller caller, Person person, KpiRequest request, SqlParameters parameters) {
        KpiCriteria criteria = new KpiCriteria(
                new KpiScope(person.id(), caller.worksEveryQueue(), caller.has(Role.SUPERVISOR)),
                request.filters().resolvedFor(person.id()));
        criteria.bind(parameters);
        return criteria;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

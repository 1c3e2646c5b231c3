package dev.servicedesk.kpi;

import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
import dev.servicedesk.kpi.dto.KpiReport;
import dev.servicedesk.kpi.dto.KpiTicket;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.Cancellable;

/** The desk's KPIs over a period, and the tickets behind each figure. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class KpiResource {
    private final KpiReports reports;
    private final CurrentCaller caller;

    KpiResource(KpiReports reports, CurrentCaller caller) {
        this.reports = reports;
        this.caller = caller;
    }

    /** The query parameters a report and its drill-down share. */
    public static class Common {
        @QueryParam("from")
        String from;

        @QueryParam("to")
        String to;

        @QueryParam("timeZone")
        String timeZone;

        @QueryParam("queueId")
        String queueId;

        @QueryParam("assigneeId")
        String assigneeId;

        @QueryParam("category")
        String category;

        @QueryParam("channel")
        String channel;

        @QueryParam("priority")
        String priority;

        @QueryParam("type")
        String type;

        KpiRequest.Raw raw() {
            return new KpiRequest.Raw(from, to, timeZone, queueId, assigneeId, category, channel, priority, type);
        }
    }

    @GET
    @Path("/kpis")
    public Uni<KpiReport> report(
            @BeanParam Common common, @QueryParam("interval") String interval, @QueryParam("groupBy") String groupBy) {
        QueryParameters parameters = new QueryParameters();
        KpiRequest request = KpiRequest.parse(parameters, common.raw(), interval, groupBy);
        parameters.validate();
        return reports.report(caller.get(), request);
    }

    @GET
    @Path("/kpis/tickets")
    public Uni<Page<KpiTicket>> tickets(
            @BeanParam Common common,
            @QueryParam("figure") String figure,
            @QueryParam("announcementId") String announcementId,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        QueryParameters parameters = new QueryParameters();
        KpiRequest request = KpiRequest.parse(parameters, common.raw(), null, null);
        Figure counted = figure(parameters, figure);
        UUID announcement = parameters.uuid("announcementId", announcementId);
        if (announcement != null && counted != null && counted.source() != Source.OUTAGES) {
            parameters.reject("announcementId", "applies to announcements.linkedTickets only");
        }
        PageRequest page = counted == null
                ? null
                : parameters.include(() -> PageRequest.parseTimeOrdered(limit, cursor, KpiReports.cursorSort(counted)));
        parameters.validate();
        return reports.tickets(caller.get(), request, counted, announcement, page);
    }

    private static Figure figure(QueryParameters parameters, String raw) {
        if (raw == null || raw.isEmpty()) {
            parameters.reject("figure", "is required");
            return null;
        }
        Figure figure = Figure.ofPath(raw);
        if (figure == null) {
            parameters.reject(
                    "figure",
                    "must be one of "
                            + Arrays.stream(Figure.values()).map(Figure::path).toList());
        }
        return figure;
    }
}

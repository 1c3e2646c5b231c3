package dev.servicedesk.sla;

import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageCursor;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.identity.Roles;
import dev.servicedesk.sla.dto.SlaEventView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.Cancellable;

/** The SLA warnings and breaches the checker recorded. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class SlaEventResource {
    private static final String ORDER = "occurredAt";

    private final SlaEventRepository events;

    SlaEventResource(SlaEventRepository events) {
        this.events = events;
    }

    @GET
    @Path("/sla-events")
    @WithSession
    public Uni<Page<SlaEventView>> list(
            @QueryParam("kind") String kind,
            @QueryParam("ticketId") String ticketId,
            @QueryParam("queueId") String queueId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        QueryParameters parameters = new QueryParameters();
        SlaEventFilter filter = new SlaEventFilter(
                parameters.enumValue("kind", kind, SlaEventKind.class),
                parameters.uuid("ticketId", ticketId),
                parameters.uuid("queueId", queueId),
                parameters.instant("from", from),
                parameters.instant("to", to),
                parameters.include(() -> PageRequest.parseTimeOrdered(limit, cursor, ORDER)));
        parameters.validate();
        return events.page(filter)
                .map(rows -> Page.of(
                        rows,
                        filter.page(),
                        event -> new PageCursor(ORDER, event.occurredAt().toString(), event.id()),
                        SlaEventView::of));
    }
}

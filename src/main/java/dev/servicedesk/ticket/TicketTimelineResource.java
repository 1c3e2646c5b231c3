package dev.servicedesk.ticket;

import dev.servicedesk.common.Created;
import dev.servicedesk.common.IdempotentCreates;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
import dev.servicedesk.ticket.dto.NewComment;
import dev.servicedesk.ticket.dto.TimelineEntry;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A ticket's conversation and story: comments in, the timeline out. */
@Path("/api/v1/tickets/{ticketRef}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class TicketTimelineResource {
    private final TimelineService timeline;
    private final IdempotentCreates idempotentCreates;
    private final CurrentCaller currentCaller;

    TicketTimelineResource(TimelineService timeline, IdempotentCreates idempotentCreates, CurrentCaller currentCaller) {
        this.timeline = timeline;
        this.idempotentCreates = idempotentCreates;
        this.currentCaller = currentCaller;
    }

    @POST
    @Path("/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> comment(
            @PathParam("ticketRef") String ticketRef,
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @NotNull @Valid NewComment body) {
        Caller caller = currentCaller.get();
        String operation = "POST /api/v1/tickets/" + ticketRef + "/comments";
        return idempotentCreates.create(
                idempotencyKey,
                caller.subject(),
                operation,
                body,
                () -> timeline.comment(caller, ticketRef, body)
                        .map(entry -> new Created(null, null, TimelineEntry.of(entry))));
    }

    @GET
    @Path("/timeline")
    public Uni<Page<TimelineEntry>> timeline(
            @PathParam("ticketRef") String ticketRef,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return timeline.page(
                currentCaller.get(), ticketRef, PageRequest.parseTimeOrdered(limit, cursor, TimelineService.ORDER));
    }
}

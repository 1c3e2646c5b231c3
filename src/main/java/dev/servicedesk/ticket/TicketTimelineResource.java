package dev.servicedesk.ticket;

import dev.servicedesk.common.Created;
import dev.servicedesk.common.IdempotentCreates;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
import dev.servicedesk.ticket.dto.NewComment;
import dev.servicedesk.ticket.dto.TimelineEntryView;
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
import org.jboss.resteasy.reactive.server.Cancellable;

/** A ticket's conversation and story: comments in, the timeline out. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class TicketTimelineResource {
    private final TimelineService timeline;
    private final TicketService tickets;
    private final IdempotentCreates idempotentCreates;
    private final CurrentCaller currentCaller;

    TicketTimelineResource(
            TimelineService timeline,
            TicketService tickets,
            IdempotentCreates idempotentCreates,
            CurrentCaller currentCaller) {
        this.timeline = timeline;
        this.tickets = tickets;
        this.idempotentCreates = idempotentCreates;
        this.currentCaller = currentCaller;
    }

    @POST
    @Path("/tickets/{ticketRef}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> comment(
            @PathParam("ticketRef") String ticketRef,
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @NotNull @Valid NewComment body) {
        Caller caller = currentCaller.get();
        // The key is scoped to the ticket itself, however the caller names it (id, INC-5, inc-5).
        return tickets.find(caller, ticketRef)
                .chain(ticket -> idempotentCreates.create(
                        idempotencyKey,
                        caller.subject(),
                        "POST /api/v1/tickets/" + ticket.id() + "/comments",
                        body,
                        () -> timeline.comment(caller, ticket.id().toString(), body)
                                .map(entry -> new Created(null, null, TimelineEntryView.of(entry)))));
    }

    @GET
    @Path("/tickets/{ticketRef}/timeline")
    public Uni<Page<TimelineEntryView>> timeline(
            @PathParam("ticketRef") String ticketRef,
            @QueryParam("sort") String sort,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        QueryParameters parameters = new QueryParameters();
        String order = parameters.choice("sort", sort, TimelineService.OLDEST_FIRST, TimelineService.ORDERS);
        PageRequest page = parameters.include(() -> PageRequest.parseTimeOrdered(limit, cursor, order));
        parameters.validate();
        return timeline.page(currentCaller.get(), ticketRef, order, page);
    }
}

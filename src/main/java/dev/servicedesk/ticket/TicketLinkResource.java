package dev.servicedesk.ticket;

import dev.servicedesk.common.Created;
import dev.servicedesk.common.IdempotentCreates;
import dev.servicedesk.common.Ids;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
import dev.servicedesk.ticket.dto.NewTicketLink;
import dev.servicedesk.ticket.dto.TicketLinkView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Links between tickets. Requesters may read those among their own tickets; those who work a ticket make them. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class TicketLinkResource {
    private final TicketLinkService links;
    private final TicketService tickets;
    private final IdempotentCreates idempotentCreates;
    private final CurrentCaller currentCaller;

    TicketLinkResource(
            TicketLinkService links,
            TicketService tickets,
            IdempotentCreates idempotentCreates,
            CurrentCaller currentCaller) {
        this.links = links;
        this.tickets = tickets;
        this.idempotentCreates = idempotentCreates;
        this.currentCaller = currentCaller;
    }

    @POST
    @Path("/tickets/{ticketRef}/links")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> link(
            @PathParam("ticketRef") String ticketRef,
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @NotNull @Valid NewTicketLink body) {
        Caller caller = currentCaller.get();
        return tickets.find(caller, ticketRef)
                .chain(ticket -> idempotentCreates.create(
                        idempotencyKey,
                        caller.subject(),
                        "POST /api/v1/tickets/" + ticket.id() + "/links",
                        body,
                        () -> links.link(caller, ticket.id().toString(), body)
                                .map(link -> new Created(
                                        URI.create("/api/v1/tickets/" + ticket.id() + "/links/" + link.id()),
                                        null,
                                        link))));
    }

    @GET
    @Path("/tickets/{ticketRef}/links")
    public Uni<Page<TicketLinkView>> list(
            @PathParam("ticketRef") String ticketRef,
            @QueryParam("type") String type,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        QueryParameters parameters = new QueryParameters();
        TicketLinkType linkType = parameters.enumValue("type", type, TicketLinkType.class);
        PageRequest page =
                parameters.include(() -> PageRequest.parseTimeOrdered(limit, cursor, TicketLinkService.ORDER));
        parameters.validate();
        return links.page(currentCaller.get(), ticketRef, linkType, page);
    }

    @GET
    @Path("/tickets/{ticketRef}/links/{linkId}")
    public Uni<TicketLinkView> get(@PathParam("ticketRef") String ticketRef, @PathParam("linkId") String linkId) {
        return links.find(currentCaller.get(), ticketRef, linkId(linkId));
    }

    @DELETE
    @Path("/tickets/{ticketRef}/links/{linkId}")
    public Uni<Response> unlink(@PathParam("ticketRef") String ticketRef, @PathParam("linkId") String linkId) {
        return links.unlink(currentCaller.get(), ticketRef, linkId(linkId))
                .replaceWith(Response.noContent().build());
    }

    private static UUID linkId(String linkId) {
        return Ids.parse(linkId).orElseThrow(() -> new NotFoundProblem("link", linkId));
    }
}

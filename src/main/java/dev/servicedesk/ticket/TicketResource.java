package dev.servicedesk.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import dev.servicedesk.common.Created;
import dev.servicedesk.common.IdempotentCreates;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
import dev.servicedesk.ticket.TicketViews.ShownTicket;
import dev.servicedesk.ticket.dto.CiIncident;
import dev.servicedesk.ticket.dto.NewTicket;
import dev.servicedesk.ticket.dto.TicketAssignment;
import dev.servicedesk.ticket.dto.TicketHandBack;
import dev.servicedesk.ticket.dto.TicketSummary;
import dev.servicedesk.ticket.dto.TicketTransition;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.resteasy.reactive.server.Cancellable;

@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class TicketResource {
    private static final String CREATE = "POST /api/v1/tickets";
    static final String MERGE_PATCH = "application/merge-patch+json";

    private final TicketService tickets;
    private final TicketEditing editing;
    private final TicketAssignments assignments;
    private final TicketLists lists;
    private final TicketTransitions transitions;
    private final TicketViews views;
    private final IdempotentCreates idempotentCreates;
    private final CurrentCaller currentCaller;
    private final TicketMetrics metrics;

    TicketResource(
            TicketService tickets,
            TicketEditing editing,
            TicketAssignments assignments,
            TicketLists lists,
            TicketTransitions transitions,
            TicketViews views,
            IdempotentCreates idempotentCreates,
            CurrentCaller currentCaller,
            TicketMetrics metrics) {
        this.tickets = tickets;
        this.editing = editing;
        this.assignments = assignments;
        this.lists = lists;
        this.transitions = transitions;
        this.views = views;
        this.idempotentCreates = idempotentCreates;
        this.currentCaller = currentCaller;
        this.metrics = metrics;
    }

    @POST
    @Path("/tickets")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey, @NotNull @Valid NewTicket body) {
        Caller caller = currentCaller.get();
        // Set only when the create ran (a replay does not run it); counted once its transaction committed.
        AtomicReference<Ticket> recorded = new AtomicReference<>();
        return idempotentCreates
                .create(
                        idempotencyKey,
                        caller.subject(),
                        CREATE,
                        body,
                        () -> tickets.create(caller, body)
                                .invoke(recorded::set)
                                .chain(ticket -> views.find(caller, ticket.id().toString()))
                                .map(shown -> new Created(
                                        URI.create("/api/v1/tickets/" + shown.id()), shown.etag(), shown.json())))
                .invoke(() -> {
                    if (recorded.get() != null) {
                        metrics.created(recorded.get());
                    }
                });
    }

    @GET
    @Path("/tickets/{ticketRef}")
    public Uni<Response> get(@PathParam("ticketRef") String ticketRef) {
        return views.find(currentCaller.get(), ticketRef).map(TicketResource::ok);
    }

    @PATCH
    @Path("/tickets/{ticketRef}")
    @Consumes(MERGE_PATCH)
    public Uni<Response> update(
            @PathParam("ticketRef") String ticketRef,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull JsonNode body) {
        return editing.update(currentCaller.get(), ticketRef, ifMatch, body).chain(this::withETag);
    }

    @POST
    @Path("/tickets/{ticketRef}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> transition(
            @PathParam("ticketRef") String ticketRef,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TicketTransition body) {
        return transitions
                .transition(currentCaller.get(), ticketRef, ifMatch, body)
                .chain(this::withETag);
    }

    @POST
    @Path("/tickets/{ticketRef}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> assign(
            @PathParam("ticketRef") String ticketRef,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TicketAssignment body) {
        return assignments.assign(currentCaller.get(), ticketRef, ifMatch, body).chain(this::withETag);
    }

    @POST
    @Path("/tickets/{ticketRef}/hand-back")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> handBack(
            @PathParam("ticketRef") String ticketRef,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TicketHandBack body) {
        return assignments
                .handBack(currentCaller.get(), ticketRef, ifMatch, body)
                .chain(this::withETag);
    }

    @GET
    @Path("/tickets")
    public Uni<Page<TicketSummary>> list(@BeanParam TicketListQuery query) {
        return lists.list(currentCaller.get(), TicketFilter.parse(query));
    }

    @GET
    @Path("/tickets/{ticketRef}/ci-incidents")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
    public Uni<Page<CiIncident>> ciIncidents(
            @PathParam("ticketRef") String ticketRef,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parseTimeOrdered(limit, cursor, TicketLists.CI_INCIDENTS_ORDER);
        return lists.openIncidentsOnCis(currentCaller.get(), ticketRef, page);
    }

    /** A ticket just changed, as the caller who changed it sees it now. */
    private Uni<Response> withETag(Ticket changed) {
        return views.find(currentCaller.get(), changed.id().toString()).map(TicketResource::ok);
    }

    private static Response ok(ShownTicket shown) {
        return Response.ok(shown.json()).header(HttpHeaders.ETAG, shown.etag()).build();
    }
}

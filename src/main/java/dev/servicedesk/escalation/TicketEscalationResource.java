package dev.servicedesk.escalation;

import dev.servicedesk.common.Created;
import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.IdempotentCreates;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.escalation.dto.EscalationView;
import dev.servicedesk.escalation.dto.NewEscalation;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
import dev.servicedesk.ticket.TicketService;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.resteasy.reactive.server.Cancellable;

/** A ticket's escalations: made by the agents who work it, read by the desk. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class TicketEscalationResource {
    private final EscalationService escalations;
    private final EscalationViews views;
    private final TicketService tickets;
    private final IdempotentCreates idempotentCreates;
    private final CurrentCaller currentCaller;
    private final EscalationMetrics metrics;

    TicketEscalationResource(
            EscalationService escalations,
            EscalationViews views,
            TicketService tickets,
            IdempotentCreates idempotentCreates,
            CurrentCaller currentCaller,
            EscalationMetrics metrics) {
        this.escalations = escalations;
        this.views = views;
        this.tickets = tickets;
        this.idempotentCreates = idempotentCreates;
        this.currentCaller = currentCaller;
        this.metrics = metrics;
    }

    @POST
    @Path("/tickets/{ticketRef}/escalations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> escalate(
            @PathParam("ticketRef") String ticketRef,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @NotNull @Valid NewEscalation body) {
        Caller caller = currentCaller.get();
        // Set only when the escalation is made (a replay does not make it); counted once its transaction committed.
        AtomicReference<Escalation> opened = new AtomicReference<>();
        return tickets.find(caller, ticketRef)
                .chain(ticket -> idempotentCreates.create(
                        idempotencyKey,
                        caller.subject(),
                        "POST /api/v1/tickets/" + ticket.id() + "/escalations",
                        body,
                        () -> escalations
                                .escalate(caller, ticketRef, ifMatch, body)
                                .invoke(made -> opened.set(made.escalation()))
                                .chain(made -> views.show(caller, made)
                                        .map(view -> new Created(
                                                URI.create("/api/v1/escalations/"
                                                        + made.escalation().id()),
                                                EntityTag.of(made.escalation().version()),
                                                view)))))
                .invoke(() -> {
                    if (opened.get() != null) {
                        metrics.opened(opened.get().trigger(), 1);
                    }
                });
    }

    @GET
    @Path("/tickets/{ticketRef}/escalations")
    public Uni<Page<EscalationView>> list(
            @PathParam("ticketRef") String ticketRef,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        QueryParameters parameters = new QueryParameters();
        PageRequest page = parameters.include(() -> PageRequest.parseTimeOrdered(limit, cursor, EscalationViews.ORDER));
        parameters.validate();
        return views.ofTicket(currentCaller.get(), ticketRef, page);
    }
}

package dev.servicedesk.sla;

import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
import dev.servicedesk.sla.dto.TicketSla;
import dev.servicedesk.sla.dto.TicketSlaExplanation;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.Cancellable;

/** A ticket's SLA clocks, and how their due times were computed. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class TicketSlaResource {
    private final TicketSlaService sla;
    private final CurrentCaller currentCaller;

    TicketSlaResource(TicketSlaService sla, CurrentCaller currentCaller) {
        this.sla = sla;
        this.currentCaller = currentCaller;
    }

    @GET
    @Path("/tickets/{ticketRef}/sla")
    public Uni<TicketSla> get(@PathParam("ticketRef") String ticketRef) {
        return sla.read(currentCaller.get(), ticketRef);
    }

    @GET
    @Path("/tickets/{ticketRef}/sla/explain")
    public Uni<TicketSlaExplanation> explain(@PathParam("ticketRef") String ticketRef) {
        return sla.explain(currentCaller.get(), ticketRef);
    }
}

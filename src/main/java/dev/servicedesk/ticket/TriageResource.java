package dev.servicedesk.ticket;

import dev.servicedesk.common.Page;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
import dev.servicedesk.ticket.dto.WorkItem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.Cancellable;

/** The new tickets nobody has taken yet, across the caller's queues. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class TriageResource {
    private final WorkLists workLists;
    private final CurrentCaller currentCaller;

    TriageResource(WorkLists workLists, CurrentCaller currentCaller) {
        this.workLists = workLists;
        this.currentCaller = currentCaller;
    }

    @GET
    @Path("/triage")
    public Uni<Page<WorkItem>> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        QueryParameters parameters = new QueryParameters();
        OrderedPage page = OrderedPage.parse(parameters, WorkLists.TRIAGE_ORDER, limit, cursor);
        parameters.validate();
        return workLists.triage(currentCaller.get(), page);
    }
}

package dev.servicedesk.ticket;

import dev.servicedesk.common.Ids;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
import dev.servicedesk.ticket.dto.WorkItem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.Cancellable;

/** A queue's working list. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class WorkListResource {
    private final WorkLists workLists;
    private final CurrentCaller currentCaller;

    WorkListResource(WorkLists workLists, CurrentCaller currentCaller) {
        this.workLists = workLists;
        this.currentCaller = currentCaller;
    }

    @GET
    @Path("/queues/{queueId}/tickets")
    public Uni<Page<WorkItem>> list(
            @PathParam("queueId") String queueId,
            @QueryParam("assigneeId") String assigneeId,
            @QueryParam("unassigned") String unassigned,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return workLists.queue(
                currentCaller.get(),
                Ids.parse(queueId).orElseThrow(() -> new NotFoundProblem("queue", queueId)),
                WorkListFilter.parse(assigneeId, unassigned, limit, cursor));
    }
}

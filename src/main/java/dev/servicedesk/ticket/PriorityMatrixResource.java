package dev.servicedesk.ticket;

import dev.servicedesk.common.EntityTag;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.PersonService;
import dev.servicedesk.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.Cancellable;

@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class PriorityMatrixResource {
    private final PriorityMatrixService matrices;
    private final PersonService people;
    private final CurrentCaller currentCaller;

    PriorityMatrixResource(PriorityMatrixService matrices, PersonService people, CurrentCaller currentCaller) {
        this.matrices = matrices;
        this.people = people;
        this.currentCaller = currentCaller;
    }

    @GET
    @Path("/priority-matrix")
    @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
    public Uni<Response> get() {
        return matrices.current().map(PriorityMatrixResource::ok);
    }

    @PUT
    @Path("/priority-matrix")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> replace(
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid PriorityMatrixUpdate body) {
        return people.sync(currentCaller.get())
                .chain(admin -> matrices.replace(body.cells(), ifMatch, admin.id()))
                .map(PriorityMatrixResource::ok);
    }

    private static Response ok(StoredPriorityMatrix stored) {
        return Response.ok(stored.toResponse())
                .header(HttpHeaders.ETAG, EntityTag.of(stored.version()))
                .build();
    }
}

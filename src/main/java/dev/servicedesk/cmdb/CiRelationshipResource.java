package dev.servicedesk.cmdb;

import dev.servicedesk.cmdb.dto.CiRelationshipView;
import dev.servicedesk.cmdb.dto.NewCiRelationship;
import dev.servicedesk.common.Created;
import dev.servicedesk.common.IdempotentCreates;
import dev.servicedesk.common.Ids;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
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
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.Cancellable;

/** The relationships of a configuration item: the admin adds and removes them; the desk reads them. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class CiRelationshipResource {
    private static final String CREATE = "POST /api/v1/cis/{ciId}/relationships";

    private final CiRelationships relationships;
    private final CiService items;
    private final IdempotentCreates idempotentCreates;
    private final CurrentCaller currentCaller;

    CiRelationshipResource(
            CiRelationships relationships,
            CiService items,
            IdempotentCreates idempotentCreates,
            CurrentCaller currentCaller) {
        this.relationships = relationships;
        this.items = items;
        this.idempotentCreates = idempotentCreates;
        this.currentCaller = currentCaller;
    }

    @POST
    @Path("/cis/{ciId}/relationships")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> relate(
            @PathParam("ciId") String ciId,
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @NotNull @Valid NewCiRelationship body) {
        UUID source = id(ciId, "configuration item");
        return idempotentCreates.create(
                idempotencyKey,
                currentCaller.get().subject(),
                CREATE.replace("{ciId}", source.toString()),
                body,
                () -> items.viewer(currentCaller.get())
                        .chain(viewer -> relationships.relate(viewer, source, body, null))
                        .map(created ->
                                new Created(URI.create("/api/v1/cis/" + source + "/relationships"), null, created)));
    }

    @GET
    @Path("/cis/{ciId}/relationships")
    public Uni<Page<CiRelationshipView>> list(
            @PathParam("ciId") String ciId,
            @QueryParam("type") List<String> types,
            @QueryParam("direction") String direction,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        QueryParameters parameters = new QueryParameters();
        List<CiRelationshipType> typed = parameters.enumValues("type", types, CiRelationshipType.class);
        CiRelationshipDirection way = parameters.enumValue("direction", direction, CiRelationshipDirection.class);
        PageRequest page = parameters.include(() -> PageRequest.parseTimeOrdered(limit, cursor, CiRelationships.ORDER));
        parameters.validate();
        return items.viewer(currentCaller.get())
                .chain(viewer -> relationships.page(viewer, id(ciId, "configuration item"), typed, way, page));
    }

    @DELETE
    @Path("/cis/{ciId}/relationships/{relationshipId}")
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> unrelate(@PathParam("ciId") String ciId, @PathParam("relationshipId") String relationshipId) {
        UUID item = id(ciId, "configuration item");
        UUID relationship = id(relationshipId, "relationship");
        return items.viewer(currentCaller.get())
                .chain(viewer -> relationships.unrelate(viewer, item, relationship, null))
                .replaceWith(Response.noContent().build());
    }

    private static UUID id(String raw, String resource) {
        return Ids.parse(raw).orElseThrow(() -> new NotFoundProblem(resource, raw));
    }
}

package dev.servicedesk.cmdb;

import dev.servicedesk.cmdb.dto.CiTypeList;
import dev.servicedesk.cmdb.dto.CiTypeSchemaUpdate;
import dev.servicedesk.cmdb.dto.CiTypeSchemaView;
import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.NotFoundProblem;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Configuration item types and their attribute schemas: the desk reads them, the admin replaces them. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class CiTypeResource {
    private final CiTypes types;
    private final PersonService people;
    private final CurrentCaller currentCaller;

    CiTypeResource(CiTypes types, PersonService people, CurrentCaller currentCaller) {
        this.types = types;
        this.people = people;
        this.currentCaller = currentCaller;
    }

    @GET
    @Path("/ci-types")
    public Uni<CiTypeList> list() {
        return types.all()
                .map(all ->
                        new CiTypeList(all.stream().map(CiTypeSchemaView::of).toList()));
    }

    @GET
    @Path("/ci-types/{ciType}")
    public Uni<Response> get(@PathParam("ciType") String ciType) {
        return types.find(type(ciType)).map(CiTypeResource::withETag);
    }

    @PUT
    @Path("/ci-types/{ciType}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> replace(
            @PathParam("ciType") String ciType,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid CiTypeSchemaUpdate body) {
        CiType type = type(ciType);
        return people.sync(currentCaller.get())
                .chain(admin -> types.replaceSchema(type, ifMatch, body.attributesSchema(), admin.id()))
                .map(CiTypeResource::withETag);
    }

    private static CiType type(String raw) {
        try {
            return CiType.valueOf(raw);
        } catch (IllegalArgumentException e) {
            throw new NotFoundProblem("configuration item type", raw);
        }
    }

    private static Response withETag(CiTypeDefinition definition) {
        return Response.ok(CiTypeSchemaView.of(definition))
                .header(HttpHeaders.ETAG, EntityTag.of(definition.version()))
                .build();
    }
}

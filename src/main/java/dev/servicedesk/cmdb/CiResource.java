package dev.servicedesk.cmdb;

import com.fasterxml.jackson.databind.JsonNode;
import dev.servicedesk.cmdb.dto.CiHistoryView;
import dev.servicedesk.cmdb.dto.CiView;
import dev.servicedesk.cmdb.dto.NewCi;
import dev.servicedesk.common.Created;
import dev.servicedesk.common.IdempotentCreates;
import dev.servicedesk.common.Ids;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.common.RecordPatches;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.PersonFilter;
import dev.servicedesk.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Configuration items: the admin records and changes them; the desk reads them; a requester reads their own. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class CiResource {
    private static final String CREATE = "POST /api/v1/cis";

    private final CiService items;
    private final RecordPatches patches;
    private final IdempotentCreates idempotentCreates;
    private final CurrentCaller currentCaller;

    CiResource(
            CiService items, RecordPatches patches, IdempotentCreates idempotentCreates, CurrentCaller currentCaller) {
        this.items = items;
        this.patches = patches;
        this.idempotentCreates = idempotentCreates;
        this.currentCaller = currentCaller;
    }

    @POST
    @Path("/cis")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey, @NotNull @Valid NewCi body) {
        return idempotentCreates.create(
                idempotencyKey,
                currentCaller.get().subject(),
                CREATE,
                body,
                () -> items.viewer(currentCaller.get())
                        .chain(viewer -> items.create(viewer, body)
                                .map(item -> new Created(
                                        URI.create("/api/v1/cis/" + item.id()),
                                        viewer.etag(item),
                                        viewer.show(item)))));
    }

    @GET
    @Path("/cis")
    public Uni<Page<CiView>> list(
            @QueryParam("type") List<String> types,
            @QueryParam("status") List<String> statuses,
            @QueryParam("environment") List<String> environments,
            @QueryParam("criticality") List<String> criticalities,
            @QueryParam("ownerId") String ownerId,
            @QueryParam("q") String q,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        QueryParameters parameters = new QueryParameters();
        CiFilter filter = new CiFilter(
                parameters.enumValues("type", types, CiType.class),
                parameters.enumValues("status", statuses, CiStatus.class),
                parameters.enumValues("environment", environments, CiEnvironment.class),
                parameters.enumValues("criticality", criticalities, CiCriticality.class),
                PersonFilter.parse(parameters, "ownerId", ownerId),
                parameters.text("q", q, 200),
                parameters.include(() -> PageRequest.parse(limit, cursor, CiFilter.ORDER)));
        parameters.validate();
        return items.viewer(currentCaller.get()).chain(viewer -> items.page(viewer, filter));
    }

    @GET
    @Path("/cis/{ciId}")
    public Uni<Response> get(@PathParam("ciId") String ciId) {
        return items.viewer(currentCaller.get())
                .chain(viewer -> items.find(viewer, id(ciId)).map(item -> withETag(viewer, item)));
    }

    @PATCH
    @Path("/cis/{ciId}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes("application/merge-patch+json")
    public Uni<Response> update(
            @PathParam("ciId") String ciId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull JsonNode body) {
        return items.viewer(currentCaller.get())
                .chain(viewer -> items.update(
                                viewer, id(ciId), ifMatch, before -> patches.revise(before, body, CiDetails.class))
                        .map(item -> withETag(viewer, item)));
    }

    @GET
    @Path("/cis/{ciId}/history")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
    public Uni<Page<CiHistoryView>> history(
            @PathParam("ciId") String ciId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        QueryParameters parameters = new QueryParameters();
        Instant since = parameters.instant("from", from);
        Instant until = parameters.instant("to", to);
        PageRequest page =
                parameters.include(() -> PageRequest.parseTimeOrdered(limit, cursor, CiService.HISTORY_ORDER));
        parameters.validate();
        return items.viewer(currentCaller.get()).chain(viewer -> items.history(viewer, id(ciId), since, until, page));
    }

    private static UUID id(String raw) {
        return Ids.parse(raw).orElseThrow(() -> new NotFoundProblem("configuration item", raw));
    }

    private static Response withETag(CiViewer viewer, ConfigurationItem item) {
        return Response.ok(viewer.show(item))
                .header(HttpHeaders.ETAG, viewer.etag(item))
                .build();
    }
}

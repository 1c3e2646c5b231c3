package dev.servicedesk.sla;

import com.fasterxml.jackson.databind.JsonNode;
import dev.servicedesk.common.Created;
import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.IdempotentCreates;
import dev.servicedesk.common.Ids;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PositionOrder;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.common.RecordPatches;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
import dev.servicedesk.sla.dto.NewSlaPolicy;
import dev.servicedesk.sla.dto.SlaPolicyView;
import dev.servicedesk.sla.dto.SlaPreview;
import dev.servicedesk.sla.dto.SlaProbe;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.UUID;
import org.jboss.resteasy.reactive.server.Cancellable;

/** SLA policies: the admin manages them; the desk reads and previews them. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class SlaPolicyResource {
    private static final String CREATE = "POST /api/v1/sla-policies";

    private final SlaPolicyService policies;
    private final RecordPatches patches;
    private final IdempotentCreates idempotentCreates;
    private final CurrentCaller currentCaller;

    SlaPolicyResource(
            SlaPolicyService policies,
            RecordPatches patches,
            IdempotentCreates idempotentCreates,
            CurrentCaller currentCaller) {
        this.policies = policies;
        this.patches = patches;
        this.idempotentCreates = idempotentCreates;
        this.currentCaller = currentCaller;
    }

    @POST
    @Path("/sla-policies")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey, @NotNull @Valid NewSlaPolicy body) {
        return idempotentCreates.create(
                idempotencyKey,
                currentCaller.get().subject(),
                CREATE,
                body,
                () -> policies.create(body)
                        .map(policy -> new Created(
                                URI.create("/api/v1/sla-policies/" + policy.id()),
                                EntityTag.of(policy.version()),
                                SlaPolicyView.of(policy))));
    }

    @GET
    @Path("/sla-policies")
    public Uni<Page<SlaPolicyView>> list(
            @QueryParam("enabled") String enabled,
            @QueryParam("calendarId") String calendarId,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        QueryParameters parameters = new QueryParameters();
        PolicyFilter filter = new PolicyFilter(
                parameters.bool("enabled", enabled),
                parameters.uuid("calendarId", calendarId),
                PositionOrder.parse(parameters, limit, cursor));
        parameters.validate();
        return policies.page(filter);
    }

    @POST
    @Path("/sla-policies/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<SlaPreview> preview(@NotNull @Valid SlaProbe body) {
        return policies.preview(body);
    }

    @GET
    @Path("/sla-policies/{policyId}")
    public Uni<Response> get(@PathParam("policyId") String policyId) {
        return policies.find(id(policyId)).map(SlaPolicyResource::withETag);
    }

    @PATCH
    @Path("/sla-policies/{policyId}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes("application/merge-patch+json")
    public Uni<Response> update(
            @PathParam("policyId") String policyId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull JsonNode body) {
        return policies.update(id(policyId), ifMatch, before -> patches.revise(before, body, PolicyDetails.class))
                .map(SlaPolicyResource::withETag);
    }

    @DELETE
    @Path("/sla-policies/{policyId}")
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> delete(
            @PathParam("policyId") String policyId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return policies.delete(id(policyId), ifMatch)
                .map(deleted -> Response.noContent().build());
    }

    private static UUID id(String raw) {
        return Ids.parse(raw).orElseThrow(() -> new NotFoundProblem("SLA policy", raw));
    }

    private static Response withETag(SlaPolicy policy) {
        return Response.ok(SlaPolicyView.of(policy))
                .header(HttpHeaders.ETAG, EntityTag.of(policy.version()))
                .build();
    }
}

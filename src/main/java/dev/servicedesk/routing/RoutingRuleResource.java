package dev.servicedesk.routing;

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
import dev.servicedesk.routing.dto.NewRoutingRule;
import dev.servicedesk.routing.dto.RoutingEvaluation;
import dev.servicedesk.routing.dto.RoutingProbe;
import dev.servicedesk.routing.dto.RoutingRuleView;
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

/** Routing rules: the admin manages them and tries them out. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class RoutingRuleResource {
    private static final String CREATE = "POST /api/v1/routing-rules";

    private final RoutingRuleService rules;
    private final Routing routing;
    private final RecordPatches patches;
    private final IdempotentCreates idempotentCreates;
    private final CurrentCaller currentCaller;

    RoutingRuleResource(
            RoutingRuleService rules,
            Routing routing,
            RecordPatches patches,
            IdempotentCreates idempotentCreates,
            CurrentCaller currentCaller) {
        this.rules = rules;
        this.routing = routing;
        this.patches = patches;
        this.idempotentCreates = idempotentCreates;
        this.currentCaller = currentCaller;
    }

    @POST
    @Path("/routing-rules")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey, @NotNull @Valid NewRoutingRule body) {
        return idempotentCreates.create(
                idempotencyKey,
                currentCaller.get().subject(),
                CREATE,
                body,
                () -> rules.create(body)
                        .map(rule -> new Created(
                                URI.create("/api/v1/routing-rules/" + rule.id()),
                                EntityTag.of(rule.version()),
                                RoutingRuleView.of(rule))));
    }

    @GET
    @Path("/routing-rules")
    public Uni<Page<RoutingRuleView>> list(
            @QueryParam("enabled") String enabled,
            @QueryParam("queueId") String queueId,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        QueryParameters parameters = new QueryParameters();
        RuleFilter filter = new RuleFilter(
                parameters.bool("enabled", enabled),
                parameters.uuid("queueId", queueId),
                PositionOrder.parse(parameters, limit, cursor));
        parameters.validate();
        return rules.page(filter);
    }

    @POST
    @Path("/routing-rules/evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RoutingEvaluation> evaluate(@NotNull @Valid RoutingProbe body) {
        return routing.evaluate(body);
    }

    @GET
    @Path("/routing-rules/{ruleId}")
    public Uni<Response> get(@PathParam("ruleId") String ruleId) {
        return rules.find(id(ruleId)).map(RoutingRuleResource::withETag);
    }

    @PATCH
    @Path("/routing-rules/{ruleId}")
    @Consumes("application/merge-patch+json")
    public Uni<Response> update(
            @PathParam("ruleId") String ruleId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull JsonNode body) {
        return rules.update(id(ruleId), ifMatch, before -> patches.revise(before, body, RuleDetails.class))
                .map(RoutingRuleResource::withETag);
    }

    @DELETE
    @Path("/routing-rules/{ruleId}")
    public Uni<Response> delete(@PathParam("ruleId") String ruleId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return rules.delete(id(ruleId), ifMatch)
                .map(deleted -> Response.noContent().build());
    }

    private static UUID id(String raw) {
        return Ids.parse(raw).orElseThrow(() -> new NotFoundProblem("routing rule", raw));
    }

    private static Response withETag(RoutingRule rule) {
        return Response.ok(RoutingRuleView.of(rule))
                .header(HttpHeaders.ETAG, EntityTag.of(rule.version()))
                .build();
    }
}

package dev.servicedesk.cmdb.change;

import dev.servicedesk.cmdb.change.dto.ChangeSummary;
import dev.servicedesk.cmdb.change.dto.ChangeTransition;
import dev.servicedesk.cmdb.change.dto.ChangeView;
import dev.servicedesk.cmdb.change.dto.NewChange;
import dev.servicedesk.common.Created;
import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.IdempotentCreates;
import dev.servicedesk.common.Ids;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
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
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Change requests, for the desk: submitted, read, moved along their lifecycle. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class ChangeResource {
    private static final String CREATE = "POST /api/v1/changes";

    private final ChangeService changes;
    private final ChangeTransitions transitions;
    private final IdempotentCreates idempotentCreates;
    private final CurrentCaller currentCaller;

    ChangeResource(
            ChangeService changes,
            ChangeTransitions transitions,
            IdempotentCreates idempotentCreates,
            CurrentCaller currentCaller) {
        this.changes = changes;
        this.transitions = transitions;
        this.idempotentCreates = idempotentCreates;
        this.currentCaller = currentCaller;
    }

    @POST
    @Path("/changes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> submit(
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey, @NotNull @Valid NewChange body) {
        Caller caller = currentCaller.get();
        return idempotentCreates.create(
                idempotencyKey,
                caller.subject(),
                CREATE,
                body,
                () -> changes.submit(caller, body)
                        .chain(change -> changes.view(caller, change)
                                .map(view -> new Created(
                                        URI.create("/api/v1/changes/" + change.id()), tag(change, view), view))));
    }

    @GET
    @Path("/changes")
    public Uni<Page<ChangeSummary>> list(
            @QueryParam("status") List<String> status,
            @QueryParam("type") String type,
            @QueryParam("ciId") String ciId,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        QueryParameters parameters = new QueryParameters();
        List<ChangeStatus> statuses = parameters.enumValues("status", status, ChangeStatus.class);
        ChangeType changeType = parameters.enumValue("type", type, ChangeType.class);
        UUID item = parameters.uuid("ciId", ciId);
        PageRequest page = parameters.include(() -> PageRequest.parseTimeOrdered(limit, cursor, ChangeService.ORDER));
        parameters.validate();
        return changes.page(statuses, changeType, item, page);
    }

    @GET
    @Path("/changes/{changeId}")
    public Uni<Response> get(@PathParam("changeId") String changeId) {
        return changes.find(id(changeId)).chain(this::withETag);
    }

    @POST
    @Path("/changes/{changeId}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> move(
            @PathParam("changeId") String changeId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ChangeTransition body) {
        return transitions
                .move(currentCaller.get(), id(changeId), ifMatch, body)
                .chain(this::withETag);
    }

    private Uni<Response> withETag(ChangeRequest change) {
        return changes.view(currentCaller.get(), change)
                .map(view -> Response.ok(view)
                        .header(HttpHeaders.ETAG, tag(change, view))
                        .build());
    }

    /** Those who may decide on a change see other moves than the rest: each view its own tag. */
    private static String tag(ChangeRequest change, ChangeView view) {
        boolean decides = view.allowedTransitions().contains(ChangeStatus.APPROVED)
                || view.allowedTransitions().contains(ChangeStatus.REJECTED);
        return EntityTag.of(change.version(), decides ? "decides" : "desk");
    }

    private static UUID id(String raw) {
        return Ids.parse(raw).orElseThrow(() -> new NotFoundProblem("change request", raw));
    }
}

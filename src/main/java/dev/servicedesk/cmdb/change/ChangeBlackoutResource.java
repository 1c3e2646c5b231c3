package dev.servicedesk.cmdb.change;

import dev.servicedesk.cmdb.change.dto.ChangeBlackoutView;
import dev.servicedesk.cmdb.change.dto.NewChangeBlackout;
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
import java.time.Instant;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Blackout windows for changes. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class ChangeBlackoutResource {
    private static final String CREATE = "POST /api/v1/change-blackouts";

    private final ChangeBlackouts blackouts;
    private final IdempotentCreates idempotentCreates;
    private final CurrentCaller currentCaller;

    ChangeBlackoutResource(
            ChangeBlackouts blackouts, IdempotentCreates idempotentCreates, CurrentCaller currentCaller) {
        this.blackouts = blackouts;
        this.idempotentCreates = idempotentCreates;
        this.currentCaller = currentCaller;
    }

    @POST
    @Path("/change-blackouts")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> declare(
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey, @NotNull @Valid NewChangeBlackout body) {
        return idempotentCreates.create(
                idempotencyKey,
                currentCaller.get().subject(),
                CREATE,
                body,
                () -> blackouts
                        .declare(currentCaller.get(), body)
                        .map(window -> new Created(
                                URI.create("/api/v1/change-blackouts?from=" + window.start()), null, window)));
    }

    @GET
    @Path("/change-blackouts")
    public Uni<Page<ChangeBlackoutView>> list(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        QueryParameters parameters = new QueryParameters();
        Instant since = parameters.instant("from", from);
        Instant until = parameters.instant("to", to);
        PageRequest page = parameters.include(() -> PageRequest.parseTimeOrdered(limit, cursor, ChangeBlackouts.ORDER));
        parameters.validate();
        return blackouts.page(since, until, page);
    }

    @DELETE
    @Path("/change-blackouts/{blackoutId}")
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> lift(@PathParam("blackoutId") String blackoutId) {
        return blackouts
                .lift(Ids.parse(blackoutId).orElseThrow(() -> new NotFoundProblem("blackout window", blackoutId)))
                .replaceWith(Response.noContent().build());
    }
}

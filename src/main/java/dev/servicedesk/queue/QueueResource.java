package dev.servicedesk.queue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.servicedesk.common.Created;
import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.IdempotentCreates;
import dev.servicedesk.common.Ids;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.common.RecordPatches;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
import dev.servicedesk.queue.dto.NewQueue;
import dev.servicedesk.queue.dto.QueueView;
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
import java.util.UUID;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Queues: the admin manages them; the desk reads them. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class QueueResource {
    private static final String CREATE = "POST /api/v1/queues";

    private final QueueService queues;
    private final RecordPatches patches;
    private final IdempotentCreates idempotentCreates;
    private final CurrentCaller currentCaller;

    QueueResource(
            QueueService queues,
            RecordPatches patches,
            IdempotentCreates idempotentCreates,
            CurrentCaller currentCaller) {
        this.queues = queues;
        this.patches = patches;
        this.idempotentCreates = idempotentCreates;
        this.currentCaller = currentCaller;
    }

    @POST
    @Path("/queues")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey, @NotNull @Valid NewQueue body) {
        return idempotentCreates.create(
                idempotencyKey,
                currentCaller.get().subject(),
                CREATE,
                body,
                () -> queues.create(body)
                        .chain(state -> queues.viewer(currentCaller.get())
                                .map(viewer -> new Created(
                                        URI.create("/api/v1/queues/"
                                                + state.queue().id()),
                                        EntityTag.of(state.queue().version()),
                                        viewer.show(state)))));
    }

    @GET
    @Path("/queues")
    public Uni<Page<QueueView>> list(
            @QueryParam("active") String active,
            @QueryParam("tier") String tier,
            @QueryParam("memberId") String memberId,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        QueryParameters parameters = new QueryParameters();
        QueueFilter filter = new QueueFilter(
                parameters.bool("active", active),
                parameters.integer("tier", tier, 1, 4),
                parameters.uuid("memberId", memberId),
                parameters.include(() -> PageRequest.parse(limit, cursor, QueueService.ORDER)));
        parameters.validate();
        return queues.viewer(currentCaller.get()).chain(viewer -> queues.page(filter, viewer));
    }

    @GET
    @Path("/queues/{queueId}")
    public Uni<Response> get(@PathParam("queueId") String queueId) {
        return queues.find(id(queueId)).chain(this::withETag);
    }

    @PATCH
    @Path("/queues/{queueId}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes("application/merge-patch+json")
    public Uni<Response> update(
            @PathParam("queueId") String queueId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull JsonNode body) {
        return queues.update(id(queueId), ifMatch, before -> patches.revise(before, body, QueueDetails.class))
                .chain(this::withETag);
    }

    private static UUID id(String raw) {
        return Ids.parse(raw).orElseThrow(() -> new NotFoundProblem("queue", raw));
    }

    private Uni<Response> withETag(QueueState state) {
        return queues.viewer(currentCaller.get())
                .map(viewer -> Response.ok(viewer.show(state))
                        .header(HttpHeaders.ETAG, EntityTag.of(state.queue().version()))
                        .build());
    }
}

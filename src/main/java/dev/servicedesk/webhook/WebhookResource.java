package dev.servicedesk.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.servicedesk.common.Created;
import dev.servicedesk.common.IdempotentCreates;
import dev.servicedesk.common.Ids;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.common.RecordPatches;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
import dev.servicedesk.webhook.dto.NewWebhook;
import dev.servicedesk.webhook.dto.WebhookSecretRotation;
import dev.servicedesk.webhook.dto.WebhookView;
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
import java.time.Duration;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.Cancellable;

@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
public class WebhookResource {
    private static final String CREATE = "POST /api/v1/webhooks";
    private static final String ROTATE = "POST /api/v1/webhooks/{webhookId}/secret-rotations";

    private final WebhookService webhooks;
    private final RecordPatches patches;
    private final IdempotentCreates idempotentCreates;
    private final CurrentCaller currentCaller;

    WebhookResource(
            WebhookService webhooks,
            RecordPatches patches,
            IdempotentCreates idempotentCreates,
            CurrentCaller currentCaller) {
        this.webhooks = webhooks;
        this.patches = patches;
        this.idempotentCreates = idempotentCreates;
        this.currentCaller = currentCaller;
    }

    @POST
    @Path("/webhooks")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey, @NotNull @Valid NewWebhook body) {
        return idempotentCreates.create(
                idempotencyKey,
                currentCaller.get().subject(),
                CREATE,
                body,
                () -> webhooks.create(currentCaller.get(), body)
                        .map(made -> new Created(
                                URI.create("/api/v1/webhooks/" + made.webhook().id()),
                                WebhookService.etag(made.webhook()),
                                made.view())));
    }

    @GET
    @Path("/webhooks")
    public Uni<Page<WebhookView>> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        QueryParameters parameters = new QueryParameters();
        PageRequest page = parameters.include(() -> PageRequest.parseTimeOrdered(limit, cursor, WebhookService.ORDER));
        parameters.validate();
        return webhooks.page(currentCaller.get(), page);
    }

    @GET
    @Path("/webhooks/{webhookId}")
    public Uni<Response> get(@PathParam("webhookId") String webhookId) {
        return webhooks.find(currentCaller.get(), id(webhookId)).map(WebhookResource::withETag);
    }

    @PATCH
    @Path("/webhooks/{webhookId}")
    @Consumes("application/merge-patch+json")
    public Uni<Response> update(
            @PathParam("webhookId") String webhookId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull JsonNode body) {
        return webhooks.update(
                        currentCaller.get(),
                        id(webhookId),
                        ifMatch,
                        before -> patches.revise(before, body, NewWebhook.class))
                .map(WebhookResource::withETag);
    }

    @DELETE
    @Path("/webhooks/{webhookId}")
    public Uni<Response> delete(@PathParam("webhookId") String webhookId) {
        return webhooks.delete(currentCaller.get(), id(webhookId))
                .map(ignored -> Response.noContent().build());
    }

    @POST
    @Path("/webhooks/{webhookId}/secret-rotations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> rotate(
            @PathParam("webhookId") String webhookId,
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @NotNull @Valid WebhookSecretRotation body) {
        UUID id = id(webhookId);
        return idempotentCreates.create(
                idempotencyKey,
                currentCaller.get().subject(),
                ROTATE.replace("{webhookId}", id.toString()),
                body,
                () -> webhooks.rotate(currentCaller.get(), id, Duration.ofMinutes(body.overlap()))
                        .map(secret -> new Created(URI.create("/api/v1/webhooks/" + id), null, secret)));
    }

    static UUID id(String raw) {
        return Ids.parse(raw).orElseThrow(() -> new NotFoundProblem("webhook", raw));
    }

    private static Response withETag(Webhook webhook) {
        return Response.ok(WebhookService.view(webhook))
                .header(HttpHeaders.ETAG, WebhookService.etag(webhook))
                .build();
    }
}

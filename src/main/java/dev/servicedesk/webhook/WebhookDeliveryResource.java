package dev.servicedesk.webhook;

import dev.servicedesk.common.Ids;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
import dev.servicedesk.webhook.dto.WebhookDeliveryDetails;
import dev.servicedesk.webhook.dto.WebhookDeliveryView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.Cancellable;

/** A webhook's delivery log and redelivery by hand. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
public class WebhookDeliveryResource {
    private static final List<String> STATUSES =
            List.of(WebhookDelivery.PENDING, WebhookDelivery.DELIVERED, WebhookDelivery.FAILED);

    private final WebhookDeliveryLog log;
    private final CurrentCaller currentCaller;

    WebhookDeliveryResource(WebhookDeliveryLog log, CurrentCaller currentCaller) {
        this.log = log;
        this.currentCaller = currentCaller;
    }

    @GET
    @Path("/webhooks/{webhookId}/deliveries")
    public Uni<Page<WebhookDeliveryView>> list(
            @PathParam("webhookId") String webhookId,
            @QueryParam("status") String status,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        QueryParameters parameters = new QueryParameters();
        String wanted = parameters.choice("status", status, null, STATUSES);
        PageRequest page =
                parameters.include(() -> PageRequest.parseTimeOrdered(limit, cursor, WebhookDeliveryLog.ORDER));
        parameters.validate();
        return log.page(currentCaller.get(), WebhookResource.id(webhookId), wanted, page);
    }

    @GET
    @Path("/webhooks/{webhookId}/deliveries/{deliveryId}")
    public Uni<WebhookDeliveryDetails> get(
            @PathParam("webhookId") String webhookId, @PathParam("deliveryId") String deliveryId) {
        return log.details(currentCaller.get(), WebhookResource.id(webhookId), deliveryId(deliveryId));
    }

    @POST
    @Path("/webhooks/{webhookId}/deliveries/{deliveryId}/redeliveries")
    public Uni<Response> redeliver(
            @PathParam("webhookId") String webhookId, @PathParam("deliveryId") String deliveryId) {
        return log.redeliver(currentCaller.get(), WebhookResource.id(webhookId), deliveryId(deliveryId))
                .map(delivery -> Response.accepted(delivery).build());
    }

    private static UUID deliveryId(String raw) {
        return Ids.parse(raw).orElseThrow(() -> new NotFoundProblem("webhook delivery", raw));
    }
}

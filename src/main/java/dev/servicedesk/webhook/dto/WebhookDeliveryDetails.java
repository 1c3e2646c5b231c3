package dev.servicedesk.webhook.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The contract's WebhookDeliveryDetails: a delivery and each of its attempts. */
public record WebhookDeliveryDetails(
        UUID id,
        UUID webhookId,
        UUID eventId,
        String eventType,
        String status,
        int attemptCount,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        Integer lastStatusCode,
        String lastError,
        Instant createdAt,
        List<WebhookAttemptView> attempts) {

    public static WebhookDeliveryDetails of(WebhookDeliveryView delivery, List<WebhookAttemptView> attempts) {
        return new WebhookDeliveryDetails(
                delivery.id(),
                delivery.webhookId(),
                delivery.eventId(),
                delivery.eventType(),
                delivery.status(),
                delivery.attemptCount(),
                delivery.nextAttemptAt(),
                delivery.lastAttemptAt(),
                delivery.lastStatusCode(),
                delivery.lastError(),
                delivery.createdAt(),
                attempts);
    }
}

package dev.servicedesk.webhook.dto;

import java.time.Instant;
import java.util.UUID;

/** The contract's WebhookDelivery. */
public record WebhookDeliveryView(
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
        Instant createdAt) {}

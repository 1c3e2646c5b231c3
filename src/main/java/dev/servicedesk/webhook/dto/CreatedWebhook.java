package dev.servicedesk.webhook.dto;

import dev.servicedesk.event.EventType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The contract's CreatedWebhook: a new webhook and its secret, shown this once. */
public record CreatedWebhook(
        UUID id,
        String url,
        String description,
        List<EventType> eventTypes,
        boolean enabled,
        String disabledReason,
        UUID ownerId,
        Instant previousSecretExpiresAt,
        Instant failingSince,
        Instant createdAt,
        Instant updatedAt,
        String secret) {

    public static CreatedWebhook of(WebhookView view, String secret) {
        return new CreatedWebhook(
                view.id(),
                view.url(),
                view.description(),
                view.eventTypes(),
                view.enabled(),
                view.disabledReason(),
                view.ownerId(),
                view.previousSecretExpiresAt(),
                view.failingSince(),
                view.createdAt(),
                view.updatedAt(),
                secret);
    }
}

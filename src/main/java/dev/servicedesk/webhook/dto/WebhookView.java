package dev.servicedesk.webhook.dto;

import dev.servicedesk.event.EventType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The contract's Webhook. */
public record WebhookView(
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
        Instant updatedAt) {}

package dev.servicedesk.webhook.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The contract's WebhookSecretRotation. */
public record WebhookSecretRotation(@Min(0) @Max(10080) Integer overlapMinutes) {
    public int overlap() {
        return overlapMinutes == null ? 1440 : overlapMinutes;
    }
}

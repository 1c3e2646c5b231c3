package dev.servicedesk.webhook.dto;

import java.time.Instant;

/** The contract's WebhookSecret: the new secret, shown this once. */
public record WebhookSecret(String secret, Instant previousSecretExpiresAt) {}

package dev.servicedesk.webhook.dto;

import java.time.Instant;

/** The contract's WebhookAttempt. */
public record WebhookAttemptView(
        int number, Instant startedAt, long durationMillis, Integer statusCode, String error) {}

package dev.servicedesk.webhook;

import dev.servicedesk.webhook.dto.WebhookDeliveryView;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One event to one webhook: its state and its last attempt; written by statements, read as an entity. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {
    static final String PENDING = "PENDING";
    static final String DELIVERED = "DELIVERED";
    static final String FAILED = "FAILED";

    @Id
    private UUID id;

    private UUID webhookId;
    private UUID eventId;
    private String eventType;
    private String status;
    private int attemptCount;
    private Instant nextAttemptAt;
    private Instant leasedUntil;
    private Instant retryingSince;
    private Instant lastAttemptAt;
    private Integer lastStatusCode;
    private String lastError;
    private Instant createdAt;

    protected WebhookDelivery() {}

    /**
     * Attempt {@code number} came to {@code outcome}: delivered, due again at {@code next}, or (none)
     * given up. An attempt recorded already (by a replica whose hold ran out) changes nothing.
     */
    boolean attempted(int number, WebhookAttempt.Outcome outcome, Optional<Instant> next) {
        if (attemptCount != number - 1) {
            return false;
        }
        attemptCount = number;
        lastAttemptAt = outcome.startedAt();
        lastStatusCode = outcome.statusCode();
        lastError = outcome.error();
        leasedUntil = null;
        if (outcome.delivered()) {
            status = DELIVERED;
            nextAttemptAt = null;
        } else {
            status = next.isPresent() ? PENDING : FAILED;
            nextAttemptAt = next.orElse(null);
        }
        return true;
    }

    /** Whether it was given up for good. */
    boolean gaveUp() {
        return FAILED.equals(status);
    }

    /** Whether a replica holds it to send it now (its outcome is still to be recorded). */
    boolean beingSent(Instant now) {
        return leasedUntil != null && leasedUntil.isAfter(now);
    }

    /** Sent again by hand: due now, with a new retry period should it fail. */
    void redeliver(Instant now) {
        status = PENDING;
        nextAttemptAt = now;
        retryingSince = now;
        leasedUntil = null;
    }

    public UUID id() {
        return id;
    }

    public UUID webhookId() {
        return webhookId;
    }

    public UUID eventId() {
        return eventId;
    }

    public int attemptCount() {
        return attemptCount;
    }

    public Instant retryingSince() {
        return retryingSince;
    }

    public Instant createdAt() {
        return createdAt;
    }

    WebhookDeliveryView view() {
        return new WebhookDeliveryView(
                id,
                webhookId,
                eventId,
                eventType,
                status,
                attemptCount,
                nextAttemptAt,
                lastAttemptAt,
                lastStatusCode,
                lastError,
                createdAt);
    }
}

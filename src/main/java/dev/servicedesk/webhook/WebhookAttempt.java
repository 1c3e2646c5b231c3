package dev.servicedesk.webhook;

import dev.servicedesk.webhook.dto.WebhookAttemptView;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One try at a delivery: when, how long, and the answer or why there was none. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {
    @Id
    private UUID id;

    private UUID deliveryId;
    private int number;
    private Instant startedAt;
    private long durationMillis;
    private Integer statusCode;
    private String error;

    protected WebhookAttempt() {}

    WebhookAttempt(UUID id, UUID deliveryId, int number, Outcome outcome) {
        this.id = id;
        this.deliveryId = deliveryId;
        this.number = number;
        this.startedAt = outcome.startedAt();
        this.durationMillis = outcome.durationMillis();
        this.statusCode = outcome.statusCode();
        this.error = outcome.error();
    }

    /** What an attempt came to: an answer's status, or the error that left it without one. */
    record Outcome(Instant startedAt, long durationMillis, Integer statusCode, String error) {
        boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    WebhookAttemptView view() {
        return new WebhookAttemptView(number, startedAt, durationMillis, statusCode, error);
    }
}

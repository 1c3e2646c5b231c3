package dev.servicedesk.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts failed delivery attempts (the receiver answered other than 2xx, or did not answer) and
 * deliveries given up for good, on the replica that recorded the attempt, once that committed. An
 * attempt a replica made after its hold ran out is not recorded, so it does not count either.
 * Every series exists from start-up.
 */
@Startup
@ApplicationScoped
class WebhookMetrics {
    private final Counter answeredBadly;
    private final Counter unanswered;
    private final Counter deadLettered;

    WebhookMetrics(MeterRegistry registry) {
        this.answeredBadly = failures(registry, "status");
        this.unanswered = failures(registry, "no_answer");
        this.deadLettered = Counter.builder("servicedesk.webhook.deliveries.dead.lettered")
                .description("Webhook deliveries given up after failing for the whole retry period")
                .register(registry);
    }

    private static Counter failures(MeterRegistry registry, String reason) {
        return Counter.builder("servicedesk.webhook.delivery.failures")
                .description("Failed webhook delivery attempts")
                .tag("reason", reason)
                .register(registry);
    }

    void recorded(WebhookAttempt.Outcome outcome, boolean gaveUp) {
        if (outcome.delivered()) {
            return;
        }
        (outcome.statusCode() == null ? unanswered : answeredBadly).increment();
        if (gaveUp) {
            deadLettered.increment();
        }
    }
}

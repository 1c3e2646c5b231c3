package dev.servicedesk.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts the notification e-mails the SMTP server did not take (each failed attempt), on the
 * replica that tried; the series exists from start-up.
 */
@Startup
@ApplicationScoped
class NotificationMetrics {
    private final Counter failures;

    NotificationMetrics(MeterRegistry registry) {
        this.failures = Counter.builder("servicedesk.email.failures")
                .description("E-mails that failed: outbound not sent, inbound not taken")
                .tag("direction", "outbound")
                .register(registry);
    }

    void sendFailed() {
        failures.increment();
    }
}

package dev.servicedesk.email;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/** Counts the inbound messages not taken, on the replica that refused them; the series exists from start-up. */
@Startup
@ApplicationScoped
class InboundEmailMetrics {
    private final Counter failures;

    InboundEmailMetrics(MeterRegistry registry) {
        this.failures = Counter.builder("servicedesk.email.failures")
                .description("E-mails that failed: outbound not sent, inbound not taken")
                .tag("direction", "inbound")
                .register(registry);
    }

    void notTaken() {
        failures.increment();
    }
}

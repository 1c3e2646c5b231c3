package dev.servicedesk.escalation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts the escalations opened, by what triggered them, on the replica that opened them, once
 * their transaction committed. Every series exists from start-up.
 */
@Startup
@ApplicationScoped
class EscalationMetrics {
    private final Map<EscalationTrigger, Counter> opened = new EnumMap<>(EscalationTrigger.class);

    EscalationMetrics(MeterRegistry registry) {
        for (EscalationTrigger trigger : EscalationTrigger.values()) {
            opened.put(
                    trigger,
                    Counter.builder("servicedesk.escalations")
                            .description("Escalations opened")
                            .tag("reason", trigger.name())
                            .register(registry));
        }
    }

    void opened(EscalationTrigger trigger, int count) {
        opened.get(trigger).increment(count);
    }
}

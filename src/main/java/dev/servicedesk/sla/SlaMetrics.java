package dev.servicedesk.sla;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the SLA warnings and breaches by target, on the replica whose breach checker recorded
 * them, once its batch committed: each crossing is recorded once across all replicas, so the
 * counts add up. Every series exists from start-up.
 */
@Startup
@ApplicationScoped
class SlaMetrics {
    private final Map<SlaTargetKind, Counter> warnings = new EnumMap<>(SlaTargetKind.class);
    private final Map<SlaTargetKind, Counter> breaches = new EnumMap<>(SlaTargetKind.class);

    SlaMetrics(MeterRegistry registry) {
        for (SlaTargetKind target : SlaTargetKind.values()) {
            warnings.put(target, counter(registry, "servicedesk.sla.warnings", "SLA warnings recorded", target));
            breaches.put(target, counter(registry, "servicedesk.sla.breaches", "SLA breaches recorded", target));
        }
    }

    private static Counter counter(MeterRegistry registry, String name, String description, SlaTargetKind target) {
        return Counter.builder(name)
                .description(description)
                .tag("target", target.name())
                .register(registry);
    }

    /** Events a committed batch recorded; escalation levels are counted by the escalations they open. */
    void recorded(List<SlaEvent> events) {
        for (SlaEvent event : events) {
            if (event.kind() == SlaEventKind.WARNING) {
                warnings.get(event.target()).increment();
            } else if (event.kind() == SlaEventKind.BREACH) {
                breaches.get(event.target()).increment();
            }
        }
    }
}

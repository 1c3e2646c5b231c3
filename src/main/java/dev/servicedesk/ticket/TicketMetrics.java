package dev.servicedesk.ticket;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts the tickets created, by type and channel, on the replica that created them: only once
 * the creating transaction committed, so neither a failed create nor an Idempotency-Key replay
 * counts. Every series exists from start-up, so rates over it have a first sample of 0.
 */
@Startup
@ApplicationScoped
public class TicketMetrics {
    private final Map<TicketType, Map<Channel, Counter>> created = new EnumMap<>(TicketType.class);

    TicketMetrics(MeterRegistry registry) {
        for (TicketType type : TicketType.values()) {
            Map<Channel, Counter> byChannel = new EnumMap<>(Channel.class);
            for (Channel channel : Channel.values()) {
                byChannel.put(
                        channel,
                        Counter.builder("servicedesk.tickets.created")
                                .description("Tickets created")
                                .tag("type", type.name())
                                .tag("channel", channel.name())
                                .register(registry));
            }
            created.put(type, byChannel);
        }
    }

    /** A ticket whose creating transaction committed. */
    public void created(Ticket ticket) {
        created(ticket.type(), ticket.classification().channel());
    }

    public void created(TicketType type, Channel channel) {
        created.get(type).get(channel).increment();
    }
}

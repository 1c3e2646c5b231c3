package dev.servicedesk.ticket;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How a ticket is classified: what it is about, how bad, how urgent, and how it came in. */
@Embeddable
public record Classification(
        @Enumerated(EnumType.STRING) Category category,
        @Enumerated(EnumType.STRING) Impact impact,
        @Enumerated(EnumType.STRING) Urgency urgency,
        @Enumerated(EnumType.STRING) Priority priority,
        @Enumerated(EnumType.STRING) Channel channel) {}

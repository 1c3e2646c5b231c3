package dev.servicedesk.routing.dto;

import dev.servicedesk.ticket.Category;
import dev.servicedesk.ticket.Channel;
import dev.servicedesk.ticket.Impact;
import dev.servicedesk.ticket.RoutingRequest;
import dev.servicedesk.ticket.TicketType;
import dev.servicedesk.ticket.Urgency;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import org.hibernate.validator.constraints.CodePointLength;

/** A ticket as it might be created, and who might ask: what a dry run routes. */
public record RoutingProbe(
        @NotNull TicketType type,
        @NotBlank @CodePointLength(max = 200) String subject,
        @CodePointLength(max = 20000) String description,
        Category category,
        Impact impact,
        Urgency urgency,
        Channel channel,
        @CodePointLength(max = 200) String requesterDepartment,
        Boolean requesterVip) {

    public RoutingRequest toRequest() {
        return new RoutingRequest(
                type,
                subject,
                description,
                category,
                impact,
                urgency,
                Objects.requireNonNullElse(channel, Channel.PORTAL),
                requesterDepartment,
                Boolean.TRUE.equals(requesterVip));
    }
}

package dev.servicedesk.routing.dto;

import dev.servicedesk.cmdb.CiFacts;
import dev.servicedesk.ticket.Category;
import dev.servicedesk.ticket.Channel;
import dev.servicedesk.ticket.Impact;
import dev.servicedesk.ticket.RoutingRequest;
import dev.servicedesk.ticket.TicketType;
import dev.servicedesk.ticket.Urgency;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
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
        Boolean requesterVip,
        @Size(max = 20) List<@NotNull UUID> ciIds) {

    public List<UUID> namedCis() {
        return ciIds == null ? List.of() : ciIds;
    }

    /** The ticket as it would be routed, naming {@code cis} (the facts of {@link #namedCis()}). */
    public RoutingRequest toRequest(List<CiFacts> cis) {
        return new RoutingRequest(
                type,
                subject,
                description,
                category,
                impact,
                urgency,
                Objects.requireNonNullElse(channel, Channel.PORTAL),
                requesterDepartment,
                Boolean.TRUE.equals(requesterVip),
                cis);
    }
}

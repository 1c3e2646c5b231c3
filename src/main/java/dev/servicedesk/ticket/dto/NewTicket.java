package dev.servicedesk.ticket.dto;

import dev.servicedesk.identity.dto.NewRequester;
import dev.servicedesk.ticket.Category;
import dev.servicedesk.ticket.Channel;
import dev.servicedesk.ticket.Contact;
import dev.servicedesk.ticket.Impact;
import dev.servicedesk.ticket.StepTried;
import dev.servicedesk.ticket.TicketType;
import dev.servicedesk.ticket.Urgency;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.validator.constraints.CodePointLength;

public record NewTicket(
        @NotNull TicketType type,
        @NotBlank @CodePointLength(max = 200) String subject,
        @CodePointLength(max = 20000) String description,
        Category category,
        Impact impact,
        Urgency urgency,
        Channel channel,
        UUID requesterId,
        @Valid NewRequester requester,
        Instant occurredAt,
        @Min(0) @Max(10_000_000) Integer affectedUsers,
        @Size(max = 50) List<@NotBlank @CodePointLength(max = 200) String> affectedSystems,
        @Size(max = 20) List<@NotNull UUID> ciIds,
        @Size(max = 50) List<@NotBlank @CodePointLength(max = 2000) String> errorMessages,
        @Size(max = 50) List<@NotNull @Valid StepTried> stepsTried,
        @Size(max = 50) Map<String, Object> environment,
        @Valid Contact contact) {}

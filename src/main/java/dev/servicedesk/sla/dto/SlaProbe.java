package dev.servicedesk.sla.dto;

import dev.servicedesk.cmdb.CiFacts;
import dev.servicedesk.sla.SlaSubject;
import dev.servicedesk.ticket.Category;
import dev.servicedesk.ticket.Priority;
import dev.servicedesk.ticket.TicketType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.validator.constraints.CodePointLength;

/** A ticket as it might be, and when its clocks would start: what a preview computes. */
public record SlaProbe(
        @NotNull TicketType type,
        Category category,
        @NotNull Priority priority,
        UUID queueId,
        @CodePointLength(max = 200) String requesterDepartment,
        Boolean requesterVip,
        @Size(max = 20) List<@NotNull UUID> ciIds,
        Instant startAt) {

    public List<UUID> namedCis() {
        return ciIds == null ? List.of() : ciIds;
    }

    /** The ticket as a policy would see it, naming {@code cis} (the facts of {@link #namedCis()}). */
    public SlaSubject subject(List<CiFacts> cis) {
        return new SlaSubject(
                type,
                Objects.requireNonNullElse(category, Category.OTHER),
                priority,
                queueId,
                requesterDepartment,
                Boolean.TRUE.equals(requesterVip),
                cis);
    }
}

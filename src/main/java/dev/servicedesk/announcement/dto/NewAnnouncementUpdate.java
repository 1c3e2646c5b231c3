package dev.servicedesk.announcement.dto;

import dev.servicedesk.announcement.AnnouncementPhase;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.hibernate.validator.constraints.CodePointLength;

public record NewAnnouncementUpdate(
        AnnouncementPhase phase,
        @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid AnnouncementUpdateText> texts,
        Instant estimatedEndAt,
        Instant actualEndAt,
        @CodePointLength(max = 4000) String cause,
        Instant reviewDueAt,
        Boolean resolveLinkedIncidents) {

    public boolean resolvesLinkedIncidents() {
        return Boolean.TRUE.equals(resolveLinkedIncidents);
    }
}

package dev.servicedesk.ticket;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;

/** How and when a ticket was resolved, and whether on first contact; none while it is not resolved. */
@Embeddable
public record Resolution(
        @Enumerated(EnumType.STRING) ResolutionCode resolutionCode,
        String resolutionNotes,
        UUID resolutionArticleId,
        Instant resolvedAt,
        Boolean firstContactResolution) {}

package dev.servicedesk.announcement.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record TicketAnnouncement(
        AnnouncementSummary announcement, boolean linked, Instant linkedAt, List<UUID> matchedCiIds) {}

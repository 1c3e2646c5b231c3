package dev.servicedesk.kpi.dto;

import dev.servicedesk.announcement.AnnouncementType;
import java.time.Instant;
import java.util.UUID;

/** An outage that started in the period, and how many of the reported tickets are linked to it. */
public record KpiOutage(UUID announcementId, AnnouncementType type, Instant startsAt, long linkedTickets) {}

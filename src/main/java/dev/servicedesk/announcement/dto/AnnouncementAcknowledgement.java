package dev.servicedesk.announcement.dto;

import java.time.Instant;
import java.util.UUID;

public record AnnouncementAcknowledgement(UUID personId, Instant acknowledgedAt) {}

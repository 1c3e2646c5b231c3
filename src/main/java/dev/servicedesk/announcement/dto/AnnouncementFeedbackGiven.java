package dev.servicedesk.announcement.dto;

import java.time.Instant;
import java.util.UUID;

public record AnnouncementFeedbackGiven(
        UUID personId, boolean helpful, boolean stillAffected, String comment, Instant givenAt) {}

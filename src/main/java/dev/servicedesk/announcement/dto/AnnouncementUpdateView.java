package dev.servicedesk.announcement.dto;

import dev.servicedesk.announcement.AnnouncementPhase;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record AnnouncementUpdateView(
        UUID id,
        int sequence,
        AnnouncementPhase phase,
        Instant postedAt,
        UUID authorId,
        boolean automatic,
        String language,
        String text,
        List<AnnouncementUpdateText> texts) {}

package dev.servicedesk.announcement;

import dev.servicedesk.common.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the desk's list is narrowed to; empty lists and nulls narrow nothing. */
record AnnouncementFilter(
        List<AnnouncementStatus> statuses,
        List<AnnouncementType> types,
        List<AnnouncementPhase> phases,
        UUID ciId,
        Boolean updateOverdue,
        Boolean reviewDue,
        String text,
        Instant from,
        Instant to,
        PageRequest page) {}

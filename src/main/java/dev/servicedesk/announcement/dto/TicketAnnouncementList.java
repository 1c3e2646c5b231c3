package dev.servicedesk.announcement.dto;

import java.util.List;

public record TicketAnnouncementList(List<TicketAnnouncement> items) {}

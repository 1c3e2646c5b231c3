package dev.servicedesk.announcement.dto;

public record AnnouncementReach(
        long readCount,
        long acknowledgedCount,
        long helpfulCount,
        long notHelpfulCount,
        long stillAffectedCount,
        Long audienceCount,
        long linkedTicketCount) {}

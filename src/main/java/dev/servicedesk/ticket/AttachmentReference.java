package dev.servicedesk.ticket;

import java.util.UUID;

/** The file a timeline entry tells of: on the ticket itself ({@code commentId} null) or on a comment. */
public record AttachmentReference(UUID id, UUID commentId, String fileName, String contentType, long size) {}

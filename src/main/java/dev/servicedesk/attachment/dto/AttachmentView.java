package dev.servicedesk.attachment.dto;

import dev.servicedesk.attachment.Attachment;
import dev.servicedesk.ticket.Visibility;
import java.time.Instant;
import java.util.UUID;

public record AttachmentView(
        UUID id,
        UUID ticketId,
        UUID commentId,
        Visibility visibility,
        String fileName,
        String contentType,
        long size,
        String sha256,
        UUID uploadedById,
        Instant createdAt) {

    public static AttachmentView of(Attachment attachment) {
        return new AttachmentView(
                attachment.id(),
                attachment.ticketId(),
                attachment.commentId(),
                attachment.visibility(),
                attachment.fileName(),
                attachment.contentType(),
                attachment.size(),
                attachment.sha256(),
                attachment.uploadedById(),
                attachment.createdAt());
    }
}

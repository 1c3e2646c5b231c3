package dev.servicedesk.email.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What became of one e-mail the mail gateway handed over. */
public record InboundEmailReceipt(
        String messageId,
        Outcome outcome,
        UUID ticketId,
        String ticketKey,
        UUID commentId,
        ThreadedBy threadedBy,
        String reason,
        List<UUID> attachmentIds,
        List<FileLeftOut> filesLeftOut,
        Instant receivedAt) {
    public enum Outcome {
        TICKET_RECORDED,
        COMMENT_ADDED,
        IGNORED
    }

    /** How a reply found its ticket. */
    public enum ThreadedBy {
        REPLY_ADDRESS,
        IN_REPLY_TO,
        SUBJECT_KEY
    }
}

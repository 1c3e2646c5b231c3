package dev.servicedesk.email;

import dev.servicedesk.email.dto.FileLeftOut;
import dev.servicedesk.email.dto.InboundEmailReceipt;
import dev.servicedesk.email.dto.InboundEmailReceipt.Outcome;
import dev.servicedesk.email.dto.InboundEmailReceipt.ThreadedBy;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One e-mail handed over, by its Message-ID, and what became of it. */
@Entity
@Table(name = "inbound_email")
class InboundEmail {
    @Id
    private String messageId;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private UUID ticketId;
    private String ticketKey;
    private UUID commentId;

    @Enumerated(EnumType.STRING)
    private ThreadedBy threadedBy;

    private String reason;

    /** An object, not an array: Hibernate Reactive reads a JSON column only as one. */
    @JdbcTypeCode(SqlTypes.JSON)
    private Files files;

    private String sender;
    private Instant receivedAt;

    /** The files of the message: kept as attachments, or left out. */
    record Files(List<UUID> attachmentIds, List<FileLeftOut> leftOut) {}

    protected InboundEmail() {}

    /** Whether {@code address} sent it: a message of someone else's under the same Message-ID is another message. */
    boolean sentBy(String address) {
        return address.equals(sender);
    }

    /** What became of it, once decided (in the transaction that claimed it). */
    void settle(InboundEmailReceipt receipt) {
        outcome = receipt.outcome();
        ticketId = receipt.ticketId();
        ticketKey = receipt.ticketKey();
        commentId = receipt.commentId();
        threadedBy = receipt.threadedBy();
        reason = receipt.reason();
        files = new Files(receipt.attachmentIds(), receipt.filesLeftOut());
    }

    InboundEmailReceipt receipt() {
        return new InboundEmailReceipt(
                messageId,
                outcome,
                ticketId,
                ticketKey,
                commentId,
                threadedBy,
                reason,
                files.attachmentIds(),
                files.leftOut(),
                receivedAt);
    }
}

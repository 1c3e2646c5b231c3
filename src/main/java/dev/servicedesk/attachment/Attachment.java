package dev.servicedesk.attachment;

import dev.servicedesk.ticket.AttachmentReference;
import dev.servicedesk.ticket.Visibility;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** What is known of a file on a ticket or on one of its comments; its bytes are in the {@link AttachmentStore}. */
@Entity
@Immutable
@Table(name = "attachment")
public class Attachment {
    @Id
    private UUID id;

    private UUID ticketId;
    private UUID commentId;

    @Enumerated(EnumType.STRING)
    private Visibility visibility;

    private String fileName;
    private String contentType;
    private long size;
    private String sha256;
    private UUID uploadedById;
    private Instant createdAt;

    protected Attachment() {}

    Attachment(UUID id, Owner owner, ReceivedFile file, String contentType, UUID uploadedById, Instant at) {
        this.id = id;
        this.ticketId = owner.ticketId();
        this.commentId = owner.commentId();
        this.visibility = owner.visibility();
        this.fileName = file.name();
        this.contentType = contentType;
        this.size = file.size();
        this.sha256 = file.sha256();
        this.uploadedById = uploadedById;
        this.createdAt = at;
    }

    /** What a file belongs to: a ticket, or one of its comments, whose visibility it takes. */
    record Owner(UUID ticketId, UUID commentId, Visibility visibility) {}

    AttachmentReference reference() {
        return new AttachmentReference(id, commentId, fileName, contentType, size);
    }

    /** A strong tag from the bytes' digest: an attachment never changes. */
    String etag() {
        return "\"" + sha256.substring(0, 32) + "\"";
    }

    public UUID id() {
        return id;
    }

    public UUID ticketId() {
        return ticketId;
    }

    public UUID commentId() {
        return commentId;
    }

    public Visibility visibility() {
        return visibility;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public UUID uploadedById() {
        return uploadedById;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

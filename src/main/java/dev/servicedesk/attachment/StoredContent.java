package dev.servicedesk.attachment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** An attachment's bytes, as the database store keeps them. */
@Entity
@Immutable
@Table(name = "attachment_content")
class StoredContent {
    @Id
    private UUID attachmentId;

    private byte[] bytes;

    protected StoredContent() {}

    StoredContent(UUID attachmentId, byte[] bytes) {
        this.attachmentId = attachmentId;
        this.bytes = bytes;
    }

    byte[] bytes() {
        return bytes;
    }
}

package dev.servicedesk.attachment;

import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * Where attachments' bytes are kept. Saving joins the transaction that records the attachment, so
 * that a file is kept exactly when its record is.
 */
public interface AttachmentStore {
    Uni<Void> save(UUID attachmentId, byte[] bytes);

    Uni<byte[]> load(UUID attachmentId);
}

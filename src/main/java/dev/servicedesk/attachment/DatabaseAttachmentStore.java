package dev.servicedesk.attachment;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Bytes in PostgreSQL (bytea, TOASTed out of line), in the same transaction as the attachment's record. */
@ApplicationScoped
class DatabaseAttachmentStore implements AttachmentStore, PanacheRepositoryBase<StoredContent, UUID> {
    @Override
    public Uni<Void> save(UUID attachmentId, byte[] bytes) {
        return persist(new StoredContent(attachmentId, bytes)).replaceWithVoid();
    }

    @Override
    public Uni<byte[]> load(UUID attachmentId) {
        return findById(attachmentId).map(StoredContent::bytes);
    }
}

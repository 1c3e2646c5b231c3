package dev.servicedesk.email;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

@ApplicationScoped
class InboundEmailRepository implements PanacheRepositoryBase<InboundEmail, String> {
    private static final String CLAIM = """
            INSERT INTO inbound_email (message_id, sender, received_at) VALUES (:id, :sender, :now)
            ON CONFLICT (message_id) DO NOTHING""";

    /**
     * Claims {@code messageId} for this transaction; false when it was received before. A delivery
     * of the same message at the same time waits here until the first one's transaction ends.
     */
    Uni<Boolean> claim(String messageId, String sender, Instant now) {
        return getSession()
                .chain(session -> session.createNativeQuery(CLAIM)
                        .setParameter("id", messageId)
                        .setParameter("sender", sender)
                        .setParameter("now", now)
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}

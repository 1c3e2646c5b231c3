package dev.servicedesk.attachment;

import dev.servicedesk.common.PageRequest;
import dev.servicedesk.ticket.Visibility;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class AttachmentRepository implements PanacheRepositoryBase<Attachment, UUID> {

    /** One page of a ticket's files, oldest first, one row long to tell whether more follow. */
    Uni<List<Attachment>> page(UUID ticketId, boolean includeInternal, Optional<UUID> commentId, PageRequest page) {
        StringBuilder query = new StringBuilder("ticketId = :ticketId");
        Parameters parameters = Parameters.with("ticketId", ticketId);
        if (!includeInternal) {
            query.append(" and visibility = :visibility");
            parameters.and("visibility", Visibility.PUBLIC);
        }
        commentId.ifPresent(comment -> {
            query.append(" and commentId = :commentId");
            parameters.and("commentId", comment);
        });
        page.after().ifPresent(after -> {
            query.append(" and (createdAt, id) > (:afterCreatedAt, :afterId)");
            parameters.and("afterCreatedAt", after.lastInstant()).and("afterId", after.lastId());
        });
        return find(query + " order by createdAt, id", parameters)
                .range(0, page.fetchSize() - 1)
                .list();
    }

    /** A file of the ticket the caller may see, or null. */
    Uni<Attachment> findOn(UUID ticketId, UUID id, boolean includeInternal) {
        return findById(id)
                .map(found -> found != null
                                && found.ticketId().equals(ticketId)
                                && (includeInternal || found.visibility() == Visibility.PUBLIC)
                        ? found
                        : null);
    }

    /** How many bytes the ticket's files of one visibility hold together. */
    Uni<Long> totalSize(UUID ticketId, Visibility visibility) {
        return getSession()
                .chain(session -> session.createQuery(
                                "select coalesce(sum(a.size), 0) from Attachment a"
                                        + " where a.ticketId = :ticketId and a.visibility = :visibility",
                                Long.class)
                        .setParameter("ticketId", ticketId)
                        .setParameter("visibility", visibility)
                        .getSingleResult());
    }
}

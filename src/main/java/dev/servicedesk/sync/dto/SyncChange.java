package dev.servicedesk.sync.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.servicedesk.announcement.dto.AnnouncementView;
import dev.servicedesk.cmdb.dto.CiView;
import dev.servicedesk.common.RawJson;
import dev.servicedesk.kb.dto.ArticleView;
import dev.servicedesk.ticket.TicketViews.ShownTicket;
import dev.servicedesk.ticket.dto.TimelineEntryView;
import java.util.UUID;

/**
 * The contract's SyncChange: one resource that changed, as the caller may see it now (in the
 * property named for its type), or its tombstone.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SyncChange(
        String resourceType,
        UUID id,
        UUID ticketId,
        Change change,
        String etag,
        RawJson ticket,
        TimelineEntryView comment,
        ArticleView article,
        AnnouncementView announcement,
        CiView configurationItem) {

    public enum Change {
        UPSERT,
        DELETE
    }

    public static SyncChange deleted(String resourceType, UUID id) {
        return new SyncChange(resourceType, id, null, Change.DELETE, null, null, null, null, null, null);
    }

    public static SyncChange ticket(ShownTicket ticket) {
        return new SyncChange(
                "ticket", ticket.id(), null, Change.UPSERT, ticket.etag(), ticket.json(), null, null, null, null);
    }

    public static SyncChange comment(TimelineEntryView comment) {
        return new SyncChange(
                "comment", comment.id(), comment.ticketId(), Change.UPSERT, null, null, comment, null, null, null);
    }

    public static SyncChange article(ArticleView article, String etag) {
        return new SyncChange("article", article.id(), null, Change.UPSERT, etag, null, null, article, null, null);
    }

    public static SyncChange announcement(AnnouncementView announcement, String etag) {
        return new SyncChange(
                "announcement", announcement.id(), null, Change.UPSERT, etag, null, null, null, announcement, null);
    }

    public static SyncChange configurationItem(CiView item, String etag) {
        return new SyncChange("configuration_item", item.id(), null, Change.UPSERT, etag, null, null, null, null, item);
    }
}

package dev.servicedesk.ticket.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.servicedesk.ticket.AttachmentReference;
import dev.servicedesk.ticket.FieldChange;
import dev.servicedesk.ticket.LinkReference;
import dev.servicedesk.ticket.RuleReference;
import dev.servicedesk.ticket.TimelineEntry;
import dev.servicedesk.ticket.TimelineEntryKind;
import dev.servicedesk.ticket.Visibility;
import dev.servicedesk.ticket.WalkReference;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An entry as the API shows it: only the entries about a link, a rule, an escalation, a walk or a file name it. */
public record TimelineEntryView(
        UUID id,
        UUID ticketId,
        TimelineEntryKind kind,
        Visibility visibility,
        UUID authorId,
        String body,
        List<FieldChange> changes,
        @JsonInclude(JsonInclude.Include.NON_NULL) LinkReference link,
        @JsonInclude(JsonInclude.Include.NON_NULL) RuleReference rule,
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID escalationId,
        @JsonInclude(JsonInclude.Include.NON_NULL) WalkReference walk,
        @JsonInclude(JsonInclude.Include.NON_NULL) AttachmentReference attachment,
        Instant createdAt) {

    public static TimelineEntryView of(TimelineEntry entry) {
        return new TimelineEntryView(
                entry.id(),
                entry.ticketId(),
                entry.kind(),
                entry.visibility(),
                entry.authorId(),
                entry.body(),
                entry.changes(),
                entry.link(),
                entry.rule(),
                entry.escalationId(),
                entry.walk(),
                entry.attachment(),
                entry.createdAt());
    }
}

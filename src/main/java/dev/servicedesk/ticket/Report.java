package dev.servicedesk.ticket;

import dev.servicedesk.common.TextFold;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What the requester told us: the subject and description (kept folded too, {@link TextFold}, for
 * the list's text search), when it started, how many it hits, and the facts a higher tier needs.
 */
@Embeddable
public record Report(
        String subject,
        String description,
        String searchSubject,
        String searchDescription,
        Instant occurredAt,
        Integer affectedUsers,
        @JdbcTypeCode(SqlTypes.JSON) TicketFacts facts) {

    static Report of(String subject, String description, Instant occurredAt, Integer affectedUsers, TicketFacts facts) {
        return new Report(
                subject,
                description,
                TextFold.of(subject),
                description == null ? null : TextFold.of(description),
                occurredAt,
                affectedUsers,
                facts);
    }
}

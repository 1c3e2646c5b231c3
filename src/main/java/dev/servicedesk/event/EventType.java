package dev.servicedesk.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * What happened, as receivers name it ({@code ticket.created}), and which subject's stream it
 * belongs to: a ticket's SLA and escalation events are in the ticket's stream, so that a receiver
 * orders them with its moves.
 */
public enum EventType {
    TICKET_CREATED("ticket.created", SubjectType.TICKET),
    TICKET_UPDATED("ticket.updated", SubjectType.TICKET),
    TICKET_TRANSITIONED("ticket.transitioned", SubjectType.TICKET),
    TICKET_ASSIGNED("ticket.assigned", SubjectType.TICKET),
    TICKET_COMMENTED("ticket.commented", SubjectType.TICKET),
    TICKET_NOTE_ADDED("ticket.note_added", SubjectType.TICKET),
    ESCALATION_OPENED("escalation.opened", SubjectType.TICKET),
    ESCALATION_ACKNOWLEDGED("escalation.acknowledged", SubjectType.TICKET),
    ESCALATION_DECLINED("escalation.declined", SubjectType.TICKET),
    SLA_WARNING("sla.warning", SubjectType.TICKET),
    SLA_BREACHED("sla.breached", SubjectType.TICKET),
    ARTICLE_PUBLISHED("article.published", SubjectType.ARTICLE),
    ANNOUNCEMENT_PUBLISHED("announcement.published", SubjectType.ANNOUNCEMENT),
    ANNOUNCEMENT_UPDATED("announcement.updated", SubjectType.ANNOUNCEMENT),
    ANNOUNCEMENT_RESOLVED("announcement.resolved", SubjectType.ANNOUNCEMENT),
    CONFIGURATION_ITEM_CHANGED("configuration_item.changed", SubjectType.CONFIGURATION_ITEM),
    CHANGE_APPROVED("change.approved", SubjectType.CHANGE),
    CHANGE_IMPLEMENTED("change.implemented", SubjectType.CHANGE),
    WEBHOOK_DISABLED("webhook.disabled", SubjectType.WEBHOOK);

    private final String wireName;
    private final SubjectType subject;

    EventType(String wireName, SubjectType subject) {
        this.wireName = wireName;
        this.subject = subject;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** As a request names it; another name is not one of ours. */
    @JsonCreator
    public static EventType fromJson(String name) {
        return ofWireName(name)
                .orElseThrow(() -> new IllegalArgumentException("not an event type the contract lists: " + name));
    }

    public SubjectType subject() {
        return subject;
    }

    public static Optional<EventType> ofWireName(String name) {
        return Arrays.stream(values())
                .filter(type -> type.wireName.equals(name))
                .findFirst();
    }
}

package dev.servicedesk.ticket;

import java.util.List;
import java.util.UUID;

/** The structured part of a timeline entry (a JSON object, so that it can grow). */
public record EntryDetails(
        List<FieldChange> changes,
        LinkReference link,
        RuleReference rule,
        UUID escalationId,
        WalkReference walk,
        AttachmentReference attachment) {
    static final EntryDetails NONE = new EntryDetails(List.of(), null, null, null, null, null);

    static EntryDetails of(List<FieldChange> changes) {
        return new EntryDetails(changes, null, null, null, null, null);
    }

    static EntryDetails of(LinkReference link) {
        return new EntryDetails(List.of(), link, null, null, null, null);
    }

    static EntryDetails ofEscalation(UUID escalationId, List<FieldChange> changes) {
        return new EntryDetails(changes, null, null, escalationId, null, null);
    }

    static EntryDetails of(RuleReference rule, List<FieldChange> changes) {
        return new EntryDetails(changes, null, rule, null, null, null);
    }

    static EntryDetails of(WalkReference walk) {
        return new EntryDetails(List.of(), null, null, null, walk, null);
    }

    static EntryDetails of(AttachmentReference attachment) {
        return new EntryDetails(List.of(), null, null, null, null, attachment);
    }
}

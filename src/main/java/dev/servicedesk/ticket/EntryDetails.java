package dev.servicedesk.ticket;

import java.util.List;

/** The structured part of a timeline entry (a JSON object, so that it can grow). */
public record EntryDetails(List<FieldChange> changes) {
    static final EntryDetails NONE = new EntryDetails(List.of());
}

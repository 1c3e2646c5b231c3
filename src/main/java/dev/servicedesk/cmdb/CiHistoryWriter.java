package dev.servicedesk.cmdb;

import dev.servicedesk.cmdb.dto.FieldChange;
import dev.servicedesk.event.DomainEvents;
import dev.servicedesk.event.EventType;
import dev.servicedesk.event.NewEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** An item's history and its {@code configuration_item.changed} event, written together in the changing transaction. */
@ApplicationScoped
class CiHistoryWriter {
    private final CiHistoryRepository history;
    private final DomainEvents events;

    CiHistoryWriter(CiHistoryRepository history, DomainEvents events) {
        this.history = history;
        this.events = events;
    }

    /** The payload: which item, what was done to it (and by which change request), field by field. */
    record CiChanged(UUID configurationItemId, CiHistoryAction action, List<FieldChange> changes, UUID changeId) {}

    Uni<Void> keep(CiHistoryEntry... entries) {
        List<CiHistoryEntry> kept = List.of(entries);
        return history.persist(kept.stream())
                .chain(() -> events.record(kept.stream()
                        .map(entry -> new NewEvent(
                                EventType.CONFIGURATION_ITEM_CHANGED,
                                entry.ciId(),
                                entry.actorId(),
                                entry.at(),
                                new CiChanged(entry.ciId(), entry.action(), entry.changes(), entry.changeId())))
                        .toList()));
    }
}

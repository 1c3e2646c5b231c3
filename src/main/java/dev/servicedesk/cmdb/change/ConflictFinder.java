package dev.servicedesk.cmdb.change;

import dev.servicedesk.cmdb.change.ChangeDocuments.Conflict;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a change would clash with in a window: other changes decided on and not yet done on its
 * items or the items they hit, and blackout windows.
 */
@ApplicationScoped
class ConflictFinder {
    /**
     * Held while conflicts are looked for and the move recorded: two changes scheduled at once
     * into overlapping windows each see the other's.
     */
    private static final String SERIALISE = "SELECT pg_advisory_xact_lock(CAST(:space AS integer), 0)";

    private static final int WINDOWS_SPACE = 0x6367;

    private final ChangeRepository changes;
    private final ChangeBlackoutRepository blackouts;

    ConflictFinder(ChangeRepository changes, ChangeBlackoutRepository blackouts) {
        this.changes = changes;
        this.blackouts = blackouts;
    }

    Uni<List<Conflict>> find(ChangeRequest change, Collection<UUID> hit, Instant start, Instant end) {
        Set<UUID> items = new LinkedHashSet<>(change.ciIds());
        items.addAll(hit);
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(SERIALISE)
                        .setParameter("space", WINDOWS_SPACE)
                        .getSingleResult())
                .chain(() -> changes.overlapping(change.id(), items, start, end))
                .chain(others -> blackouts.overlapping(start, end).map(windows -> {
                    List<Conflict> conflicts = new ArrayList<>();
                    for (ChangeRequest other : others) {
                        conflicts.add(new Conflict(
                                Conflict.Kind.CHANGE,
                                other.id(),
                                other.key() + " " + other.title(),
                                other.windowStart(),
                                other.windowEnd(),
                                other.ciIds().stream().filter(items::contains).toList()));
                    }
                    for (ChangeBlackout window : windows) {
                        conflicts.add(new Conflict(
                                Conflict.Kind.BLACKOUT,
                                window.id(),
                                window.name(),
                                window.start(),
                                window.end(),
                                List.of()));
                    }
                    return conflicts;
                }));
    }
}

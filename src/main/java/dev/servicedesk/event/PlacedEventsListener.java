package dev.servicedesk.event;

import io.smallrye.mutiny.Uni;

/**
 * Hears of events as they are placed, inside the placing transaction: what it writes commits with
 * the placement or not at all, so it hears of each event exactly once (webhooks fan them out so).
 */
public interface PlacedEventsListener {
    /** Events at positions after {@code afterPosition} up to {@code lastPosition} were just placed. */
    Uni<Void> placed(long afterPosition, long lastPosition);
}

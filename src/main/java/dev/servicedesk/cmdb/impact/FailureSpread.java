package dev.servicedesk.cmdb.impact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a failure hits, from what the walk found failing: those items DOWN, each at the step the
 * failure reached it; and DEGRADED, an item that needs a failed provider through a redundancy
 * group that still holds (its other providers stand in), one step further, within the depth.
 * Nothing fails through a DEGRADED item. Pure.
 */
final class FailureSpread {
    /** Where an item stands when the roots fail, and at how many steps from them. */
    record Hit(UUID id, int distance, ImpactState state) {}

    private FailureSpread() {}

    /**
     * {@code down}: the items the walk found failing with the {@code roots}, at their step;
     * {@code needsOnFailed}: every need on the roots and those items.
     */
    static List<Hit> hits(Set<UUID> roots, Map<UUID, Integer> down, List<Need> needsOnFailed, int depth) {
        List<Hit> hits = new ArrayList<>();
        down.forEach((item, step) -> hits.add(new Hit(item, step, ImpactState.DOWN)));
        Map<UUID, Integer> degraded = new LinkedHashMap<>();
        for (Need need : needsOnFailed) {
            UUID consumer = need.consumer();
            if (need.redundancyGroup() == null || roots.contains(consumer) || down.containsKey(consumer)) {
                continue;
            }
            Integer step = roots.contains(need.provider()) ? Integer.valueOf(0) : down.get(need.provider());
            if (step != null && step + 1 <= depth) {
                degraded.merge(consumer, step + 1, Math::min);
            }
        }
        degraded.forEach((item, distance) -> hits.add(new Hit(item, distance, ImpactState.DEGRADED)));
        return hits;
    }
}

package dev.servicedesk.cmdb.impact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * How a failure spreads from one item through what needs it, step by step, up to a depth. An
 * item fails (DOWN) at the first step where a provider it needs alone has failed, or every
 * provider of one of its redundancy groups that is not RETIRED has; it is DEGRADED when only
 * some of a group have, and nothing fails through it. Each item is settled once, at the fewest
 * steps, so cycles end. Pure: the needs are read beforehand.
 */
final class FailureSpread {
    /** Where an item stands when the root fails, and at how many steps from it. */
    record Hit(UUID id, int distance, ImpactState state) {}

    private final Map<UUID, List<Need>> needsOf;
    private final Map<UUID, List<Need>> neededBy;

    /** {@code needs}: at least every need of each item a failure might reach (the walk's superset). */
    FailureSpread(Collection<Need> needs) {
        this.needsOf = needs.stream().collect(Collectors.groupingBy(Need::consumer));
        this.neededBy = needs.stream().collect(Collectors.groupingBy(Need::provider));
    }

    /** Every item hit when {@code root} fails, within {@code depth} steps, in the order they are hit. */
    List<Hit> from(UUID root, int depth) {
        Map<UUID, Integer> down = new LinkedHashMap<>();
        down.put(root, 0);
        Set<UUID> frontier = Set.of(root);
        for (int step = 1; step <= depth && !frontier.isEmpty(); step++) {
            Set<UUID> failing = new LinkedHashSet<>();
            for (UUID provider : frontier) {
                for (Need need : neededBy.getOrDefault(provider, List.of())) {
                    UUID consumer = need.consumer();
                    if (!down.containsKey(consumer) && fails(consumer, down.keySet())) {
                        failing.add(consumer);
                    }
                }
            }
            for (UUID item : failing) {
                down.put(item, step);
            }
            frontier = failing;
        }
        List<Hit> hits = new ArrayList<>();
        down.forEach((item, step) -> {
            if (step > 0) {
                hits.add(new Hit(item, step, ImpactState.DOWN));
            }
        });
        hits.addAll(degraded(down, depth));
        return hits;
    }

    /** Whether one of the item's providers it needs alone has failed, or all of one redundancy group. */
    private boolean fails(UUID consumer, Set<UUID> down) {
        Map<String, List<Need>> groups = new HashMap<>();
        for (Need need : needsOf.getOrDefault(consumer, List.of())) {
            if (need.redundancyGroup() == null) {
                if (down.contains(need.provider())) {
                    return true;
                }
            } else {
                groups.computeIfAbsent(need.redundancyGroup(), group -> new ArrayList<>())
                        .add(need);
            }
        }
        return groups.values().stream().anyMatch(group -> allFailed(group, down));
    }

    /** A group fails when one of its providers has and every other one has too, or is RETIRED. */
    private static boolean allFailed(List<Need> group, Set<UUID> down) {
        return group.stream().anyMatch(need -> down.contains(need.provider()))
                && group.stream().allMatch(need -> need.providerRetired() || down.contains(need.provider()));
    }

    /** Items still working on the stand-ins of a group some of whose providers failed within the depth. */
    private List<Hit> degraded(Map<UUID, Integer> down, int depth) {
        List<Hit> hits = new ArrayList<>();
        needsOf.forEach((consumer, needs) -> {
            if (down.containsKey(consumer)) {
                return;
            }
            needs.stream()
                    .filter(need -> need.redundancyGroup() != null && down.containsKey(need.provider()))
                    .mapToInt(need -> down.get(need.provider()) + 1)
                    .min()
                    .stream()
                    .filter(distance -> distance <= depth)
                    .forEach(distance -> hits.add(new Hit(consumer, distance, ImpactState.DEGRADED)));
        });
        return hits;
    }
}

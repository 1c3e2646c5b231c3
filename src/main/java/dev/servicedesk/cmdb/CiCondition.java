package dev.servicedesk.cmdb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What routing rules and SLA policies ask of the configuration items a ticket names: one item
 * that meets every condition given (within a list, any value will do). Empty lists are
 * conditions not given. Pure.
 */
public record CiCondition(List<UUID> ids, Set<CiType> types, Set<CiCriticality> criticalities) {

    public boolean isGiven() {
        return !ids.isEmpty() || !types.isEmpty() || !criticalities.isEmpty();
    }

    public boolean heldBy(Collection<CiFacts> items) {
        return !isGiven() || items.stream().anyMatch(this::metBy);
    }

    private boolean metBy(CiFacts item) {
        return (ids.isEmpty() || ids.contains(item.id()))
                && (types.isEmpty() || types.contains(item.type()))
                && (criticalities.isEmpty() || criticalities.contains(item.criticality()));
    }

    /** Why none of {@code items} meets the condition, in words. */
    public String whyNot(Collection<CiFacts> items) {
        if (items.isEmpty()) {
            return "the ticket names no configuration item";
        }
        List<String> asked = new ArrayList<>();
        if (!ids.isEmpty()) {
            asked.add(ids.size() == 1 ? "the item named" : "one of the " + ids.size() + " items named");
        }
        if (!types.isEmpty()) {
            asked.add("of type " + sorted(types));
        }
        if (!criticalities.isEmpty()) {
            asked.add("of criticality " + sorted(criticalities));
        }
        return "none of the ticket's configuration items is " + String.join(", ", asked);
    }

    private static String sorted(Set<? extends Enum<?>> values) {
        List<String> names = values.stream().map(Enum::name).sorted().toList();
        return names.size() == 1 ? names.get(0) : "one of " + names;
    }
}

package dev.servicedesk.ticket;

import dev.servicedesk.common.ProblemException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Derives a priority from impact and urgency; complete by construction, one cell per pair. */
public final class ImpactUrgencyMatrix {
    private final Map<Impact, Map<Urgency, Priority>> priorities;

    private ImpactUrgencyMatrix(Map<Impact, Map<Urgency, Priority>> priorities) {
        this.priorities = priorities;
    }

    /** Fails with a 400 on {@code cells} unless every impact and urgency pair appears exactly once. */
    public static ImpactUrgencyMatrix of(List<PriorityMatrixCell> cells) {
        Map<Impact, Map<Urgency, Priority>> priorities = new EnumMap<>(Impact.class);
        List<String> duplicated = new ArrayList<>();
        for (PriorityMatrixCell cell : cells) {
            Priority previous = priorities
                    .computeIfAbsent(cell.impact(), impact -> new EnumMap<>(Urgency.class))
                    .put(cell.urgency(), cell.priority());
            if (previous != null) {
                duplicated.add(pair(cell.impact(), cell.urgency()));
            }
        }
        List<String> missing = new ArrayList<>();
        for (Impact impact : Impact.values()) {
            for (Urgency urgency : Urgency.values()) {
                if (!priorities.getOrDefault(impact, Map.of()).containsKey(urgency)) {
                    missing.add(pair(impact, urgency));
                }
            }
        }
        if (!duplicated.isEmpty() || !missing.isEmpty()) {
            throw ProblemException.invalid(
                    "cells",
                    "must hold each impact/urgency pair exactly once" + listed("missing", missing)
                            + listed("repeated", duplicated));
        }
        return new ImpactUrgencyMatrix(priorities);
    }

    public Priority priorityFor(Impact impact, Urgency urgency) {
        return priorities.get(impact).get(urgency);
    }

    /** All nine cells, by impact then urgency, most severe first. */
    public List<PriorityMatrixCell> cells() {
        List<PriorityMatrixCell> cells = new ArrayList<>();
        priorities.forEach((impact, row) ->
                row.forEach((urgency, priority) -> cells.add(new PriorityMatrixCell(impact, urgency, priority))));
        return cells;
    }

    private static String pair(Impact impact, Urgency urgency) {
        return impact + "/" + urgency;
    }

    private static String listed(String what, List<String> pairs) {
        return pairs.isEmpty() ? "" : "; " + what + ": " + pairs.stream().collect(Collectors.joining(", "));
    }
}

package dev.servicedesk.kb.walk;

import java.util.ArrayList;
import java.util.List;

/** The questions a walk answered, in order (kept as JSON). */
record WalkPath(List<WalkStep> steps) {
    static final WalkPath EMPTY = new WalkPath(List.of());

    WalkPath then(WalkStep step) {
        List<WalkStep> longer = new ArrayList<>(steps);
        longer.add(step);
        return new WalkPath(List.copyOf(longer));
    }

    WalkStep last() {
        return steps.isEmpty() ? null : steps.get(steps.size() - 1);
    }
}

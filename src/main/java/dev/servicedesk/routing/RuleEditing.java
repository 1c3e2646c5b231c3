package dev.servicedesk.routing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.RecordPatches;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a merge patch into a routing rule's revised details, validated like a new rule's. */
@ApplicationScoped
class RuleEditing {
    private final RecordPatches patches;

    RuleEditing(RecordPatches patches) {
        this.patches = patches;
    }

    RuleDetails apply(RuleDetails before, JsonNode patch) {
        if (!patch.isObject()) {
            throw ProblemException.invalid("body", "must be a JSON object (a merge patch)");
        }
        return patches.validated(patches.merge(before, patch, RuleDetails.class));
    }
}

package dev.servicedesk.queue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.RecordPatches;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a merge patch into a queue's revised details, validated like a new queue's. */
@ApplicationScoped
class QueueEditing {
    private final RecordPatches patches;

    QueueEditing(RecordPatches patches) {
        this.patches = patches;
    }

    QueueDetails apply(QueueDetails before, JsonNode patch) {
        if (!patch.isObject()) {
            throw ProblemException.invalid("body", "must be a JSON object (a merge patch)");
        }
        QueueDetails after = patches.validated(patches.merge(before, patch, QueueDetails.class));
        return new QueueDetails(
                after.name().strip(),
                after.description(),
                after.tier(),
                after.supervisorId(),
                after.memberIds(),
                after.active());
    }
}

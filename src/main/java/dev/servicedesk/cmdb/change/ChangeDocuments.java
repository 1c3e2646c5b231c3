package dev.servicedesk.cmdb.change;

import dev.servicedesk.cmdb.CiCriticality;
import dev.servicedesk.cmdb.CiType;
import dev.servicedesk.cmdb.impact.ImpactState;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a change request keeps as JSON documents: each a record, lists wrapped in one. */
public final class ChangeDocuments {
    private ChangeDocuments() {}

    public record Operations(List<ChangeOperation> list) {}

    public record Assessment(
            UUID assessedById, Instant assessedAt, ChangeRisk computedRisk, String notes, Impact impact) {}

    public record Impact(int depth, int itemCount, int peopleCount, List<ImpactedItem> items) {}

    public record ImpactedItem(
            UUID ciId, String name, CiType type, CiCriticality criticality, ImpactState state, int distance) {}

    public record Conflict(Kind kind, UUID id, String name, Instant start, Instant end, List<UUID> ciIds) {
        public enum Kind {
            CHANGE,
            BLACKOUT
        }
    }

    public record Conflicts(List<Conflict> list) {}

    public record Decision(
            boolean approved, UUID decidedById, Instant decidedAt, String notes, String overrideReason) {}

    public record Verification(ChangeStatus outcome, UUID verifiedById, Instant verifiedAt, String notes) {}
}

package dev.servicedesk.cmdb.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.servicedesk.cmdb.CiHistoryAction;
import dev.servicedesk.cmdb.CiHistoryEntry;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One change of a configuration item as the API shows it. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CiHistoryView(
        UUID id,
        UUID ciId,
        Instant at,
        UUID actorId,
        UUID changeId,
        CiHistoryAction action,
        List<FieldChange> changes) {

    public static CiHistoryView of(CiHistoryEntry entry) {
        return new CiHistoryView(
                entry.id(),
                entry.ciId(),
                entry.at(),
                entry.actorId(),
                entry.changeId(),
                entry.action(),
                entry.changes());
    }
}

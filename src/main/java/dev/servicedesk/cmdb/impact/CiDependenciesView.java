package dev.servicedesk.cmdb.impact;

import dev.servicedesk.cmdb.dto.CiSummary;
import java.util.List;
import java.util.UUID;

/** What an item needs, step by step: where a fault there could come from. */
public record CiDependenciesView(CiSummary ci, int depth, List<Item> items, List<CiEdge> relationships) {

    public record Item(
            CiSummary ci,
            int distance,
            UUID ownerId,
            long openIncidentCount,
            List<IncidentRef> openIncidents,
            long openChangeCount,
            List<ChangeRef> openChanges) {}
}

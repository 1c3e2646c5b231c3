package dev.servicedesk.cmdb.impact;

import dev.servicedesk.cmdb.dto.CiSummary;
import java.util.List;
import java.util.UUID;

/** What is hit if an item fails: each item with its state and open incidents, the graph, the people. */
public record CiImpactView(
        CiSummary ci,
        int depth,
        List<Item> items,
        List<CiEdge> relationships,
        List<PersonHit> people,
        int peopleCount,
        List<DepartmentHit> departments) {

    public record Item(
            CiSummary ci,
            int distance,
            ImpactState state,
            UUID ownerId,
            long openIncidentCount,
            List<IncidentRef> openIncidents,
            long openChangeCount,
            List<ChangeRef> openChanges) {}

    public record PersonHit(UUID id, String name, String department) {}

    public record DepartmentHit(String name, int people) {}
}

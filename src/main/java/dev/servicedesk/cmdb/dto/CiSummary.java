package dev.servicedesk.cmdb.dto;

import dev.servicedesk.cmdb.CiCriticality;
import dev.servicedesk.cmdb.CiStatus;
import dev.servicedesk.cmdb.CiType;
import dev.servicedesk.cmdb.ConfigurationItem;
import java.util.UUID;

/** Enough of an item to show it at the other end of a relationship. */
public record CiSummary(UUID id, String name, CiType type, CiStatus status, CiCriticality criticality) {

    public static CiSummary of(ConfigurationItem item) {
        return new CiSummary(item.id(), item.name(), item.type(), item.status(), item.criticality());
    }
}

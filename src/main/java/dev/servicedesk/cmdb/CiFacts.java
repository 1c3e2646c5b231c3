package dev.servicedesk.cmdb;

import java.util.UUID;

/** What other features read of a configuration item: what it is, how much it matters, whose it is. */
public record CiFacts(UUID id, CiType type, CiStatus status, CiCriticality criticality, UUID ownerId) {}

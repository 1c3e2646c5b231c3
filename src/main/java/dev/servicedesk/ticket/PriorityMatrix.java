package dev.servicedesk.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record PriorityMatrix(List<PriorityMatrixCell> cells, Instant updatedAt, UUID updatedBy) {}

package dev.servicedesk.kpi.dto;

import java.time.Instant;

public record KpiInterval(Instant from, Instant to, KpiFigures figures) {}

package dev.servicedesk.kpi.dto;

import java.util.List;

/** The figures of the tickets sharing one value now: a queue, an agent, a category … */
public record KpiGroup(String key, String name, KpiFigures figures, List<KpiInterval> intervals) {}

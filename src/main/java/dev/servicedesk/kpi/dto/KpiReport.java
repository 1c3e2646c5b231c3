package dev.servicedesk.kpi.dto;

import java.time.Instant;
import java.util.List;

/** KPIs over a period: overall, per interval and per group, and the outages in it. */
public record KpiReport(
        Instant from,
        Instant to,
        String timeZone,
        String interval,
        String groupBy,
        Instant asOf,
        KpiFigures totals,
        List<KpiInterval> intervals,
        List<KpiGroup> groups,
        List<KpiOutage> outages) {}

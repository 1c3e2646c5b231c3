package dev.servicedesk.kpi;

import static dev.servicedesk.kpi.Figure.*;

import dev.servicedesk.kpi.dto.KpiFigures;
import dev.servicedesk.kpi.dto.KpiGroup;
import dev.servicedesk.kpi.dto.KpiInterval;
import dev.servicedesk.kpi.dto.KpiOutage;
import dev.servicedesk.kpi.dto.KpiReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns what was counted into the report. An interval's backlog is the period's start plus the
 * flows of the intervals before it (received − resolved − cancelled + reopened), so that every
 * interval reconciles with the next; the period's end is read from the spans themselves and
 * equals the same sum.
 */
final class KpiAssembly {
    private static final int RATE_DECIMALS = 4;

    private final KpiRequest request;
    private final KpiTally tally;

    KpiAssembly(KpiRequest request, KpiTally tally) {
        this.request = request;
        this.tally = tally;
    }

    KpiReport report(Instant asOf, Map<String, String> names, List<KpiOutage> outages) {
        Period period = request.period();
        List<KpiGroup> groups = new ArrayList<>();
        if (request.grouping() != null) {
            for (String key : tally.groups()) {
                groups.add(new KpiGroup(key, names.get(key), whole(key), intervals(key)));
            }
            groups.sort(Comparator.comparing(
                            (KpiGroup group) ->
                                    group.name() == null ? null : group.name().toLowerCase(),
                            Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(KpiGroup::key));
        }
        return new KpiReport(
                period.from(),
                period.to(),
                period.zone().getId(),
                request.interval() == null ? null : request.interval().parameter(),
                request.grouping() == null ? null : request.grouping().parameter(),
                asOf,
                whole(null),
                intervals(null),
                groups,
                outages);
    }

    private KpiFigures whole(String group) {
        KpiTally.Counts counts = tally.at(group, null);
        long start = counts.count(BACKLOG_START);
        long end = counts.count(BACKLOG_END);
        KpiFigures.Ageing ageing = new KpiFigures.Ageing(
                counts.count(AGE_UNDER_ONE_DAY),
                counts.count(AGE_ONE_TO_THREE_DAYS),
                counts.count(AGE_THREE_TO_SEVEN_DAYS),
                counts.count(AGE_SEVEN_TO_THIRTY_DAYS),
                counts.count(AGE_THIRTY_DAYS_AND_MORE));
        return figures(counts, new KpiFigures.Backlog(start, end, end - start, ageing));
    }

    private List<KpiInterval> intervals(String group) {
        Period period = request.period();
        List<KpiInterval> intervals = new ArrayList<>();
        if (request.interval() == null) {
            return intervals;
        }
        long backlog = tally.at(group, null).count(BACKLOG_START);
        for (int index = 0; index < period.intervals(); index++) {
            // A period in one interval is not split by the statements: its one interval is the whole.
            KpiTally.Counts counts = period.intervals() == 1 ? tally.at(group, null) : tally.at(group, index);
            long end = backlog
                    + counts.count(RECEIVED)
                    - counts.count(RESOLVED)
                    - counts.count(CANCELLED)
                    + counts.count(REOPENED);
            intervals.add(new KpiInterval(
                    period.intervalStart(index),
                    period.intervalEnd(index),
                    figures(counts, new KpiFigures.Backlog(backlog, end, end - backlog, null))));
            backlog = end;
        }
        return intervals;
    }

    private static KpiFigures figures(KpiTally.Counts counts, KpiFigures.Backlog backlog) {
        long resolved = counts.count(FCR_RESOLVED);
        long answered = counts.count(CSAT_ANSWERED);
        BigDecimal averageRating = counts.averageRating();
        return new KpiFigures(
                new KpiFigures.Volume(
                        counts.count(RECEIVED),
                        counts.count(RESOLVED),
                        counts.count(CANCELLED),
                        counts.count(REOPENED),
                        counts.count(CLOSED)),
                backlog,
                new KpiFigures.FirstContactResolution(
                        resolved, counts.count(FCR_FIRST_CONTACT), rate(counts.count(FCR_FIRST_CONTACT), resolved)),
                new KpiFigures.Escalation(
                        counts.count(ESCALATION_RESOLVED),
                        counts.count(ESCALATION_ESCALATED),
                        rate(counts.count(ESCALATION_ESCALATED), counts.count(ESCALATION_RESOLVED))),
                new KpiFigures.Reopening(
                        counts.count(REOPENING_RESOLUTIONS),
                        counts.count(REOPENING_REOPENED),
                        rate(counts.count(REOPENING_REOPENED), counts.count(REOPENING_RESOLUTIONS))),
                new KpiFigures.SlaCompliance(
                        sla(
                                counts,
                                FIRST_RESPONSE_MEASURED,
                                FIRST_RESPONSE_MET,
                                FIRST_RESPONSE_BREACHED,
                                FIRST_RESPONSE_OVERDUE),
                        sla(counts, RESOLUTION_MEASURED, RESOLUTION_MET, RESOLUTION_BREACHED, RESOLUTION_OVERDUE)),
                new KpiFigures.Times(counts.time(FIRST_RESPONSE_WALL), counts.time(FIRST_RESPONSE_BUSINESS)),
                new KpiFigures.Times(counts.time(RESOLUTION_WALL), counts.time(RESOLUTION_BUSINESS)),
                new KpiFigures.Csat(
                        answered,
                        averageRating == null ? null : averageRating.doubleValue(),
                        counts.count(CSAT_SATISFIED),
                        rate(counts.count(CSAT_SATISFIED), answered)),
                new KpiFigures.Knowledge(
                        counts.count(KNOWLEDGE_RESOLVED),
                        counts.count(KNOWLEDGE_WITH_ARTICLE),
                        rate(counts.count(KNOWLEDGE_WITH_ARTICLE), counts.count(KNOWLEDGE_RESOLVED)),
                        counts.count(ARTICLES_FROM_TICKETS)),
                new KpiFigures.Announcements(counts.outages(), counts.count(OUTAGE_TICKETS)));
    }

    private static KpiFigures.SlaTarget sla(
            KpiTally.Counts counts, Figure measured, Figure met, Figure breached, Figure overdue) {
        return new KpiFigures.SlaTarget(
                counts.count(measured),
                counts.count(met),
                counts.count(breached),
                rate(counts.count(met), counts.count(measured)),
                counts.count(overdue));
    }

    /** {@code part / whole} to four decimals (half up), null when nothing was counted. */
    static Double rate(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part)
                        .divide(BigDecimal.valueOf(whole), RATE_DECIMALS, RoundingMode.HALF_UP)
                        .doubleValue();
    }
}

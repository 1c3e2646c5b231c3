package dev.servicedesk.kpi;

import dev.servicedesk.common.Ids;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.ticket.Category;
import dev.servicedesk.ticket.Channel;
import dev.servicedesk.ticket.Priority;
import dev.servicedesk.ticket.TicketType;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/** A report's period, time zone, split and grouping, and the filters, as validated query parameters. */
record KpiRequest(Period period, Interval interval, Grouping grouping, KpiFilters filters) {
    private static final int MOST_YEARS = 5;

    /** The parameters a report and its drill-down share, as sent. */
    record Raw(
            String from,
            String to,
            String timeZone,
            String queueId,
            String assigneeId,
            String category,
            String channel,
            String priority,
            String type) {}

    /** Parses every parameter, collecting each mistake in {@code parameters} (validated by the caller). */
    static KpiRequest parse(QueryParameters parameters, Raw raw, String interval, String groupBy) {
        Instant from = required(parameters, "from", raw.from());
        Instant to = required(parameters, "to", raw.to());
        ZoneId zone = zone(parameters, raw.timeZone());
        Interval split = interval == null || interval.isEmpty()
                ? null
                : Interval.ofParameter(parameters.choice("interval", interval, null, names(Interval.values())));
        Grouping grouping = groupBy == null || groupBy.isEmpty()
                ? null
                : Grouping.ofParameter(parameters.choice("groupBy", groupBy, null, names(Grouping.values())));
        KpiFilters filters = new KpiFilters(
                holder(parameters, "queueId", raw.queueId(), false),
                holder(parameters, "assigneeId", raw.assigneeId(), true),
                parameters.enumValue("category", raw.category(), Category.class),
                parameters.enumValue("channel", raw.channel(), Channel.class),
                parameters.enumValue("priority", raw.priority(), Priority.class),
                parameters.enumValue("type", raw.type(), TicketType.class));
        Period period = null;
        if (from != null && to != null && zone != null) {
            if (!to.isAfter(from)) {
                parameters.reject("to", "must be after from");
            } else if (to.isAfter(
                    from.atOffset(ZoneOffset.UTC).plusYears(MOST_YEARS).toInstant())) {
                parameters.reject("to", "must be at most " + MOST_YEARS + " years after from");
            } else {
                period = Period.of(from, to, zone, split);
                if (period == null) {
                    parameters.reject(
                            "interval",
                            "would split the period into more than " + Period.MOST_INTERVALS + " intervals");
                }
            }
        }
        return new KpiRequest(period, split, grouping, filters);
    }

    private static Instant required(QueryParameters parameters, String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            parameters.reject(name, "is required");
            return null;
        }
        Instant instant = parameters.instant(name, raw);
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static ZoneId zone(QueryParameters parameters, String raw) {
        if (raw == null || raw.isEmpty()) {
            return ZoneId.of("UTC");
        }
        if (raw.length() > 64 || !ZoneId.getAvailableZoneIds().contains(raw)) {
            parameters.reject("timeZone", "must be an IANA time zone such as Europe/Berlin");
            return null;
        }
        return ZoneId.of(raw);
    }

    private static KpiFilters.Holder holder(QueryParameters parameters, String name, String raw, boolean meAllowed) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (raw.equals(Grouping.NONE)) {
            return KpiFilters.Holder.NONE;
        }
        if (meAllowed && raw.equals("me")) {
            return KpiFilters.Holder.ME;
        }
        return Ids.parse(raw).map(id -> new KpiFilters.Holder(id, false)).orElseGet(() -> {
            parameters.reject(name, "must be an id (a UUID)" + (meAllowed ? ", me" : "") + " or none");
            return null;
        });
    }

    private static List<String> names(Interval[] values) {
        return Arrays.stream(values).map(Interval::parameter).toList();
    }

    private static List<String> names(Grouping[] values) {
        return Arrays.stream(values).map(Grouping::parameter).toList();
    }
}

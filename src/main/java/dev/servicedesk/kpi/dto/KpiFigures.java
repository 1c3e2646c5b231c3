package dev.servicedesk.kpi.dto;

/** The KPIs of one period, interval or group; every figure is defined in the contract. */
public record KpiFigures(
        Volume volume,
        Backlog backlog,
        FirstContactResolution firstContactResolution,
        Escalation escalation,
        Reopening reopening,
        SlaCompliance slaCompliance,
        Times firstResponseTime,
        Times resolutionTime,
        Csat csat,
        Knowledge knowledge,
        Announcements announcements) {

    public record Volume(long received, long resolved, long cancelled, long reopened, long closed) {}

    public record Backlog(long start, long end, long change, Ageing ageing) {}

    public record Ageing(
            long underOneDay,
            long oneToThreeDays,
            long threeToSevenDays,
            long sevenToThirtyDays,
            long thirtyDaysAndMore) {}

    public record FirstContactResolution(long resolved, long firstContact, Double rate) {}

    public record Escalation(long resolved, long escalated, Double rate) {}

    public record Reopening(long resolutions, long reopened, Double rate) {}

    public record SlaCompliance(SlaTarget firstResponse, SlaTarget resolution) {}

    public record SlaTarget(long measured, long met, long breached, Double rate, long overdueOpen) {}

    public record Times(Durations wall, Durations business) {}

    public record Durations(long count, Long averageSeconds, Long medianSeconds, Long p90Seconds) {
        public static final Durations NONE = new Durations(0, null, null, null);
    }

    public record Csat(long answered, Double averageRating, long satisfied, Double rate) {}

    public record Knowledge(long resolved, long solvedWithArticle, Double rate, long articlesFromTickets) {}

    public record Announcements(long outages, long linkedTickets) {}
}

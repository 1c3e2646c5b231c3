package dev.servicedesk.calendar;

import java.time.Instant;
import java.util.List;

/** When an amount of working time ends, and the open segments it was counted in. */
public record Due(Instant at, List<Segment> counted) {}

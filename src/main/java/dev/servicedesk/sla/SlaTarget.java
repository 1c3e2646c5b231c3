package dev.servicedesk.sla;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** One priority's targets, in business minutes on the policy's calendar. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SlaTarget(
        @NotNull @Min(1) @Max(SlaTarget.MAX_MINUTES) Integer firstResponseMinutes,
        @NotNull @Min(1) @Max(SlaTarget.MAX_MINUTES) Integer resolutionMinutes,
        @Min(1) @Max(SlaTarget.MAX_MINUTES) Integer updateMinutes) {
    /** Ten years of minutes. */
    static final int MAX_MINUTES = 5_256_000;
}

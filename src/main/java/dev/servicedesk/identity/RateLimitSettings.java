package dev.servicedesk.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.Map;

/** How many requests each client may make per window, on each replica. */
@ConfigMapping(prefix = "servicedesk.rate-limits")
public interface RateLimitSettings {
    /** The window a quota is for; the quota refills evenly over it. */
    @WithDefault("PT1M")
    Duration window();

    /** Requests without a valid token, per client address. */
    @WithDefault("60")
    @Positive
    long anonymous();

    @WithDefault("300")
    @Positive
    long requester();

    @WithDefault("1200")
    @Positive
    long agent();

    @WithDefault("1200")
    @Positive
    long supervisor();

    @WithDefault("1200")
    @Positive
    long admin();

    @WithDefault("6000")
    @Positive
    long integration();

    /** Quotas of their own for named client applications (the token's {@code azp}), in place of their role's. */
    Map<String, @Positive Long> clients();
}

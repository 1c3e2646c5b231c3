package dev.servicedesk.kb.walk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "servicedesk.kb.walks")
public interface WalkSettings {
    /** How long an open walk waits before it ends by itself: ABANDONED at a question, UNCONFIRMED at an outcome. */
    @WithDefault("P1D")
    Duration idleAfter();

    /** How often each replica looks for walks left alone too long (read by the scheduler as well). */
    @WithDefault("10m")
    String sweepEvery();
}

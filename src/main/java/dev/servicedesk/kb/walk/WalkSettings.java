package dev.servicedesk.kb.walk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "servicedesk.kb.walks")
public interface WalkSettings {
    /** How long an open walk waits for its next answer before it ends ABANDONED by itself. */
    @WithDefault("P1D")
    Duration idleAfter();
}

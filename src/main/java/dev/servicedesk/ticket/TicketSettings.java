package dev.servicedesk.ticket;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "servicedesk.tickets")
public interface TicketSettings {
    /** How long a resolved ticket waits for its requester before it closes itself; reopening is possible until then. */
    @WithDefault("P7D")
    Duration closeResolvedAfter();

    /** How often each replica looks for resolutions to close (read by the scheduler as well). */
    @WithDefault("10m")
    String autoCloseEvery();
}

package dev.servicedesk.ticket;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

@ConfigMapping(prefix = "servicedesk.tickets")
public interface TicketSettings {
    /** How long a resolved ticket waits for its requester before it closes itself; reopening is possible until then. */
    @WithDefault("P7D")
    Duration closeResolvedAfter();

    /** How often each replica looks for resolutions to close (read by the scheduler as well). */
    @WithDefault("10m")
    String autoCloseEvery();

    /**
     * The channel of a requester's tickets per application that signs them in (the token's
     * {@code azp}), such as {@code mobile-app=MOBILE_APP}; any other application is the PORTAL.
     */
    Map<String, Channel> requesterChannels();
}

package dev.servicedesk.webhook;

import dev.servicedesk.common.RetrySchedule;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "servicedesk.webhooks")
public interface WebhookSettings {
    /** Whether targets must be https (tests and a closed network may allow http). */
    @WithDefault("true")
    boolean requireHttps();

    /** Address blocks (CIDR) a webhook may reach although they are internal, such as a partner's 10.20.0.0/16. */
    Optional<List<String>> allowedPrivateTargets();

    /** How long a receiver has to answer (connecting included). */
    @WithDefault("PT10S")
    Duration timeout();

    /** The first wait before a failed delivery is tried again; each later one doubles. */
    @WithDefault("PT30S")
    Duration firstRetryAfter();

    /** The longest wait between two attempts. */
    @WithDefault("PT6H")
    Duration longestRetryInterval();

    /** How long a failing delivery is retried before it is given up (FAILED). */
    @WithDefault("P3D")
    Duration retryFor();

    /** How long every attempt to an endpoint may fail before the service disables it. */
    @WithDefault("P5D")
    Duration disableAfter();

    /** How long the delivery log keeps a delivery. */
    @WithDefault("P30D")
    Duration keepDeliveriesFor();

    /** How often each replica looks for deliveries due (they are also sent as soon as their event is placed). */
    @WithDefault("5s")
    String deliverEvery();

    /** How many due deliveries a replica takes at a time. */
    @WithDefault("50")
    int batch();

    default RetrySchedule retries() {
        return new RetrySchedule(firstRetryAfter(), longestRetryInterval(), retryFor());
    }
}

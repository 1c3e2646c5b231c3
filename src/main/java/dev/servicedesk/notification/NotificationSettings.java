package dev.servicedesk.notification;

import dev.servicedesk.common.RetrySchedule;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "servicedesk.notifications")
public interface NotificationSettings {
    /** Whether anyone is notified at all (off: no notification is written, so none is sent later either). */
    @WithDefault("true")
    boolean enabled();

    /** The desk's address, which notifications come from and replies go to. */
    @WithDefault("servicedesk@localhost")
    String from();

    /**
     * The key that signs the reply address notifications carry ({@code desk+<token>@…}), so that
     * a reply finds its ticket by an address nobody can make up; none configured, notifications
     * carry no reply address and replies thread by In-Reply-To and the subject's key alone.
     */
    Optional<String> replySecret();

    /** How many notifications one run takes. */
    @WithDefault("50")
    int batch();

    /** How long one message may take to send before it counts as failed. */
    @WithDefault("PT30S")
    Duration sendTimeout();

    /** The first wait before a failed send is tried again; each later one doubles. */
    @WithDefault("PT1M")
    Duration firstRetryAfter();

    /** The longest wait between two attempts. */
    @WithDefault("PT1H")
    Duration longestRetryInterval();

    /** How long a failing send is retried before it is given up (and noted on the ticket). */
    @WithDefault("P2D")
    Duration retryFor();

    default RetrySchedule retries() {
        return new RetrySchedule(firstRetryAfter(), longestRetryInterval(), retryFor());
    }

    /** The domain of the Message-IDs notifications go out with: the from address's ({@code Desk <desk@x.org>} too). */
    default String messageIdDomain() {
        String address = from().strip();
        int open = address.lastIndexOf('<');
        if (open >= 0 && address.endsWith(">")) {
            address = address.substring(open + 1, address.length() - 1);
        }
        return address.substring(address.lastIndexOf('@') + 1);
    }
}

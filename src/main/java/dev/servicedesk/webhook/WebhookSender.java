package dev.servicedesk.webhook;

import dev.servicedesk.common.ProblemException;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * Sends one delivery as the Standard Webhooks specification has it: a POST of the event's JSON
 * with {@code webhook-id}, {@code webhook-timestamp} and {@code webhook-signature} (one signature
 * per secret that signs now), to the address the target check let through, never following a
 * redirect, given up on after the time-out.
 */
@ApplicationScoped
class WebhookSender {
    private final WebhookTargets targets;
    private final HttpClient client;
    private final Duration timeout;
    private final Clock clock;

    WebhookSender(WebhookTargets targets, WebhookSettings settings, Vertx vertx, Clock clock) {
        this.targets = targets;
        this.timeout = settings.timeout();
        this.clock = clock;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) timeout.toMillis())
                .setIdleTimeout((int) timeout.toSeconds() + 1)
                .setMaxPoolSize(64)
                .setKeepAlive(true));
    }

    /** A delivery to send: where, signed with which secrets, and the event's id and JSON. */
    record Parcel(String url, List<String> secrets, String messageId, String payload) {}

    /** What the attempt came to; never a failure. */
    Uni<WebhookAttempt.Outcome> send(Parcel parcel) {
        Instant startedAt = clock.instant();
        long started = System.nanoTime();
        return targets.check(parcel.url())
                .chain(target -> client.request(options(target, parcel))
                        .chain(request -> request.send(Buffer.buffer(parcel.payload()))
                                .chain(response -> response.end().replaceWith(response.statusCode()))
                                // given up on (the time-out below): the connection goes too, not kept waiting
                                .onCancellation()
                                .invoke(() -> request.reset())))
                .ifNoItem()
                .after(timeout)
                .failWith(TimeoutException::new)
                .map(status -> new WebhookAttempt.Outcome(startedAt, elapsed(started), status, null))
                .onFailure()
                .recoverWithItem(
                        failure -> new WebhookAttempt.Outcome(startedAt, elapsed(started), null, describe(failure)));
    }

    private RequestOptions options(WebhookTargets.Target target, Parcel parcel) {
        // The wall clock's seconds, not the service's clock: the receiver checks them against its own to refuse
        // replays.
        long timestamp = System.currentTimeMillis() / 1000;
        return new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(
                        target.port(), target.address().getHostAddress()))
                .setHost(target.uri().getHost())
                .setPort(target.port())
                .setSsl(target.https())
                .setURI(target.requestUri())
                .setFollowRedirects(false)
                .setIdleTimeout(timeout.toMillis())
                .putHeader("content-type", "application/json")
                .putHeader("user-agent", "servicedesk-webhooks/1")
                .putHeader("webhook-id", parcel.messageId())
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader(
                        "webhook-signature",
                        WebhookSignatures.sign(parcel.secrets(), parcel.messageId(), timestamp, parcel.payload()));
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private String describe(Throwable failure) {
        if (failure instanceof TimeoutException) {
            return "no answer within " + timeout.toMillis() + " ms";
        }
        if (failure instanceof ProblemException refused) {
            return "target refused: the URL " + refused.errors().get(0).message();
        }
        if (failure instanceof ConnectException) {
            return "connection refused";
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.length() > 500 ? message.substring(0, 500) : message;
    }

    void close(@Observes ShutdownEvent stopping) {
        client.closeAndForget();
    }
}

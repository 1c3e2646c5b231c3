package dev.servicedesk.common;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells every replica that shared configuration changed, so that each can drop what it cached:
 * PostgreSQL NOTIFY from the writing transaction, delivered when it commits, to a LISTEN
 * connection on every replica. When that connection is lost and made again, notifications may
 * have been missed, so every listener hears of a change then.
 */
@ApplicationScoped
public class ChangeNotifications {
    /** Also named by the database, which announces recorded domain events on it itself (V49). */
    static final String CHANNEL = "servicedesk_changes";

    private static final long RETRY_MILLIS = 1000;

    private final Map<String, List<Runnable>> listeners = new ConcurrentHashMap<>();
    private final Vertx vertx;
    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;
    private PgSubscriber subscriber;

    ChangeNotifications(
            Vertx vertx,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    /** Runs {@code invalidate} whenever {@code topic} changes, here or on another replica. */
    public void onChange(String topic, Runnable invalidate) {
        listeners.computeIfAbsent(topic, key -> new CopyOnWriteArrayList<>()).add(invalidate);
    }

    /** Within the writing transaction: every replica hears of the change once it commits. */
    public Uni<Void> announce(String topic) {
        return Panache.getSession()
                // Sent as an update: a native SELECT would leave a plan behind each time (see SessionSql).
                .chain(session -> session.createNativeQuery("SELECT pg_notify(:channel, :topic)")
                        .setParameter("channel", CHANNEL)
                        .setParameter("topic", topic)
                        .executeUpdate())
                .replaceWithVoid()
                .invoke(() -> heard(topic));
    }

    void listen(@Observes StartupEvent started) {
        // Keep-alive probes make a connection a firewall or NAT dropped in silence fail, so that
        // the subscriber reconnects (and every listener hears of a possible change).
        PgConnectOptions options = PgConnectOptions.fromUri(url);
        options.setTcpKeepAlive(true);
        username.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(attempts -> RETRY_MILLIS);
        subscriber.channel(CHANNEL).handler(this::heard).subscribeHandler(this::heardEverything);
        connect();
    }

    private void connect() {
        subscriber.connect().subscribe().with(connected -> {}, failure -> {
            Log.warnf("Not listening for configuration changes yet (%s); retrying", failure.getMessage());
            vertx.setTimer(RETRY_MILLIS, timer -> connect());
        });
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (subscriber != null) {
            subscriber.closeAndForget();
        }
    }

    private void heard(String topic) {
        listeners.getOrDefault(topic, List.of()).forEach(Runnable::run);
    }

    private void heardEverything() {
        listeners.values().forEach(topicListeners -> topicListeners.forEach(Runnable::run));
    }
}

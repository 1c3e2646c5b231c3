package dev.servicedesk.common;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Configuration loaded from the database once and kept in memory until a change to one of its
 * topics is heard, on this replica or another (see {@link ChangeNotifications}), and for a minute
 * at most: should the listening connection die unnoticed, a change still arrives within a minute.
 */
public final class Snapshot<T> {
    private static final long MAX_AGE_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final Supplier<Uni<T>> load;
    private final AtomicLong generation = new AtomicLong();
    private volatile Loaded<T> cached;

    private record Loaded<T>(T value, long loadedAt) {}

    public Snapshot(ChangeNotifications changes, Supplier<Uni<T>> load, String... topics) {
        this.load = load;
        for (String topic : topics) {
            changes.onChange(topic, this::forget);
        }
    }

    /** The kept value, or a fresh load (within the caller's session) when there is none. */
    public Uni<T> get() {
        Loaded<T> known = cached;
        long now = System.nanoTime();
        if (known != null && now - known.loadedAt() < MAX_AGE_NANOS) {
            return Uni.createFrom().item(known.value());
        }
        long loading = generation.get();
        return load.get().invoke(loaded -> {
            // A change heard while loading may not be in what was loaded: keep it only if none was.
            if (generation.get() == loading) {
                cached = new Loaded<>(loaded, now);
            }
        });
    }

    private void forget() {
        generation.incrementAndGet();
        cached = null;
    }
}

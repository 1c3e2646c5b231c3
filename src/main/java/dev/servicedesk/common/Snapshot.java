package dev.servicedesk.common;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Configuration loaded from the database once and kept in memory until a change to one of its
 * topics is heard, on this replica or another (see {@link ChangeNotifications}).
 */
public final class Snapshot<T> {
    private final Supplier<Uni<T>> load;
    private final AtomicLong generation = new AtomicLong();
    private volatile T cached;

    public Snapshot(ChangeNotifications changes, Supplier<Uni<T>> load, String... topics) {
        this.load = load;
        for (String topic : topics) {
            changes.onChange(topic, this::forget);
        }
    }

    /** The kept value, or a fresh load (within the caller's session) when there is none. */
    public Uni<T> get() {
        T known = cached;
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        long loading = generation.get();
        return load.get().invoke(loaded -> {
            // A change heard while loading may not be in what was loaded: keep it only if none was.
            if (generation.get() == loading) {
                cached = loaded;
            }
        });
    }

    private void forget() {
        generation.incrementAndGet();
        cached = null;
    }
}

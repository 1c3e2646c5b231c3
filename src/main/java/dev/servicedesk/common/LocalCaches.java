package dev.servicedesk.common;

import com.github.benmanes.caffeine.cache.Caffeine;

/** In-memory caches that a request reads on its event loop. */
public final class LocalCaches {
    private LocalCaches() {}

    /**
     * A Caffeine builder whose upkeep (draining the buffer of reads, expiring, evicting) runs on the
     * thread that triggers it. By default Caffeine hands it to the common fork-join pool, waking a
     * thread for every few dozen reads: on two cores that wake-up cost more than the upkeep itself.
     */
    public static Caffeine<Object, Object> newBuilder() {
        return Caffeine.newBuilder().executor(Runnable::run);
    }
}

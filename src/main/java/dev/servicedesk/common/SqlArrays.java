package dev.servicedesk.common;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Array parameters for set-based statements ({@code unnest}) that the reactive driver can encode. */
public final class SqlArrays {
    private SqlArrays() {}

    /**
     * Instants for {@code CAST(CAST(:p AS text[]) AS timestamptz[])}, as ISO-8601 text (exact;
     * nulls stay null). The driver encodes a {@code timestamptz[]} parameter only from offset
     * date-times, which Hibernate turns into instants first; as text it passes through.
     */
    public static <T> String[] timestamps(List<T> rows, Function<T, Instant> instant) {
        return rows.stream()
                .map(instant)
                .map(at -> at == null ? null : InstantText.of(at))
                .toArray(String[]::new);
    }
}

package dev.servicedesk.identity;

import dev.servicedesk.common.Ids;
import dev.servicedesk.common.QueryParameters;
import java.util.UUID;

/** A person a list filters on: by id, or {@code me}, the caller, known once they are synced. */
public record PersonFilter(UUID id, boolean me) {
    private static final String ME = "me";

    /** The parameter as sent; null when it is absent or (said in {@code parameters}) invalid. */
    public static PersonFilter parse(QueryParameters parameters, String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (raw.equals(ME)) {
            return new PersonFilter(null, true);
        }
        return Ids.parse(raw).map(id -> new PersonFilter(id, false)).orElseGet(() -> {
            parameters.reject(name, "must be a person's id (a UUID) or me");
            return null;
        });
    }

    public PersonFilter resolvedFor(UUID caller) {
        return me ? new PersonFilter(caller, false) : this;
    }
}

package dev.servicedesk.ticket;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * One field of a ticket, old value → new value, as the timeline keeps it. Each value is a JSON value
 * in plain Java (text, number, boolean, list, map or null): an enum reads as its name, an id or an
 * instant as its text, as the ticket's own schema gives them.
 */
public record FieldChange(String field, Object from, Object to) {
    public FieldChange {
        from = jsonValue(from);
        to = jsonValue(to);
    }

    private static Object jsonValue(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof UUID || value instanceof Instant) {
            return value.toString();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(FieldChange::jsonValue).toList();
        }
        if (value instanceof Map<?, ?>) {
            return value;
        }
        throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    }
}

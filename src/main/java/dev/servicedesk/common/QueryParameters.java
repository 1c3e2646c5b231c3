package dev.servicedesk.common;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Parses raw query parameters, collecting a field error for each bad one so that a request
 * learns all its mistakes at once (and never gets the framework's 404 for an unconvertible value).
 */
public final class QueryParameters {
    private final List<FieldError> errors = new ArrayList<>();

    public <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(
                    name,
                    "must be one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ", "[", "]"))));
            return null;
        }
    }

    public <E extends Enum<E>> List<E> enumValues(String name, List<String> raw, Class<E> type) {
        List<E> values = new ArrayList<>();
        if (raw == null) {
            return values;
        }
        int most = type.getEnumConstants().length;
        if (raw.size() > most) {
            errors.add(new FieldError(name, "may be given at most " + most + " times"));
            return values;
        }
        for (String value : raw) {
            E parsed = enumValue(name, value, type);
            if (parsed != null) {
                values.add(parsed);
            }
        }
        return values;
    }

    public UUID uuid(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        return Ids.parse(raw).orElseGet(() -> {
            errors.add(new FieldError(name, "must be a UUID"));
            return null;
        });
    }

    /** Distinct UUIDs from a repeated parameter, at most {@code most} of them. */
    public List<UUID> uuids(String name, List<String> raw, int most) {
        if (raw == null) {
            return List.of();
        }
        if (raw.size() > most) {
            errors.add(new FieldError(name, "may be given at most " + most + " times"));
            return List.of();
        }
        return raw.stream()
                .map(value -> uuid(name, value))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    public Instant instant(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            Instant instant = Instant.parse(raw);
            if (!Instants.isInRange(instant)) {
                throw new DateTimeParseException("out of range", raw, 0);
            }
            return instant;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be an ISO-8601 UTC instant such as 2026-01-31T09:00:00Z"));
            return null;
        }
    }

    /** One of {@code allowed}, or {@code defaultValue} when absent. */
    public String choice(String name, String raw, String defaultValue, List<String> allowed) {
        if (raw == null || raw.isEmpty()) {
            return defaultValue;
        }
        if (!allowed.contains(raw)) {
            errors.add(new FieldError(name, "must be one of " + allowed));
            return defaultValue;
        }
        return raw;
    }

    public Boolean bool(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        return switch (raw) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.add(new FieldError(name, "must be true or false"));
                yield null;
            }
        };
    }

    public Integer integer(String name, String raw, int min, int max) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range value
        }
        errors.add(new FieldError(name, "must be an integer from " + min + " to " + max));
        return null;
    }

    public String text(String name, String raw, int maxLength) {
        if (raw != null && raw.codePointCount(0, raw.length()) > maxLength) {
            errors.add(new FieldError(name, "must be at most " + maxLength + " characters"));
            return null;
        }
        if (raw != null && raw.indexOf('\u0000') >= 0) {
            errors.add(new FieldError(name, "must not contain a NUL character"));
            return null;
        }
        return raw == null || raw.isEmpty() ? null : raw;
    }

    public void reject(String name, String message) {
        errors.add(new FieldError(name, message));
    }

    /** Adds the errors of a parse done elsewhere (paging, say). */
    public <T> T include(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ProblemException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    /** Fails with one 400 listing every bad parameter, if there were any. */
    public void validate() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}

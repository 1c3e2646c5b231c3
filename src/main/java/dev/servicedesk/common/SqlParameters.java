package dev.servicedesk.common;

import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of one statement, by name ({@code :from}); {@link #bind} numbers the names the
 * statement uses, in order, so that a statement carries only the parameters it reads. An instant
 * or an enum constant given as a value is bound as the reactive client encodes it (an offset
 * date-time, its name); arrays are given ready to encode. The numbering reads every {@code :name}
 * in the text, literals too, so a statement casts with {@code CAST(… AS …)}, never {@code ::type}.
 */
public final class SqlParameters {
    private static final Pattern NAME = Pattern.compile(":([a-zA-Z][a-zA-Z0-9]*)");

    private final Map<String, Object> values = new HashMap<>();

    public SqlParameters with(String name, Object value) {
        values.put(name, encodable(value));
        return this;
    }

    /** The statement with positional parameters ($1 …), and their values. */
    public Bound bind(String sql) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<Object> ordered = new ArrayList<>();
        Matcher matcher = NAME.matcher(sql);
        StringBuilder numbered = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("no value for :" + name);
            }
            int number = numbers.computeIfAbsent(name, n -> {
                ordered.add(values.get(n));
                return ordered.size();
            });
            matcher.appendReplacement(numbered, "\\$" + number);
        }
        matcher.appendTail(numbered);
        return new Bound(numbered.toString(), Tuple.from(ordered));
    }

    private static Object encodable(Object value) {
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value;
    }

    public record Bound(String sql, Tuple parameters) {}
}

package dev.servicedesk.kpi;

import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of one statement, by name ({@code :from}); {@link #bind} numbers the names the
 * statement uses, in order, so that a statement carries only the parameters it reads.
 */
final class SqlParameters {
    private static final Pattern NAME = Pattern.compile(":([a-zA-Z][a-zA-Z0-9]*)");

    private final Map<String, Object> values = new HashMap<>();

    SqlParameters with(String name, Object value) {
        values.put(name, value);
        return this;
    }

    /** The statement with positional parameters ($1 …), and their values. */
    Bound bind(String sql) {
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

    record Bound(String sql, Tuple parameters) {}
}

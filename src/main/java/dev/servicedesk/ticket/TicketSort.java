package dev.servicedesk.ticket;

import dev.servicedesk.common.Instants;
import dev.servicedesk.common.PageCursor;
import dev.servicedesk.common.ProblemException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The orders a ticket list can take. Each is a keyset over indexed columns, all in one direction
 * and ending with the id, so a page continues exactly after the last ticket of the one before.
 */
enum TicketSort {
    OLDEST_OPEN_FIRST("oldestOpenFirst", false, Key.FINISHED, Key.CREATED_AT),
    OLDEST_FIRST("createdAt", false, Key.CREATED_AT),
    NEWEST_FIRST("-createdAt", true, Key.CREATED_AT),
    LEAST_RECENTLY_UPDATED("updatedAt", false, Key.UPDATED_AT),
    MOST_RECENTLY_UPDATED("-updatedAt", true, Key.UPDATED_AT),
    MOST_URGENT_FIRST("priority", false, Key.PRIORITY_RANK, Key.CREATED_AT),
    SOONEST_DUE_FIRST("slaDue", false, Key.SLA_DUE_RANK, Key.PRIORITY_RANK, Key.CREATED_AT);

    static final TicketSort DEFAULT = OLDEST_OPEN_FIRST;
    private static final String VALUE_SEPARATOR = " ";

    private final String apiName;
    private final boolean descending;
    private final List<Key> keys;

    TicketSort(String apiName, boolean descending, Key... keys) {
        this.apiName = apiName;
        this.descending = descending;
        this.keys = List.of(keys);
    }

    static Optional<TicketSort> byApiName(String name) {
        return Arrays.stream(values()).filter(sort -> sort.apiName.equals(name)).findFirst();
    }

    static List<String> apiNames() {
        return Arrays.stream(values()).map(sort -> sort.apiName).toList();
    }

    String apiName() {
        return apiName;
    }

    /** The entity attributes this order compares, most significant first, without the id. */
    List<String> attributes() {
        return keys.stream().map(key -> key.attribute).toList();
    }

    /** The same, as the ticket table's columns. */
    List<String> columns() {
        return keys.stream().map(key -> key.column).toList();
    }

    boolean descending() {
        return descending;
    }

    /** Where a page ends: the last ticket's sort values. */
    PageCursor cursorAfter(SortKeys last) {
        List<String> values = keys.stream().map(key -> key.valueOf.apply(last)).toList();
        return new PageCursor(apiName, String.join(VALUE_SEPARATOR, values), last.id());
    }

    /** The sort values a cursor of this order carries, typed; anything we did not issue is a 400. */
    List<Object> positionOf(PageCursor cursor) {
        String[] raw = cursor.lastValue().split(VALUE_SEPARATOR, -1);
        if (raw.length != keys.size()) {
            throw notIssued();
        }
        Object[] position = new Object[raw.length];
        for (int i = 0; i < raw.length; i++) {
            position[i] = keys.get(i).parse.apply(raw[i]);
        }
        return List.of(position);
    }

    private static ProblemException notIssued() {
        return ProblemException.invalid("cursor", "is not a cursor this service issued");
    }

    private enum Key {
        FINISHED("finished", "finished", ticket -> Boolean.toString(ticket.finished()), Key::parseBoolean),
        CREATED_AT("createdAt", "created_at", ticket -> ticket.createdAt().toString(), Key::parseInstant),
        UPDATED_AT("updatedAt", "updated_at", ticket -> ticket.updatedAt().toString(), Key::parseInstant),
        PRIORITY_RANK(
                "priorityRank", "priority_rank", ticket -> Integer.toString(ticket.priorityRank()), Key::parseRank),
        SLA_DUE_RANK("slaDueRank", "sla_due_rank", ticket -> ticket.slaDueRank().toString(), Key::parseInstant);

        private final String attribute;
        private final String column;
        private final Function<SortKeys, String> valueOf;
        private final Function<String, Object> parse;

        Key(String attribute, String column, Function<SortKeys, String> valueOf, Function<String, Object> parse) {
            this.attribute = attribute;
            this.column = column;
            this.valueOf = valueOf;
            this.parse = parse;
        }

        private static Object parseBoolean(String raw) {
            return switch (raw) {
                case "true" -> true;
                case "false" -> false;
                default -> throw notIssued();
            };
        }

        private static Object parseInstant(String raw) {
            try {
                Instant instant = Instant.parse(raw);
                if (!Instants.isInRange(instant)) {
                    throw notIssued();
                }
                return instant;
            } catch (DateTimeParseException e) {
                throw notIssued();
            }
        }

        private static Object parseRank(String raw) {
            if (!raw.matches("[1-5]")) {
                throw notIssued();
            }
            return Integer.parseInt(raw);
        }
    }
}

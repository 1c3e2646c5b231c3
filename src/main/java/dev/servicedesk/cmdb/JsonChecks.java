package dev.servicedesk.cmdb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.servicedesk.common.DatabaseJson;
import dev.servicedesk.common.FieldError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What free JSON (an item's attributes, a type's schema) may hold to be stored, shown and
 * checked: a bounded depth, finite numbers, no NUL character, at most {@value #MOST_BYTES}
 * bytes.
 */
final class JsonChecks {
    static final int ATTRIBUTES_DEPTH = 32;
    /** A schema of attributes nested as deep as they may be nests about twice as deep. */
    static final int SCHEMA_DEPTH = 2 * ATTRIBUTES_DEPTH + 8;
    /** 64 KiB, as JSON. */
    static final int MOST_BYTES = 64 * 1024;

    private JsonChecks() {}

    /** Where {@code value} breaks those rules, each under {@code field}; empty when it keeps them. */
    static List<FieldError> problems(JsonNode value, String field, int mostDepth) {
        List<FieldError> problems = new ArrayList<>();
        check(value, field, 1, mostDepth, problems);
        if (problems.isEmpty() && DatabaseJson.write(value).getBytes(StandardCharsets.UTF_8).length > MOST_BYTES) {
            problems.add(new FieldError(field, "must be at most 64 KiB as JSON"));
        }
        return problems;
    }

    private static void check(JsonNode node, String path, int depth, int mostDepth, List<FieldError> problems) {
        if (depth > mostDepth) {
            problems.add(new FieldError(path, "must be at most " + mostDepth + " levels deep"));
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String name = member.getKey();
                if (name.indexOf('\0') >= 0) {
                    problems.add(new FieldError(path, "must not name a member with a NUL character"));
                } else {
                    check(member.getValue(), path + "." + name, depth + 1, mostDepth, problems);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]", depth + 1, mostDepth, problems);
            }
        } else if (node.isTextual() && node.textValue().indexOf('\0') >= 0) {
            problems.add(new FieldError(path, "must not contain a NUL character"));
        } else if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue()) && !node.isBigDecimal()) {
            problems.add(new FieldError(path, "must be a finite number"));
        }
    }

    /** {@code value} without the members set to null, at any depth: as a merge patch reads them, absent. */
    static ObjectNode withoutNullMembers(ObjectNode value) {
        ObjectNode copy = value.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node.isObject()) {
            ((ObjectNode) node)
                    .properties()
                    .removeIf(member -> member.getValue().isNull());
        }
        node.forEach(JsonChecks::strip);
    }
}

package dev.servicedesk.cmdb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.servicedesk.cmdb.dto.FieldChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What changed between two versions of a configuration item's details, field by field, each
 * attribute on its own ({@code attributes.<name>}), in the fields' order; numbers equal by value
 * (2048 and 2048.0 are one value).
 */
final class CiChanges {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String ATTRIBUTE = "attributes.";
    private static final Comparator<JsonNode> SAME_VALUE =
            (a, b) -> a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    private CiChanges() {}

    /** Every field {@code created} sets, from nothing. */
    static List<FieldChange> of(CiDetails created) {
        return between(null, created);
    }

    /** The fields that differ; {@code before} null for an item just created. */
    static List<FieldChange> between(CiDetails before, CiDetails after) {
        List<FieldChange> changes = new ArrayList<>();
        field(changes, "name", before == null ? null : before.name(), after.name());
        field(changes, "assetTag", before == null ? null : before.assetTag(), after.assetTag());
        field(changes, "type", before == null ? null : before.type(), after.type());
        field(changes, "status", before == null ? null : before.status(), after.status());
        field(changes, "environment", before == null ? null : before.environment(), after.environment());
        field(changes, "criticality", before == null ? null : before.criticality(), after.criticality());
        field(changes, "ownerId", before == null ? null : before.ownerId(), after.ownerId());
        field(changes, "location", before == null ? null : before.location(), after.location());
        field(changes, "description", before == null ? null : before.description(), after.description());
        ObjectNode old = before == null ? JSON.objectNode() : before.attributes();
        TreeSet<String> names = new TreeSet<>();
        old.fieldNames().forEachRemaining(names::add);
        after.attributes().fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode was = old.path(name).isMissingNode() ? NullNode.instance : old.get(name);
            JsonNode is = after.attributes().path(name).isMissingNode()
                    ? NullNode.instance
                    : after.attributes().get(name);
            if (!was.equals(SAME_VALUE, is)) {
                changes.add(new FieldChange(ATTRIBUTE + name, was, is));
            }
        }
        return changes;
    }

    /** The merge patch that undoes {@code changes}: each field's old value back (null removes an attribute). */
    static ObjectNode undoing(List<FieldChange> changes) {
        ObjectNode patch = JSON.objectNode();
        for (FieldChange change : changes) {
            if (change.field().startsWith(ATTRIBUTE)) {
                patch.withObjectProperty("attributes")
                        .set(change.field().substring(ATTRIBUTE.length()), undo(change.after(), change.before()));
            } else {
                patch.set(change.field(), change.before());
            }
        }
        return patch;
    }

    /**
     * The merge patch value that turns {@code now} back into {@code was}: an object's members
     * added since are removed (null), changed ones undone in turn; anything else is {@code was}.
     */
    private static JsonNode undo(JsonNode now, JsonNode was) {
        if (!(now instanceof ObjectNode current) || !(was instanceof ObjectNode before)) {
            return was;
        }
        ObjectNode patch = JSON.objectNode();
        current.fieldNames().forEachRemaining(name -> {
            if (!before.has(name)) {
                patch.set(name, NullNode.instance);
            }
        });
        before.fields().forEachRemaining(member -> {
            JsonNode value = current.get(member.getKey());
            if (value == null || !value.equals(SAME_VALUE, member.getValue())) {
                patch.set(member.getKey(), value == null ? member.getValue() : undo(value, member.getValue()));
            }
        });
        return patch;
    }

    private static void field(List<FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, json(before), json(after)));
        }
    }

    private static JsonNode json(Object value) {
        if (value == null) {
            return NullNode.instance;
        }
        if (value instanceof Enum<?> constant) {
            return JSON.textNode(constant.name());
        }
        if (value instanceof UUID || value instanceof String) {
            return JSON.textNode(value.toString());
        }
        throw new IllegalArgumentException("no JSON for " + value.getClass());
    }
}

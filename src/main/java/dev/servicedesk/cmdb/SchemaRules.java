package dev.servicedesk.cmdb;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.servicedesk.common.FieldError;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What an attribute schema may be beyond a valid JSON Schema, so that checking items against it
 * always ends and never reaches outside it: draft 2020-12 only; references only within the
 * schema ({@code #} or {@code #/json/pointer}), each resolving; no identifiers or anchors that
 * would move its base; regular expressions that compile; and no loop of references and
 * in-place subschemas ({@code allOf}, {@code not}, …) that checks one value forever.
 */
final class SchemaRules {
    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private static final Set<String> UNSUPPORTED =
            Set.of("$id", "$anchor", "$dynamicRef", "$dynamicAnchor", "$recursiveRef", "$recursiveAnchor");
    /** Keywords holding a map of names to subschemas. */
    private static final Set<String> NAMED =
            Set.of("properties", "patternProperties", "$defs", "definitions", "dependentSchemas");
    /** Keywords holding one subschema. */
    private static final Set<String> SINGLE = Set.of(
            "items",
            "additionalItems",
            "additionalProperties",
            "unevaluatedProperties",
            "unevaluatedItems",
            "contains",
            "propertyNames",
            "not",
            "if",
            "then",
            "else");
    /** Keywords holding a list of subschemas. */
    private static final Set<String> LISTED = Set.of("prefixItems", "allOf", "anyOf", "oneOf");
    /** Keywords whose subschemas apply to the value itself, not to a part of it. */
    private static final Set<String> IN_PLACE =
            Set.of("allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas");

    private final JsonNode root;
    private final String field;
    private final List<FieldError> problems = new ArrayList<>();
    /** For each subschema (by JSON pointer), the subschemas checked against the same value. */
    private final Map<String, List<String>> inPlace = new HashMap<>();

    private SchemaRules(JsonNode root, String field) {
        this.root = root;
        this.field = field;
    }

    /** Where {@code schema} breaks these rules, under {@code field}; empty when it keeps them. */
    static List<FieldError> problems(JsonNode schema, String field) {
        SchemaRules rules = new SchemaRules(schema, field);
        JsonNode dialect = schema.get("$schema");
        if (dialect != null && !(dialect.isTextual() && dialect.textValue().equals(DIALECT))) {
            rules.refuse("", "$schema must be " + DIALECT + " or left out");
        }
        rules.walk(schema, "");
        if (rules.problems.isEmpty()) {
            rules.findLoops();
        }
        return rules.problems;
    }

    private void walk(JsonNode schema, String pointer) {
        if (!schema.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> member : schema.properties()) {
            String keyword = member.getKey();
            JsonNode value = member.getValue();
            String at = pointer + "/" + escape(keyword);
            if (UNSUPPORTED.contains(keyword)) {
                refuse(at, keyword + " is not supported: refer with $ref to #/… within the schema");
            } else if (keyword.equals("$ref")) {
                reference(value, pointer, at);
            } else if (keyword.equals("pattern") && value.isTextual()) {
                regex(value.textValue(), at);
            } else if (NAMED.contains(keyword) && value.isObject()) {
                for (Map.Entry<String, JsonNode> named : value.properties()) {
                    if (keyword.equals("patternProperties")) {
                        regex(named.getKey(), at);
                    }
                    String child = at + "/" + escape(named.getKey());
                    edge(keyword, pointer, child);
                    walk(named.getValue(), child);
                }
            } else if (SINGLE.contains(keyword)) {
                edge(keyword, pointer, at);
                walk(value, at);
            } else if (LISTED.contains(keyword) && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    edge(keyword, pointer, at + "/" + i);
                    walk(value.get(i), at + "/" + i);
                }
            }
        }
    }

    private void reference(JsonNode value, String pointer, String at) {
        String target = value.isTextual() ? target(value.textValue()) : null;
        if (target == null) {
            refuse(at, "$ref must refer within the schema: # or #/a/json/pointer");
        } else if (root.at(JsonPointer.compile(target)).isMissingNode()) {
            refuse(at, "$ref " + value.textValue() + " refers to nothing in the schema");
        } else {
            inPlace.computeIfAbsent(pointer, key -> new ArrayList<>()).add(target);
        }
    }

    /** The JSON pointer a same-document reference names; null for any other reference. */
    private static String target(String reference) {
        if (!reference.startsWith("#") || (reference.length() > 1 && reference.charAt(1) != '/')) {
            return null;
        }
        try {
            String pointer = URLDecoder.decode(reference.substring(1).replace("+", "%2B"), StandardCharsets.UTF_8);
            JsonPointer.compile(pointer);
            return pointer;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void edge(String keyword, String from, String to) {
        if (IN_PLACE.contains(keyword)) {
            inPlace.computeIfAbsent(from, key -> new ArrayList<>()).add(to);
        }
    }

    private void regex(String regex, String at) {
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            refuse(at, "is not a regular expression: " + e.getDescription());
        }
    }

    /** Depth-first through the in-place edges: a subschema met again on the current path is a loop. */
    private void findLoops() {
        Set<String> done = new HashSet<>();
        for (String start : inPlace.keySet()) {
            if (loopFrom(start, new HashSet<>(), done)) {
                refuse(start, "checks a value against itself forever (a loop of $ref and in-place subschemas)");
                return;
            }
        }
    }

    private boolean loopFrom(String node, Set<String> onPath, Set<String> done) {
        if (onPath.contains(node)) {
            return true;
        }
        if (!done.add(node)) {
            return false;
        }
        onPath.add(node);
        for (String next : inPlace.getOrDefault(node, List.of())) {
            if (loopFrom(next, onPath, done)) {
                return true;
            }
        }
        onPath.remove(node);
        return false;
    }

    private void refuse(String pointer, String message) {
        problems.add(new FieldError(field, (pointer.isEmpty() ? "" : "at " + pointer + ": ") + message));
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}

package dev.servicedesk.cmdb;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.servicedesk.common.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas (draft 2020-12) configuration items' attributes are checked against, one per
 * type, compiled once per version of the type. Nothing is fetched from anywhere: a reference
 * resolves within the schema, or the schema is refused.
 */
@ApplicationScoped
class AttributeSchemas {
    private static final SpecificationVersion DIALECT = SpecificationVersion.DRAFT_2020_12;
    private static final String FIELD = "attributes";

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
            DIALECT,
            builder -> builder.schemaCacheEnabled(false).schemaLoader(loader -> loader.fetchRemoteResources(false)));
    private final Schema metaSchema = registry.getSchema(SchemaLocation.of(DIALECT.getDialectId()));

    /** The latest compiled schema of each type, with the version of the type it was compiled from. */
    private final Map<CiType, Compiled> compiled = new ConcurrentHashMap<>();

    private record Compiled(long version, Schema schema) {}

    /** Where {@code attributes} fail the type's schema, each as a field {@code attributes.<path>}, by field; empty when they pass. */
    List<FieldError> violations(CiTypeDefinition type, JsonNode attributes) {
        return errors(schemaOf(type).validate(attributes), FIELD);
    }

    /** Where {@code schema} is not a JSON Schema this service can use, under {@code field}; empty when it is. */
    List<FieldError> problems(JsonNode schema, String field) {
        List<FieldError> invalid = errors(metaSchema.validate(schema), field);
        if (!invalid.isEmpty()) {
            return invalid;
        }
        try {
            registry.getSchema(schema).validate(schema); // resolves every reference it holds
            return List.of();
        } catch (RuntimeException e) {
            return List.of(new FieldError(field, "cannot be used: " + e.getMessage()));
        }
    }

    /** Compiles an admin's schema to check items against before it is stored. */
    Schema compile(JsonNode schema) {
        return registry.getSchema(schema);
    }

    static List<FieldError> errors(List<Error> errors, String field) {
        return errors.stream()
                .map(error -> new FieldError(fieldOf(field, error.getInstanceLocation()), error.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
    }

    /** {@code field.name[2].inner}: the field and where in its value, as the other fields of a 400 are named. */
    private static String fieldOf(String field, NodePath location) {
        StringBuilder name = new StringBuilder(field);
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            name.append(element instanceof Integer index ? "[" + index + "]" : "." + element);
        }
        return name.toString();
    }

    private Schema schemaOf(CiTypeDefinition type) {
        return compiled.compute(
                        type.type(),
                        (key, known) -> known != null && known.version() == type.version()
                                ? known
                                : new Compiled(type.version(), registry.getSchema(type.schema())))
                .schema();
    }
}

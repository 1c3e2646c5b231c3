package dev.servicedesk.cmdb;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.servicedesk.common.FieldError;
import dev.servicedesk.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas (draft 2020-12) configuration items' attributes are checked against, one per
 * type, compiled once per version of the type. Nothing is loaded from anywhere but the draft's
 * own meta-schemas, which the library carries: references resolve within the schema
 * ({@link SchemaRules}), or the schema is refused.
 */
@ApplicationScoped
class AttributeSchemas {
    private static final SpecificationVersion DIALECT = SpecificationVersion.DRAFT_2020_12;
    private static final String META_SCHEMAS = "https://json-schema.org/draft/2020-12/";

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
            DIALECT,
            builder -> builder.schemaCacheEnabled(false)
                    .schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .regularExpressionFactory(new BoundedRegularExpressions())
                            .build())
                    .schemaLoader(loader -> loader.fetchRemoteResources(false)
                            .allow(iri -> iri.toString().startsWith(META_SCHEMAS))));
    private final Schema metaSchema = registry.getSchema(SchemaLocation.of(DIALECT.getDialectId()));

    /** The latest compiled schema of each type, with the version of the type it was compiled from. */
    private final Map<CiType, Compiled> compiled = new ConcurrentHashMap<>();

    private record Compiled(long version, Schema schema) {}

    /** Where {@code attributes} fail the type's schema, each as a field {@code attributes.<path>}, by field; empty when they pass. */
    List<FieldError> violations(CiTypeDefinition type, JsonNode attributes) {
        try {
            return errors(schemaOf(type).validate(attributes), "attributes");
        } catch (RuntimeException | StackOverflowError e) {
            throw ProblemException.invalid(
                    "attributes", "cannot be checked against the schema of the type " + type.type());
        }
    }

    /**
     * The schema compiled, if it is a JSON Schema this service can check items with; a 400 naming
     * {@code field} otherwise.
     */
    Schema usable(JsonNode schema, String field) {
        List<FieldError> problems = errors(metaSchema.validate(schema), field);
        if (problems.isEmpty()) {
            problems = SchemaRules.problems(schema, field);
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        try {
            Schema compiled = registry.getSchema(schema);
            compiled.validate(schema);
            return compiled;
        } catch (RuntimeException | StackOverflowError e) {
            throw ProblemException.invalid(field, "cannot be used to check items: a keyword in it cannot be resolved");
        }
    }

    /** Whether {@code attributes} pass {@code schema}; a 400 naming {@code field} when the schema cannot check them. */
    static boolean passes(Schema schema, JsonNode attributes, String field) {
        try {
            return schema.validate(attributes).isEmpty();
        } catch (RuntimeException | StackOverflowError e) {
            throw ProblemException.invalid(field, "cannot be used to check the items of the type");
        }
    }

    private static List<FieldError> errors(List<Error> errors, String field) {
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

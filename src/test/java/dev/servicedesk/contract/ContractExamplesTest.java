package dev.servicedesk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import dev.servicedesk.support.Contract;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * The examples a frontend team, a mock server and "Try it out" read from the contract: every
 * operation shows a request (where it takes a body) and a 2xx answer, every shared error answer
 * shows one, and each example is valid against its own schema, so that none can drift.
 */
class ContractExamplesTest {
    private static final OpenAPI CONTRACT = parsed();

    /** An example where the contract shows one, with the schema it must satisfy. */
    private record Example(String where, Object value, Schema<?> schema) {}

    @Test
    void shouldShowARequestAndAnAnswerForEveryOperation() {
        List<String> missing = new ArrayList<>();
        eachOperation((where, operation) -> {
            if (operation.getRequestBody() != null
                    && !hasExample(operation.getRequestBody().getContent())) {
                missing.add(where + " request");
            }
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2") && response.getContent() != null && !hasExample(response.getContent())) {
                    missing.add(where + " " + status);
                }
            });
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void shouldShowEverySharedErrorAnswer() {
        List<String> missing = new ArrayList<>();
        CONTRACT.getComponents().getResponses().forEach((name, response) -> {
            if (response.getContent() != null && !hasExample(response.getContent())) {
                missing.add(name);
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void shouldHoldEveryExampleToItsOwnSchema() {
        List<Example> examples = examples();
        SchemaValidator validator = new SchemaValidator(CONTRACT, new MessageResolver());
        List<String> invalid = new ArrayList<>();
        for (Example example : examples) {
            ValidationReport report =
                    validator.validate(() -> Json.mapper().valueToTree(example.value()), example.schema(), "example");
            report.getMessages().forEach(message -> invalid.add(example.where() + ": " + message.getMessage()));
        }
        assertThat(invalid).isEmpty();
        assertThat(examples).hasSizeGreaterThan(CONTRACT.getPaths().size());
    }

    private static List<Example> examples() {
        List<Example> examples = new ArrayList<>();
        eachOperation((where, operation) -> {
            if (operation.getRequestBody() != null) {
                addAll(examples, where + " request", operation.getRequestBody().getContent());
            }
            operation
                    .getResponses()
                    .forEach((status, response) -> addAll(examples, where + " " + status, response.getContent()));
        });
        CONTRACT.getComponents()
                .getResponses()
                .forEach((name, response) -> addAll(examples, "responses/" + name, response.getContent()));
        CONTRACT.getComponents().getSchemas().forEach((name, schema) -> addSchemaExamples(examples, name, schema));
        return examples;
    }

    /** A schema's own example, and those of its properties, each held to the schema it stands in. */
    private static void addSchemaExamples(List<Example> examples, String where, Schema<?> schema) {
        if (schema.getExample() != null) {
            examples.add(new Example("schemas/" + where, schema.getExample(), schema));
        }
        if (schema.getProperties() != null) {
            schema.getProperties()
                    .forEach((name, property) -> addSchemaExamples(examples, where + "." + name, property));
        }
    }

    private static void addAll(List<Example> examples, String where, Content content) {
        if (content == null) {
            return;
        }
        content.forEach((mediaType, media) -> {
            if (isBinary(media.getSchema())) {
                return; // bytes (a file, a raw e-mail) have no JSON schema to hold an example to
            }
            if (media.getExample() != null) {
                examples.add(new Example(where + " " + mediaType, media.getExample(), media.getSchema()));
            }
            if (media.getExamples() != null) {
                media.getExamples()
                        .forEach((name, example) -> examples.add(new Example(
                                where + " " + mediaType + " (" + name + ")", example.getValue(), media.getSchema())));
            }
        });
    }

    private static boolean hasExample(Content content) {
        return content.values().stream().allMatch(ContractExamplesTest::hasExample);
    }

    /** Bytes (a downloaded file) have no example a document could show. */
    private static boolean hasExample(MediaType media) {
        return isBinary(media.getSchema())
                || media.getExample() != null
                || (media.getExamples() != null && !media.getExamples().isEmpty());
    }

    private static boolean isBinary(Schema<?> schema) {
        return schema != null && "binary".equals(schema.getFormat());
    }

    private static void eachOperation(BiConsumer<String, Operation> action) {
        CONTRACT.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> action.accept(method + " " + path, operation)));
    }

    private static OpenAPI parsed() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI openApi = new OpenAPIV3Parser()
                .readContents(Contract.text(), null, options)
                .getOpenAPI();
        assertThat(openApi.getComponents().getResponses()).isNotEmpty();
        return openApi;
    }
}

package dev.servicedesk.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The contract at the repository root, and the REST Assured filters that hold responses to it. */
public final class Contract {
    public static final Path FILE = Path.of("openapi.yaml");

    /** Requests and responses must conform: for tests of what a well-behaved client sends. */
    public static final OpenApiValidationFilter STRICT = filter(LevelResolver.create()
            .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
            .build());

    /**
     * As {@link #STRICT}, for multipart uploads: the validator cannot read a multipart body, so it
     * is not asked to find one (the rest of the request still must conform).
     */
    public static final OpenApiValidationFilter UPLOADS = filter(LevelResolver.create()
            .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
            .withLevel("validation.request.body.missing", ValidationReport.Level.IGNORE)
            .build());

    /** Only responses must conform: for tests that send bad requests on purpose. */
    public static final OpenApiValidationFilter RESPONSES = filter(LevelResolver.create()
            .withLevel("validation.request", ValidationReport.Level.IGNORE)
            .build());

    private Contract() {}

    public static String text() {
        try {
            return Files.readString(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OpenApiValidationFilter filter(LevelResolver levels) {
        return new OpenApiValidationFilter(OpenApiInteractionValidator.createForInlineApiSpecification(text())
                .withLevelResolver(levels)
                .build());
    }
}

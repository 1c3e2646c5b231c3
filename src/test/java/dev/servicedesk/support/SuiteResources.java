package dev.servicedesk.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the suite-wide test resources once; every @QuarkusTest shares them. */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(MailServer.class)
public final class SuiteResources {
    private SuiteResources() {}
}

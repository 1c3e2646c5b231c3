package dev.servicedesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A ticket's JSON is built by PostgreSQL; its instants must read as the rest of the API writes
 * them (Jackson's, which is Java's {@code Instant.toString}): a client compares them as strings.
 */
@QuarkusTest
class TicketDocumentTest {
    @Inject
    Pool pool;

    @Test
    void shouldWriteInstantsAsJavaDoes() {
        List<Instant> instants = new ArrayList<>(List.of(
                Instant.parse("2026-03-29T01:00:00Z"),
                Instant.parse("2026-03-29T01:00:00.100Z"),
                Instant.parse("2026-03-29T01:00:00.120Z"),
                Instant.parse("2026-03-29T01:00:00.123Z"),
                Instant.parse("2026-03-29T01:00:00.000100Z"),
                Instant.parse("2026-03-29T01:00:00.123400Z"),
                Instant.parse("2026-12-31T23:59:59.999999Z"),
                Instant.parse("1970-01-01T00:00:00Z"),
                Instant.parse("1969-12-31T23:59:59.500Z"),
                Instant.parse("0001-01-01T00:00:00.000001Z"),
                Instant.parse("9999-12-31T23:59:59.999999Z")));
        Random random = new Random(20261206);
        for (int i = 0; i < 200; i++) {
            instants.add(Instant.ofEpochSecond(random.nextLong(-62_135_596_800L, 253_402_300_799L))
                    .plus(random.nextInt(1_000_000), ChronoUnit.MICROS));
        }

        for (Instant instant : instants) {
            Row row = pool.preparedQuery("SELECT api_instant($1) AS written")
                    .executeAndAwait(Tuple.of(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)))
                    .iterator()
                    .next();

            assertThat(row.getString("written")).as("%s", instant).isEqualTo(instant.toString());
        }
    }
}

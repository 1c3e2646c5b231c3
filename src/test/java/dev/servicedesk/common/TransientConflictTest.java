package dev.servicedesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.pgclient.PgException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class TransientConflictTest {

    @Test
    void shouldCallALostRaceTransientWhereverItIsWrapped() {
        assertThat(ProblemMappers.isTransientConflict(
                        new CompletionException(new PgException("deadlock detected", "ERROR", "40P01", null))))
                .isTrue();
        assertThat(ProblemMappers.isTransientConflict(
                        new PgException("could not serialize access", "ERROR", "40001", null)))
                .isTrue();
        assertThat(ProblemMappers.isTransientConflict(
                        new RuntimeException(new PgException("could not obtain lock", "ERROR", "55P03", null))))
                .isTrue();
    }

    @Test
    void shouldLeaveOtherFailuresAlone() {
        assertThat(ProblemMappers.isTransientConflict(new PgException("syntax error", "ERROR", "42601", null)))
                .isFalse();
        assertThat(ProblemMappers.isTransientConflict(new IllegalStateException("boom")))
                .isFalse();
    }
}

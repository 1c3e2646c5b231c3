package dev.servicedesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

/** What the database going away looks like, told from what a request did wrong. */
class DatabaseOutageTest {

    @Test
    void shouldTellTheDatabaseGoingAwayWhereverItIsWrapped() {
        assertThat(DatabaseOutage.causedBy(new ConnectException("Connection refused")))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(
                        new CompletionException(new HibernateException(ClosedConnectionException.INSTANCE))))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(database("57P01"))).isTrue(); // terminated by a shutdown
        assertThat(DatabaseOutage.causedBy(database("57P03"))).isTrue(); // the server is starting up
        assertThat(DatabaseOutage.causedBy(database("53300"))).isTrue(); // no connection slot left
        assertThat(DatabaseOutage.causedBy(database("08006"))).isTrue(); // connection failure
    }

    @Test
    void shouldLeaveEveryOtherFailureAlone() {
        assertThat(DatabaseOutage.causedBy(database("23505"))).isFalse(); // a unique value taken
        assertThat(DatabaseOutage.causedBy(database("40001"))).isFalse(); // a serialization race
        assertThat(DatabaseOutage.causedBy(database("57014"))).isFalse(); // a statement cancelled
        assertThat(DatabaseOutage.causedBy(database("08P01"))).isFalse(); // a protocol violation: ours
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("a bug"))).isFalse();
    }

    private static PgException database(String sqlState) {
        return new PgException("message", "FATAL", sqlState, null);
    }
}

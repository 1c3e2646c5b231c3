package dev.servicedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.servicedesk.support.Jobs;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What PersonService.sync remembers of a caller's record across requests, and what it must not. */
@QuarkusTest
class CallerRecordMemoryTest {
    @Inject
    PersonService people;

    @Inject
    Pool pool;

    @Test
    void shouldRememberARecordATransactionReadAsTheTokenSaysButNotOneItWrote() {
        Caller caller = newcomer();

        Person written = Jobs.await(() -> Panache.withTransaction(() -> people.sync(caller)));
        Person read = Jobs.await(() -> Panache.withTransaction(() -> people.sync(caller)));

        assertThat(read).isNotSameAs(written);
        assertThat(read.id()).isEqualTo(written.id());
        assertThat(Jobs.await(() -> people.sync(caller))).isSameAs(read);
    }

    @Test
    void shouldForgetARecordARolledBackTransactionWroteAndReadAgain() {
        Caller caller = newcomer();

        assertThatThrownBy(() -> Jobs.await(() -> Panache.withTransaction(() -> people.sync(caller)
                        .chain(written -> people.sync(caller)
                                .invoke(again -> assertThat(again).isSameAs(written)))
                        .chain(() -> Uni.createFrom().failure(new IllegalStateException("the request failed"))))))
                .hasRootCauseMessage("the request failed");

        Person synced = Jobs.await(() -> Panache.withTransaction(() -> people.sync(caller)));
        assertThat(recorded(synced.id())).isTrue();
    }

    @Test
    void shouldKeepWhatOneTransactionWroteForEachCallerApart() {
        Caller first = newcomer();
        Caller second = newcomer();

        assertThatThrownBy(() -> Jobs.await(() -> Panache.withTransaction(() -> people.sync(first)
                        .chain(one -> people.sync(second)
                                .chain(other -> people.sync(first).invoke(again -> {
                                    assertThat(again).isSameAs(one);
                                    assertThat(other.id()).isNotEqualTo(one.id());
                                })))
                        .chain(() -> Uni.createFrom().failure(new IllegalStateException("the request failed"))))))
                .hasRootCauseMessage("the request failed");

        assertThat(recorded(Jobs.await(() -> Panache.withTransaction(() -> people.sync(first)))
                        .id()))
                .isTrue();
        assertThat(recorded(Jobs.await(() -> Panache.withTransaction(() -> people.sync(second)))
                        .id()))
                .isTrue();
    }

    private boolean recorded(UUID id) {
        return pool.preparedQuery("SELECT count(*) AS found FROM person WHERE id = $1")
                        .execute(Tuple.of(id))
                        .await()
                        .indefinitely()
                        .iterator()
                        .next()
                        .getLong("found")
                == 1;
    }

    private static Caller newcomer() {
        String subject = "memory-" + UUID.randomUUID();
        return new Caller(
                subject, "Mem Ory", subject + "@example.com", "IT", false, Set.of(Role.REQUESTER), null, null);
    }
}

package dev.servicedesk.identity;

import com.github.benmanes.caffeine.cache.Cache;
import dev.servicedesk.common.LocalCaches;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageCursor;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.identity.dto.NewRequester;
import dev.servicedesk.identity.dto.PersonView;
import io.quarkus.hibernate.orm.runtime.PersistenceUnitUtil;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.hibernate.reactive.panache.common.runtime.SessionOperations;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

@ApplicationScoped
public class PersonService {
    public static final String ORDER = "name";

    private static final String WRITTEN_IN = PersonService.class.getName() + ".writtenIn";

    private final PersonRepository people;
    private final Clock clock;

    /**
     * Callers whose record matched their token lately. A record changes only when a token says
     * something new, which misses here; the minute bounds how long a replica trusts what it saw.
     */
    private final Cache<String, Person> recent = LocalCaches.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build();

    PersonService(PersonRepository people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    /** The person with the requester's email, recorded now if the desk has not seen them yet. */
    @WithTransaction
    public Uni<Person> findOrRecord(NewRequester requester) {
        return people.findOrRecord(requester, now());
    }

    /** Those of {@code ids} that name no known person. */
    @WithSession
    public Uni<Set<UUID>> unknown(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return people.list("id in ?1", ids).map(found -> {
            Set<UUID> unknown = new HashSet<>(ids);
            found.forEach(person -> unknown.remove(person.id()));
            return unknown;
        });
    }

    @WithSession
    public Uni<Person> find(UUID id) {
        return people.findById(id).onItem().ifNull().failWith(() -> new NotFoundProblem("person", id));
    }

    /** The known people among {@code ids}. */
    @WithSession
    public Uni<List<Person>> find(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : people.list("id in ?1", ids);
    }

    @WithSession
    public Uni<Page<PersonView>> page(String text, String email, PageRequest page) {
        return people.page(text, email, page)
                .map(rows -> Page.of(
                        rows, page, person -> new PageCursor(ORDER, person.sortName(), person.id()), PersonView::of));
    }

    /**
     * The caller's person record, created on first sight and kept in step with their token. A
     * caller seen lately with the same claims is answered from memory, so that most requests read
     * no person at all. Only records known to be committed are remembered across requests: those a
     * transaction of the sync's own read or wrote, and those a surrounding transaction read as the
     * token says (it sees only committed rows besides its own writes, and the only write of a
     * caller's record is this sync's). One a surrounding transaction wrote may still roll back: it
     * is kept for that transaction alone, in the request's Vert.x context (Panache runs only on one).
     * A remembered record is a Person no one changes: it has no setters and no associations.
     */
    public Uni<Person> sync(Caller caller) {
        // decided when it runs, not when it is built: only then is it known whether a transaction surrounds it
        return Uni.createFrom().deferred(() -> {
            Mutiny.Transaction transaction = currentTransaction();
            Person seen = remembered(caller, transaction);
            if (seen != null) {
                return Uni.createFrom().item(seen);
            }
            if (transaction == null) {
                return Panache.withTransaction(() -> people.sync(caller, now()))
                        .map(synced -> remember(caller, synced.person()));
            }
            return people.sync(caller, now())
                    .map(synced -> synced.written() || writtenBy(transaction, caller.subject()) != null
                            ? keepUntilCommitted(transaction, synced.person())
                            : remember(caller, synced.person()));
        });
    }

    private Person remembered(Caller caller, Mutiny.Transaction transaction) {
        Person seen = transaction == null ? null : writtenBy(transaction, caller.subject());
        if (seen == null) {
            seen = recent.getIfPresent(caller.subject());
        }
        return seen != null && seen.matches(caller) ? seen : null;
    }

    private Person remember(Caller caller, Person person) {
        recent.put(caller.subject(), person);
        return person;
    }

    /** The callers' records a request's transaction wrote, by subject, none of them committed yet. */
    private record WrittenIn(Mutiny.Transaction transaction, Map<String, Person> records) {}

    private static Person writtenBy(Mutiny.Transaction transaction, String subject) {
        return ContextLocals.<WrittenIn>get(WRITTEN_IN)
                .filter(written -> written.transaction() == transaction)
                .map(written -> written.records().get(subject))
                .orElse(null);
    }

    private static Person keepUntilCommitted(Mutiny.Transaction transaction, Person person) {
        WrittenIn written = ContextLocals.<WrittenIn>get(WRITTEN_IN)
                .filter(kept -> kept.transaction() == transaction)
                .orElseGet(() -> new WrittenIn(transaction, new HashMap<>()));
        written.records().put(person.subject(), person);
        ContextLocals.put(WRITTEN_IN, written);
        return person;
    }

    private static Mutiny.Transaction currentTransaction() {
        Mutiny.Session session = SessionOperations.getCurrentSession(PersistenceUnitUtil.DEFAULT_PERSISTENCE_UNIT_NAME);
        return session != null && session.isOpen() ? session.currentTransaction() : null;
    }

    private Instant now() {
        return clock.instant();
    }
}

package dev.servicedesk.identity;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

@ApplicationScoped
public class PersonService {
    private final PersonRepository people;
    private final Clock clock;

    PersonService(PersonRepository people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    @WithSession
    public Uni<Boolean> exists(UUID id) {
        return people.count("id", id).map(count -> count > 0);
    }

    /** The caller's person record, created on first sight and kept in step with their token. */
    @WithTransaction
    public Uni<Person> sync(Caller caller) {
        return people.sync(caller, clock.instant().truncatedTo(ChronoUnit.MICROS));
    }
}

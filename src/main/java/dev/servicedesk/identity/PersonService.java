package dev.servicedesk.identity;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

@ApplicationScoped
public class PersonService {
    private final PersonRepository people;
    private final Clock clock;

    PersonService(PersonRepository people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    /** The caller's person record, created on first sight and kept in step with their token. */
    @WithTransaction
    public Uni<Person> sync(Caller caller) {
        return people.sync(caller, clock.instant().truncatedTo(ChronoUnit.MICROS));
    }
}

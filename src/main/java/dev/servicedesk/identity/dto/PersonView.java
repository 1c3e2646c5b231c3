package dev.servicedesk.identity.dto;

import dev.servicedesk.identity.Person;
import java.time.Instant;
import java.util.UUID;

public record PersonView(
        UUID id,
        String subject,
        boolean registered,
        String name,
        String email,
        String department,
        boolean vip,
        Instant createdAt,
        Instant updatedAt) {

    public static PersonView of(Person person) {
        return new PersonView(
                person.id(),
                person.subject(),
                person.isRegistered(),
                person.name(),
                person.email(),
                person.department(),
                person.vip(),
                person.createdAt(),
                person.updatedAt());
    }
}

package dev.servicedesk.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record Me(
        UUID id,
        String subject,
        String name,
        String email,
        String department,
        boolean vip,
        String locale,
        List<Role> roles,
        Instant createdAt,
        Instant updatedAt) {

    static Me of(Person person, Caller caller) {
        return new Me(
                person.id(),
                person.subject(),
                person.name(),
                person.email(),
                person.department(),
                person.vip(),
                person.locale(),
                caller.roles().stream().sorted().toList(),
                person.createdAt(),
                person.updatedAt());
    }
}

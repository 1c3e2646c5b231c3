package dev.servicedesk.identity.dto;

import java.time.Instant;
import java.util.UUID;

public record Person(
        UUID id,
        String subject,
        boolean registered,
        String name,
        String email,
        String department,
        boolean vip,
        Instant createdAt,
        Instant updatedAt) {

    public static Person of(dev.servicedesk.identity.Person person) {
        return new Person(
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

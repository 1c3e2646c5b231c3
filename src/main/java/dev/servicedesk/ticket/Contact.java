package dev.servicedesk.ticket;

import jakarta.validation.constraints.Email;
import org.hibernate.validator.constraints.CodePointLength;

/** How to reach the requester about a ticket. */
public record Contact(
        @CodePointLength(max = 50) String phone,
        @CodePointLength(max = 20) String extension,
        @Email @CodePointLength(max = 320) String email,
        @CodePointLength(max = 500) String availability) {
    public static final Contact NONE = new Contact(null, null, null, null);
}

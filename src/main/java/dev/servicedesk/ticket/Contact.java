package dev.servicedesk.ticket;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** How to reach the requester about a ticket. */
public record Contact(
        @Size(max = 50) String phone,
        @Size(max = 20) String extension,
        @Email @Size(max = 320) String email,
        @Size(max = 500) String availability) {
    public static final Contact NONE = new Contact(null, null, null, null);
}

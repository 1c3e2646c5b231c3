package dev.servicedesk.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An e-mail owed to someone about an event, until it was sent or given up. */
@Entity
@Table(name = "notification")
class Notification {
    private static final String PENDING = "PENDING";
    private static final String SENT = "SENT";
    private static final String FAILED = "FAILED";

    @Id
    private UUID id;

    private UUID eventId;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    private UUID recipientId;
    private UUID ticketId;
    private String status;
    private int attemptCount;
    private Instant nextAttemptAt;
    private Instant retryingSince;
    private Instant leasedUntil;
    private String lastError;
    private String messageId;
    private Instant createdAt;
    private Instant sentAt;

    protected Notification() {}

    /**
     * Whether the outcome of attempt {@code attempt} is still this notification's to record: a
     * replica whose hold ran out while it sent (and another took over) must not record over it.
     */
    boolean awaits(int attempt) {
        return PENDING.equals(status) && attemptCount == attempt - 1;
    }

    void sent(Instant at) {
        attemptCount++;
        status = SENT;
        sentAt = at;
        leasedUntil = null;
        lastError = null;
    }

    /** A failed attempt at {@code at}: tried again at {@code next}, or given up when there is none. */
    void failed(String error, Instant at, Instant next) {
        attemptCount++;
        lastError = error;
        leasedUntil = null;
        if (retryingSince == null) {
            retryingSince = at;
        }
        if (next == null) {
            status = FAILED;
        } else {
            nextAttemptAt = next;
        }
    }

    UUID id() {
        return id;
    }

    UUID eventId() {
        return eventId;
    }

    NotificationKind kind() {
        return kind;
    }

    UUID recipientId() {
        return recipientId;
    }

    UUID ticketId() {
        return ticketId;
    }

    int attemptCount() {
        return attemptCount;
    }

    /** When retrying began: the first failure, or now for the first one. */
    Instant retryingSince(Instant now) {
        return retryingSince == null ? now : retryingSince;
    }

    String messageId() {
        return messageId;
    }
}

package dev.servicedesk.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The kinds of notification a person opted out of. */
@Entity
@Table(name = "notification_preference")
class NotificationPreference {
    @Id
    private UUID personId;

    private String[] optedOut;

    /** Counted here rather than by Hibernate, so that a person's first preferences are version 1 (none are 0). */
    private long version;

    private Instant updatedAt;

    protected NotificationPreference() {}

    /** A person's preferences before they said anything: nothing opted out, version 0. */
    static NotificationPreference none(UUID personId) {
        NotificationPreference preference = new NotificationPreference();
        preference.personId = personId;
        preference.optedOut = new String[0];
        return preference;
    }

    void optOutOf(List<NotificationKind> kinds, Instant at) {
        optedOut = kinds.stream().map(Enum::name).toArray(String[]::new);
        updatedAt = at;
        version++;
    }

    List<NotificationKind> optedOut() {
        return Arrays.stream(optedOut).map(NotificationKind::valueOf).toList();
    }

    long version() {
        return version;
    }
}

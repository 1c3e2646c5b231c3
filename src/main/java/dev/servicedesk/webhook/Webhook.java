package dev.servicedesk.webhook;

import dev.servicedesk.event.EventType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An endpoint subscribed to domain events, with the secrets its deliveries are signed with. */
@Entity
@Table(name = "webhook")
public class Webhook {
    @Id
    private UUID id;

    private String url;
    private String description;
    private String[] eventTypes;
    private boolean enabled;
    private String disabledReason;
    private String secret;
    private String previousSecret;
    private Instant previousSecretExpiresAt;
    private UUID ownerId;
    private Instant failingSince;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Webhook() {}

    static Webhook create(UUID id, WebhookTarget target, String secret, UUID ownerId, Instant now) {
        Webhook webhook = new Webhook();
        webhook.id = id;
        webhook.secret = secret;
        webhook.ownerId = ownerId;
        webhook.createdAt = now;
        webhook.revise(target, now);
        return webhook;
    }

    /** The target and subscription as revised; enabling it again forgets why and since when it failed. */
    void revise(WebhookTarget target, Instant now) {
        url = target.url();
        description = target.description();
        eventTypes = target.eventTypes().stream().map(EventType::wireName).toArray(String[]::new);
        if (target.enabled() && !enabled) {
            disabledReason = null;
            failingSince = null;
        }
        enabled = target.enabled();
        updatedAt = now;
    }

    /** A new secret; the current one signs too until {@code overlapUntil} (none when that is now or past). */
    void rotate(String newSecret, Instant overlapUntil, Instant now) {
        boolean overlaps = overlapUntil.isAfter(now);
        previousSecret = overlaps ? secret : null;
        previousSecretExpiresAt = overlaps ? overlapUntil : null;
        secret = newSecret;
        updatedAt = now;
    }

    /** An attempt got a 2xx answer: it is not failing (any more). */
    void succeeded() {
        failingSince = null;
    }

    /** An attempt failed at {@code at}; answers whether every attempt since {@code disableBefore} failed, so it is now disabled. */
    boolean failed(Instant at, Instant disableBefore, String reason) {
        if (failingSince == null) {
            failingSince = at;
        }
        if (enabled && !failingSince.isAfter(disableBefore)) {
            enabled = false;
            disabledReason = reason;
            updatedAt = at;
            return true;
        }
        return false;
    }

    /** The secrets that sign a delivery made at {@code now}: the current one, and the previous while it overlaps. */
    List<String> signingSecrets(Instant now) {
        return previousSecret != null && previousSecretExpiresAt.isAfter(now)
                ? List.of(secret, previousSecret)
                : List.of(secret);
    }

    WebhookTarget target() {
        return new WebhookTarget(
                url,
                description,
                Arrays.stream(eventTypes)
                        .map(name -> EventType.ofWireName(name).orElseThrow())
                        .toList(),
                enabled);
    }

    public UUID id() {
        return id;
    }

    public String url() {
        return url;
    }

    public String description() {
        return description;
    }

    public boolean enabled() {
        return enabled;
    }

    public String disabledReason() {
        return disabledReason;
    }

    public UUID ownerId() {
        return ownerId;
    }

    public Instant previousSecretExpiresAt() {
        return previousSecretExpiresAt;
    }

    public Instant failingSince() {
        return failingSince;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}

package dev.servicedesk.identity;

import dev.servicedesk.common.TextFold;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Someone who has called the service, or whom the desk recorded a ticket for by email before they
 * ever signed in; the identity provider stays the source of truth.
 */
@Entity
@Table(name = "person")
public class Person {
    @Id
    private UUID id;

    private String subject;
    private String name;
    private String email;
    private String department;
    private boolean vip;
    private String locale;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    /** Derived by the database: the name, or the email where the name is unknown, lower-cased. */
    @Column(insertable = false, updatable = false)
    private String sortName;

    /** Name and email folded ({@link #searchTextOf}), trigram-indexed for the directory's q; written with them. */
    @Column(insertable = false, updatable = false)
    private String searchText;

    protected Person() {}

    /** What the directory's q searches: name and email, folded as search compares text. */
    static String searchTextOf(String name, String email) {
        return TextFold.of(Objects.requireNonNullElse(name, "") + " " + Objects.requireNonNullElse(email, ""));
    }

    public UUID id() {
        return id;
    }

    /** Whether the record already says what the caller's token says. */
    boolean matches(Caller caller) {
        return Objects.equals(name, caller.name())
                && Objects.equals(email, caller.email())
                && Objects.equals(department, caller.department())
                && vip == caller.vip()
                && (caller.locale() == null || caller.locale().equals(locale));
    }

    /** Whether the person has signed in (rather than being recorded by the desk by email). */
    public boolean isRegistered() {
        return subject != null;
    }

    String sortName() {
        return sortName;
    }

    public String subject() {
        return subject;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    /** The language the person reads, as they last told us (null until they do). */
    public String locale() {
        return locale;
    }

    public String department() {
        return department;
    }

    public boolean vip() {
        return vip;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

package dev.servicedesk.announcement;

import dev.servicedesk.identity.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An announcement: its publishing status, its event's phase, its texts and who it is for. */
@Entity
@Table(name = "announcement")
public class Announcement {
    /** Changing one of these sends it back to be approved again. */
    private static final Set<AnnouncementStatus> APPROVAL_UNDER_WAY =
            Set.of(AnnouncementStatus.PENDING_APPROVAL, AnnouncementStatus.APPROVED, AnnouncementStatus.SCHEDULED);

    @Id
    private UUID id;

    @Column(name = "announcement_key")
    private String key;

    @Enumerated(EnumType.STRING)
    private AnnouncementType type;

    @Enumerated(EnumType.STRING)
    private AnnouncementImpact impact;

    @Enumerated(EnumType.STRING)
    private AnnouncementStatus status;

    @Enumerated(EnumType.STRING)
    private AudienceKind audienceKind;

    private String[] departments;
    private String[] channels;
    private UUID[] ciIds;
    private Instant startsAt;
    private Instant estimatedEndAt;
    private String contact;
    private Instant publishAt;
    private Instant expiresAt;

    @JdbcTypeCode(SqlTypes.JSON)
    private AnnouncementTexts texts;

    private UUID authorId;
    private UUID[] writerIds;

    @JdbcTypeCode(SqlTypes.JSON)
    private AnnouncementApproval approval;

    @Embedded
    private AnnouncementEvent event;

    private String searchText;

    private Instant publishedAt;
    private Instant archivedAt;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Announcement() {}

    static Announcement draft(
            UUID id,
            String key,
            AnnouncementDetails details,
            String language,
            AnnouncementText text,
            UUID authorId,
            Instant now) {
        Announcement announcement = new Announcement();
        announcement.id = id;
        announcement.key = key;
        announcement.status = AnnouncementStatus.DRAFT;
        announcement.apply(details);
        announcement.write(AnnouncementTexts.of(language, text, authorId, now));
        announcement.authorId = authorId;
        announcement.writerIds = new UUID[] {authorId};
        announcement.createdAt = announcement.updatedAt = now;
        return announcement;
    }

    /** Its details changed by {@code editor}, who may then not approve it. */
    void revise(AnnouncementDetails details, UUID editor, Instant now) {
        apply(details);
        wroteBy(editor, now);
    }

    void rewriteSource(AnnouncementText text, UUID editor, Instant now) {
        write(texts.rewriteSource(text, editor, now));
        wroteBy(editor, now);
    }

    /** Its translations changed; they are not what approval is asked for. */
    void retranslate(AnnouncementTexts changed, Instant now) {
        write(changed);
        updatedAt = now;
    }

    void submit(Role requiredRole, UUID by, Instant now) {
        status = AnnouncementStatus.PENDING_APPROVAL;
        approval = AnnouncementApproval.asked(requiredRole, by, now);
        updatedAt = now;
    }

    void decide(boolean approved, UUID by, String reason, Instant now) {
        status = approved ? AnnouncementStatus.APPROVED : AnnouncementStatus.REJECTED;
        approval = approval.decided(by, now, reason);
        updatedAt = now;
    }

    /** Back to work on: any approval asked for or given is withdrawn; a rejection stays to be read. */
    void reopen(Instant now) {
        approval = status == AnnouncementStatus.REJECTED ? approval : null;
        status = AnnouncementStatus.DRAFT;
        updatedAt = now;
    }

    void schedule(Instant at, Instant now) {
        status = AnnouncementStatus.SCHEDULED;
        publishAt = at;
        updatedAt = now;
    }

    void publish(Instant now) {
        status = AnnouncementStatus.PUBLISHED;
        publishedAt = updatedAt = now;
        event().updated(null, now);
    }

    void archive(Instant now) {
        status = AnnouncementStatus.ARCHIVED;
        archivedAt = updatedAt = now;
    }

    /** An update logged at {@code at}: the phase it moved to and a new estimate, each if any. */
    void updated(AnnouncementPhase to, Instant newEstimate, Instant at, Instant now) {
        event().updated(to, at);
        if (newEstimate != null) {
            estimatedEndAt = newEstimate;
        }
        updatedAt = now;
    }

    void ended(Instant at, AnnouncementResolution how) {
        event().ended(at, how);
    }

    void reviewed(String findings, UUID by, Instant now) {
        event().reviewed(findings, by, now);
        updatedAt = now;
    }

    private void apply(AnnouncementDetails details) {
        if (details.type() != type) {
            event = AnnouncementEvent.startingIn(details.type().track().first());
        }
        type = details.type();
        impact = details.impact();
        ciIds = details.ciIds().toArray(UUID[]::new);
        startsAt = details.startsAt();
        estimatedEndAt = details.estimatedEndAt();
        contact = details.contact();
        channels = details.channels().stream().map(Enum::name).toArray(String[]::new);
        audienceKind = details.audience().kind();
        departments = details.audience().departments().toArray(String[]::new);
        publishAt = details.publishAt();
        expiresAt = details.expiresAt();
    }

    private void write(AnnouncementTexts changed) {
        texts = changed;
        searchText = changed.searchText(key);
    }

    private void wroteBy(UUID editor, Instant now) {
        Set<UUID> writers = new LinkedHashSet<>(Arrays.asList(writerIds));
        writers.add(editor);
        writerIds = writers.toArray(UUID[]::new);
        if (APPROVAL_UNDER_WAY.contains(status)) {
            reopen(now);
        }
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String key() {
        return key;
    }

    public AnnouncementType type() {
        return type;
    }

    public AnnouncementImpact impact() {
        return impact;
    }

    public AnnouncementStatus status() {
        return status;
    }

    public AnnouncementAudience audience() {
        return new AnnouncementAudience(audienceKind, List.of(departments));
    }

    public List<AnnouncementChannel> channels() {
        return Stream.of(channels).map(AnnouncementChannel::valueOf).toList();
    }

    public List<UUID> ciIds() {
        return List.of(ciIds);
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant estimatedEndAt() {
        return estimatedEndAt;
    }

    public String contact() {
        return contact;
    }

    public Instant publishAt() {
        return publishAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public AnnouncementEvent event() {
        if (event == null) { // an event without a phase, not yet published: Hibernate reads no columns as null
            event = AnnouncementEvent.startingIn(null);
        }
        return event;
    }

    public AnnouncementTexts texts() {
        return texts;
    }

    public UUID authorId() {
        return authorId;
    }

    /** Whoever wrote or changed it since it was created: none of them may approve it. */
    public boolean writtenBy(UUID person) {
        return Arrays.asList(writerIds).contains(person);
    }

    public AnnouncementApproval approval() {
        return approval;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant archivedAt() {
        return archivedAt;
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

package dev.servicedesk.announcement;

import dev.servicedesk.announcement.dto.AnnouncementUpdateText;
import dev.servicedesk.common.TextFold;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of an announcement's update log; never changed once written. */
@Entity
@Immutable
@Table(name = "announcement_update")
public class AnnouncementUpdate {
    /** The texts of an entry in their languages, the source language first (none when the scheduler wrote it). */
    public record Texts(List<AnnouncementUpdateText> items) {}

    @Id
    private UUID id;

    private UUID announcementId;
    private int sequence;

    @Enumerated(EnumType.STRING)
    private AnnouncementPhase phase;

    private UUID authorId;
    private Instant postedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    private Texts texts;

    /** Its texts folded (TextFold) for the archive's search. */
    private String searchText;

    protected AnnouncementUpdate() {}

    static AnnouncementUpdate of(
            UUID id,
            UUID announcementId,
            int sequence,
            AnnouncementPhase phase,
            UUID authorId,
            Instant postedAt,
            List<AnnouncementUpdateText> texts) {
        AnnouncementUpdate update = new AnnouncementUpdate();
        update.id = id;
        update.announcementId = announcementId;
        update.sequence = sequence;
        update.phase = phase;
        update.authorId = authorId;
        update.postedAt = postedAt;
        update.texts = new Texts(List.copyOf(texts));
        update.searchText = TextFold.of(String.join(
                " ", texts.stream().map(AnnouncementUpdateText::text).toList()));
        return update;
    }

    public UUID id() {
        return id;
    }

    public UUID announcementId() {
        return announcementId;
    }

    public int sequence() {
        return sequence;
    }

    public AnnouncementPhase phase() {
        return phase;
    }

    public UUID authorId() {
        return authorId;
    }

    public Instant postedAt() {
        return postedAt;
    }

    public List<AnnouncementUpdateText> texts() {
        return texts.items();
    }
}

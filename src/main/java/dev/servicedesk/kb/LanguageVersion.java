package dev.servicedesk.kb;

import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Where one language of an article stands: the revision readers get (if any), and the draft
 * waiting to replace it (if any). Kept on the article as JSON.
 */
public record LanguageVersion(String language, Published published, Draft draft) {

    /** The revision readers get, who approved it and when, and (for a translation) the source revision it follows. */
    public record Published(int revision, UUID approvedById, Instant at, Integer translatedFrom) {}

    /**
     * The draft: its latest revision, everyone who wrote a revision of it since the language was
     * last published (none of them may approve it), and where its review stands.
     */
    public record Draft(
            int revision,
            DraftStatus status,
            UUID authorId,
            Instant createdAt,
            Integer translatedFrom,
            Set<UUID> writerIds,
            UUID submittedById,
            Instant submittedAt,
            Rejection lastRejection) {}

    public record Rejection(String reason, UUID rejectedById, Instant rejectedAt) {}

    /**
     * {@code revision} as this language's draft: one under review goes back to DRAFT, and the
     * draft's writers (who may not approve it) now include the revision's author and whoever
     * else wrote its text ({@code alsoWrittenBy}: the author of a revision it restores).
     */
    LanguageVersion redrafted(Revision revision, Set<UUID> alsoWrittenBy) {
        Set<UUID> writers = new HashSet<>(draft == null ? Set.of() : draft.writerIds());
        writers.add(revision.authorId());
        writers.addAll(alsoWrittenBy);
        return new LanguageVersion(
                language,
                published,
                new Draft(
                        revision.number(),
                        DraftStatus.DRAFT,
                        revision.authorId(),
                        revision.createdAt(),
                        revision.translatedFrom(),
                        Set.copyOf(writers),
                        null,
                        null,
                        draft == null ? null : draft.lastRejection()));
    }

    LanguageVersion submitted(UUID by, Instant at) {
        if (draft == null || draft.status() != DraftStatus.DRAFT) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    draft == null
                            ? "The article has no draft in " + language + " to submit."
                            : "The draft in " + language + " is already under review.");
        }
        return new LanguageVersion(
                language,
                published,
                new Draft(
                        draft.revision(),
                        DraftStatus.IN_REVIEW,
                        draft.authorId(),
                        draft.createdAt(),
                        draft.translatedFrom(),
                        draft.writerIds(),
                        by,
                        at,
                        null));
    }

    /** This version with a draft under review back in DRAFT (its review withdrawn), else as it is. */
    LanguageVersion withdrawn() {
        if (draft == null || draft.status() != DraftStatus.IN_REVIEW) {
            return this;
        }
        return new LanguageVersion(
                language,
                published,
                new Draft(
                        draft.revision(),
                        DraftStatus.DRAFT,
                        draft.authorId(),
                        draft.createdAt(),
                        draft.translatedFrom(),
                        draft.writerIds(),
                        null,
                        null,
                        draft.lastRejection()));
    }

    /** The draft under review, published: readers get it from now on. */
    LanguageVersion publishedBy(UUID approver, Instant at) {
        Draft approved = underReview(approver, "approve");
        return new LanguageVersion(
                language, new Published(approved.revision(), approver, at, approved.translatedFrom()), null);
    }

    LanguageVersion rejected(String reason, UUID by, Instant at) {
        Draft rejected = underReview(by, "send back");
        return new LanguageVersion(
                language,
                published,
                new Draft(
                        rejected.revision(),
                        DraftStatus.DRAFT,
                        rejected.authorId(),
                        rejected.createdAt(),
                        rejected.translatedFrom(),
                        rejected.writerIds(),
                        null,
                        null,
                        new Rejection(reason, by, at)));
    }

    /** The draft under review, if {@code reviewer} wrote none of it (four eyes). */
    Draft underReview(UUID reviewer, String verb) {
        if (draft == null || draft.status() != DraftStatus.IN_REVIEW) {
            throw new ProblemException(
                    ProblemType.CONFLICT, "The article has no draft under review in " + language + ".");
        }
        if (draft.writerIds().contains(reviewer)) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN, "You wrote this draft, so someone else must " + verb + " it (four eyes).");
        }
        return draft;
    }

    /** The source revision this translation follows: its published text's, else its draft's. */
    Integer translatedFrom() {
        return published != null ? published.translatedFrom() : draft == null ? null : draft.translatedFrom();
    }
}

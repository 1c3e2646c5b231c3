package dev.servicedesk.kb.dto;

import dev.servicedesk.kb.RevisionState;
import java.time.Instant;
import java.util.UUID;

/** What the list of an article's revisions shows of one. */
public record RevisionSummary(
        int number,
        String language,
        RevisionState state,
        String title,
        UUID authorId,
        Instant createdAt,
        Integer translatedFrom,
        Integer restoredFrom) {}

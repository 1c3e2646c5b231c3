package dev.servicedesk.kb.walk.dto;

import dev.servicedesk.kb.walk.Walk;
import dev.servicedesk.kb.walk.WalkOutcome;
import dev.servicedesk.kb.walk.WalkQuestion;
import dev.servicedesk.kb.walk.WalkStatus;
import dev.servicedesk.kb.walk.WalkStep;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A walk as the API shows it. */
public record TreeWalkView(
        UUID id,
        UUID articleId,
        String articleKey,
        String title,
        int revision,
        String language,
        UUID ticketId,
        WalkStatus status,
        List<WalkStep> path,
        WalkQuestion question,
        WalkOutcome outcome,
        UUID walkerId,
        Instant startedAt,
        Instant updatedAt,
        Instant endedAt) {

    public static TreeWalkView of(Walk walk) {
        return new TreeWalkView(
                walk.id(),
                walk.articleId(),
                walk.articleKey(),
                walk.title(),
                walk.revision(),
                walk.language(),
                walk.ticketId(),
                walk.status(),
                walk.path(),
                walk.question(),
                walk.outcome(),
                walk.walkerId(),
                walk.startedAt(),
                walk.updatedAt(),
                walk.endedAt());
    }
}

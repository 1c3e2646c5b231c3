package dev.servicedesk.kb.dto;

import dev.servicedesk.kb.ArticleAction;
import java.time.Instant;
import java.util.UUID;

/** One step in an article's history. */
public record ArticleEventView(
        UUID id, ArticleAction action, String language, Integer revision, UUID actorId, Instant at, String reason) {}

package dev.servicedesk.kb.dto;

import java.time.Instant;
import java.util.UUID;

/** One person's vote on an article. */
public record ArticleVote(UUID personId, boolean helpful, String comment, Instant votedAt) {}

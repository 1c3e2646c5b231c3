package dev.servicedesk.ticket;

import java.util.UUID;

/** The walk through a knowledge base decision tree a timeline entry tells of, and the article walked. */
public record WalkReference(UUID walkId, UUID articleId, String articleKey) {}

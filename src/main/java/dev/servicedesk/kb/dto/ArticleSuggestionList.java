package dev.servicedesk.kb.dto;

import java.util.List;

/** The articles that may solve a ticket, best first. */
public record ArticleSuggestionList(List<ArticleSuggestion> items) {}

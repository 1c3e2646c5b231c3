package dev.servicedesk.kb.dto;

/** How much an article is read, and how its readers voted. */
public record ArticleUsage(long views, long helpful, long notHelpful) {}
